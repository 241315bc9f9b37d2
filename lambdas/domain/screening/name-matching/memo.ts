/**
 * A bounded memo for pure per-word functions. List names and invoice names reuse a small vocabulary, so
 * most words are seen again; when full, the memo is simply emptied (cheaper than LRU bookkeeping).
 */
export function memoise<R>(fn: (word: string) => R, limit = 200_000): (word: string) => R {
  const memo = new Map<string, R>();
  return (word: string) => {
    let r = memo.get(word);
    if (r === undefined && !memo.has(word)) {
      r = fn(word);
      if (memo.size >= limit) memo.clear();
      memo.set(word, r);
    }
    return r as R;
  };
}

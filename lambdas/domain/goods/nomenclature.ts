/**
 * The HS 2022 nomenclature (English, datasets/harmonized-system) and the EAEU TN VED heading names (Russian,
 * FTS reference file TNVED3.TXT): the codes a printed code is validated against, the texts explanations quote,
 * and a small word index used when no vocabulary concept matches a description.
 */
export interface Nomenclature {
  /** hs6 → English subheading text. */
  subheadings: Map<string, string>;
  /** hs4 → English heading text. */
  headings: Map<string, string>;
  /** hs4 → Russian heading name (TN VED EAEU), where the file has one. */
  headingsRu: Map<string, string>;
  /** hs4 → its hs6 subheadings, sorted. */
  subheadingsOf: Map<string, string[]>;
  search: NomenclatureSearch;
}

/** Parses harmonized-system.csv (`section,hscode,description,parent,level`, quoted CSV, UTF-8 with BOM). */
export function parseHsCsv(text: string): Pick<Nomenclature, 'subheadings' | 'headings'> {
  const subheadings = new Map<string, string>();
  const headings = new Map<string, string>();
  for (const row of parseCsvRows(text.replace(/^\uFEFF/, '')).slice(1)) {
    const [, code, description, , level] = row;
    if (level === '6' && /^\d{6}$/.test(code)) subheadings.set(code, description);
    else if (level === '4' && /^\d{4}$/.test(code)) headings.set(code, description);
  }
  return { subheadings, headings };
}

/**
 * Parses TNVED3.TXT (pipe-separated `group|heading|name|valid-from|valid-to|`; first line is `version|date|`).
 * Only rows still in force (empty end date) are kept. The file is CP866: pass bytes, or a string already decoded.
 */
export function parseTnvedHeadings(file: Uint8Array | string): Map<string, string> {
  const text = typeof file === 'string' ? file : new TextDecoder('ibm866').decode(file);
  if (text.includes('\uFFFD')) throw new Error('TN VED headings look mis-decoded (U+FFFD found): pass the CP866 bytes, not a UTF-8 string');
  const names = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (!line.endsWith('||')) continue; // rows still in force have an empty end date
    const [group, heading, name, , validTo] = line.split('|');
    if (!/^\d\d$/.test(group ?? '') || !/^\d\d$/.test(heading ?? '') || validTo !== '') continue;
    names.set(`${group}${heading}`, name.trim().replace(/:$/, ''));
  }
  return names;
}

/** A line-wise CSV reader (quoted fields with commas and doubled quotes; the HS file has no newline inside quotes). */
function parseCsvRows(text: string): string[][] {
  return text.split(/\r?\n/).filter((line) => line).map((line) => {
    if (!line.includes('"')) return line.split(',');
    return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => (m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]));
  });
}

export function buildNomenclature(hsCsv: string, tnvedHeadings?: Uint8Array | string): Nomenclature {
  const { subheadings, headings } = parseHsCsv(hsCsv);
  const headingsRu = tnvedHeadings ? parseTnvedHeadings(tnvedHeadings) : new Map<string, string>();
  const subheadingsOf = new Map<string, string[]>();
  for (const hs6 of [...subheadings.keys()].sort()) {
    const list = subheadingsOf.get(hs6.slice(0, 4)) ?? [];
    list.push(hs6);
    subheadingsOf.set(hs6.slice(0, 4), list);
  }
  return { subheadings, headings, headingsRu, subheadingsOf, search: new NomenclatureSearch(headings, subheadings, headingsRu) };
}

// ── Fallback word search ────────────────────────────────────────────────────────────────────────
const STOP_EN = new Set('service services charge charges delivery freight transport total discount sample samples equipment set kit good goods item items assorted various misc miscellaneous of and or the for other n e c nec not whether in with without excluding including heading item no than parts thereof a an to by their its as on at be from such kind used any'.split(' '));
const STOP_RU = new Set('услуг услуги доставк транспортн итог оплат скидк образц оборудовани комплект товар товары товаров ассортимент ассортименте разные прочее и или для в из на с со прочие прочий прочая прочее кроме не их части товарной позиции позиций без а к по от до как виде том числе также'.split(' '));
const RU_ENDINGS = ['иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'ий', 'ый', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ов', 'ев', 'ей', 'ам', 'ям', 'ах', 'ях', 'ом', 'ем', 'ую', 'юю', 'ы', 'и', 'а', 'я', 'о', 'е', 'у', 'ю', 'ь'];

/** A crude stem: enough to meet "bearings"/"bearing" and "подшипники"/"подшипников" in one form. */
export function stem(word: string): string {
  if (/[\u0400-\u04ff]/.test(word)) {
    for (const ending of RU_ENDINGS) if (word.length - ending.length >= 4 && word.endsWith(ending)) return word.slice(0, -ending.length);
    return word;
  }
  if (word.length > 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('es') && /(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function contentStems(text: string): string[] {
  const words = text.toLowerCase().replace(/ё/g, 'е').match(/[\p{L}]{3,}/gu) ?? [];
  return [...new Set(words.filter((w) => !STOP_EN.has(w) && !STOP_RU.has(w)).map(stem))];
}

export interface NomenclatureHit {
  heading: string;
  score: number;
  matched: string[];
  text: string;
}

/** Built on first use: most lines are read by the vocabulary, and a cold start should not pay for the index. */
export class NomenclatureSearch {
  private readonly docs: Array<{ heading: string; text: string; stems: string[] }> = [];
  private readonly index = new Map<string, number[]>();
  private built = false;

  constructor(
    private readonly headings: Map<string, string>,
    private readonly subheadings: Map<string, string>,
    private readonly headingsRu: Map<string, string>,
  ) {}

  private build(): void {
    this.built = true;
    const { headings, subheadings, headingsRu } = this;
    const add = (heading: string, text: string) => {
      const stems = contentStems(text);
      const id = this.docs.push({ heading, text, stems }) - 1;
      for (const s of stems) {
        const ids = this.index.get(s);
        if (ids) ids.push(id);
        else this.index.set(s, [id]);
      }
    };
    for (const [code, text] of headings) add(code, text);
    for (const [code, text] of subheadings) add(code.slice(0, 4), text);
    for (const [code, text] of headingsRu) add(code, text);
  }

  /** Best heading for the words of a description: idf-weighted overlap, normalised by the text's length. */
  best(description: string): NomenclatureHit | undefined {
    if (!this.built) this.build();
    const query = contentStems(description);
    const scores = new Map<number, { score: number; matched: string[] }>();
    for (const s of query) {
      const ids = this.index.get(s);
      if (!ids) continue;
      const idf = Math.log(1 + this.docs.length / ids.length);
      for (const id of ids) {
        const entry = scores.get(id) ?? { score: 0, matched: [] };
        entry.score += idf;
        entry.matched.push(s);
        scores.set(id, entry);
      }
    }
    let best: NomenclatureHit | undefined;
    for (const [id, { score, matched }] of scores) {
      const doc = this.docs[id];
      const normalised = score / Math.sqrt(Math.max(doc.stems.length, 2));
      if (!best || normalised > best.score) best = { heading: doc.heading, score: normalised, matched, text: doc.text };
    }
    return best;
  }
}

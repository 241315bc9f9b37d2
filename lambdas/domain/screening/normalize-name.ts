/**
 * Name normalisation shared by the list index and the queries, so both sides meet in one form:
 * Latin script (Cyrillic transliterated as OFAC romanises it, BGN/PCGN-like, Kazakh letters included),
 * lower case, no punctuation or quotes, and the legal form recognised and kept apart from the name core.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};

export function transliterate(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC_TO_LATIN[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Legal forms, as printed in several languages and scripts, mapped to one canonical token. */
const LEGAL_FORMS: Array<[string, string[]]> = [
  ['pjsc', ['public joint stock company', 'publichnoe aktsionernoe obshchestvo', 'pao', 'pjsc']],
  ['ojsc', ['open joint stock company', 'otkrytoe aktsionernoe obshchestvo', 'oao', 'ojsc']],
  ['cjsc', ['closed joint stock company', 'zakrytoe aktsionernoe obshchestvo', 'zao', 'cjsc']],
  ['jsc', ['joint stock company', 'joint-stock company', 'aktsionernoe obshchestvo', 'aktsionernoye obshchestvo', 'ao', 'jsc', 'ak']],
  ['llp', ['limited liability partnership', 'tovarishchestvo s ogranichennoy otvetstvennostyu', 'zhauapkershiligi shekteuli serikttestik', 'too', 'llp', 'zhshs']],
  ['llc', ['limited liability company', 'obshchestvo s ogranichennoy otvetstvennostyu', 'obshchestvo s ogranichennoi otvetstvennostyu', 'ooo', 'llc', 'l l c', 'osoo', 'mchj']],
  ['ltd', ['company limited', 'co ltd', 'limited', 'ltd', 'youxian gongsi']],
  ['gmbh', ['gesellschaft mit beschrankter haftung', 'gmbh']],
  ['ag', ['aktiengesellschaft', 'ag']],
  ['fze', ['free zone establishment', 'fze']],
  ['fzco', ['free zone company', 'fzco']],
  ['ip', ['individual entrepreneur', 'individualnyy predprinimatel', 'ip']],
  ['inc', ['incorporated', 'inc', 'corporation', 'corp']],
];
const LEGAL_FORM_PATTERNS = LEGAL_FORMS.flatMap(([form, variants]) =>
  variants.map((v) => [form, new RegExp(`(?:^| )${v.replace(/ /g, ' ')}(?= |$)`)] as const),
).sort((a, b) => b[1].source.length - a[1].source.length);

export interface NormalizedName {
  /** The distinctive part of the name ("krokus nanoelektronika"). */
  core: string;
  /** Canonical legal form ("llc"), when the name carries one. */
  legalForm?: string;
}

export function normalizeName(name: string): NormalizedName {
  let text = name.replace(/有限责任公司|有限公司/g, ' youxian gongsi ');
  text = transliterate(text)
    .replace(/[«»"“”„'’`()[\]{}]/g, ' ')
    .replace(/[^a-z0-9\u4e00-\u9fff]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let legalForm: string | undefined;
  for (const [form, pattern] of LEGAL_FORM_PATTERNS) {
    if (pattern.test(text)) {
      legalForm ??= form;
      text = text.replace(pattern, ' ');
    }
  }
  return { core: text.replace(/\s+/g, ' ').trim(), legalForm };
}

/** Legal forms are compatible when equal or when one side does not print one ("AG" and "GmbH" are not). */
export function legalFormsCompatible(a?: string, b?: string): boolean {
  return a === undefined || b === undefined || a === b;
}

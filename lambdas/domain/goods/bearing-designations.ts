/**
 * Rolling-bearing catalogue designations → HS 2022 subheading of heading 8482 / 8483.
 * ISO 15 / ISO 355 numbering (6205-2RS, 30205, 22310 E, NU 205) and the Soviet/Russian GOST 3189 system
 * (180205 = 6205-2RS, 80205 = 6205-2Z, 7205 = 30205, 3610 = 22310, 2205 = N 205). Where the two systems
 * read one number differently, GOST is used only when the text says ГОСТ/GOST or the number only exists in GOST.
 */
export interface BearingDesignation {
  /** Every subheading the designation can mean (two when ISO and GOST read the number differently). */
  candidates: string[];
  designation: string;
  system: 'ISO' | 'GOST' | 'insert';
  type: string;
  /** Set when another reading of the number is possible. */
  alternative?: string;
  /** Suffixes or prefixes that only bearings carry (2RS, ZZ, NU…): enough to call the line a bearing on its own. */
  distinctive: boolean;
}

const SUFFIX = String.raw`(?:[- ]?(?:2rs1?|2rsh|2rz|2z|zz|rs|rz|z|n|nr|2rs\/c3|c3|c4|p6|p5|e|ec|ek|cc|ca|mb|w33|k|b|be|bep|ac|acd|j2|jr|tn9|ecp|ecj|ecm|m|c))*`;
const SEALED = /(?:2rs|2rz|2z|zz|rs1|-rs|-z\b)/;

interface Rule {
  re: RegExp;
  hs6: string;
  type: string;
  system: BearingDesignation['system'];
  distinctive: boolean | ((m: RegExpMatchArray) => boolean);
  /** The other system's reading, when it differs. */
  alternative?: string;
  alternativeHs6?: string;
  gostOnly?: boolean;
}

// Order matters: more specific patterns first.
const RULES: Rule[] = [
  // Housed units and inserts are handled by the vocabulary (8483.20); an insert bearing alone is a ball bearing.
  { re: /\b(uc|ucx|sb|sa|uk)\s?-?(2\d{2}|3\d{2})\b/, hs6: '848210', type: 'insert ball bearing', system: 'insert', distinctive: true },
  // Needle roller bearings: HK/BK drawn cups, NK/NKI/NA/RNA, K cages.
  { re: /\b(hk|bk|nki?s?|na|rna|nks|nkx|nx|k)\s?\d{2,4}(?:[x×\/]\d{1,3}){0,2}\b/, hs6: '848240', type: 'needle roller bearing', system: 'ISO', distinctive: (m) => m[1] !== 'k' && m[1] !== 'na' },
  // Cylindrical roller bearings: NU, NJ, NUP, N, NF, NN, NNU, NUP + series and bore.
  { re: /\b(nu|nj|nup|nf|nn|nnu|nup)\s?-?(\d{3,5})\b/, hs6: '848250', type: 'cylindrical roller bearing', system: 'ISO', distinctive: true },
  { re: /\b(n)\s?-?(2\d{2}|3\d{2}|4\d{2}|10\d{2})\s?(?:e|ec|ecp|m)?\b/, hs6: '848250', type: 'cylindrical roller bearing', system: 'ISO', distinctive: true },
  // Spherical roller bearings (ISO 222xx, 223xx, 230xx–241xx, 213xx; thrust 292xx–294xx).
  { re: new RegExp(String.raw`\b((?:21[23]|22[23]|23[0-9]|24[01]|29[234])\d{2})${SUFFIX}\b`), hs6: '848230', type: 'spherical roller bearing', system: 'ISO', distinctive: true },
  // Tapered roller bearings (ISO 302xx, 303xx, 313xx, 320xx, 322xx, 323xx, 329xx, 330xx–332xx; inch LM/HM/L cups and cones).
  { re: new RegExp(String.raw`\b((?:30[23]|313|32[0239]|33[012])\d{2})${SUFFIX}\b`), hs6: '848220', type: 'tapered roller bearing', system: 'ISO', distinctive: true, alternative: 'GOST 32xxx = cylindrical roller (8482.50)', alternativeHs6: '848250' },
  { re: /\b((?:lm|hm|jl|jlm|jm|l)\d{5,6}(?:\/\d{2,3})?)\b/, hs6: '848220', type: 'tapered roller bearing (inch)', system: 'ISO', distinctive: true },
  // GOST ball bearings: (class-)(18|8|16|6|5|15)0 + series/bore: 180205 = 6205-2RS, 80205 = 6205-2Z.
  { re: /\b(?:\d-)?((?:180|160|150|80|60|50)[1-4]\d{2})\b/, hs6: '848210', type: 'ball bearing (GOST sealed/shielded)', system: 'GOST', distinctive: true, gostOnly: true },
  // GOST tapered: 7xxx (7205 = 30205), 27xxx, 2007xxx.
  { re: /\b((?:2007|27|7)[2-6]\d{2})\b/, hs6: '848220', type: 'tapered roller bearing (GOST)', system: 'GOST', distinctive: false, alternative: 'ISO 72xx/73xx = angular-contact ball bearing (8482.10)', alternativeHs6: '848210', gostOnly: true },
  // GOST spherical roller: 3xxx (3610 = 22310), 53xxx, 3003xxx.
  { re: /\b((?:3003|53|3)[5-6]\d{2})\b/, hs6: '848230', type: 'spherical roller bearing (GOST)', system: 'GOST', distinctive: false, gostOnly: true },
  // GOST cylindrical: 2xxx, 12xxx, 32xxx, 42xxx, 92xxx (2205 = N 205, 32205 = NU 205).
  { re: /\b((?:1|3|4|9|10)?2[1-6]\d{2})\b/, hs6: '848250', type: 'cylindrical roller bearing (GOST)', system: 'GOST', distinctive: false, alternative: 'ISO 22xx = self-aligning ball, 32xxx = tapered roller', alternativeHs6: '848210', gostOnly: true },
  // ISO angular-contact ball bearings (72xx/73xx with B/BE/AC suffix).
  { re: /\b(7[23]\d{2}|718\d{2}|719\d{2})\s?-?(?:b|be|bep|bec|ac|acd|c|cd)\w*\b/, hs6: '848210', type: 'angular-contact ball bearing', system: 'ISO', distinctive: true },
  // ISO deep-groove and self-aligning ball, thrust ball: 60xx–64xx, 160xx, 618xx/619xx, 62xxx/63xxx, 12xx/13xx/22xx/23xx (+K), 511xx–514xx.
  { re: new RegExp(String.raw`\b((?:6[0-4]\d{2,3}|16\d{3}|61[89]\d{2}|5[1-4][1-4]\d{2}|1[23]\d{2}|2[23]\d{2}))(${SUFFIX})\b`), hs6: '848210', type: 'ball bearing', system: 'ISO', distinctive: (m) => SEALED.test(m[2] ?? '') || /c3/.test(m[2] ?? '') },
  // Bare GOST three-digit ball bearings right after the word (подшипник 205 = 6205).
  { re: /(?:подшипник\p{L}*|мойынтіре\p{L}*)\s+(?:№\s?)?([1-4]\d{2})\b/u, hs6: '848210', type: 'ball bearing (GOST three-digit)', system: 'GOST', distinctive: true, gostOnly: true },
];

const GOST_MARK = /(?:гост|gost)\s?\d*/;
const GOST_STANDARDS: Array<{ re: RegExp; hs6: string; type: string }> = [
  { re: /(?:гост|gost)\s?(?:8338|7242|28428|831|832|8882|6874|7872)(?!\d)/, hs6: '848210', type: 'ball bearing (by GOST standard)' },
  { re: /(?:гост|gost)\s?(?:27365|333)(?!\d)/, hs6: '848220', type: 'tapered roller bearing (by GOST standard)' },
  { re: /(?:гост|gost)\s?(?:5721|24696)(?!\d)/, hs6: '848230', type: 'spherical roller bearing (by GOST standard)' },
  { re: /(?:гост|gost)\s?(?:8328|7634)(?!\d)/, hs6: '848250', type: 'cylindrical roller bearing (by GOST standard)' },
  { re: /(?:гост|gost)\s?(?:4657|4060)(?!\d)/, hs6: '848240', type: 'needle roller bearing (by GOST standard)' },
];

/**
 * Finds the bearing designation in a normalised description. `cyrillic` tells whether GOST readings
 * (7205 as tapered, 2205 as cylindrical) are plausible at all. A GOST standard number wins; then a
 * designation only bearings carry (2RS, NU…); then the first number in the text (so a quantity later on
 * does not override the designation).
 */
export function parseBearingDesignation(text: string, cyrillic: boolean): BearingDesignation | undefined {
  const gostMarked = GOST_MARK.test(text);
  for (const std of GOST_STANDARDS) {
    const m = text.match(std.re);
    if (m) return { candidates: [std.hs6], designation: m[0].toUpperCase(), system: 'GOST', type: std.type, distinctive: true };
  }
  const found: Array<{ at: number; d: BearingDesignation }> = [];
  for (const rule of RULES) {
    if (rule.gostOnly && !cyrillic && !gostMarked) continue;
    // A number both systems use: with ГОСТ printed, the GOST rule reads it; without, the ISO rule does.
    if (rule.system === 'ISO' && rule.alternativeHs6 && gostMarked) continue;
    const m = text.match(rule.re);
    if (!m) continue;
    const ambiguous = rule.alternativeHs6 && !gostMarked && (cyrillic || rule.system === 'GOST');
    const distinctive = typeof rule.distinctive === 'function' ? rule.distinctive(m) : rule.distinctive;
    found.push({
      at: m.index ?? 0,
      d: {
        candidates: ambiguous && rule.alternativeHs6 ? [rule.hs6, rule.alternativeHs6] : [rule.hs6],
        designation: m[0].replace(/^(?:подшипник|мойынтіре)\p{L}*\s+(?:№\s?)?/u, '').trim().toUpperCase(),
        system: rule.system, type: rule.type, alternative: ambiguous ? rule.alternative : undefined, distinctive,
      },
    });
  }
  found.sort((a, b) => Number(b.d.distinctive) - Number(a.d.distinctive) || a.at - b.at);
  return found[0]?.d;
}

import { writeIn } from '../look-alike-letters';
/**
 * Legal forms are a closed vocabulary, so an OCR misreading of one can be undone where a misread word
 * cannot. Applied to party names read by OCR only (a text layer prints what it means):
 * - Turkish "A.Ş." and "Şti." lose their Ş with the eng/rus models ("A.S.", "A.5.", "Sti.");
 * - the Kazakh «АҚ» (joint-stock company) loses its Қ («АК») on a Kazakh document;
 * - a Latin form at the end of a name one misread letter away from exactly one form ("ysc", "15C" → JSC; "jJsc" is as
 *   near to OJSC and CJSC, so it stays);
 * - a Latin form before a name (the transliterated Kyrgyz "OsOO", Kazakh "TOO", Russian "OOO"…) one misread letter
 *   away from exactly one form, when the word is one no printer would set ("0sOO", "OSsOO" → OsOO);
 * - «Oc00» for the Kyrgyz «ОсОО» is mended earlier, on the OCR line (tesseract-tsv.ts restoreLegalFormLetters).
 */

/** Latin legal forms printed at the end of a name, upper case. */
const LATIN_FORMS = ['JSC', 'PJSC', 'OJSC', 'CJSC', 'LLP', 'LLC', 'LTD', 'GMBH', 'INC', 'PLC', 'CORP'];

/** Latin (transliterated) legal forms printed before a name, as they are spelt. */
const LEADING_LATIN_FORMS = ['OsOO', 'TOO', 'OOO', 'ZAO', 'OAO', 'PAO', 'AO'];

/** Digits OCR reads for the letters of an abbreviation: reading one back costs nothing. */
const DIGIT_LOOK_ALIKES: Record<string, string> = { '0': 'O', '1': 'IJL', '5': 'S', '6': 'G', '8': 'B' };

export function repairOcrLegalForm(name: string, context: { kazakh: boolean }): string {
  // "A.5." and "A.S." at the end of a name: Turkish Anonim Şirketi ("a.s.", lower case, stays Czech/Slovak). A name
  // in capitals is an ASCII spelling ("MACPAR MAKINA SAN VE TIC A.S."): its S is kept, only a 5 becomes S.
  const ascii = !/\p{Ll}/u.test(name);
  let repaired = name
    .replace(/(?<=\p{L}[\p{L}.,]*\s+)A\.\s?[S5Ş]\.?$/u, ascii ? 'A.S.' : 'A.Ş.')
    .replace(/\bLtd\.\s?[S5]ti\.?$/u, 'Ltd. Şti.');
  if (context.kazakh) repaired = repaired.replace(/(?<=[»"”]\s*)[AА][KК]$/u, 'АҚ');
  return withFormInNameScript(snapLeadingLatinForm(snapLatinForm(repaired)));
}

/**
 * A legal form before a name, in letters that look the same in Latin and Cyrillic («ООО», "TOO", «АО»), as OCR picked
 * them: it takes the script of the name after it when that name is unquoted and all its words are in one script
 * («ООО MVIZION» → "OOO MVIZION"; «ООО «Амур»» and «ТОО Алатау» keep theirs). OCR read "000" for "OOO" before a
 * name too ("000 Zarafshan Import"): digits whose letters make a form exactly.
 */
function withFormInNameScript(name: string): string {
  const match = /^([\p{L}\d]{2,4})\s+(?![«"“„'])(\S.*)$/u.exec(name);
  const script = match && scriptOfWords(match[2]);
  if (!match || !script) return name;
  const respelt = writeIn([...match[1]].map((c) => DIGIT_LOOK_ALIKES[c]?.[0] ?? c).join(''), script);
  const forms = script === 'latin' ? LEADING_LATIN_FORMS : LEADING_CYRILLIC_FORMS;
  return respelt !== match[1] && forms.includes(respelt) ? `${respelt} ${match[2]}` : name;
}

/** The script all the lettered words of a text are in, when one is: a word of look-alike letters only decides nothing. */
function scriptOfWords(text: string): 'latin' | 'cyrillic' | undefined {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.every((w) => !/\p{Script=Cyrillic}/u.test(w)) && words.some((w) => /\p{Script=Latin}/u.test(writeIn(w, 'cyrillic')))) return 'latin';
  if (words.every((w) => !/\p{Script=Latin}/u.test(w)) && words.some((w) => /\p{Script=Cyrillic}/u.test(writeIn(w, 'latin')))) return 'cyrillic';
  return undefined;
}

/** Cyrillic legal forms printed before a name. */
const LEADING_CYRILLIC_FORMS = ['ООО', 'ТОО', 'АО', 'ОАО', 'ЗАО', 'ПАО', 'ОсОО'];

/** The first word, when it is an odd spelling exactly one Latin form before a name is closest to (see snapLatinForm). */
function snapLeadingLatinForm(name: string): string {
  const match = /^([\p{L}\d]{2,6})(?=\s+\p{L})/u.exec(name);
  if (!match || !/[A-Za-z]/.test(match[1]) || /\p{Script=Cyrillic}/u.test(match[1]) || LEADING_LATIN_FORMS.includes(match[1])) return name;
  // Only a word with a digit or a case no printer sets ("OSsOO"); "Ost" or "ZAO" as printed stay.
  const odd = /\d/.test(match[1]) || !/^(\p{Lu}+|\p{Lu}\p{Ll}+)$/u.test(match[1]);
  if (!odd) return name;
  const form = onlyClosestForm(match[1], LEADING_LATIN_FORMS);
  return form ? form + name.slice(match[1].length) : name;
}

/** The one form at most one misread letter from the word and closer than any other, as it is spelt. */
function onlyClosestForm(word: string, forms: readonly string[]): string | undefined {
  const scored = forms.map((form) => ({ form, distance: misreadDistance(word.toUpperCase(), form.toUpperCase()) })).filter((s) => s.distance <= 1);
  const best = Math.min(...scored.map((s) => s.distance));
  const closest = scored.filter((s) => s.distance === best);
  return closest.length === 1 ? closest[0].form : undefined;
}

/** The last word, when exactly one Latin legal form is closest to it, at most one misread letter away. */
function snapLatinForm(name: string): string {
  const match = /(?<=\p{L}[\p{L}.,"”»]*\s+)([\p{L}\d]{2,5})\.?$/u.exec(name);
  if (!match || !/[A-Za-z]/.test(match[1]) || /\p{Script=Cyrillic}/u.test(match[1])) return name;
  if (LATIN_FORMS.includes(match[1].toUpperCase())) return name; // "LLP", "Ltd", "Inc": a form as printed
  // Only a word no printer would set: with a digit, all lower case, or mixed case ("15C", "ysc", "jJsc"). A
  // word in capitals or title case is a word of the name ("Sun Inn" is no INC).
  const odd = /\d/.test(match[1]) || match[1] === match[1].toLowerCase() || !/^(\p{Lu}+|\p{Lu}\p{Ll}+)$/u.test(match[1]);
  if (!odd) return name;
  const form = onlyClosestForm(match[1], LATIN_FORMS);
  return form ? name.slice(0, match.index) + form : name;
}

/** Edit distance, capped at 2, where a digit read for its look-alike letter ("1" for J, "5" for S) is free. */
function misreadDistance(read: string, form: string): number {
  const same = (r: string, f: string) => r === f || (DIGIT_LOOK_ALIKES[r]?.includes(f) ?? false);
  let previous = Array.from({ length: form.length + 1 }, (_, j) => j);
  for (let i = 1; i <= read.length; i++) {
    const current = [i];
    for (let j = 1; j <= form.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (same(read[i - 1], form[j - 1]) ? 0 : 1));
    }
    previous = current;
  }
  return Math.min(previous[form.length], 2);
}

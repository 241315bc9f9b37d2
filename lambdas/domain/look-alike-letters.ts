/**
 * Latin and Cyrillic letters that print alike (A/А, C/С, H/Н, I/І, p/р …), pair by pair. OCR with several
 * models picks either script for them, and invoice text mixes both («TOO «Жетысу»», «TH ВЭД», «Кол-вo»).
 */
export const LATIN_LOOK_ALIKES = 'ABCEHIKMOPTXYaceiopxy';
export const CYRILLIC_LOOK_ALIKES = 'АВСЕНІКМОРТХУасеіорху';

/** The text with every letter that has a look-alike in the other script written in `script`. */
export function writeIn(text: string, script: 'latin' | 'cyrillic'): string {
  const [from, to] = script === 'cyrillic' ? [LATIN_LOOK_ALIKES, CYRILLIC_LOOK_ALIKES] : [CYRILLIC_LOOK_ALIKES, LATIN_LOOK_ALIKES];
  let out = '';
  for (const ch of text) {
    const at = from.indexOf(ch);
    out += at >= 0 ? to[at] : ch;
  }
  return out;
}

/**
 * Han characters to toneless pinyin syllables. Romanised Chinese names glue syllables into words
 * ("Jinping", "Zhongguo") in ways no rule predicts, so syllables stay separate here and the aligner
 * joins neighbours when that matches better.
 */
import { pinyin } from 'pinyin-pro';
import { HAN } from './fold-text';

const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

/** Replaces every run of Han characters with its pinyin syllables, space separated. */
export function hanToPinyin(text: string, personLike: boolean): string {
  if (!HAN.test(text)) return text;
  return text.replace(HAN_RUN, (run) => {
    // Surname readings differ from ordinary ones (单 shan, 曾 zeng): only a short run is a person's name.
    const person = personLike && run.length <= 4;
    const syllables = pinyin(run, { toneType: 'none', type: 'array', v: false, surname: person ? 'head' : 'off' }).map((s) => s.replace(/ü/g, 'u'));
    // A person's given name is one unit, written as one word in pinyin ("Xi Jinping"): "jian peng" is "jianpeng",
    // so it cannot half-align with another given name that shares one syllable ("fangpeng", "min").
    if (person && syllables.length === 3) return ` ${syllables[0]} ${syllables[1]}${syllables[2]} `;
    if (person && syllables.length === 4) return ` ${syllables[0]}${syllables[1]} ${syllables[2]}${syllables[3]} `;
    return ` ${syllables.join(' ')} `;
  });
}

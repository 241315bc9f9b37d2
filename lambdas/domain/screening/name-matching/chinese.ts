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
    const syllables = pinyin(run, { toneType: 'none', type: 'array', v: false, surname: personLike && run.length <= 4 ? 'head' : 'off' });
    return ` ${syllables.map((s) => s.replace(/ü/g, 'u')).join(' ')} `;
  });
}

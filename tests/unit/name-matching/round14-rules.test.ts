/**
 * Round 14: Russian organisation words the translation table lacked (generic-words.ts): «средства» (means, equipment)
 * and "non-profit" for «некоммерческая». Invented names, not pairs of the labelled sets. Each match scored below
 * 0.65 without the rows (checked by hand: 0.632, 0.638); the negative must stay below 0.65.
 */
import { phoneticKey } from '../../../lambdas/domain/screening/name-matching/phonetic-key';
import { scoreNames } from '../../../lambdas/domain/screening/name-matching/score-names';
import { WORD_EQUIVALENTS } from '../../../lambdas/domain/screening/name-matching/generic-words';
import { meaningsOf } from '../../../lambdas/domain/screening/name-matching/word-meanings';

const entity = { type: 'entity' } as const;
const firstOf = (word: string) => (meaningsOf(phoneticKey(word), true) ?? []).map((id) => WORD_EQUIVALENTS[id][0]);

describe('round 14: Russian organisation words', () => {
  test.each([
    ['AO TEKHNICHESKIE SREDSTVA ORION', 'ORION TECHNICAL EQUIPMENT JSC'], // sredstva = equipment, means
    ['OOO SREDSTVA SVYAZI ORION', 'ORION COMMUNICATION EQUIPMENT LLC'],
  ])('«%s» is «%s»', (a, b) => {
    expect(scoreNames(a, b, entity).match).toBe(true);
  });

  test('the words read as their translations', () => {
    expect(firstOf('sredstv')).toContain('equipment');
    expect(firstOf('sredstva')).toContain('equipment');
    expect(firstOf('nekommercheskaya')).toContain('non-profit');
  });

  test.each([
    // Another company of the same kind: the translated words are shared, the distinctive word is not.
    ['OOO ZAVOD TEKHNICHESKIKH SREDSTV ORION', 'SIRIUS TECHNICAL EQUIPMENT PLANT LLC'],
    ['AO TEKHNICHESKIE SREDSTVA ORION', 'VEGA TECHNICAL EQUIPMENT JSC'],
  ])('«%s» is not «%s»', (a, b) => {
    expect(scoreNames(a, b, entity).score).toBeLessThan(0.65);
  });
});

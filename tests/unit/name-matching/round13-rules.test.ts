/**
 * Round 13: a frequency-driven vocabulary (bench/screen/README.md, "Round 13"; frequent-words.ts, built with
 * bench/screen/build-frequent-words.ts from the lists' organisation names, evaluation subjects excluded).
 * The names here are invented, not taken from the labelled sets. Each match scores below 0.65 with FREQUENT_WORDS
 * emptied (checked by hand when the round was made: 0.35–0.63); the negatives must stay below 0.65.
 */
import { GENERAL_VOCABULARY_FIRST_ID, WORD_EQUIVALENTS } from '../../../lambdas/domain/screening/name-matching/generic-words';
import { FREQUENT_WORDS } from '../../../lambdas/domain/screening/name-matching/frequent-words';
import { phoneticKey } from '../../../lambdas/domain/screening/name-matching/phonetic-key';
import { scoreNames } from '../../../lambdas/domain/screening/name-matching/score-names';
import { meaningsOf } from '../../../lambdas/domain/screening/name-matching/word-meanings';

const entity = { type: 'entity' } as const;
// Round 15's general vocabulary follows these rows.
const FIRST_FREQUENT = GENERAL_VOCABULARY_FIRST_ID - FREQUENT_WORDS.length;
/** True when the word's meaning comes from a row of frequent-words.ts. */
const fromFrequentRows = (word: string) => (meaningsOf(phoneticKey(word), true) ?? []).some((id) => id >= FIRST_FREQUENT && id < GENERAL_VOCABULARY_FIRST_ID);

describe('round 13: frequent organisation words of the lists, translated', () => {
  test('the rows are merged at the end of WORD_EQUIVALENTS, before the general vocabulary', () => {
    expect(FREQUENT_WORDS.length).toBeGreaterThan(50);
    expect(WORD_EQUIVALENTS.slice(FIRST_FREQUENT, GENERAL_VOCABULARY_FIRST_ID)).toEqual(FREQUENT_WORDS);
  });

  test.each([
    // [name, translated name, the new word it rests on]; the comment gives the score without the vocabulary
    ['OOO ZAVOD PODSHIPNIKOV ALFAMET', 'ALFAMET BEARING PLANT LLC', 'podshipnikov'], // 0.497 without
    ['SHERKAT SIMAN DELVAR', 'DELVAR CEMENT COMPANY', 'siman'], // 0.542
    ['AO AKKUMULYATORNAYA KOMPANIYA VOLTAR', 'VOLTAR BATTERY COMPANY JSC', 'akkumulyatornaya'], // 0.497
    ['GHARARGAH SAZANDEGI NOOR BARIN', 'NOOR BARIN CONSTRUCTION HEADQUARTERS', 'gharargah'], // 0.470
    ['АО «ЗАВОД ПОЛУПРОВОДНИКОВЫХ ПРИБОРОВ КРЕМНИЙ»', 'KREMNIY SEMICONDUCTOR INSTRUMENTS PLANT JSC', 'poluprovodnikovykh'], // 0.346
    ['OOO VERTOLETNYE TEKHNOLOGII SOKOLOV', 'SOKOLOV HELICOPTER TECHNOLOGIES LLC', 'vertoletnye'], // 0.497
    ['OOO IZMERITELNYE PRIBORY TOCHMASH', 'TOCHMASH MEASURING INSTRUMENTS LLC', 'izmeritelnye'], // 0.633
  ])('«%s» is «%s» (through %s)', (a, b, word) => {
    expect(fromFrequentRows(word)).toBe(true);
    expect(scoreNames(a, b, entity).match).toBe(true);
  });

  test.each([
    // Another company with the same kind of name: the translated word is shared, the distinctive word is not.
    ['OOO ZAVOD PODSHIPNIKOV ALFAMET', 'BETAMET BEARING PLANT LLC'],
    ['SHERKAT SIMAN DELVAR', 'ARVAND CEMENT COMPANY'],
    // Words left out because their key is another word of the lists (frequent-words.ts header).
    ['DARIA TRADING LLC', 'SEA TRADING LLC'],
    ['BASIS TRADING LLC', 'MOBILIZATION TRADING LLC'],
    ['TREASURE HOLDINGS LTD', 'STATE HOLDINGS LTD'],
  ])('«%s» is not «%s»', (a, b) => {
    expect(scoreNames(a, b, entity).score).toBeLessThan(0.65);
  });

  test('collision words stay out of the table', () => {
    for (const w of ['daria', 'darya', 'basis', 'basij', 'treasure', 'professing', 'ansari', 'hodroj', 'qalaa', 'patron']) {
      expect([w, fromFrequentRows(w)]).toEqual([w, false]);
    }
  });
});

/**
 * Round 15: a general Russian vocabulary written blind (general-vocabulary.ts), places (place-names.ts) and the
 * rule that two organisations each keeping a place of their own are different bodies. Invented names, except the
 * pairs marked as list entries.
 */
import { GENERAL_VOCABULARY_FIRST_ID, WORD_EQUIVALENTS } from '../../../lambdas/domain/screening/name-matching/generic-words';
import { phoneticKey } from '../../../lambdas/domain/screening/name-matching/phonetic-key';
import { DEFAULT_PARAMS, scoreNames } from '../../../lambdas/domain/screening/name-matching/score-names';
import { meaningsOf } from '../../../lambdas/domain/screening/name-matching/word-meanings';

const entity = { type: 'entity' } as const;
const generalMeanings = (word: string) => (meaningsOf(phoneticKey(word), true) ?? []).filter((id) => id >= GENERAL_VOCABULARY_FIRST_ID).map((id) => WORD_EQUIVALENTS[id][0]);

describe('round 15: the general vocabulary', () => {
  test.each([
    ['OOO NASOSNYY ZAVOD ALTAIR', 'ALTAIR PUMP PLANT LLC'],
    ['OOO PODSHIPNIKOVYY ZAVOD VEGA', 'VEGA BEARING PLANT LLC'],
    ['AO NAUCHNO-ISSLEDOVATELSKIY INSTITUT PRIBOROSTROENIYA ORION', 'ORION RESEARCH INSTITUTE OF INSTRUMENT ENGINEERING JSC'],
  ])('«%s» is «%s»', (a, b) => {
    expect(scoreNames(a, b, entity).match).toBe(true);
  });

  test('inflected forms reach their row through the stem', () => {
    expect(generalMeanings('nasosnogo')).toContain('pump');
    expect(generalMeanings('kolesnykh')).toContain('wheel');
  });

  test.each(['syria', 'pharma', 'fajr', 'unity', 'ghods', 'kapital', 'navis', 'studio', 'katherine', 'garanti', 'renta'])(
    'the list word %s, whose key met a row, is not translated by the vocabulary (collision removed)',
    (word) => {
      expect(generalMeanings(word)).toEqual([]);
    },
  );

  test('a common word of the dictionary still leads a name of its own (round 12 head rule; list entries)', () => {
    const score = scoreNames('POLITICAL COUNCIL OF PRESEVO, MEDVEDJA, AND BUJANOVAC', 'LIBERATION ARMY OF PRESEVO, MEDVEDJA, AND BUJANOVAC', entity);
    expect(score.explanation).toMatch(/leads with a name word of its own/);
    expect(score.match).toBe(false);
  });
});

describe('round 15: places', () => {
  test('regional branches of one body are different bodies (list entries)', () => {
    const score = scoreNames('DEPARTMENT OF INTERNAL AFFAIRS OF THE GOMEL REGIONAL EXECUTIVE COMMITTEE', 'DIRECTORATE OF INTERNAL AFFAIRS OF THE BREST OBLAST EXECUTIVE COMMITTEE', entity);
    expect(score.explanation).toMatch(/each name keeps a place of its own \(gomel vs brest\)/);
    expect(score.match).toBe(false);
    expect(scoreNames('STATE ENTERPRISE YALTA SEA TRADING PORT', 'STATE ENTERPRISE FEODOSIA SEA TRADING PORT', entity).match).toBe(false);
  });

  test('a relational adjective is its place: the same place aligns, another place conflicts', () => {
    expect(scoreNames('TVERSKOY VAGONOSTROITELNYY ZAVOD', 'TVER CARRIAGE BUILDING PLANT', entity).match).toBe(true);
    const other = scoreNames('TVERSKOY VAGONOSTROITELNYY ZAVOD', 'KURSK CARRIAGE BUILDING PLANT', entity);
    expect(other.explanation).toMatch(/place of its own/);
    expect(other.score).toBeLessThan(DEFAULT_PARAMS.reviewThreshold);
  });

  test('a place on one side only is not held against the match (a branch named after its town)', () => {
    const score = scoreNames('ORION BEARING PLANT', 'ORION BEARING PLANT SAMARA BRANCH', entity);
    expect(score.explanation).not.toMatch(/place of its own/);
    expect(score.match).toBe(true);
  });

  test('persons keep their names: a surname that is a town is no place', () => {
    expect(scoreNames('BRYANSK, Ivan', 'KURSK, Ivan', { type: 'individual' }).explanation).not.toMatch(/place of its own/);
  });
});

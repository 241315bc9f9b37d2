/**
 * Round 15: a general Russian vocabulary written blind (general-vocabulary.ts), places (place-names.ts) and the
 * rule that two organisations each keeping a place of their own are different bodies. Invented names, except the
 * pairs marked as list entries.
 */
import { GENERAL_VOCABULARY_FIRST_ID, WORD_EQUIVALENTS } from '../../../lambdas/domain/screening/name-matching/generic-words';
import { phoneticKey } from '../../../lambdas/domain/screening/name-matching/phonetic-key';
import { DEFAULT_PARAMS, scoreNames } from '../../../lambdas/domain/screening/name-matching/score-names';
import { meaningsOf, translationKeys, translationStartsWith } from '../../../lambdas/domain/screening/name-matching/word-meanings';

const entity = { type: 'entity' } as const;
const generalRows = (word: string) => (meaningsOf(phoneticKey(word), true) ?? []).filter((id) => id >= GENERAL_VOCABULARY_FIRST_ID).map((id) => WORD_EQUIVALENTS[id]);
const generalMeanings = (word: string) => generalRows(word).map((row) => row[0]);

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

  test.each([
    ['syria', 'raw materials'], ['pharma', 'farm'], ['fajr', 'fair'], ['unity', 'installation'], ['ghods', 'products'],
    ['kapital', 'metropolitan'], ['navis', 'naval'], ['studio', 'study'], ['katherine', 'nutrition'], ['garanti', 'guarantee'],
    ['renta', 'rental'], ['games', 'association'], ['james', 'association'], ['sina', 'industries'], ['jahan', 'global'],
    ['tamyna', 'supply'], ['gaza', 'food'],
  ])('the list word %s, whose key met a row, does not read as "%s" (collision removed)', (word, wrong) => {
    expect(generalRows(word).filter((row) => row.includes(wrong))).toEqual([]);
  });

  test('the general rows align words but spell no abbreviation (their initials in three languages spell almost anything)', () => {
    const pump = meaningsOf(phoneticKey('nasosnyy'));
    expect(pump?.every((id) => id >= GENERAL_VOCABULARY_FIRST_ID)).toBe(true);
    expect(translationStartsWith(pump, 'p')).toBe(false);
    expect(translationKeys(pump!)).toEqual([]);
    // A curated row still does: «nauchno» begins "scientific".
    expect(translationStartsWith(meaningsOf(phoneticKey('nauchno')), 's')).toBe(true);
  });

  test.each([
    ['SHERKAT-E SANAYE-E MAHSOOLAT-E SHIMIAEI PARSIAN', 'PARSIAN CHEMICAL PRODUCTS INDUSTRIES COMPANY'],
    ['SHENZHEN QIANHAI DIANZI KEJI YOUXIAN GONGSI', 'SHENZHEN QIANHAI ELECTRONIC TECHNOLOGY CO LTD'],
  ])('Persian and pinyin rows: «%s» is «%s»', (a, b) => {
    expect(scoreNames(a, b, entity).match).toBe(true);
  });

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

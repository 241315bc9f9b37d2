import { analyseName, joinsOf } from '../../../lambdas/domain/screening/name-matching/analyse-name';
import { foldText } from '../../../lambdas/domain/screening/name-matching/fold-text';
import { phoneticKey } from '../../../lambdas/domain/screening/name-matching/phonetic-key';
import { scoreNames } from '../../../lambdas/domain/screening/name-matching/score-names';
import { meaningsOf, phraseMeaningsOf, sameMeaning } from '../../../lambdas/domain/screening/name-matching/word-meanings';

const entity = { type: 'entity' } as const;
const person = { type: 'individual' } as const;
const same = (a: string, b: string) => sameMeaning(meaningsOf(phoneticKey(a)), meaningsOf(phoneticKey(b)));
const aligned = (a: string, b: string, type: 'entity' | 'individual' = 'entity') => scoreNames(a, b, { type }).alignment;

describe('syllabic abbreviations (score-names.ts collectSyllabicAbbreviations)', () => {
  test('«Современный коммерческий флот» is SOVCOMFLOT: sov + kom + flot', () => {
    const r = scoreNames('Публичное акционерное общество Современный коммерческий флот', 'PUBLIC JOINT STOCK COMPANY SOVCOMFLOT', entity);
    expect(r.match).toBe(true);
    expect(r.alignment).toEqual([expect.objectContaining({ query: 'sovremennyy kommercheskiy flot', listed: 'sovcomflot', similarity: 0.9 })]);
  });

  test('either side may print the abbreviation; a word may end inside the last word (URALMASH)', () => {
    const r = scoreNames('URALMASH', 'URALSKIY MASHINOSTROITELNYY ZAVOD', entity);
    expect(r.alignment[0]).toEqual(expect.objectContaining({ query: 'uralmash', listed: 'uralskiy mashinostroitelnyy', similarity: 0.9 }));
  });

  test('every word must give three or more letters, and some word only its beginning', () => {
    // "ACTIVEBUSINESSCOLLECTION" runs past the beginning of "CONSULT": not an abbreviation of these words.
    expect(aligned('LLC ACTIVEBUSINESSCOLLECTION', 'LIMITED LIABILITY COMPANY ACTIVE BUSINESS CONSULT')).toEqual([]);
    // A plain join of whole words is a join, not an abbreviation (it aligns at the join's own similarity).
    expect(aligned('SKYONE AERO', 'SKY ONE AERO').find((a) => a.query === 'skyone')?.similarity).toBe(1);
  });

  test('a compound of generic words names no company: INTERTRADE does not spell "international trade"', () => {
    expect(aligned('HONG KONG INTERTRADE COMPANY', 'HONG KONG KE.DO INTERNATIONAL TRADE CO., LIMITED').some((a) => a.query === 'intertrade')).toBe(false);
  });

  test("never for persons' names", () => {
    expect(aligned('SOVKOMFLOT', 'SOVREMENNYY KOMMERCHESKIY FLOT', 'individual').some((a) => a.listed.includes(' '))).toBe(false);
  });
});

describe('two-word translations (word-meanings.ts phraseMeaningsOf, analyse-name.ts buildJoins)', () => {
  test('the table holds phrases; a join of an organisation name carries their meaning', () => {
    expect(phraseMeaningsOf(phoneticKey('zheleznyye'), phoneticKey('dorogi'))).toBeDefined();
    expect(phraseMeaningsOf(phoneticKey('zheleznaya'), phoneticKey('doroga'))).toEqual(phraseMeaningsOf(phoneticKey('zheleznyye'), phoneticKey('dorogi')));
    const join = joinsOf(analyseName('Российские железные дороги', 'entity')).find((j) => j.text === 'zheleznyyedorogi');
    expect(sameMeaning(join?.meanings, meaningsOf(phoneticKey('railways')))).toBe(true);
  });

  test('«Российские железные дороги» matches RUSSIAN RAILWAYS; AUTODEFENSAS matches SELF-DEFENSE', () => {
    expect(scoreNames('Российские железные дороги', 'RUSSIAN RAILWAYS', entity).match).toBe(true);
    expect(scoreNames('AUTODEFENSAS UNIDAS DE COLOMBIA', 'UNITED SELF-DEFENSE FORCES OF COLOMBIA', entity).match).toBe(true);
  });

  test("persons' names get no phrase meanings", () => {
    expect(joinsOf(analyseName('ZHELEZNYYE DOROGI', 'individual')).every((j) => !j.meanings)).toBe(true);
  });
});

describe('Korean and Chinese romanisations: voicing of the first stop (score-names.ts voicedSyllable)', () => {
  test('McCune-Reischauer / Wade-Giles k, p, t, ch meet Revised / pinyin g, b, d, j in short syllables', () => {
    expect(scoreNames('KIM, Ho Gyu', 'KIM, Ho Kyu', person).match).toBe(true);
    expect(scoreNames('YU, Bu Ung', 'YU, Pu Ung', person).match).toBe(true);
    expect(scoreNames('Jang Myong-Jin', 'CHANG MYONG-CHIN', person).match).toBe(true);
    const pair = aligned('KIM, Ho Gyu', 'KIM, Ho Kyu', 'individual').find((a) => a.query === 'gyu');
    expect(pair?.similarity).toBeCloseTo(0.85, 5);
  });

  test('only the first letter, only those pairs, only syllables of up to four key letters', () => {
    expect(aligned('SON, Bum', 'SON, Bun', 'individual').some((a) => a.query === 'bum')).toBe(false);
    expect(aligned('SON, Bu', 'SON, Su', 'individual').some((a) => a.query === 'bu')).toBe(false);
    const long = aligned('GORDANOV, Ivan', 'KORDANOV, Ivan', 'individual').find((a) => a.query === 'gordanov');
    expect(long?.similarity ?? 0).not.toBeCloseTo(0.85, 5);
  });
});

describe('numbers spelt out (score-names.ts NUMBER_WORDS, fold-text.ts ordinals)', () => {
  test('FOURTEEN aligns with 14, FIRST with 1ST', () => {
    expect(scoreNames('14 STAR SHIPPING MANAGEMENT', 'FOURTEEN STAR SHIPPING MANAGEMENT', entity).score).toBe(1);
    expect(scoreNames('1ST OCEAN GMBH', 'FIRST OCEAN GMBH', entity).match).toBe(true);
  });

  test('an ordinal written with digits is not an OCR misreading ("1ST" stays 1st, "R0SNEFT" is still rosneft)', () => {
    expect(foldText('1ST OCEAN')).toBe('1st ocean');
    expect(foldText('22ND CENTURY')).toBe('22nd century');
    expect(foldText('R0SNEFT')).toBe('rosneft');
  });

  test('a different number stays a different number', () => {
    expect(aligned('14 STAR SHIPPING', 'FIFTEEN STAR SHIPPING').some((a) => a.query === '14')).toBe(false);
  });
});

describe('Persian words of Iranian organisation names (generic-words.ts)', () => {
  test('saderat = export, toseyeh = development, shargh = east, vezarat(-e) = ministry, defa = defence', () => {
    expect(same('saderat', 'export')).toBe(true);
    expect(same('toseyeh', 'development')).toBe(true);
    expect(same('shargh', 'east')).toBe(true);
    expect(same('vezarate', 'ministry')).toBe(true);
    expect(same('defa', 'defense')).toBe(true);
    expect(same('kashtirani', 'shipping')).toBe(true);
  });

  test('translated aliases of Iranian entities match', () => {
    expect(scoreNames('BANK TOSEYEH SADERAT IRAN', 'EXPORT DEVELOPMENT BANK OF IRAN', entity).match).toBe(true);
    expect(scoreNames('IRAN AND EAST COMPANY', 'IRAN & SHARGH COMPANY', entity).match).toBe(true);
  });
});

describe('г/к/х before -sk- (score-names.ts unalternated)', () => {
  test('«Волжское пароходство» is from Volga; a stem really ending in ж keeps it (Voronezh)', () => {
    expect(scoreNames('Волжское пароходство', 'VOLGA SHIPPING COMPANY', entity).match).toBe(true);
    expect(scoreNames('Ладожский завод', 'LADOGA PLANT', entity).match).toBe(true);
    expect(scoreNames('Воронежский завод', 'VORONEZH PLANT', entity).match).toBe(true);
  });
});

describe('Arabic organisation words (generic-words.ts)', () => {
  test('jamaat = group, majlis = council, wilayah = province, kataib = brigades', () => {
    expect(same('jamaat', 'group')).toBe(true);
    expect(same('majlis', 'council')).toBe(true);
    expect(same('wilayah', 'province')).toBe(true);
    expect(same('kataib', 'brigades')).toBe(true);
    expect(scoreNames('Jama’at al-Jihad', 'ISLAMIC JIHAD GROUP', entity).match).toBe(true);
  });

  test("persons' names get no meanings (Shahid is a given name)", () => {
    expect(analyseName('SHAHID, Ali', 'individual').tokens[0].meanings).toBeUndefined();
  });
});

describe('English abbreviations of organisation words (generic-words.ts)', () => {
  test('tv = television, mgmt = management, hldgs = holdings', () => {
    expect(same('tv', 'television')).toBe(true);
    expect(same('mgmt', 'management')).toBe(true);
    expect(same('hldgs', 'holdings')).toBe(true);
    expect(scoreNames('AL-AQSA SATELLITE TELEVISION', 'AL-AQSA TV', entity).match).toBe(true);
  });
});

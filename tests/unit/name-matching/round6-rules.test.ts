import type { ListedEntity } from '../../../lambdas/domain/lists/listed-entity';
import { analyseName, placeAdjectiveStem } from '../../../lambdas/domain/screening/name-matching/analyse-name';
import { foldText } from '../../../lambdas/domain/screening/name-matching/fold-text';
import { NameIndex } from '../../../lambdas/domain/screening/name-matching/name-index';
import { phoneticKey } from '../../../lambdas/domain/screening/name-matching/phonetic-key';
import { DEFAULT_PARAMS, scoreNames } from '../../../lambdas/domain/screening/name-matching/score-names';
import { GENERIC_WEIGHT } from '../../../lambdas/domain/screening/name-matching/token-weights';
import { meaningsOf, sameMeaning } from '../../../lambdas/domain/screening/name-matching/word-meanings';

const entity = { type: 'entity' } as const;
const same = (a: string, b: string) => sameMeaning(meaningsOf(phoneticKey(a)), meaningsOf(phoneticKey(b)));

describe('English possessive is not part of a name (fold-text.ts)', () => {
  test("'s after a word of three or more letters is dropped; the Arabic Ra's stays", () => {
    expect(foldText("SPECIAL UNITS OF IRAN'S LAW ENFORCEMENT FORCES")).toBe('special units of iran law enforcement forces');
    expect(foldText('ISIL’S SOUTH ASIA BRANCH')).toBe('isil south asia branch');
    expect(foldText("RA'S LANUF")).toBe('ras lanuf');
    // An apostrophe inside a word still joins it ("O'Sullivan", "Il'ich").
    expect(foldText("O'SULLIVAN")).toBe('osullivan');
  });

  test('an alias with a possessive matches the listed name', () => {
    const r = scoreNames('IRANIAN POLICE SPECIAL UNITS', "SPECIAL UNITS OF IRAN'S LAW ENFORCEMENT FORCES", entity);
    expect(r.match).toBe(true);
    expect(r.listedNormalized).toBe('special units of iran law enforcement forces');
  });
});

describe('Russian place adjectives align with their place (analyse-name.ts, score-names.ts)', () => {
  test('the stem drops -sk- and the case or gender ending', () => {
    expect(placeAdjectiveStem(phoneticKey('uralskiy'))).toBe(phoneticKey('ural'));
    expect(placeAdjectiveStem(phoneticKey('cheboksarskiy'))).toBe('Ceboksar');
    expect(placeAdjectiveStem(phoneticKey('otradnenskaya'))).toBe('otradnen');
    // Short words and words without the suffix have none.
    expect(placeAdjectiveStem(phoneticKey('brisk'))).toBeUndefined();
    expect(placeAdjectiveStem(phoneticKey('ural'))).toBeUndefined();
  });

  test('«Уральский банк …» matches URAL BANK …; the adjective aligns at most as a translation (0.9)', () => {
    const r = scoreNames('Уральский банк реконструкции и развития', 'URAL BANK FOR RECONSTRUCTION AND DEVELOPMENT', entity);
    expect(r.match).toBe(true);
    const pair = r.alignment.find((a) => a.listed === 'ural');
    expect(pair?.query).toBe('uralskiy');
    expect(pair?.similarity).toBeCloseTo(0.9, 5);
  });

  test("persons' surnames in -skiy never reduce to a stem: Kovalskiy is not Koval", () => {
    expect(analyseName('KOVALSKIY, Ivan', 'individual').tokens[0].adj).toBeUndefined();
    const person = scoreNames('KOVALSKIY, Ivan', 'KOVAL, Ivan', { type: 'individual' });
    const entityReading = scoreNames('KOVALSKIY ZAVOD', 'KOVAL ZAVOD', entity);
    expect(person.score).toBeLessThan(entityReading.score);
  });

  test('the index finds a listed place adjective from the place name', () => {
    const entities: ListedEntity[] = [
      {
        entryId: 'T-URAL', list: 'TEST', type: 'entity', programs: [], countries: [], addresses: [], identifiers: [],
        names: [{ value: 'URALSKIY ZAVOD GRAZHDANSKOY AVIATSII', strength: 'primary', kind: 'primary' }],
      },
    ];
    const hits = new NameIndex(entities).search({ name: 'URAL ZAVOD GRAZHDANSKOY AVIATSII', type: 'entity' });
    expect(hits[0]?.entryId).toBe('T-URAL');
    expect(hits[0]?.decision).toBe('match');
  });
});

describe('organisation words of further languages (generic-words.ts WORD_EQUIVALENTS)', () => {
  test('Dutch, Spanish, Turkish, Arabic, Persian and Russian organisation words translate', () => {
    expect(same('stichting', 'foundation')).toBe(true);
    expect(same('secours', 'relief')).toBe(true);
    expect(same('jaish', 'army')).toBe(true);
    expect(same('bros', 'brothers')).toBe(true);
    expect(same('hermanos', 'brothers')).toBe(true);
    expect(same('insaat', 'construction')).toBe(true);
    expect(same('ticaret', 'trade')).toBe(true);
    expect(same('dis', 'foreign')).toBe(true);
    expect(same('veka', 'century')).toBe(true);
    expect(same('venchurnaya', 'venture')).toBe(true);
    expect(same('dom', 'house')).toBe(true);
    expect(same('st', 'saint')).toBe(true);
    expect(same('gosudarstvo', 'state')).toBe(true);
    expect(same('federativnoye', 'federal')).toBe(true);
    // Different meanings stay apart: an association is not a foundation.
    expect(same('foreningen', 'foundation')).toBe(false);
    expect(same('foreningen', 'association')).toBe(true);
  });

  test('translated aliases match their listed names', () => {
    expect(scoreNames('STICHTING AL-AQSA', 'AL-AQSA FOUNDATION', entity).match).toBe(true);
    expect(scoreNames('ARMY OF MOHAMMED', 'JAISH-I-MOHAMMED', entity).match).toBe(true);
    expect(scoreNames('ALOMGY AND BROS. EXCHANGE', 'AL-OMGY AND BROTHERS MONEY EXCHANGE', entity).match).toBe(true);
    expect(scoreNames('TORGOVIY DOM EPK', 'LIMITED LIABILITY CORPORATION TRADING HOUSE EPK', entity).match).toBe(true);
    expect(scoreNames('Российская венчурная компания (РВК)', 'RUSSIAN VENTURE COMPANY', entity).match).toBe(true);
    const turkish = scoreNames(
      'MARTEN EA TRADING CONSTRUCTION AND FOREIGN TRADE MARKETING LIMITED COMPANY',
      'MARTEN EA TRADING INSAAT VE DIS TICARET PAZARLAMA LIMITED SIRKETI',
      entity,
    );
    expect(turkish.match).toBe(true);
    // Turkish "ve" (and) is a function word.
    expect(analyseName('INSAAT VE TICARET', 'entity').tokens[1].kind).toBe('function');
  });

  test('translations do not make different organisations match', () => {
    expect(scoreNames('AL-AQSA FOUNDATION', 'AL-KAWTHAR FOUNDATION', entity).match).toBe(false);
    expect(scoreNames('GAXIOLA HERMANOS', 'MORENO BROTHERS', entity).score).toBeLessThan(DEFAULT_PARAMS.reviewThreshold);
  });
});

describe('Chinese company names (chinese pinyin, analyse-name.ts)', () => {
  test('pinyin words the English names translate: shukong CNC, dongli power, weidianzi microelectronics, xianggang HK, jichuang machinery', () => {
    expect(scoreNames('东莞圣寅数控设备有限公司', 'DONGGUAN SHENGYIN CNC EQUIPMENT CO., LTD', entity).match).toBe(true);
    expect(scoreNames('香港恒邦微電子有限公司', 'HK HENGBANGWEI ELECTRONICS LIMITED', entity).match).toBe(true);
    expect(same('jichuang', 'machinery')).toBe(true);
  });

  test('syllables read from Han are never Roman numerals ("动力" dong li)', () => {
    const tokens = analyseName('金华市海润动力科技有限公司', 'entity').tokens;
    expect(tokens.find((t) => t.text === 'li')?.kind).toBe('word');
    expect(scoreNames('金华市海润动力科技有限公司', 'JINHUA HAIRUN POWER TECHNOLOGY CO., LTD', entity).match).toBe(true);
    // A Latin entity name keeps its numerals.
    expect(analyseName('SPARTA LI', 'entity').tokens[1].kind).toBe('number');
  });

  test('a two-syllable generic word ("国际" guo ji, international) weighs as one generic word', () => {
    const tokens = analyseName('興華國際股份有限公司', 'entity').tokens;
    const guo = tokens.find((t) => t.text === 'guo');
    const ji = tokens.find((t) => t.text === 'ji');
    expect(guo?.weight).toBeCloseTo(GENERIC_WEIGHT / 2, 5);
    expect(ji?.weight).toBeCloseTo(GENERIC_WEIGHT / 2, 5);
    expect(scoreNames('興華國際股份有限公司', 'XINGHUA CO., LIMITED', entity).match).toBe(true);
    // Different names sharing the generic word score lower than before, not higher.
    expect(scoreNames('广州新达科技有限公司', 'Guangzhou Jinsheng Keji Co., Ltd.', entity).score).toBeLessThan(DEFAULT_PARAMS.reviewThreshold);
  });
});

describe('single letters in organisation names are abbreviated words (score-names.ts)', () => {
  test('"P AND C" aligns with "PAPER AND CARTON"', () => {
    const r = scoreNames('OTRADNENSKAYA P AND C FACTORY LLC', 'OTRADNENSKAYA PAPER AND CARTON FACTORY LIMITED LIABILITY COMPANY', entity);
    expect(r.match).toBe(true);
    const p = r.alignment.find((a) => a.query === 'p');
    expect(p?.listed).toBe('paper');
    expect(p?.similarity).toBeCloseTo(0.9, 5);
    expect(scoreNames('ZET AXIS LLC', 'Z AXIS LLC', entity).match).toBe(true);
  });

  test('a letter never aligns with a word of another initial, nor with a number', () => {
    const r = scoreNames('Z AXIS LLC', 'B AXIS LLC', entity);
    expect(r.alignment.some((a) => a.query === 'z')).toBe(false);
    expect(scoreNames('X 2 LLC', 'XENON 2 LLC', entity).alignment.some((a) => a.query === 'x' && a.listed === '2')).toBe(false);
  });
});

describe('romanised Cyrillic initialisms (score-names.ts collectAcronyms)', () => {
  test('"KHK" spells Х-К: kholdingovaya kompaniya; "TSNII" spells Ц-Н-И-И', () => {
    const r = scoreNames('OOO KHK YUESEM', 'OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU KHOLDINGOVAYA KOMPANIYA YUESEM', entity);
    expect(r.match).toBe(true);
    expect(r.alignment.find((a) => a.query === 'khk')?.listed).toBe('kholdingovaya kompaniya');
    const tsnii = scoreNames('TSNII KHIMMASH', 'TSENTRALNYY NAUCHNO ISSLEDOVATELSKIY INSTITUT KHIMMASH', entity);
    expect(tsnii.alignment.find((a) => a.query === 'tsnii')?.listed).toBe('tsentralnyy nauchno issledovatelskiy institut');
  });

  test('a digraph is not forced where the letters spell single words ("KH" ↔ Kazakh Holding)', () => {
    expect(scoreNames('KH GROUP', 'KAZAKH HOLDING GROUP', entity).alignment.find((a) => a.query === 'kh')?.listed).toBe('kazakh holding');
  });
});

describe('Persian joint-stock company forms (legal-forms.ts)', () => {
  test('"SHERKAT SAHAMI" is a joint-stock company and "PJS" a public one', () => {
    expect(analyseName('SHERKAT SAHAMI ALIAF', 'entity').legalForms).toEqual(['jsc']);
    expect(analyseName('KISH INTERNATIONAL BANK OFFSHORE COMPANY PJS', 'entity').legalForms).toEqual(['pjsc']);
    expect(scoreNames('SHERKAT SAHAMI ALIAF', 'ALIAF COMPANY', entity).match).toBe(true);
  });
});

describe('bank is an organisation-type word (generic-words.ts)', () => {
  test('an alias that adds or drops "BANK" matches', () => {
    expect(scoreNames('PJSC BANK VVB', 'VVB, PAO', entity).match).toBe(true);
    expect(scoreNames('BANK EVROFINANCE', 'EVROFINANCE MOSNARBANK', entity).match).toBe(true);
  });

  test('two banks sharing only "bank" stay apart', () => {
    expect(scoreNames('ANSAR BANK', 'SEPAH BANK', entity).score).toBeLessThan(DEFAULT_PARAMS.reviewThreshold);
  });
});

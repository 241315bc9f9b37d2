import type { ListedEntity } from '../../../lambdas/domain/lists/listed-entity';
import { nameReadings } from '../../../lambdas/domain/screening/name-matching/analyse-name';
import { NameIndex } from '../../../lambdas/domain/screening/name-matching/name-index';
import { phoneticKey } from '../../../lambdas/domain/screening/name-matching/phonetic-key';
import { DEFAULT_PARAMS, scoreNames } from '../../../lambdas/domain/screening/name-matching/score-names';
import { meaningsOf, meaningStem, sameMeaning } from '../../../lambdas/domain/screening/name-matching/word-meanings';

describe('translations through inflection-free stems (word-meanings.ts)', () => {
  test('case and gender endings of one Russian word meet at one stem, and so do English singular and plural', () => {
    const stem = (w: string) => meaningStem(phoneticKey(w));
    expect(stem('tekhnologiya')).toBe(stem('tekhnologiy'));
    expect(stem('tekhnologii')).toBe(stem('tekhnologiya'));
    expect(stem('technologies')).toBe(stem('technology'));
    expect(stem('sistemy')).toBe(stem('systems'));
    expect(stem('natsionalnaya')).toBe(stem('natsionalnyy'));
  });

  test('inflected forms printed on the UK list translate their English counterparts', () => {
    const same = (a: string, b: string) => sameMeaning(meaningsOf(phoneticKey(a)), meaningsOf(phoneticKey(b)));
    expect(same('prikladnoy', 'applied')).toBe(true);
    expect(same('fiziki', 'physics')).toBe(true);
    expect(same('remontnyy', 'repair')).toBe(true);
    expect(same('perestrakhovochnaya', 'reinsurance')).toBe(true);
    expect(same('keji', 'technology')).toBe(true);
    // Different meanings stay apart.
    expect(same('prikladnoy', 'physics')).toBe(false);
  });

  test('a Russian name on the UK list matches its translated English primary name', () => {
    // UK OFSI: «Агентство Интернет Исследований» / INTERNET RESEARCH AGENCY; «ООО ЛЫСЬВЕНСКИЙ…» style names.
    expect(scoreNames('Агентство Интернет Исследований', 'INTERNET RESEARCH AGENCY', { type: 'entity' }).match).toBe(true);
    expect(scoreNames('Российская Национальная Перестраховочная Компания', 'RUSSIAN NATIONAL REINSURANCE COMPANY', { type: 'entity' }).match).toBe(true);
    expect(scoreNames('558 АВИАЦИОННЫЙ РЕМОНТНЫЙ ЗАВОД', 'JSC 558 AIRCRAFT REPAIR PLANT', { type: 'entity' }).match).toBe(true);
  });

  test('pinyin syllables read from Han join into words the table translates', () => {
    // UK OFSI: 新全電子(香港)有限公司 / XIN QUAN ELECTRONICS (HONG KONG) CO., LIMITED.
    const result = scoreNames('武汉晓睿智科技有限责任公司', 'WUHAN XIAORUIZHI SCIENCE AND TECHNOLOGY COMPANY LIMITED', { type: 'entity' });
    expect(result.match).toBe(true);
    expect(result.alignment.some((a) => a.query === 'keji' && a.listed === 'technology')).toBe(true);
  });

  test('persons\' names never translate: "Rossi" is not "Russian"', () => {
    const result = scoreNames('ROSSI, Mario', 'RUSSIAN, Mario', { type: 'individual' });
    expect(result.alignment.some((a) => a.query === 'rossi')).toBe(false);
  });
});

describe('acronyms spelt in the language of the name', () => {
  test('the Russian "NPP" spells scientific and production enterprise (nauchno-proizvodstvennoe predpriyatie)', () => {
    // UK OFSI: AO НПП "Салют" / JOINT-STOCK COMPANY SCIENTIFIC AND PRODUCTION ENTERPRISE SALYUT.
    const result = scoreNames('AO НПП "Салют"', 'JOINT-STOCK COMPANY SCIENTIFIC AND PRODUCTION ENTERPRISE SALYUT', { type: 'entity' });
    expect(result.match).toBe(true);
    expect(result.alignment.some((a) => a.query === 'npp')).toBe(true);
  });

  test('"OKB" spells experimental design bureau (opytnoe konstruktorskoe byuro)', () => {
    // OFAC alias of the Yakovlev design bureau.
    expect(scoreNames('JOINT STOCK COMPANY OKB NAMED AFTER A.S. YAKOVLEV', 'JOINT STOCK COMPANY EXPERIMENTAL DESIGN BUREAU NAMED AFTER A.S. YAKOVLEV', { type: 'entity' }).match).toBe(true);
  });
});

describe('patronymics', () => {
  test('two persons whose patronymics differ are not a match (the fathers differ)', () => {
    // OFAC: BORISOV, Igor Borisovich and BORISOV, Igor Vladimirovich are two listed persons.
    const result = scoreNames('BORISOV, Igor Borisovich', 'BORISOV, Igor Vladimirovich', { type: 'individual' });
    expect(result.match).toBe(false);
    expect(result.explanation).toContain('patronymics differ (borisovich vs vladimirovich)');
  });

  test('the qualifier leaves a person whose patronymic agrees alone', () => {
    const result = scoreNames('Игорь Борисович Борисов', 'BORISOV, Igor Borisovich', { type: 'individual' });
    expect(result.match).toBe(true);
    expect(result.explanation).not.toContain('patronymics differ');
  });

  test('a given name does not stand in for the other side\'s patronymic when its own name prints one', () => {
    // UK OFSI: Иван Игоравич Сечин is not SECHIN, Igor Ivanovich ("Ivan" + "Igoravich" is no "Ivanovich").
    const result = scoreNames('Иван Игоравич Сечин', 'SECHIN, Igor Ivanovich', { type: 'individual' });
    expect(result.match).toBe(false);
    expect(result.alignment.some((a) => a.listed === 'ivanovich')).toBe(false);
  });

  test('a name without a patronymic may print the father\'s name bare', () => {
    // OFAC: OKROYAN, Andranik Mkrtich is an alias of OKROYAN, Andranik Mkrtichovich.
    expect(scoreNames('OKROYAN, Andranik Mkrtich', 'OKROYAN, Andranik Mkrtichovich', { type: 'individual' }).match).toBe(true);
  });
});

describe('one shared distinctive word between otherwise different entities', () => {
  test('an invented company sharing only a place name with a listed one stays out of review', () => {
    // SDN-26840 KAROUN PETROCHEMICAL COMPANY vs a consignee on sample invoice 06.
    const result = scoreNames('Karun Gulf Logistics Co.', 'KAROUN PETROCHEMICAL COMPANY', { type: 'entity' });
    expect(result.score).toBeLessThan(DEFAULT_PARAMS.reviewThreshold);
    expect(result.explanation).toContain('one distinctive word shared');
  });

  test('an alias that keeps the shared word and adds only business words is not touched', () => {
    const result = scoreNames('KAROON PETROCHEMICAL CO', 'KAROUN PETROCHEMICAL COMPANY', { type: 'entity' });
    expect(result.match).toBe(true);
    expect(result.explanation).not.toContain('one distinctive word shared');
  });
});

describe('organisation-type words weigh like "company"', () => {
  test('"SOCIETY" added by an alias costs little', () => {
    // OFAC: YAYASAN HILAL AHMAR / HILAL AHMAR SOCIETY INDONESIA.
    expect(scoreNames('YAYASAN HILAL AHMAR', 'HILAL AHMAR SOCIETY INDONESIA', { type: 'entity' }).match).toBe(true);
  });

  test('sharing only "ORGANIZATION" and two business words is not a match', () => {
    expect(scoreNames('CHAMS MONEY LAUNDERING ORGANIZATION', 'ALTAF KHANANI MONEY LAUNDERING ORGANIZATION', { type: 'entity' }).match).toBe(false);
  });
});

describe('readings of bracketed parts (nameReadings)', () => {
  test('a listed name is also read without its brackets and as its bracketed acronym alone', () => {
    expect(nameReadings('STATE GRAIN OPERATOR (GZO)', true)).toEqual(['STATE GRAIN OPERATOR (GZO)', 'STATE GRAIN OPERATOR', 'GZO']);
    expect(nameReadings('Qasim Soleimani; Qasem Sulaimani', true)).toEqual(['Qasim Soleimani', 'Qasem Sulaimani']);
  });

  test('an invoice name\'s bracketed word (a place) is never read alone', () => {
    expect(nameReadings('HONG PANG GEMS & JEWELLERY (HK) CO. LIMITED')).toEqual(['HONG PANG GEMS & JEWELLERY (HK) CO. LIMITED', 'HONG PANG GEMS & JEWELLERY CO. LIMITED']);
    expect(scoreNames('HONG PANG GEMS & JEWELLERY (HK) CO. LIMITED', 'TING SHING TAI JEWELLERY (HK) CO. LIMITED', { type: 'entity' }).match).toBe(false);
  });

  test('a branch note in brackets does not hold an alias back', () => {
    // UN: Hanifah Exchange Company is an alias of HANIFA MONEY EXCHANGE OFFICE (BRANCH LOCATED IN ALBU KAMAL, …).
    const listed = 'HANIFA MONEY EXCHANGE OFFICE (BRANCH LOCATED IN ALBU KAMAL, SYRIAN ARAB REPUBLIC)';
    expect(scoreNames('Hanifah Exchange Company', listed, { type: 'entity' }).match).toBe(true);
  });

  test('the index finds an entity by its bracketed acronym and by its name without the bracket', () => {
    const entities: ListedEntity[] = [
      {
        entryId: 'T-GZO', list: 'TEST', type: 'entity', programs: ['RUSSIA-EO14024'], countries: [], addresses: [], identifiers: [],
        names: [{ value: 'STATE GRAIN OPERATOR (GZO)', strength: 'primary', kind: 'primary' }],
      },
    ];
    const index = new NameIndex(entities);
    const byAcronym = index.search({ name: 'GZO' });
    expect(byAcronym[0]?.entryId).toBe('T-GZO');
    expect(byAcronym[0]?.matchedName.value).toBe('STATE GRAIN OPERATOR (GZO)');
    expect(index.search({ name: 'Государственный зерновой оператор' })[0]?.decision).toBe('match');
  });
});

import { scoreNames } from '../../../lambdas/domain/screening/name-matching/score-names';

describe('Chinese names and pinyin', () => {
  test('a Han person name matches its pinyin in list format, with the given name glued or split', () => {
    expect(scoreNames('习近平', 'XI Jinping', { type: 'individual' }).match).toBe(true);
    expect(scoreNames('习近平', 'Xi Jin Ping', { type: 'individual' }).match).toBe(true);
    expect(scoreNames('习近平', 'Jinping Xi', { type: 'individual' }).match).toBe(true);
  });

  test('the same surname with another given name is not a match', () => {
    expect(scoreNames('王建国', 'WANG, Xiaoming', { type: 'individual' }).match).toBe(false);
  });

  test('a Han company name matches its word-joined pinyin, the legal form 有限公司 reading as Co., Ltd.', () => {
    // Act
    const result = scoreNames('深圳市大疆创新科技有限公司', 'Shenzhen Dajiang Chuangxin Keji Co., Ltd.');

    // Assess
    expect(result.match).toBe(true);
    expect(result.legalForm.verdict).toBe('same');
  });
});

describe('typos and OCR confusions', () => {
  test.each([
    ['ROSNEFTT', 'ROSNEFT'],
    ['KALASHNIKVO CONCERN', 'KALASHNIKOV CONCERN'],
    ['R0SNEFT', 'ROSNEFT'],
    ['GAZPR0M NEFT', 'GAZPROM NEFT'],
    ['SOVCOMFLOT L1MITED', 'SOVCOMFLOT LIMITED'],
    ['KRASNOYE ZNAMYA PLANT', 'KRASNOYE ZNAMYA PLANT'],
    ['RNEHLE TRADING', 'MEHLE TRADING'],
  ])('%s matches %s', (a, b) => {
    expect(scoreNames(a, b).match).toBe(true);
  });

  test('Cyrillic look-alike letters typed into a Latin name are read as Latin', () => {
    // Prepare: "А", "О", "Е", "С", "Т" below are Cyrillic.
    const typed = 'JОINТ STОCK COMPАNY DАTАBANК';

    // Act
    const result = scoreNames(typed, 'JOINT STOCK COMPANY DATABANK');

    // Assess
    expect(result.score).toBe(1);
    expect(result.queryNormalized).toBe('databank [JSC (AO)]');
  });

  test('a different word of the same length is not a typo', () => {
    expect(scoreNames('ROSNEFT', 'ROSTEKH').match).toBe(false);
  });
});

describe('word order and person names', () => {
  test('given and family name in either order, patronymic left out, still match', () => {
    expect(scoreNames('Vladimir Putin', 'PUTIN, Vladimir Vladimirovich', { type: 'individual' }).match).toBe(true);
    expect(scoreNames('Путин Владимир', 'PUTIN, Vladimir Vladimirovich', { type: 'individual' }).match).toBe(true);
  });

  test('an initial matches a given name that starts with it, but weighs less than the full name', () => {
    // Act
    const initial = scoreNames('V. Putin', 'PUTIN, Vladimir', { type: 'individual' });
    const full = scoreNames('Vladimir Putin', 'PUTIN, Vladimir', { type: 'individual' });
    const wrongInitial = scoreNames('A. Putin', 'PUTIN, Vladimir', { type: 'individual' });

    // Assess
    expect(initial.alignment.map((a) => `${a.query}-${a.listed}`)).toContain('v-vladimir');
    expect(initial.score).toBeLessThan(full.score);
    expect(wrongInitial.score).toBeLessThan(initial.score);
  });

  test('a shared family name alone is not a match', () => {
    expect(scoreNames('Lyudmila Putina', 'PUTIN, Vladimir', { type: 'individual' }).match).toBe(false);
  });

  test('entity words in another order still match', () => {
    expect(scoreNames('Saderat Bank', 'BANK SADERAT').match).toBe(true);
  });

  test('spacing differences are bridged by joining neighbouring words', () => {
    expect(scoreNames('AL QAEDA', 'ALQAEDA').score).toBe(1);
    expect(scoreNames('JSC ARGUMENT', 'JSCARGUMENT').score).toBeGreaterThan(0.64);
  });
});

describe('informativeness of words', () => {
  test('sharing only generic words ("trading", "company") is not a match', () => {
    // Act
    const result = scoreNames('Alpha Trading Company LLC', 'Beta Trading Company LLC');

    // Assess
    expect(result.match).toBe(false);
    expect(result.score).toBeLessThan(0.4);
  });

  test('numbers must agree', () => {
    expect(scoreNames('72ND ARMORED VEHICLE REPAIR PLANT', '71ST ARMORED VEHICLE REPAIR PLANT').score).toBeLessThan(
      scoreNames('72ND ARMORED VEHICLE REPAIR PLANT', '72ND ARMORED VEHICLE REPAIR PLANT').score,
    );
    expect(scoreNames('BICENTENARIO XIV', 'BICENTENARIO XV').match).toBe(false);
  });
});

describe('explanations', () => {
  test('the explanation names how each side was read, each aligned word pair with its similarity, and what stayed unmatched', () => {
    // Act
    const result = scoreNames('Jurij Schukow', 'ZHUKOV, Yuriy Ivanovich', { type: 'individual' });

    // Assess
    expect(result.explanation).toContain('query "Jurij Schukow" read as "jurij schukow"');
    expect(result.explanation).toContain('listed "ZHUKOV, Yuriy Ivanovich" read as "zhukov yuriy ivanovich"');
    expect(result.explanation).toMatch(/jurij↔yuriy 0\.\d\d/);
    expect(result.explanation).toMatch(/schukow↔zhukov 0\.\d\d/);
    expect(result.explanation).toContain('unmatched listed words: ivanovich');
    expect(result.alignment).toHaveLength(2);
  });
});

describe('omission versus contradiction, acronyms, multi-name fields', () => {
  test('an alias that keeps the whole listed name and adds words matches, and says why', () => {
    // Act
    const result = scoreNames('KISH INTERNATIONAL BANK OFFSHORE COMPANY PJS', 'KISH INTERNATIONAL BANK', { type: 'entity' });

    // Assess
    expect(result.match).toBe(true);
    expect(result.explanation).toContain('every listed word aligned');
  });

  test('a person alias adding given names to the listed name matches', () => {
    expect(scoreNames('DE GEETERE, Hans Maria Christiane Herve', 'DE GEETERE, Hans', { type: 'individual' }).match).toBe(true);
  });

  test('the same surname with a different given name on each side is a contradiction, not a match', () => {
    // Act
    const result = scoreNames('MUNOZ HOYOS, German', 'MUNOZ HOYOS, Carlos Ivan', { type: 'individual' });

    // Assess
    expect(result.match).toBe(false);
    expect(result.explanation).toContain('both names keep words of their own');
  });

  test('a common word alone is not containment', () => {
    expect(scoreNames('AL AQSA BANK OF PALESTINE', 'BANK', { type: 'entity' }).match).toBe(false);
  });

  test('an acronym aligns with the words whose initials it spells, and the alignment shows them', () => {
    // Act
    const result = scoreNames('JSC SPE AEROSILA', 'JOINT STOCK COMPANY SCIENTIFIC PRODUCTION ENTERPRISE AEROSILA', { type: 'entity' });

    // Assess
    expect(result.match).toBe(true);
    expect(result.explanation).toContain('spe↔scientific production enterprise');
  });

  test('acronyms are not read into person names', () => {
    expect(scoreNames('ABC', 'Ahmad Bashir Chaudhry', { type: 'individual' }).match).toBe(false);
  });

  test('a field of several names separated by ";" is scored by its best name', () => {
    expect(scoreNames('Qasim Soleimani; Qasem Sulaimani; Kasim Sulaymani', 'QASEM SOLEIMANI', { type: 'individual' }).match).toBe(true);
  });
});

/**
 * Round 9 rules, learnt from the fresh-tune half of pairs-2025.jsonl and checked on the old tune split
 * (bench/screen/README.md, "Round 9"). One describe block per adopted rule: the match it enables and a near
 * miss it must not fire on. All names are pairs of the labelled sets (fresh-tune or old tune).
 */
import { phoneticKey } from '../../../lambdas/domain/screening/name-matching/phonetic-key';
import { analyseName } from '../../../lambdas/domain/screening/name-matching/analyse-name';
import { DEFAULT_PARAMS, scoreNames } from '../../../lambdas/domain/screening/name-matching/score-names';
import { isOrganisationType } from '../../../lambdas/domain/screening/name-matching/token-weights';

const entity = { type: 'entity' } as const;
const person = { type: 'individual' } as const;

const KHARKEVICH_LONG =
  'FEDERAL STATE BUDGETARY SCIENTIFIC INSTITUTION INSTITUTE FOR INFORMATION TRANSMISSION PROBLEMS NAMED AFTER A A KHARKEVICH OF THE RUSSIAN ACADEMY OF SCIENCES';
const TRAPEZNIKOV_LONG =
  'FEDERAL STATE BUDGETARY SCIENTIFIC INSTITUTION INSTITUTE FOR CONTROL PROBLEM NAMED AFTER V A TRAPEZNIKOV OF THE RUSSIAN ACADEMY OF SCIENCES';
const IVANNIKOV_LONG =
  'FEDERAL STATE BUDGETARY SCIENTIFIC INSTITUTION V P IVANNIKOV INSTITUTE FOR SYSTEM PROGRAMMING OF THE RUSSIAN ACADEMY OF SCIENCES';

describe('rule 1: a translation or an acronym (0.90) is a word present, and may carry a containment', () => {
  test('«ELIT LIMASSOL (LIMA) CO.» contains «EUROPEAN LEBANESE INTERNATIONAL TRADE CO.» through its acronym', () => {
    const r = scoreNames('ELIT LIMASSOL (LIMA) CO.', 'EUROPEAN LEBANESE INTERNATIONAL TRADE CO.', entity);
    expect(r.match).toBe(true);
    expect(r.explanation).toContain('elit↔european lebanese international trade 0.90');
    expect(r.explanation).toContain('every listed word aligned');
    expect(scoreNames('RIHS-CAMEROON', 'REVIVAL OF ISLAMIC HERITAGE SOCIETY', entity).match).toBe(true);
  });

  test('a one-letter word aligned by its initial is no word present («MIRA E.U.»: "u" ↔ "urunleri")', () => {
    const r = scoreNames('MIRA IHRACAT ITHALAT PETROL URUNLERI SANAYI TICARET LIMITED SIRKETI', 'MIRA E.U.', entity);
    expect(r.explanation).toContain('urunleri↔u 0.90');
    expect(r.explanation).not.toContain('every listed word aligned');
    expect(r.score).toBeLessThan(DEFAULT_PARAMS.reviewThreshold);
  });
});

describe('rule 2: the extra words of a containment cost at most containedCap of the aligned weight', () => {
  test('a ten-word descriptor around «KHARKEVICH INSTITUTE» is one omission', () => {
    expect(DEFAULT_PARAMS.containedCap).toBe(0.35);
    const r = scoreNames(KHARKEVICH_LONG, 'KHARKEVICH INSTITUTE', entity);
    expect(r.match).toBe(true);
    expect(r.explanation).toContain('the extra words together cost at most 0.35 of the aligned weight');
  });

  test('no cap without a containment: another institute\'s long name stays far apart', () => {
    const r = scoreNames(TRAPEZNIKOV_LONG, 'KHARKEVICH INSTITUTE', entity);
    expect(r.explanation).not.toContain('cost at most');
    expect(r.score).toBeLessThan(DEFAULT_PARAMS.reviewThreshold);
  });
});

describe('rule 3: the mirror containment, every query word found in a longer listed name', () => {
  test('«SUDOPLATOV BATTALION» in «… VOLUNTEER BATTALION NAMED AFTER P A SUDOPLATOV OF THE … ZAPORIZHZHIA REGION»', () => {
    const r = scoreNames(
      'SUDOPLATOV BATTALION',
      'STATE UNITARY ENTERPRISE VOLUNTEER BATTALION NAMED AFTER P A SUDOPLATOV OF THE MILITARY AND CIVIL ADMINISTRATION OF THE ZAPORIZHZHIA REGION',
      entity,
    );
    expect(r.match).toBe(true);
    expect(r.explanation).toContain('every query word aligned');
  });

  test('a query word aligned only to an initial is not found («APPLIED» ↔ "A"); a legal-form contradiction still holds', () => {
    const applied = scoreNames(
      'INSTITUTE OF APPLIED PHYSICS JSC',
      'FEDERAL STATE FINANCED INSTITUTION OF SCIENCE PHYSICS AND TECHNOLOGY INSTITUTE NAMED AFTER K. A. VALIEVA OF THE RUSSIAN FEDERATION ACADEMY OF SCIENCES',
      entity,
    );
    expect(applied.explanation).not.toContain('every query word aligned');
    expect(applied.match).toBe(false);
    const optiks = scoreNames('AB OPTIKS PLC', 'LIMITED LIABILITY COMPANY AB OPTIKS', entity);
    expect(optiks.explanation).toContain('legal forms contradict');
    expect(optiks.match).toBe(false);
  });
});

describe('rule 4: persons: a given-name variant of 0.90 (Aqeil/Aqeel) may carry a containment', () => {
  test('«AL-BAYDANI, Aqeil Mftine Khfeef» contains «AL BAIDHANI, Aqeel»', () => {
    const r = scoreNames('AL-BAYDANI, Aqeil Mftine Khfeef', 'AL BAIDHANI, Aqeel', person);
    expect(r.explanation).toContain('aqeil↔aqeel 0.90');
    expect(r.explanation).toContain('every listed word aligned');
    expect(r.match).toBe(true);
  });

  test('a lookalike below 0.90 (Juan ↔ Ivan, 0.75) is another given name, not a containment', () => {
    const r = scoreNames('VELASQUEZ CABALLERO, Juan Daniel', 'VELASQUEZ CABALLERO, Ivan', person);
    expect(r.explanation).toContain('juan↔ivan 0.75');
    expect(r.explanation).not.toContain('every listed word aligned');
  });
});

describe('rule 5: words of the kind of body keep nothing of a name\'s own', () => {
  test('the list of organisation-type words', () => {
    for (const w of ['company', 'corporation', 'foundation', 'predpriyatie', 'sherkat', 'npo', 'okb', 'fgup']) expect(isOrganisationType(phoneticKey(w))).toBe(true);
    for (const w of ['trade', 'trading', 'holdings', 'group', 'semiconductors']) expect(isOrganisationType(phoneticKey(w))).toBe(false);
  });

  test('«CHOSUN SAENAL TRADING» contains «SAENAL TRADING CORPORATION»', () => {
    const r = scoreNames('CHOSUN SAENAL TRADING', 'SAENAL TRADING CORPORATION', entity);
    expect(r.match).toBe(true);
    expect(r.explanation).toContain('every listed word but words of the kind of body aligned');
  });

  test('what a body does, or a holding, is a word of its own: sister companies stay apart', () => {
    expect(scoreNames('BEIRUT DIAM SAL', 'BEIRUT TRADE SAL', entity).match).toBe(false);
    expect(scoreNames('HALEEL COMMODITIES L.L.C.', 'HALEEL HOLDINGS LTD', entity).match).toBe(false);
  });
});

describe('rule 6: in the mirror containment the query\'s words of the kind of body cost the contained share', () => {
  test('«AO OKB VALDAI» and «ANO DIALOG» in their long Russian names', () => {
    const valdai = scoreNames('AO OKB VALDAI', 'AKTSIONERNOE OBSHCHESTVO OPTIKO MEKHANICHESKOE KONSTRUKTORSKOE BYURO VALDAI', entity);
    expect(valdai.match).toBe(true);
    expect(valdai.explanation).toContain('every query word but words of the kind of body aligned');
    const dialog = scoreNames(
      'ANO DIALOG',
      'NON-PROFIT ORGANIZATION FOR THE DEVELOPMENT OF DIGITAL PROJECTS IN THE FIELD OF PUBLIC RELATIONS AND COMMUNICATIONS DIALOG',
      entity,
    );
    expect(dialog.match).toBe(true);
  });

  test('the type word alone does not make two organisations one', () => {
    expect(scoreNames('AO NPO ORION', 'AO NPO ISKRA', entity).score).toBeLessThan(DEFAULT_PARAMS.reviewThreshold);
  });
});

describe('rule 7: "private joint stock company" is the JSC (sherkat-e sahami-e khass)', () => {
  test('read as a legal form, so «PETRO PALAYESH KANGAN» meets «KANGAN PETRO REFINING PRIVATE JOINT STOCK COMPANY»', () => {
    expect(analyseName('KANGAN PETRO REFINING PRIVATE JOINT STOCK COMPANY', 'entity').legalForms).toEqual(['jsc']);
    expect(scoreNames('PETRO PALAYESH KANGAN', 'KANGAN PETRO REFINING PRIVATE JOINT STOCK COMPANY', entity).match).toBe(true);
  });

  test('"private limited" is still a Ltd', () => {
    expect(analyseName('MAIWAND EXIM PRIVATE LIMITED', 'entity').legalForms).toEqual(['ltd']);
  });
});

describe('rule 8: a syllabic abbreviation may abbreviate a word in its translation', () => {
  test('NORILSKPROMTRANSPORT = norilsk + prom(yshlennyy) + transport, printed "NORILSK INDUSTRIAL TRANSPORT"', () => {
    const r = scoreNames('NORILSKPROMTRANSPORT OOO', 'LIMITED LIABILITY COMPANY NORILSK INDUSTRIAL TRANSPORT', entity);
    expect(r.match).toBe(true);
    expect(r.explanation).toContain('norilskpromtransport↔norilsk industrial transport 0.90');
  });

  test('a sister company of the same town stays apart', () => {
    expect(scoreNames('NORILSKII PROMYSHLENNYI TRANSPORT', 'AO NORILSKII KOMBINAT', entity).match).toBe(false);
  });
});

describe('rule 9: two initials before a surname name an eponym', () => {
  test('«V P IVANNIKOV INSTITUTE …» vs «… NAMED AFTER V A TRAPEZNIKOV …»: named after different people', () => {
    const r = scoreNames(IVANNIKOV_LONG, TRAPEZNIKOV_LONG, entity);
    expect(r.explanation).toContain('named after different people (ivannikov vs trapeznikov) ×0.80');
    expect(r.match).toBe(false);
  });

  test('the same eponym written both ways still matches', () => {
    const r = scoreNames(IVANNIKOV_LONG, 'INSTITUTE OF SYSTEM PROGRAMMING NAMED AFTER V P IVANNIKOV RAN', entity);
    expect(r.explanation).not.toContain('named after different people');
    expect(r.match).toBe(true);
  });
});

/**
 * Round 8 rules, learnt from the fresh-tune half of pairs-2025.jsonl and checked on the old tune split
 * (bench/screen/README.md, "Round 8"). One describe block per adopted rule.
 */
import { phoneticKey } from '../../../lambdas/domain/screening/name-matching/phonetic-key';
import { scoreNames } from '../../../lambdas/domain/screening/name-matching/score-names';
import { isGenericWord } from '../../../lambdas/domain/screening/name-matching/token-weights';
import { meaningsOf, sameMeaning } from '../../../lambdas/domain/screening/name-matching/word-meanings';

const entity = { type: 'entity' } as const;
const same = (a: string, b: string) => sameMeaning(meaningsOf(phoneticKey(a)), meaningsOf(phoneticKey(b)));
const generic = (w: string) => isGenericWord(phoneticKey(w));

describe('rule 1: Russian organisation-type abbreviations are generic and equal their English renderings', () => {
  test('NPO = SPA, KB = DB, FGUP = FSUE, FKP = FSE', () => {
    expect(same('npo', 'spa')).toBe(true);
    expect(same('kb', 'db')).toBe(true);
    expect(same('fgup', 'fsue')).toBe(true);
    expect(same('fkp', 'fse')).toBe(true);
    expect(same('npo', 'npp')).toBe(false);
  });

  test('«AO NPO ORION» is «JSC SPA ORION»; «NKO EVRAZIYA» is «ANO EVRAZIYA»', () => {
    expect(scoreNames('AO NPO ORION', 'JSC SPA ORION', entity).match).toBe(true);
    expect(scoreNames('KB LUCH AO', 'JSC DB LUTCH', entity).match).toBe(true);
    expect(generic('ano') && generic('nko')).toBe(true);
    expect(scoreNames('NKO EVRAZIYA', 'ANO EVRAZIYA', entity).match).toBe(true);
  });

  test('the type word alone does not make two organisations one', () => {
    expect(scoreNames('AO NPO ORION', 'AO NPO ISKRA', entity).match).toBe(false);
  });
});

describe('rule 2: an abbreviation of a generic word is generic', () => {
  test('MFG, INTL, SVCS, HLDGS, TRDG are generic as their full words; a distinctive abbreviation is not made generic', () => {
    for (const w of ['mfg', 'intl', 'svcs', 'hldgs', 'trdg', 'corp']) expect(generic(w)).toBe(true);
    expect(generic('chem')).toBe(false); // "chemical" is not a generic word
  });

  test('«ATROPARS MFG» is «ATRO PARS COMPANY»', () => {
    expect(scoreNames('ATROPARS MFG', 'ATRO PARS COMPANY', entity).match).toBe(true);
  });
});

describe('rule 3: organisations named after different people', () => {
  const trapeznikov = 'FEDERAL STATE BUDGETARY SCIENTIFIC INSTITUTION INSTITUTE FOR CONTROL PROBLEM NAMED AFTER V A TRAPEZNIKOV OF THE RUSSIAN ACADEMY OF SCIENCES';
  const kharkevich = 'FEDERAL STATE BUDGETARY SCIENTIFIC INSTITUTION INSTITUTE FOR INFORMATION TRANSMISSION PROBLEMS NAMED AFTER A A KHARKEVICH OF THE RUSSIAN ACADEMY OF SCIENCES';

  test('"named after X" vs "named after Y", both unaligned: ×0.8 and explained', () => {
    const r = scoreNames(trapeznikov, kharkevich, entity);
    expect(r.match).toBe(false);
    expect(r.explanation).toContain('named after different people (trapeznikov vs kharkevich) ×0.80');
  });

  test('the same eponym, or an eponym on one side only, is not held against', () => {
    expect(scoreNames('AO NNPO IMENI M V FRUNZE', 'JSC NIZHNY NOVGOROD SPA NAMED AFTER M V FRUNZE', entity).explanation).not.toContain('named after different people');
    expect(scoreNames(kharkevich, 'KHARKEVICH INSTITUTE', entity).explanation).not.toContain('named after different people');
  });
});

describe('rule 4: Greek letters number the members of a series', () => {
  test('«SCF NYK BETA SHIPPING» is not «SCF NYK GAMMA SHIPPING»', () => {
    const r = scoreNames('SCF NYK BETA SHIPPING PTE LTD', 'SCF NYK GAMMA SHIPPING PTE LTD', entity);
    expect(r.match).toBe(false);
    expect(r.explanation).toContain('numbers differ');
  });

  test('a Greek letter on one side only is not a contradiction; persons are not affected', () => {
    expect(scoreNames('SCF NYK BETA SHIPPING PTE LTD', 'SCF NYK SHIPPING PTE LTD', entity).explanation).not.toContain('numbers differ');
    expect(scoreNames('DELTA, Ivan', 'SIGMA, Ivan', { type: 'individual' }).explanation).not.toContain('numbers differ');
  });
});

describe('rule 5: translated words of the fresh aliases', () => {
  test('oil = petroleum, settlement = raschetnyy, motor = engine, shipyard = astillero, precision tools = abzar daghigh, RAN = RAS, Chosun = Korea', () => {
    for (const [a, b] of [['oil', 'petroleum'], ['settlement', 'raschetnyi'], ['motor', 'engine'], ['shipyard', 'astillero'], ['tools', 'abzar'], ['precision', 'daghigh'], ['ran', 'ras'], ['chosun', 'korea'], ['polar', 'zapolyarnaya']]) {
      expect(same(a, b)).toBe(true);
    }
    // "arctic" was left out: it made MARINE ARCTIC GEOLOGICAL EXPEDITION match POLAR MARINE GEOSURVEY EXPEDITION.
    expect(same('arctic', 'polar')).toBe(false);
  });

  test('«LNG YAKUTIA» spells «SZHIZHENNYI PRIRODNYI GAZ YAKUTIA» through the translations', () => {
    expect(scoreNames('LNG YAKUTIA LLC', 'LIMITED LIABILITY COMPANY SZHIZHENNYI PRIRODNYI GAZ YAKUTIA', entity).match).toBe(true);
    expect(scoreNames('MEZHDUNARODNYI RASCHETNYI BANK', 'INTERNATIONAL SETTLEMENT BANK LLC', entity).match).toBe(true);
  });
});

describe('rule 6: mines are an organisation type', () => {
  test('«DENISOVSKY MINE» is «GOK DENISOVSKIY»; razrez = mine', () => {
    expect(generic('gok') && generic('mine') && generic('razrez')).toBe(true);
    expect(same('razrez', 'mine')).toBe(true);
    expect(scoreNames('DENISOVSKY MINE', 'GOK DENISOVSKIY', entity).match).toBe(true);
  });
});

describe('rule 7: freight, cargo, offshore, marine, airways, yard, base are generic business words', () => {
  test('«WISON ZHOUSHAN YARD» is «WISON OFFSHORE AND MARINE ZHOUSHAN BASE»', () => {
    expect(scoreNames('WISON ZHOUSHAN YARD', 'WISON OFFSHORE AND MARINE ZHOUSHAN BASE', entity).match).toBe(true);
  });

  test('"exchange" stays distinctive (ATLAS EXCHANGE is not ATLAS EQUIPMENT COMPANY)', () => {
    expect(generic('exchange')).toBe(false);
    expect(scoreNames('ATLAS EXCHANGE', 'ATLAS EQUIPMENT COMPANY LIMITED', entity).match).toBe(false);
  });
});

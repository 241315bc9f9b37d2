import { loadScreeners } from '../../lambdas/adapters/list-files';
import type { Screeners } from '../../lambdas/domain/screening/screen-invoice';
import type { GoodsLine, Party } from '../../lambdas/domain/invoice-model';
import { decide, screenInvoice } from '../../lambdas/domain/screening/screen-invoice';

jest.setTimeout(60_000);

// The real list snapshots and the CHPL shipped in data/.
let screeners: Screeners;
beforeAll(async () => {
  screeners = await loadScreeners();
});
const evidence = { page: 1, box: [0.1, 0.1, 0.5, 0.12] as [number, number, number, number], text: 'printed text' };
const party = (name: string, extra: Partial<Party> = {}): Party => ({ role: 'buyer', name, identifiers: [], evidence, ...extra });
const line = (description: string, hsCode?: string): GoodsLine => ({ description, hsCode, evidence });

describe('PartyScreener against the real SDN snapshot', () => {
  test('the Cyrillic name of SDN-39164 matches, with an explanation, list version and programs', () => {
    // Act
    const [finding] = screeners.parties.screen(party('ООО «Крокус Наноэлектроника»'));

    // Assess
    expect(finding).toMatchObject({
      kind: 'party', severity: 'critical', list: 'OFAC-SDN', entryId: 'SDN-39164', programs: ['RUSSIA-EO14024'],
      matchedName: 'LIMITED LIABILITY COMPANY KROKUS NANOELEKTRONIKA', evidence,
    });
    expect(finding.listVersion).toMatch(/^2024-05-03#[0-9a-f]{12}$/);
    expect(finding.reason).toContain('krokus nanoelektronika');
  });

  test('an official alias matches its entry (SBER VOSTOK LLP, a.k.a. of SDN-36427)', () => {
    expect(screeners.parties.screen(party('ТОО «Сбер Восток»')).map((f) => f.entryId)).toEqual(['SDN-36427']);
  });

  test('a different legal form of the same words is not a match for the LLC on the SDN list', () => {
    // The UK list prints the same company without a legal form, so that entry still matches.
    const ag = screeners.parties.screen(party('Krokus Nanoelektronika AG')).find((f) => f.entryId === 'SDN-39164');
    expect(ag?.severity).not.toBe('critical'); // at most a review: an AG is not the listed LLC
    expect(screeners.parties.screen(party('Krokus Nanoelektronika LLC')).find((f) => f.entryId === 'SDN-39164')?.severity).toBe('critical');
  });

  test('an identifier listed in the remarks matches whatever the printed name', () => {
    // Prepare
    const renamed = party('ООО «Новое Имя»', { identifiers: [{ scheme: 'RU-INN', value: '7710889933' }] });

    // Act
    const findings = screeners.parties.screen(renamed);

    // Assess
    expect(findings.filter((f) => f.severity === 'critical').map((f) => f.entryId)).toEqual(['SDN-39164']);
    expect(findings[0].reason).toContain('RU-INN 7710889933 equals listed RU-INN 7710889933: a match whatever the name');
  });

  test('a lookalike word does not make a containment match («Қостанай Астық» is not the alias MAJESTIC)', () => {
    expect(screeners.parties.screen(party('«Қостанай Астық» ЖШС', { country: 'KZ' }))).toEqual([]);
  });

  test('a listed aircraft is no match for a company name (only a carrier can be a vessel or an aircraft)', () => {
    expect(screeners.parties.screen(party('Ertis Pump Engineering LLP', { role: 'seller', country: 'KZ' })).map((f) => f.entryId)).not.toContain('SDN-24477');
  });

  test('an ordinary company is clear', () => {
    expect(screeners.parties.screen(party('ООО «Изумрудный Вал»'))).toEqual([]);
  });
});

describe('GoodsScreener against the CHPL', () => {
  test('ball bearings under TN VED 8482 10 100 9 are CHPL tier 3.B', () => {
    expect(screeners.goods.screen(line('Подшипник шариковый 6205-2RS', '8482101009'))).toEqual([
      expect.objectContaining({ kind: 'goods', list: 'CHPL', entryId: '8482.10', hs6: '8482.10', tier: '3.B', severity: 'medium' }),
    ]);
  });

  test('processors (8542.31) are tier 1, high severity', () => {
    expect(screeners.goods.screen(line('Микросхемы', '8542310000'))[0]).toMatchObject({ tier: '1', severity: 'high' });
  });

  test('near misses do not fire: housed bearing units 8483.20, plain bearings 8483.30, grease 3403.99', () => {
    for (const code of ['848320', '848330', '3403990000']) expect(screeners.goods.screen(line('x', code))).toEqual([]);
  });

  test('a four-digit heading alone is a possible hit for review', () => {
    expect(screeners.goods.screen(line('Подшипники', '8482'))[0]).toMatchObject({ severity: 'low', entryId: '8482' });
  });
});

describe('screenInvoice and decide', () => {
  test('an SDN party blocks; goods and route findings alone need review; nothing found is clear', () => {
    const base = { languages: ['ru'], invoice: {}, route: { via: [] }, warnings: [] };
    const blocked = screenInvoice({ ...base, parties: [party('ООО «Крокус Наноэлектроника»', { country: 'RU' })], lines: [] }, screeners);
    const review = screenInvoice({ ...base, parties: [party('Sandgrouse FZE', { country: 'AE' })], lines: [line('bearing', '848210')] }, screeners);
    const clear = screenInvoice({ ...base, parties: [party('Nordmehl GmbH', { country: 'DE' })], lines: [line('flour', '110100')] }, screeners);

    expect(blocked.decision).toBe('block');
    expect([...new Set(blocked.findings.map((f) => f.kind))].sort()).toEqual(['party', 'route']);
    expect(review.decision).toBe('review');
    expect(clear).toMatchObject({ decision: 'clear', findings: [] });
    expect(Object.keys(clear.listVersions)).toEqual(expect.arrayContaining(['CHPL', 'OFAC-SDN', 'OFAC-CONS', 'UN-SC', 'UK-OFSI', 'BIS-DPL', 'RED-FLAGS']));
  });

  test('decide explains every reason', () => {
    expect(decide([]).decisionReasons).toEqual(['no party, goods or route findings']);
  });
});

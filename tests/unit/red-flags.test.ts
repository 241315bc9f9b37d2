import type { Finding } from '../../lambdas/domain/audit-record';
import type { InvoiceModel, Party } from '../../lambdas/domain/invoice-model';
import { registrationDate, screenRoute } from '../../lambdas/domain/screening/route-screener';

const evidence = { page: 1, box: [0.1, 0.2, 0.6, 0.22] as [number, number, number, number], text: 'printed' };
const party = (role: Party['role'], name: string, country?: string, extra: Partial<Party> = {}): Party => ({ role, name, country, identifiers: [], evidence, ...extra });
const invoice = (parties: Party[], extra: Partial<InvoiceModel> = {}): InvoiceModel => ({
  languages: ['ru'], invoice: {}, parties, lines: [], route: { via: [] }, warnings: [], ...extra,
});
const chplBearings: Finding = {
  kind: 'goods', severity: 'medium', summary: 'bearings', list: 'CHPL', listVersion: 'v', entryId: '8482.10', reason: 'r', evidence: { ...evidence, text: 'Подшипник 6205' }, tier: '3.B',
};
const ids = (findings: Finding[]) => findings.map((f) => f.entryId).sort();

describe('route and diversion red flags', () => {
  test('an Iranian buyer is an embargoed destination: critical, with the legal basis cited', () => {
    const [finding] = screenRoute(invoice([party('seller', 'A LLP', 'KZ'), party('buyer', 'Pars Trading Co', 'IR')]), { controlledGoods: [] });
    expect(finding).toMatchObject({ kind: 'route', list: 'RED-FLAGS', entryId: 'embargoed-destination-IR', severity: 'critical' });
    expect(finding.reason).toContain('31 CFR 560');
  });

  test('a Russian buyer needs review; with CHPL goods the flag is high', () => {
    const plain = screenRoute(invoice([party('buyer', 'ООО Вал', 'RU')]), { controlledGoods: [] });
    const withChpl = screenRoute(invoice([party('buyer', 'ООО Вал', 'RU')]), { controlledGoods: [chplBearings] });
    expect(plain.map((f) => [f.entryId, f.severity])).toEqual([['restricted-destination-RU', 'medium']]);
    expect(withChpl.map((f) => [f.entryId, f.severity])).toEqual([['restricted-destination-RU', 'high']]);
  });

  test('CHPL goods to a named transshipment hub (UAE) are flagged, citing FinCEN/BIS; clean goods to the same buyer are not', () => {
    const buyer = party('buyer', 'Sandgrouse Industrial Trading FZE', 'AE');
    const flagged = screenRoute(invoice([buyer]), { controlledGoods: [chplBearings] });
    expect(ids(flagged)).toEqual(['transshipment-hub-AE']);
    expect(flagged[0].reason).toContain('FIN-2022-Alert003');
    expect(screenRoute(invoice([buyer]), { controlledGoods: [] })).toEqual([]);
  });

  test('a forwarder as consignee in another country than the buyer raises two flags', () => {
    const found = screenRoute(invoice([party('buyer', 'Nordmehl GmbH', 'DE'), party('consignee', 'ООО «ТрансЛогистик Экспедиция»', 'KG')]), { controlledGoods: [] });
    expect(ids(found)).toEqual(['consignee-country-differs-from-buyer', 'forwarder-as-consignee']);
  });

  test('payment by a third party that is not the buyer', () => {
    const found = screenRoute(invoice([party('buyer', 'ООО «Вал»', 'KG'), party('payer', 'Golden Bridge Trading FZE', 'AE')]), { controlledGoods: [chplBearings] });
    expect(found).toContainEqual(expect.objectContaining({ entryId: 'third-party-payer', severity: 'high' }));
  });

  test('the buyer paying under its name in another script is not a third party', () => {
    const found = screenRoute(invoice([party('buyer', 'ООО «Крокус Наноэлектроника»', 'RU'), party('payer', 'LLC KROKUS NANOELEKTRONIKA', 'RU')]), { controlledGoods: [chplBearings] });
    expect(ids(found)).not.toContain('third-party-payer');
  });

  test('an address in occupied Crimea blocks even when the party says "Russia"', () => {
    const found = screenRoute(invoice([party('buyer', 'ООО «Таврия»', 'RU', { address: 'Республика Крым, г. Симферополь, ул. Ленина 1, Россия' })]), { controlledGoods: [] });
    expect(found).toContainEqual(expect.objectContaining({ entryId: 'occupied-region', severity: 'critical' }));
  });

  test('a counterparty registered after 24 Feb 2022 (BIN digits 1–4 = YYMM) buying CHPL goods', () => {
    const newFirm = party('buyer', 'ТОО «Новая Фирма»', 'KZ', { identifiers: [{ scheme: 'KZ-BIN', value: '230540012345' }] });
    expect(registrationDate(newFirm)).toEqual({ year: 2023, month: 5, from: 'BIN 230540012345 (digits 1–4 = YYMM)' });
    expect(ids(screenRoute(invoice([newFirm]), { controlledGoods: [chplBearings] }))).toEqual(['newly-formed-counterparty', 'transshipment-hub-KZ']);
  });

  test('residential addresses and free-mail contacts are low-severity flags', () => {
    const found = screenRoute(invoice([party('buyer', 'Vega Ltd', 'TR', { address: 'Istanbul, Apt. 4, vega.trade@gmail.com' })]), { controlledGoods: [] });
    expect(found.map((f) => [f.entryId, f.severity]).sort()).toEqual([['free-mail-contact', 'low'], ['residential-or-po-box-address', 'low']]);
  });

  test('the same concern on buyer and consignee of one company is reported once', () => {
    const krokus = (role: Party['role']) => party(role, 'ООО «Крокус Наноэлектроника»', 'RU');
    expect(ids(screenRoute(invoice([krokus('buyer'), krokus('consignee')]), { controlledGoods: [] }))).toEqual(['restricted-destination-RU']);
  });
});

import type { Finding, Severity } from '../audit-record';
import type { Evidence } from '../document-model';
import type { InvoiceModel, Party } from '../invoice-model';
import { scoreNames } from './name-matching';

/**
 * Diversion red flags that an invoice itself reveals, each citing the public guidance it comes from.
 * Guidance treats a red flag as a reason for enhanced due diligence, not as proof of a breach: flags ask
 * for review; only embargoed destinations and occupied regions block.
 */
export const RED_FLAGS_LIST = 'RED-FLAGS';
export const RED_FLAGS_VERSION = '2025-11-01#doc-audit-red-flags-v2';

const SOURCES = {
  fincen2022: 'FinCEN & BIS joint alert FIN-2022-Alert003 (28 Jun 2022)',
  triSeal2023: 'DOJ/Commerce/Treasury Tri-Seal Compliance Note on third-party intermediaries (2 Mar 2023)',
  fincen2023: 'FinCEN & BIS supplemental alert FIN-2023-Alert004 (19 May 2023)',
  e5: 'E5 export-enforcement guidance (26 Sep 2023)',
  fincenNov2023: 'FinCEN & BIS joint notice FIN-2023-GLOBALEXPORT (6 Nov 2023)',
  bisKyc: 'BIS "Know Your Customer" guidance and red flags, 15 CFR part 732 Supp. 3',
  otsi2025: 'UK OTSI "Countering Russian sanctions evasion – guidance for exporters" (7 Jan 2025)',
  g7_2024: 'G7 updated guidance for industry on Russian export-control evasion (24 Sep 2024)',
  nca2023: 'UK NCA/OFSI Red Alert "Exporting high-risk goods" (6 Dec 2023)',
  crimea: 'OFAC Crimea Sanctions Advisory (30 Jul 2015); EO 13685; EO 14065; EU Reg. 692/2014, 2022/263, 2022/1903',
} as const;

/** Comprehensive embargoes: a party or place here blocks the document for review. Syria: party screening only since mid-2025. */
const EMBARGOED: Record<string, string> = {
  IR: 'Iran: US ITSR (31 CFR 560); EU Reg. 267/2012 and UN measures re-imposed 27–29 Sep 2025',
  KP: 'North Korea: UNSCR 1718 (2006) and later; US EO 13722; EU Reg. 2017/1509',
  CU: 'Cuba: US CACR (31 CFR 515)',
};

/** Russia and Belarus: no full embargo, but licence requirements for the goods this tool watches. */
const RESTRICTED: Record<string, string> = {
  RU: 'Russia: US EAR §746.8 and Supp. 4 to part 746; EU Reg. 833/2014; UK Russia (Sanctions) (EU Exit) Regulations 2019',
  BY: 'Belarus: US EAR §746.8; EU Reg. 765/2006; UK Belarus regulations 2019',
};

/** Jurisdictions named as transshipment or diversion points for Russia (FinCEN/BIS 2022, Tri-seal 2023, OTSI 2025). */
const TRANSSHIPMENT_HUBS = new Set(['AM', 'BR', 'CN', 'HK', 'MO', 'GE', 'IN', 'IL', 'KZ', 'KG', 'MY', 'MX', 'MN', 'NI', 'RS', 'SG', 'ZA', 'TW', 'TJ', 'TH', 'TR', 'AE', 'UZ', 'VN']);
/** Global Export Control Coalition members (E5 guidance, 2023): new counterparties elsewhere are a flag. */
const GECC = new Set(['US', 'GB', 'AU', 'CA', 'NZ', 'IS', 'JP', 'LI', 'NO', 'KR', 'CH', 'TW', 'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);

const FORWARDER_WORDS = /(forward|logistic|cargo|freight|shipping|express|transport|trading house|mail cent|экспеди|логист|карго|транспорт|торговый дом|тасымал|物流|货代|货运|国际运输)/i;
const OCCUPIED_PLACES = /(crimea|krym|sevastopol|simferopol|kerch|yevpatori|yalta|feodosi|dzhankoi|donetsk|luhansk|lugansk|makiivka|horlivka|mariupol|melitopol|berdiansk|enerhodar|henichesk|skadovsk|nova kakhovka|крым|севастопол|симферопол|керчь|евпатори|ялт|феодоси|джанкой|донецк|луганск|макеевк|горловк|мариупол|мелитопол|бердянск|энергодар|геническ|скадовск|новая каховка|днр|лнр|донецкая народная|луганская народная)/i;
const RESIDENTIAL_OR_BOX = /(\bapt\.?\b|apartment|\bflat\b|p\.?\s?o\.?\s?box|post office box|\bкв\.|квартира|а\/я|абонентский ящик|пәтер)/i;
const FREE_MAIL = /@(gmail|googlemail|mail\.ru|bk\.ru|inbox\.ru|list\.ru|yandex\.[a-z]+|ya\.ru|qq\.com|163\.com|126\.com|hotmail|outlook|yahoo|proton)/i;
const RUSSIA_INVASION = { year: 2022, month: 2 };

interface Flag {
  id: string;
  severity: Severity;
  summary: string;
  reason: string;
  sources: string[];
  evidence: Evidence;
}

const receivers = (invoice: InvoiceModel) => invoice.parties.filter((p) => ['buyer', 'consignee', 'notify', 'payer'].includes(p.role));
const textOf = (party: Party) => `${party.name} ${party.address ?? ''}`;

/** Registration date encoded in identifiers: KZ BIN digits 1–4 are YYMM; RU OGRN digits 2–3 are the year. */
export function registrationDate(party: Party): { year: number; month?: number; from: string } | undefined {
  for (const id of party.identifiers) {
    if (id.scheme === 'KZ-BIN' && /^\d{12}$/.test(id.value) && ['4', '5', '6'].includes(id.value[4])) {
      const yy = Number(id.value.slice(0, 2));
      const month = Number(id.value.slice(2, 4));
      if (month >= 1 && month <= 12) return { year: 2000 + yy, month, from: `BIN ${id.value} (digits 1–4 = YYMM)` };
    }
    if (id.scheme === 'RU-OGRN' && /^\d{13}$/.test(id.value)) return { year: 2000 + Number(id.value.slice(1, 3)), from: `OGRN ${id.value} (digits 2–3 = year)` };
  }
  return undefined;
}

const after = (d: { year: number; month?: number }) =>
  d.year > RUSSIA_INVASION.year || (d.year === RUSSIA_INVASION.year && (d.month ?? 12) > RUSSIA_INVASION.month);

export function screenRoute(invoice: InvoiceModel, context: { controlledGoods: Finding[] }): Finding[] {
  const flags: Flag[] = [];
  const chpl = context.controlledGoods.filter((f) => f.kind === 'goods' && f.list === 'CHPL' && f.severity !== 'low');
  const goodsNote = chpl.length ? ` with CHPL goods (${[...new Set(chpl.map((f) => f.entryId))].join(', ')})` : '';
  const buyer = invoice.parties.find((p) => p.role === 'buyer');

  for (const party of receivers(invoice)) {
    const country = party.country;
    if (country && EMBARGOED[country]) {
      flags.push({ id: `embargoed-destination-${country}`, severity: 'critical', evidence: party.evidence, sources: [EMBARGOED[country]],
        summary: `${party.role} "${party.name}" is in ${country}, an embargoed destination`,
        reason: `${party.role} country ${country} (from its address or identifiers); ${EMBARGOED[country]}` });
    } else if (country && RESTRICTED[country]) {
      flags.push({ id: `restricted-destination-${country}`, severity: chpl.length ? 'high' : 'medium', evidence: party.evidence, sources: [RESTRICTED[country]],
        summary: `${party.role} "${party.name}" is in ${country}${goodsNote}`,
        reason: `${party.role} country ${country}${goodsNote}; ${RESTRICTED[country]}` });
    }
    if (OCCUPIED_PLACES.test(textOf(party))) {
      flags.push({ id: 'occupied-region', severity: 'critical', evidence: party.evidence, sources: [SOURCES.crimea],
        summary: `${party.role} "${party.name}" has an address in an occupied region of Ukraine`,
        reason: `the ${party.role}'s address names a place in Crimea, Sevastopol or the occupied parts of Donetsk, Luhansk, Zaporizhzhia or Kherson; such parties are often presented as "Russia"` });
    }
    if (chpl.length && country && TRANSSHIPMENT_HUBS.has(country) && party.role !== 'payer') {
      flags.push({ id: `transshipment-hub-${country}`, severity: 'medium', evidence: party.evidence, sources: [SOURCES.fincen2022, SOURCES.triSeal2023, SOURCES.otsi2025],
        summary: `CHPL goods go to ${party.role} "${party.name}" in ${country}, a named transshipment point for Russia`,
        reason: `${country} is named as a diversion or transshipment jurisdiction for Russia${goodsNote}` });
    }
    if (RESIDENTIAL_OR_BOX.test(party.address ?? '')) {
      flags.push({ id: 'residential-or-po-box-address', severity: 'low', evidence: party.evidence, sources: [SOURCES.fincen2022, SOURCES.triSeal2023],
        summary: `${party.role} "${party.name}" gives a residential address or a PO box`, reason: `address "${party.address}" reads as an apartment or a post-office box` });
    }
    if (FREE_MAIL.test(textOf(party))) {
      flags.push({ id: 'free-mail-contact', severity: 'low', evidence: party.evidence, sources: [SOURCES.fincenNov2023, SOURCES.nca2023],
        summary: `${party.role} "${party.name}" uses a free e-mail address`, reason: 'a company contact on a free-mail domain suggests little business presence' });
    }
    const registered = registrationDate(party);
    if (chpl.length && registered && after(registered) && party.country && !GECC.has(party.country)) {
      flags.push({ id: 'newly-formed-counterparty', severity: 'medium', evidence: party.evidence, sources: [SOURCES.e5, SOURCES.fincen2023, SOURCES.nca2023],
        summary: `${party.role} "${party.name}" was registered after 24 Feb 2022 and buys CHPL goods`,
        reason: `registered ${registered.year}${registered.month ? `-${String(registered.month).padStart(2, '0')}` : ''} per ${registered.from}, in a non-GECC country (${party.country})${goodsNote}` });
    }
  }

  const consignee = invoice.parties.find((p) => p.role === 'consignee');
  if (consignee && buyer && consignee.country && buyer.country && consignee.country !== buyer.country) {
    flags.push({ id: 'consignee-country-differs-from-buyer', severity: 'medium', evidence: consignee.evidence, sources: [SOURCES.fincen2022, SOURCES.triSeal2023, SOURCES.g7_2024],
      summary: `goods are consigned to ${consignee.country} while the buyer is in ${buyer.country}`,
      reason: `consignee "${consignee.name}" (${consignee.country}) and buyer "${buyer.name}" (${buyer.country}) are in different countries` });
  }
  const destination = invoice.invoice.placeOfDelivery;
  if (consignee && FORWARDER_WORDS.test(consignee.name)) {
    flags.push({ id: 'forwarder-as-consignee', severity: 'medium', evidence: consignee.evidence, sources: [SOURCES.bisKyc, SOURCES.fincenNov2023],
      summary: `the consignee "${consignee.name}" looks like a freight forwarder, logistics or trading company`,
      reason: 'a forwarder or trading house named as consignee hides the end user ("A freight forwarding firm is listed as the product\'s final destination")' });
  }
  const payer = invoice.parties.find((p) => p.role === 'payer');
  // The same company written in another script or with its legal form spelt out is not a third party.
  if (payer && buyer && !scoreNames(payer.name, buyer.name, { type: 'entity' }).match) {
    flags.push({ id: 'third-party-payer', severity: chpl.length ? 'high' : 'medium', evidence: payer.evidence, sources: [SOURCES.fincen2022, SOURCES.triSeal2023, SOURCES.g7_2024],
      summary: `payment by a third party: "${payer.name}" pays for goods bought by "${buyer.name}"`,
      reason: `the payer${payer.country ? ` (${payer.country})` : ''} is not the buyer${buyer.country ? ` (${buyer.country})` : ''}${goodsNote}` });
  }
  for (const via of invoice.route.via) {
    if (RESTRICTED[via] || EMBARGOED[via]) {
      flags.push({ id: `transit-${via}`, severity: EMBARGOED[via] ? 'critical' : 'medium', evidence: buyer?.evidence ?? invoice.parties[0]?.evidence ?? { page: 1, box: [0, 0, 0, 0], text: '' },
        sources: [EMBARGOED[via] ?? RESTRICTED[via]], summary: `the route transits ${via}`, reason: `route ${[invoice.route.origin, ...invoice.route.via, invoice.route.destination].filter(Boolean).join(' → ')} passes through ${via}` });
    }
  }
  const destinationCountry = invoice.route.destination;
  for (const line of invoice.lines) {
    const origin = line.originCountry;
    const lineIsChpl = chpl.some((f) => f.evidence.text === line.evidence.text);
    if (lineIsChpl && origin && origin !== 'KZ' && destinationCountry && RESTRICTED[destinationCountry]) {
      flags.push({ id: 'foreign-origin-chpl-reexport', severity: 'high', evidence: line.evidence, sources: [SOURCES.e5, 'EU Reg. 833/2014 Art. 12g (no re-export to Russia clause)'],
        summary: `re-export of ${origin}-origin CHPL goods to ${destinationCountry}`, reason: `"${line.description}" originates in ${origin} and is shipped on to ${destinationCountry}${destination ? ` (${destination})` : ''}` });
    }
  }

  // One finding per flag and party: the same rule on buyer and consignee of one entity is one concern, two pieces of evidence.
  const unique = new Map<string, Flag>();
  for (const flag of flags) {
    const key = `${flag.id}|${flag.summary.replace(/^\w+ /, '')}`;
    if (!unique.has(key)) unique.set(key, flag);
  }
  return [...unique.values()].map((flag) => ({
    kind: 'route',
    severity: flag.severity,
    summary: flag.summary,
    list: RED_FLAGS_LIST,
    listVersion: RED_FLAGS_VERSION,
    entryId: flag.id,
    reason: `${flag.reason}. Source: ${flag.sources.join('; ')}`,
    evidence: flag.evidence,
  }));
}

/**
 * REAL SANCTIONED ENTITIES, deliberately chosen for screening tests.
 *
 * Every other company in the generated corpus is invented. These nine are real entries of the OFAC
 * SDN list as shipped in data/lists/ofac-sdn/ (sdn.csv for name, program and tax ID remarks; add.csv
 * for the address). Names and addresses are copied as listed; the only additions are the Cyrillic
 * spelling of entry 39164, which samples/sample-specs.ts already uses. A generated invoice that names
 * one of them carries an `OFAC-SDN` finding and the decision `block` in its ground truth, and its
 * party has `sdnEntryId` set. tests/unit/corpus checks each name against sdn.csv.
 */
import type { Identifier } from './types';

export interface SdnEntity {
  entryId: number;
  /** Exactly the SDN_Name of sdn.csv. */
  name: string;
  program: string;
  country: string;
  /** Street and city lines of add.csv. */
  address: string;
  /** Only tax IDs quoted in the entry's remarks. */
  identifiers: Identifier[];
  /** A Cyrillic rendering for Russian-language invoices, where one is established. */
  nameCyrillic?: string;
}

export const REAL_SDN_ENTITIES: readonly SdnEntity[] = [
  {
    entryId: 39164,
    name: 'LIMITED LIABILITY COMPANY KROKUS NANOELEKTRONIKA',
    program: 'RUSSIA-EO14024',
    country: 'RU',
    address: '42k5 Volgogradsky Ave, Moscow 109316, Russia',
    identifiers: [{ scheme: 'RU-INN', value: '7710889933' }],
    nameCyrillic: 'ООО «Крокус Наноэлектроника»',
  },
  {
    entryId: 31412,
    name: 'AKTSIONERNOE OBSHCHESTVO PASIT',
    program: 'RUSSIA-EO14024',
    country: 'RU',
    address: 'Avenue Leninsky, Building 30, Premise IA, Moscow 11934, Russia',
    identifiers: [{ scheme: 'RU-INN', value: '7736185530' }],
  },
  {
    entryId: 34379,
    name: 'LIMITED LIABILITY COMPANY ATLANT S',
    program: 'RUSSIA-EO14024',
    country: 'RU',
    address: 'et 1 pom 1 kom 17, dom 20, ulitsa Pleshcheyeva, Moscow 127560, Russia',
    identifiers: [{ scheme: 'RU-INN', value: '7715023288' }],
  },
  {
    entryId: 9750,
    name: 'BEIJING ALITE TECHNOLOGIES CO., LTD.',
    program: 'NPWMD] [IFSR',
    country: 'CN',
    address: '12A Beisanhuan Zhong Road, P.O. Box 3042, Beijing, China',
    identifiers: [],
  },
  {
    entryId: 10122,
    name: 'KALAYE ELECTRIC COMPANY',
    program: 'NPWMD] [IFSR',
    country: 'IR',
    address: '33 Fifteenth (15th) Street, Seyed-Jamal-Eddin-Assad Abadi Avenue, Tehran, Iran',
    identifiers: [],
  },
  {
    entryId: 15694,
    name: 'SIMA GENERAL TRADING CO FZE',
    program: 'IRAN',
    country: 'AE',
    address: 'Office No. 703 Office Tower, Twin Tower, Baniyas Rd., Deira, P.O. Box 49754, Dubai, UAE',
    identifiers: [],
  },
  {
    entryId: 12550,
    name: 'MACPAR MAKINA SAN VE TIC A.S.',
    program: 'NPWMD] [IFSR',
    country: 'TR',
    address: 'Sehidler Caddesi No: 79/2 Tuzla, Istanbul 34940, Turkey',
    identifiers: [],
  },
  {
    entryId: 44024,
    name: 'OSOO PROGRESS LIDER',
    program: 'RUSSIA-EO14024',
    country: 'KG',
    address: 'Skryabina 39/1, Bishkek 720001, Kyrgyzstan',
    identifiers: [{ scheme: 'KG-INN', value: '02503202210310' }],
  },
  {
    entryId: 46027,
    name: 'OOO MVIZION',
    program: 'RUSSIA-EO14024',
    country: 'UZ',
    address: '313 Gaydar Alieev kuchasi, Tashkent 100161, Uzbekistan',
    identifiers: [{ scheme: 'UZ-INN', value: '309644860' }],
  },
];

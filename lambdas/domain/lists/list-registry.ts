import type { ListedEntity } from './listed-entity';
import { parseBisDpl } from './parse-bis-dpl';
import { euPublishedAt, parseEuFsfXml } from './parse-eu-fsf-xml';
import { ofacAdvancedPublishedAt, parseOfacAdvancedXml } from './parse-ofac-advanced-xml';
import { parseOfacCsv } from './parse-ofac-csv';
import { ofacXmlPublishedAt, parseOfacXml } from './parse-ofac-xml';
import { fcdoPublishedAt, parseUkFcdoXml } from './parse-uk-fcdo-xml';
import { parseUkOfsiXlsx, readUkOfsiXlsx } from './parse-uk-ofsi-xlsx';
import { parseUnXml, unPublishedAt } from './parse-un-xml';

export type ListId = 'OFAC-SDN' | 'OFAC-CONS' | 'UN-SC' | 'UK-OFSI' | 'UK-FCDO' | 'EU-FSF' | 'BIS-DPL';

/** The downloaded files of one format, by role ("main", "alt", …). */
export type ListFiles = Record<string, Buffer>;

export interface ListFile {
  role: string;
  /** Name under data/lists/<folder>/. */
  fileName: string;
  /** Official download addresses, preferred first. */
  urls: string[];
  optional?: boolean;
}

export interface ListFormat {
  format: 'csv' | 'xml' | 'advanced-xml' | 'xlsx' | 'tsv';
  files: ListFile[];
  parse(files: ListFiles): Promise<ListedEntity[]>;
  /** The publication date the content states, as an ISO date; undefined when the format carries none. */
  publishedAt(files: ListFiles): Promise<string | undefined>;
  /** Where that date is, in words (for the update report). */
  dateSource: string;
  /** Both at once, for a format whose date and entries come from one costly parse (the OFSI workbook). */
  read?(files: ListFiles): Promise<{ publishedAt?: string; entities: ListedEntity[] }>;
}

export interface ListSource {
  id: ListId;
  name: string;
  publisher: string;
  /** Official page that describes the files. */
  page: string;
  /** Folder under data/lists/. */
  folder: string;
  /** Formats the list is published in; the first is the one we ship and update. */
  formats: ListFormat[];
  notes?: string;
}

function need(files: ListFiles, role: string): Buffer {
  const file = files[role];
  if (!file) throw new Error(`list file "${role}" is missing`);
  return file;
}

const utf8 = (files: ListFiles, role: string) => need(files, role).toString('utf-8');
const optionalUtf8 = (files: ListFiles, role: string) => files[role]?.toString('utf-8');

const OFAC_SLS = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports';
const OFAC_LEGACY = 'https://www.treasury.gov/ofac/downloads';
const NO_DATE = async () => undefined;
const NO_DATE_SOURCE = 'none in the content: use the download’s Last-Modified header';

/** OFAC's CSV quartet and its two XML renderings, for the SDN list or the non-SDN consolidated list. */
function ofacFormats(names: { main: string; alt: string; add: string; comments: string; xml: string; advanced: string }, legacyDir: string, list: ListId, idPrefix: string): ListFormat[] {
  const csvFile = (role: string, name: string, optional = false): ListFile => ({
    role,
    fileName: name.toLowerCase(),
    urls: [`${OFAC_SLS}/${name}`, `${OFAC_LEGACY}${legacyDir}/${name.toLowerCase()}`],
    ...(optional ? { optional } : {}),
  });
  return [
    {
      format: 'csv',
      files: [csvFile('main', names.main), csvFile('alt', names.alt), csvFile('add', names.add), csvFile('comments', names.comments, true)],
      parse: async (f) =>
        parseOfacCsv({ main: utf8(f, 'main'), alt: utf8(f, 'alt'), add: utf8(f, 'add'), comments: optionalUtf8(f, 'comments') }, list, idPrefix),
      publishedAt: NO_DATE,
      dateSource: NO_DATE_SOURCE,
    },
    {
      format: 'xml',
      files: [{ role: 'xml', fileName: names.xml.toLowerCase(), urls: [`${OFAC_SLS}/${names.xml}`, `${OFAC_LEGACY}${legacyDir}/${names.xml.toLowerCase()}`] }],
      parse: async (f) => parseOfacXml(need(f, 'xml'), list, idPrefix),
      publishedAt: async (f) => ofacXmlPublishedAt(need(f, 'xml')),
      dateSource: 'publshInformation/Publish_Date (MM/DD/YYYY)',
    },
    {
      format: 'advanced-xml',
      files: [{ role: 'xml', fileName: names.advanced.toLowerCase(), urls: [`${OFAC_SLS}/${names.advanced}`] }],
      parse: async (f) => parseOfacAdvancedXml(need(f, 'xml'), list, idPrefix),
      publishedAt: async (f) => ofacAdvancedPublishedAt(need(f, 'xml')),
      dateSource: 'DateOfIssue (Year/Month/Day)',
    },
  ];
}

export const LIST_REGISTRY: Record<ListId, ListSource> = {
  'OFAC-SDN': {
    id: 'OFAC-SDN',
    name: 'OFAC Specially Designated Nationals and Blocked Persons List',
    publisher: 'US Department of the Treasury, Office of Foreign Assets Control (OFAC)',
    page: 'https://ofac.treasury.gov/sdn-list-data-formats-data-schemas',
    folder: 'ofac-sdn',
    formats: ofacFormats(
      { main: 'SDN.CSV', alt: 'ALT.CSV', add: 'ADD.CSV', comments: 'SDN_COMMENTS.CSV', xml: 'SDN.XML', advanced: 'SDN_ADVANCED.XML' },
      '',
      'OFAC-SDN',
      'SDN',
    ),
  },
  'OFAC-CONS': {
    id: 'OFAC-CONS',
    name: 'OFAC Consolidated Sanctions List (non-SDN: SSI, NS-MBS, NS-CMIC, NS-PLC, FSE, CAPTA…)',
    publisher: 'US Department of the Treasury, Office of Foreign Assets Control (OFAC)',
    page: 'https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists',
    folder: 'ofac-cons',
    formats: ofacFormats(
      { main: 'CONS_PRIM.CSV', alt: 'CONS_ALT.CSV', add: 'CONS_ADD.CSV', comments: 'CONS_COMMENTS.CSV', xml: 'CONSOLIDATED.XML', advanced: 'CONS_ADVANCED.XML' },
      '/consolidated',
      'OFAC-CONS',
      'CONS',
    ),
  },
  'UN-SC': {
    id: 'UN-SC',
    name: 'United Nations Security Council Consolidated List',
    publisher: 'United Nations Security Council',
    page: 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list',
    folder: 'un-sc',
    formats: [
      {
        format: 'xml',
        files: [{ role: 'xml', fileName: 'UN_consolidated.xml', urls: ['https://scsanctions.un.org/resources/xml/en/consolidated.xml'] }],
        parse: async (f) => parseUnXml(need(f, 'xml')),
        publishedAt: async (f) => unPublishedAt(need(f, 'xml')),
        dateSource: 'root attribute CONSOLIDATED_LIST/@dateGenerated',
      },
    ],
  },
  'UK-OFSI': {
    id: 'UK-OFSI',
    name: 'Consolidated List of Financial Sanctions Targets in the UK (OFSI ConList)',
    publisher: 'HM Treasury, Office of Financial Sanctions Implementation (OFSI)',
    page: 'https://www.gov.uk/government/publications/financial-sanctions-consolidated-list-of-targets',
    folder: 'uk-ofsi',
    formats: [
      {
        format: 'xlsx',
        files: [{ role: 'xlsx', fileName: 'ConList.xlsx', urls: ['https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.xlsx'] }],
        parse: async (f) => parseUkOfsiXlsx(need(f, 'xlsx')),
        publishedAt: async (f) => (await readUkOfsiXlsx(need(f, 'xlsx'))).publishedAt,
        dateSource: 'sheet cell B1 next to "Last Updated" (dd/mm/yyyy)',
        read: async (f) => readUkOfsiXlsx(need(f, 'xlsx')),
      },
    ],
    notes: 'Reported closed on 28 January 2026 in favour of the FCDO UK Sanctions List (UK-FCDO); kept for the snapshot of 14 April 2025.',
  },
  'UK-FCDO': {
    id: 'UK-FCDO',
    name: 'UK Sanctions List',
    publisher: 'UK Foreign, Commonwealth & Development Office (FCDO)',
    page: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
    folder: 'uk-fcdo',
    formats: [
      {
        format: 'xml',
        files: [{ role: 'xml', fileName: 'UK-Sanctions-List.xml', urls: ['https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml'] }],
        parse: async (f) => parseUkFcdoXml(need(f, 'xml')),
        publishedAt: async (f) => fcdoPublishedAt(need(f, 'xml')),
        dateSource: 'Designations/DateGenerated',
      },
    ],
  },
  'EU-FSF': {
    id: 'EU-FSF',
    name: 'Consolidated list of persons, groups and entities subject to EU financial sanctions (FSF)',
    publisher: 'European Commission (DG FISMA / FPI), Financial Sanctions Files',
    page: 'https://data.europa.eu/data/datasets/consolidated-list-of-persons-groups-and-entities-subject-to-eu-financial-sanctions',
    folder: 'eu-fsf',
    formats: [
      {
        format: 'xml',
        files: [
          {
            role: 'xml',
            fileName: 'xmlFullSanctionsList_1_1.xml',
            // The token is the public one the Commission's RSS feed publishes with every link, not a credential.
            urls: ['https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw'],
          },
        ],
        parse: async (f) => parseEuFsfXml(need(f, 'xml')),
        publishedAt: async (f) => euPublishedAt(need(f, 'xml')),
        dateSource: 'root attribute export/@generationDate',
      },
    ],
  },
  'BIS-DPL': {
    id: 'BIS-DPL',
    name: 'Denied Persons List',
    publisher: 'US Department of Commerce, Bureau of Industry and Security (BIS)',
    page: 'https://www.bis.doc.gov/index.php/the-denied-persons-list',
    folder: 'bis-dpl',
    formats: [
      {
        format: 'tsv',
        files: [{ role: 'txt', fileName: 'dpl.txt', urls: ['https://www.bis.doc.gov/dpl/dpl.txt', 'https://media.bis.gov/dpl/dpl.txt'] }],
        parse: async (f) => parseBisDpl(need(f, 'txt')),
        publishedAt: NO_DATE,
        dateSource: `${NO_DATE_SOURCE} (the newest Last_Update column is only a lower bound)`,
      },
    ],
    notes: 'The bis.doc.gov address has been reported to redirect since BIS moved to bis.gov; media.bis.gov is the reported new host.',
  },
};

export const LIST_IDS = Object.keys(LIST_REGISTRY) as ListId[];

export function listSource(id: string): ListSource {
  const source = LIST_REGISTRY[id as ListId];
  if (!source) throw new Error(`unknown list ${id}; known: ${LIST_IDS.join(', ')}`);
  return source;
}

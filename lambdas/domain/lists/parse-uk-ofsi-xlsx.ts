import ExcelJS from 'exceljs';
import { countryCode, leadingCountryCode } from '../countries';
import { EntityBuilder } from './entity-builder';
import { documentNumber, schemeOfDocumentType, toIdentifier } from './identifier-schemes';
import type { EntityType, ListedEntity, ListedName, NameStrength } from './listed-entity';
import { cleanText, parseSlashDate, splitNumbered } from './list-values';

/** One row of OFSI's ConList: one name variant of one subject (Group ID), by column header. */
type OfsiRow = Record<string, string>;

/** Text of an ExcelJS cell value, whatever its kind (text, number, date, rich text, hyperlink, formula). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}

const rowValues = (row: ExcelJS.Row) => (row.values as ExcelJS.CellValue[]).map(cellText);

/** Row 1 is "Last Updated | dd/mm/yyyy", row 2 the header, then one row per name. */
async function readSheet(input: Buffer): Promise<{ lastUpdated?: string; rows: OfsiRow[] }> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type; Node's Buffer is what it reads.
  await workbook.xlsx.load(input as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0];
  const first = rowValues(sheet.getRow(1));
  const header = rowValues(sheet.getRow(2));
  const rows: OfsiRow[] = [];
  sheet.eachRow((row, index) => {
    if (index <= 2) return;
    const values = rowValues(row);
    rows.push(Object.fromEntries(header.map((name, i) => [name, values[i] ?? '']).filter(([name]) => name)));
  });
  const lastUpdated = /last updated/i.test(first[1] ?? '') ? parseSlashDate(first[2] ?? '', 'dmy') : undefined;
  return { ...(lastUpdated ? { lastUpdated } : {}), rows };
}

function groupType(value: string): EntityType {
  const type = value.toLowerCase();
  return type === 'individual' ? 'individual' : type === 'ship' ? 'vessel' : type === 'entity' ? 'entity' : 'unknown';
}

/** Alias Type and Alias Quality → how the name counts. A "Primary name variation" is a spelling of the primary name. */
function nameReading(row: OfsiRow, isPrimary: boolean): { strength: NameStrength; kind: ListedName['kind'] } {
  if (isPrimary) return { strength: 'primary', kind: 'primary' };
  const strength = /low/i.test(row['Alias Quality'] ?? '') ? 'weak' : 'strong';
  return { strength, kind: cleanText(row['Alias Type']).toLowerCase() === 'fka' ? 'fka' : 'aka' };
}

/**
 * The row holding the subject's primary name. A few subjects have no "Primary name" row, only
 * variations: the first variation then stands for the primary name.
 */
function primaryRow(rows: OfsiRow[]): OfsiRow | undefined {
  const type = (row: OfsiRow) => cleanText(row['Alias Type']).toLowerCase();
  return rows.find((r) => type(r) === 'primary name') ?? rows.find((r) => type(r) === 'primary name variation');
}

/** Given names (Name 1–5) before the surname (Name 6), as invoices print them. */
const fullName = (row: OfsiRow) => ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5', 'Name 6'].map((k) => cleanText(row[k])).filter(Boolean).join(' ');

/** Passport and national id columns hold parallel "(1) … (2) …" lists of numbers and details. */
function addDocuments(row: OfsiRow, entity: EntityBuilder, numberColumn: string, detailsColumn: string, fallbackScheme: string): void {
  const numbers = splitNumbered(row[numberColumn] ?? '', true);
  const details = splitNumbered(row[detailsColumn] ?? '', true);
  numbers.forEach((number, i) => {
    const detail = details.length === numbers.length ? details[i] : '';
    const scheme = (detail && fallbackScheme === 'NATIONAL-ID' ? schemeOfDocumentType(detail) : undefined) ?? fallbackScheme;
    const country = leadingCountryCode(detail) ?? leadingCountryCode(number);
    entity.identifier(toIdentifier({ label: detail || numberColumn, number: documentNumber(number), country, entityType: entity.type, scheme }));
  });
}

/** Optional label words, then a number of 6+ digits (spaces allowed): "INN: 7831000122 OGRN: 1027800000084". */
const LABELLED_NUMBER = /(?:([A-Za-zА-Яа-я][A-Za-zА-Яа-я .\/-]*?)\s*[:–-]?\s*)?(\b[A-Z]{0,3}\d[\d ]{4,}\d\b)/g;

/** "(Business Reg No):Tax Identification Number: INN 7736588433" and the like, from Other Information. */
function addBusinessRegistration(info: string, country: string | undefined, entity: EntityBuilder): void {
  const field = info.match(/\(Business Reg No\):\s*([^()]*)/)?.[1] ?? '';
  for (const m of field.matchAll(LABELLED_NUMBER)) {
    const label = cleanText(m[1]);
    entity.identifier(toIdentifier({ label: label || 'Business Reg No', number: m[2], country, entityType: entity.type, scheme: schemeOfDocumentType(label || 'registration') }));
  }
}

/** Cross-references the row states: the FCDO list's id and the UN reference number. */
function addReferences(info: string, entity: EntityBuilder): void {
  const ukRef = info.match(/\(UK Sanctions List Ref\):\s*([A-Z]{2,4}\d{3,5})/)?.[1];
  const unRef = info.match(/\(UN Ref\):\s*([A-Z]{2}[ie]\.\d{3})/)?.[1];
  entity.same(ukRef && `UK-FCDO-${ukRef}`).same(unRef && `UN-${unRef}`);
}

function addRow(entity: EntityBuilder, row: OfsiRow, isPrimary: boolean): void {
  const { strength, kind } = nameReading(row, isPrimary);
  entity.name(fullName(row), strength, kind);
  // The non-Latin column renders this row's name: a low-quality alias stays weak in Cyrillic too.
  entity.name(row['Name Non-Latin Script'], strength === 'weak' ? 'weak' : 'strong', 'original-script');
  splitNumbered(row.Nationality ?? '').forEach((n) => entity.nationality(n));
  splitNumbered(row.DOB ?? '').forEach((d) => entity.birthDate(parseSlashDate(d, 'dmy')));
  const addressLines = ['Address 1', 'Address 2', 'Address 3', 'Address 4', 'Address 5', 'Address 6', 'Post/Zip Code'].map((k) => row[k]);
  entity.address(addressLines, row.Country);
  addDocuments(row, entity, 'Passport Number', 'Passport Details', 'PASSPORT');
  addDocuments(row, entity, 'National Identification Number', 'National Identification Details', 'NATIONAL-ID');
  entity.program(row.Regime).listed(parseSlashDate(row['Listed On'] ?? '', 'dmy'));
}

/** Other Information repeats on every row of a subject: read each distinct text once. */
function addOtherInformation(entity: EntityBuilder, rows: OfsiRow[]): void {
  const seen = new Set<string>();
  for (const row of rows) {
    const raw = row['Other Information'] ?? '';
    if (seen.has(raw)) continue;
    seen.add(raw);
    const info = cleanText(raw);
    addBusinessRegistration(info, countryCode(row.Country), entity);
    addReferences(info, entity);
    entity.remark(info);
  }
}

/** Reads OFSI's ConList workbook: the publication date (cell B1) and the subjects. */
export async function readUkOfsiXlsx(input: Buffer): Promise<{ publishedAt?: string; entities: ListedEntity[] }> {
  const { lastUpdated, rows } = await readSheet(input);
  const groups = new Map<string, OfsiRow[]>();
  for (const row of rows) {
    const groupId = cleanText(row['Group ID']);
    if (!groupId) continue;
    const group = groups.get(groupId);
    if (group) group.push(row);
    else groups.set(groupId, [row]);
  }
  const entities = [...groups].map(([groupId, group]) => {
    const entity = new EntityBuilder(`UK-OFSI-${groupId}`, 'UK-OFSI', groupType(group[0]['Group Type']));
    const primary = primaryRow(group);
    group.forEach((row) => addRow(entity, row, row === primary));
    addOtherInformation(entity, group);
    return entity.build();
  });
  return { ...(lastUpdated ? { publishedAt: lastUpdated } : {}), entities };
}

/**
 * Parses the UK OFSI Consolidated List of Financial Sanctions Targets (ConList.xlsx): rows grouped by
 * Group ID into one entity each, names from Name 1–6, non-Latin names as original-script names.
 */
export async function parseUkOfsiXlsx(input: Buffer): Promise<ListedEntity[]> {
  return (await readUkOfsiXlsx(input)).entities;
}

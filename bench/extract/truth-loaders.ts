/**
 * Loads the labelled documents of each corpus into the benchmark's one truth shape (score.ts):
 * the generated corpus (its manifest and expected/*.json), the Factur-X/ZUGFeRD PDFs (truth = the
 * embedded XML) and the invoice2data PDFs (truth = the project's expected JSON).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CorpusManifest } from '../../samples/generator/corpus';
import type { InvoiceTruth } from '../../samples/generator/types';
import type { InvoiceModel } from '../../lambdas/domain/invoice-model';
import { ciiTruth, type CiiTruth } from './cii-truth';
import { FIELDS, type BenchTruth, type FieldName, type TruthParty } from './score';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const REAL_TRUTH_DIR = path.join(__dirname, 'truth');

/** Every role the extractor can name: on generated documents all of them are labelled exhaustively. */
const ALL_ROLES = ['seller', 'buyer', 'consignee', 'shipper', 'payer', 'notify', 'carrier', 'bank', 'manufacturer'];

export function readManifest(corpusDir: string): CorpusManifest | undefined {
  const file = path.join(corpusDir, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CorpusManifest) : undefined;
}

export function generatedTruth(corpusDir: string, truth: InvoiceTruth, kind: 'digital' | 'scan'): BenchTruth {
  const lines = truth.lines.map(({ description, hsCode, quantity, amount }) => ({ description, hsCode, quantity, amount }));
  const { number, date, currency, total } = truth.invoice;
  return {
    id: truth.file,
    corpus: 'generated',
    path: path.join(corpusDir, truth.file),
    kind,
    language: truth.languages.join('+'),
    pages: truth.pages,
    invoice: { number, date, currency, total },
    parties: truth.parties.map((p) => ({ role: p.role, name: p.name, identifiers: p.identifiers })),
    lines,
    fields: [...FIELDS],
    roles: ALL_ROLES,
    nameMatch: 'exact',
    meta: {
      ...truth.generator,
      partyLabels: truth.parties.map((p) => ({ role: p.role, label: p.label, name: p.name })),
      ...(truth.scan ? { scan: truth.scan } : {}),
    },
  };
}

/**
 * Truths of a generated corpus: the first `count` invoices (by index) and their scans. Without a
 * manifest (a hand-picked folder such as tests/fixtures/corpus) every expected/*.json is used.
 */
export function loadGeneratedTruths(corpusDir: string, count?: number): BenchTruth[] {
  const manifest = readManifest(corpusDir);
  const entries = manifest
    ? manifest.documents.map((d) => ({ truth: d.truth, kind: d.kind }))
    : readdirSync(path.join(corpusDir, 'expected'))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => ({ truth: `expected/${f}`, kind: f.includes('.scan.') ? ('scan' as const) : ('digital' as const) }));
  const truths = entries.map((e) => generatedTruth(corpusDir, JSON.parse(readFileSync(path.join(corpusDir, e.truth), 'utf8')) as InvoiceTruth, e.kind));
  return count === undefined ? truths : truths.filter((t) => Number((t.meta as { index: number }).index) < count);
}

// ---------------------------------------------------------------- real corpora

interface RealEntry {
  corpus: 'facturx' | 'invoice2data';
  file: string;
  truth: string;
  language: string;
}

/** Identifier schemes both the XML and the text extractor name; tax numbers, GLNs and buyer references are not scored. */
const SCORED_SCHEMES = new Set(['VAT', 'IBAN', 'SWIFT', 'KZ-BIN', 'RU-INN', 'RU-KPP', 'CN-USCC']);
/** The bank "party" of the XML is often the account holder or a BIC, not a printed bank name. */
const REAL_ROLES = ['seller', 'buyer', 'consignee'];

type XmlTruthReader = (xml: string) => CiiTruth;

/**
 * The pipeline's e-invoice parser when it is there (one reading of CII for pipeline and benchmark),
 * else the local fallback. Loaded by path so the benchmark keeps working while that module changes.
 */
export async function xmlTruthReader(): Promise<{ name: string; read: XmlTruthReader }> {
  const modulePath = path.join(REPO_ROOT, 'lambdas', 'domain', 'einvoice', 'ground-truth');
  try {
    const mod = (await import(modulePath)) as { invoiceTruthFromXml?: (xml: string) => InvoiceModel };
    const fromXml = mod.invoiceTruthFromXml;
    if (typeof fromXml === 'function') {
      return {
        name: 'lambdas/domain/einvoice invoiceTruthFromXml',
        read: (xml) => {
          const model = fromXml(xml);
          return {
            invoice: model.invoice,
            parties: model.parties.map((p) => ({ role: p.role, name: p.name, identifiers: p.identifiers.map(({ scheme, value }) => ({ scheme, value })) })),
            lines: model.lines.map((l) => ({
              ...(l.description ? { description: l.description } : {}),
              ...(l.hsCode ? { hsCode: l.hsCode } : {}),
              ...(l.quantity !== undefined ? { quantity: l.quantity } : {}),
              ...(l.amount !== undefined ? { amount: l.amount } : {}),
            })),
          };
        },
      };
    }
  } catch {
    // Not there (yet): use the local reader.
  }
  return { name: 'bench/extract/cii-truth (fast-xml-parser)', read: ciiTruth };
}

function realParties(parties: TruthParty[]): TruthParty[] {
  return parties
    .filter((p) => REAL_ROLES.includes(p.role))
    .map((p) => ({ ...p, identifiers: p.identifiers.filter((id) => SCORED_SCHEMES.has(id.scheme)) }));
}

function facturxTruth(entry: RealEntry, read: XmlTruthReader): BenchTruth {
  const truth = read(readFileSync(path.join(REAL_TRUTH_DIR, entry.truth), 'utf8'));
  const parties = realParties(truth.parties);
  const fields: FieldName[] = ['parties', 'number', 'date', 'currency', 'total', 'lines'];
  if (parties.some((p) => p.identifiers.length)) fields.push('identifiers');
  return base(entry, { invoice: truth.invoice, parties, lines: truth.lines, fields, roles: REAL_ROLES, nameMatch: 'exact' });
}

interface Invoice2DataJson {
  issuer?: string;
  invoice_number?: string;
  date?: string;
  amount?: number;
  currency?: string;
}

/** invoice2data labels five header fields; "issuer" is its short name for the seller. */
function invoice2dataTruth(entry: RealEntry): BenchTruth {
  const [json] = JSON.parse(readFileSync(path.join(REAL_TRUTH_DIR, entry.truth), 'utf8')) as Invoice2DataJson[];
  const fields: FieldName[] = [];
  if (json.invoice_number) fields.push('number');
  if (json.date) fields.push('date');
  if (json.amount !== undefined) fields.push('total');
  if (json.currency) fields.push('currency');
  if (json.issuer) fields.push('parties');
  return base(entry, {
    invoice: { number: json.invoice_number, date: json.date, currency: json.currency, total: json.amount },
    parties: json.issuer ? [{ role: 'seller', name: json.issuer, identifiers: [] }] : [],
    lines: [],
    fields,
    roles: ['seller'],
    nameMatch: 'contains',
  });
}

function base(entry: RealEntry, rest: Pick<BenchTruth, 'invoice' | 'parties' | 'lines' | 'fields' | 'roles' | 'nameMatch'>): BenchTruth {
  return {
    id: entry.file,
    corpus: entry.corpus,
    path: path.join(REAL_TRUTH_DIR, entry.file),
    kind: entry.file.endsWith('.pdf') ? 'digital' : 'scan',
    language: entry.language,
    ...rest,
  };
}

export async function loadRealTruths(): Promise<{ truths: BenchTruth[]; xmlReader: string }> {
  const entries = (JSON.parse(readFileSync(path.join(REAL_TRUTH_DIR, 'real-corpora.json'), 'utf8')) as { documents: RealEntry[] }).documents;
  const reader = await xmlTruthReader();
  const truths = entries.map((e) => (e.corpus === 'facturx' ? facturxTruth(e, reader.read) : invoice2dataTruth(e)));
  return { truths, xmlReader: reader.name };
}

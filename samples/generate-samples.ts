/**
 * Writes the sample invoices (samples/*.pdf), a raster scan of the first one, and the ground
 * truth for each (samples/expected/*.json).
 *
 *   cd /work/main && npx tsx samples/generate-samples.ts
 *
 * Output is deterministic: no clock, no randomness, fixed PDF metadata dates. Before anything is
 * written every sample is checked: identifier check digits, line arithmetic, and that the
 * labelled findings and decision follow the labelling rule.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  isValidDeVat,
  isValidIban,
  isValidKzBin,
  isValidRuInn10,
  isValidUscc,
  isWellFormedRuKpp,
} from './check-digits';
import { renderInvoicePdf, type FontPair, type InvoiceLayout, type PartyBlock } from './invoice-pdf';
import { formatMoney, formatQuantity } from './locale-format';
import {
  SAMPLES,
  SCAN_FILE,
  SCAN_SOURCE,
  type Decision,
  type Finding,
  type Identifier,
  type PartySpec,
  type SampleSpec,
} from './sample-specs';

const SAMPLES_DIR = __dirname;
const EXPECTED_DIR = path.join(SAMPLES_DIR, 'expected');

const FONTS: Record<SampleSpec['font'], FontPair> = {
  dejavu: {
    regular: { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
    bold: { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' },
  },
  wqy: {
    regular: { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
    bold: { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
  },
};

/** Restricted destinations (review) and comprehensively embargoed ones (block), as buyer, consignee or destination. */
const HIGH_RISK_COUNTRIES = new Set(['RU', 'BY']);
const EMBARGOED_COUNTRIES = new Set(['IR', 'KP', 'CU']);

// ---------------------------------------------------------------- checks

function fail(sample: SampleSpec, message: string): never {
  throw new Error(`${sample.file}: ${message}`);
}

function checkIdentifier(sample: SampleSpec, party: PartySpec, ident: Identifier): void {
  const { scheme, value } = ident;
  const valid: Record<Identifier['scheme'], () => boolean> = {
    'KZ-BIN': () => isValidKzBin(value),
    'RU-INN': () => isValidRuInn10(value),
    'RU-KPP': () => isWellFormedRuKpp(value),
    'CN-USCC': () => isValidUscc(value),
    // German USt-IdNr has a check digit; the UAE TRN has none published, so only its shape is checked.
    VAT: () => (value.startsWith('DE') ? isValidDeVat(value) : party.country === 'AE' && /^\d{15}$/.test(value)),
    SWIFT: () => /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(value) && value.slice(4, 6) === party.country,
    IBAN: () => isValidIban(value) && value.startsWith(party.country),
  };
  if (!valid[scheme]()) fail(sample, `invalid ${scheme} ${value} for ${party.name}`);
}

function checkParty(sample: SampleSpec, party: PartySpec): void {
  for (const line of party.lines) {
    if (typeof line === 'string') continue;
    const printed = line.text.replace(/\s+/g, '');
    for (const ident of line.ids) {
      if (!printed.includes(ident.value)) fail(sample, `${ident.scheme} ${ident.value} is not printed in "${line.text}"`);
      checkIdentifier(sample, party, ident);
    }
  }
}

/** Amount of a line in cents; rejects prices that would need rounding. */
function lineAmountCents(sample: SampleSpec, quantity: number, unitPrice: number): number {
  const quantityMilli = Math.round(quantity * 1000);
  const priceCents = Math.round(unitPrice * 100);
  if (Math.abs(quantityMilli - quantity * 1000) > 1e-6 || Math.abs(priceCents - unitPrice * 100) > 1e-6) {
    fail(sample, `quantity ${quantity} or price ${unitPrice} has too many decimals`);
  }
  const product = quantityMilli * priceCents;
  if (product % 1000 !== 0) fail(sample, `${quantity} x ${unitPrice} is not a whole number of cents`);
  return product / 1000;
}

/** The labelling rule from the brief, applied to the labelled findings and the parties' countries. */
function decide(sample: SampleSpec): Decision {
  if (sample.expectedFindings.some((f) => f.kind === 'party' && f.list === 'OFAC-SDN')) return 'block';
  const receivesIn = (countries: Set<string>) =>
    countries.has(sample.invoice.destinationCountry) ||
    sample.parties.some((p) => (p.role === 'buyer' || p.role === 'consignee') && countries.has(p.country));
  if (receivesIn(EMBARGOED_COUNTRIES)) return 'block';
  const riskyCountry = receivesIn(HIGH_RISK_COUNTRIES);
  if (riskyCountry || sample.expectedFindings.some((f) => f.kind === 'goods')) return 'review';
  return 'clear';
}

/** Labelled findings must agree with the document itself, or the ground truth would be wrong. */
function checkFindings(sample: SampleSpec): void {
  const has = (kind: Finding['kind'], entryId: string) =>
    sample.expectedFindings.some((f) => f.kind === kind && f.entryId === entryId);

  for (const party of sample.parties) {
    if (party.sdnEntryId !== undefined && !has('party', `SDN-${party.sdnEntryId}`)) {
      fail(sample, `party ${party.name} is SDN ${party.sdnEntryId} but has no finding`);
    }
  }
  const hsDigits = sample.lines.map((line) => line.hs.replace(/\D/g, ''));
  for (const finding of sample.expectedFindings) {
    if (finding.kind === 'goods' && !hsDigits.some((hs) => hs.startsWith(finding.entryId.replace('.', '')))) {
      fail(sample, `goods finding ${finding.entryId} matches no line`);
    }
  }
  const routeCountries = new Set(
    [sample.invoice.destinationCountry, ...sample.parties.filter((p) => p.role !== 'seller').map((p) => p.country)]
      .filter((c) => HIGH_RISK_COUNTRIES.has(c) || EMBARGOED_COUNTRIES.has(c)),
  );
  const routeFindings = sample.expectedFindings.filter((f) => f.kind === 'route').map((f) => f.entryId);
  if ([...routeCountries].sort().join() !== [...routeFindings].sort().join()) {
    fail(sample, `route findings ${routeFindings.join()} do not match high-risk countries ${[...routeCountries].join()}`);
  }
  const decision = decide(sample);
  if (decision !== sample.expectedDecision) fail(sample, `labelled ${sample.expectedDecision}, rule gives ${decision}`);
}

function checkSample(sample: SampleSpec): void {
  [...sample.parties, sample.bank].forEach((party) => checkParty(sample, party));
  checkFindings(sample);
  const header = sample.headerLines.map((l) => (typeof l === 'string' ? l : l.runs.join(' '))).join('\n');
  if (!header.includes(sample.invoice.number)) fail(sample, 'invoice number is not printed in the header');
  const delivery = `${sample.invoice.incoterms} ${sample.invoice.placeOfDelivery}`;
  if (!sample.terms.some((t) => t.includes(delivery))) fail(sample, `terms do not print "${delivery}"`);
}

// ---------------------------------------------------------------- layout and ground truth

function partyBlock(sample: SampleSpec, party: PartySpec): PartyBlock {
  return {
    heading: `${party.label}${sample.labelSeparator}${party.name}`,
    lines: party.lines.map((line) => (typeof line === 'string' ? line : line.text)),
  };
}

function buildLayout(sample: SampleSpec, amounts: number[], totalCents: number): InvoiceLayout {
  const money = (cents: number) => formatMoney(cents, sample.numberStyle);
  return {
    fonts: FONTS[sample.font],
    metadata: {
      title: `${sample.title} ${sample.invoice.number}`,
      author: 'doc-audit sample generator',
      subject: 'Synthetic invoice for pipeline testing',
      // Noon UTC of the invoice date: stable, and the same calendar day in every time zone of the parties.
      created: new Date(`${sample.invoice.date}T12:00:00Z`),
    },
    title: sample.title,
    headerLines: sample.headerLines,
    parties: sample.parties.map((party) => partyBlock(sample, party)),
    terms: sample.terms,
    table: {
      headers: sample.tableHeaders,
      rows: sample.lines.map((line, i) => [
        String(i + 1),
        line.description,
        line.hs,
        formatQuantity(line.quantity, sample.numberStyle),
        line.unit,
        money(Math.round(line.unitPrice * 100)),
        money(amounts[i]),
      ]),
    },
    totals: sample.totals(money(totalCents), totalCents),
    bank: { heading: sample.bankHeading, block: partyBlock(sample, sample.bank) },
    signatures: sample.signatures,
    stampCaption: sample.stampCaption,
    stampLines: sample.stampLines,
    footer: sample.footer,
  };
}

function groundTruth(sample: SampleSpec, amounts: number[], totalCents: number): object {
  const toParty = (party: PartySpec) => ({
    role: party.role,
    name: party.name,
    country: party.country,
    identifiers: party.lines.flatMap((line) => (typeof line === 'string' ? [] : line.ids)),
  });
  return {
    file: sample.file,
    languages: sample.languages,
    invoice: { ...sample.invoice, total: totalCents / 100 },
    parties: [...sample.parties, sample.bank].map(toParty),
    lines: sample.lines.map((line, i) => ({
      description: line.description,
      hsCode: line.hs.replace(/\D/g, ''),
      quantity: line.quantity,
      unit: line.unit,
      unitPrice: line.unitPrice,
      amount: amounts[i] / 100,
    })),
    expectedFindings: sample.expectedFindings,
    expectedDecision: sample.expectedDecision,
  };
}

const writeJson = (file: string, value: object) => writeFile(file, `${JSON.stringify(value, null, 2)}\n`, 'utf8');

// ---------------------------------------------------------------- scan

/**
 * Rasterises page 1 of the source PDF in grey, as a flatbed scan would come out. The PNG has no
 * text layer; the pipeline is expected to stop at the read stage until OCR exists.
 */
async function writeScan(): Promise<boolean> {
  const output = path.join(SAMPLES_DIR, SCAN_FILE);
  const base = output.replace(/\.png$/, '');
  const result = spawnSync(
    'pdftoppm',
    ['-r', '150', '-gray', '-png', '-f', '1', '-l', '1', '-singlefile', path.join(SAMPLES_DIR, SCAN_SOURCE), base],
    { encoding: 'utf8' },
  );
  if (result.error || result.status !== 0) {
    console.warn(`skipped ${SCAN_FILE}: pdftoppm unavailable or failed (${result.error?.message ?? result.stderr})`);
    return false;
  }
  // The scan prints exactly what its source prints, so its truth is the source's; OCR must recover it.
  const sourceTruth = JSON.parse(await readFile(path.join(EXPECTED_DIR, SCAN_SOURCE.replace(/\.pdf$/, '.json')), 'utf8'));
  await writeJson(path.join(EXPECTED_DIR, SCAN_FILE.replace(/\.png$/, '.json')), {
    ...sourceTruth,
    file: SCAN_FILE,
    derivedFrom: SCAN_SOURCE,
    engine: 'tesseract',
  });
  return true;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  for (const pair of Object.values(FONTS)) {
    for (const face of [pair.regular, pair.bold]) {
      if (!existsSync(face.path)) throw new Error(`font missing: ${face.path} (install fonts-dejavu-core / fonts-wqy-microhei)`);
    }
  }
  SAMPLES.forEach(checkSample);

  await rm(EXPECTED_DIR, { recursive: true, force: true });
  await mkdir(EXPECTED_DIR, { recursive: true });
  for (const sample of SAMPLES) {
    const amounts = sample.lines.map((line) => lineAmountCents(sample, line.quantity, line.unitPrice));
    const totalCents = amounts.reduce((a, b) => a + b, 0);
    const pdf = await renderInvoicePdf(buildLayout(sample, amounts, totalCents));
    await writeFile(path.join(SAMPLES_DIR, sample.file), pdf);
    await writeJson(path.join(EXPECTED_DIR, sample.file.replace(/\.pdf$/, '.json')), groundTruth(sample, amounts, totalCents));
    console.log(`${sample.file}  ${pdf.length} bytes  ${sample.expectedDecision}`);
  }
  if (await writeScan()) console.log(`${SCAN_FILE}  from ${SCAN_SOURCE}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandFailedError, CommandTimeoutError, TesseractOcr, type CommandResult, type CommandRunner } from '../../../lambdas/adapters/tesseract-ocr';
import { parsePgm } from '../../../lambdas/adapters/page-image-preparer';
import { DEFAULT_LAYOUT_DPI_SCALE } from '../../../lambdas/domain/reading/ocr/raster-plan';
import { SAMPLE_TSV } from './tesseract-sample';

// Every image read here is prepared for real (enlarged to 300 dpi, straightened, its table rules taken off), only Tesseract
// is faked: a test reading three full pages takes seconds when the two cores are shared with other suites.
jest.setTimeout(30_000);

const SCAN = new Uint8Array(readFileSync(join(__dirname, '..', '..', '..', 'samples', '08-scan-ru-invoice.png')));
const OSD_TURNED = 'Page number: 0\nOrientation in degrees: 90\nRotate: 270\nOrientation confidence: 21.44\nScript: Cyrillic\nScript confidence: 8.41\n';
const PDFINFO_A4_A4 = 'Pages:           2\nPage    1 size:  595.28 x 841.89 pts (A4)\nPage    2 size:  595.28 x 841.89 pts (A4)\n';

interface Call {
  file: string;
  args: readonly string[];
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
}

/** Stands in for execFile: answers each tool from a script of replies and records every call. */
function fakeRunner(reply: (call: Call) => CommandResult | Error): { run: CommandRunner; calls: Call[] } {
  const calls: Call[] = [];
  const run: CommandRunner = async (file, args, options) => {
    const call = { file, args, timeoutMs: options.timeoutMs, env: options.env };
    calls.push(call);
    const result = reply(call);
    if (result instanceof Error) throw result;
    return result;
  };
  return { run, calls };
}

/** Stands in for pdftoppm -gray: writes a small white PGM where the real tool would. */
function fakeRaster(call: Call): CommandResult {
  const prefix = call.args[call.args.length - 1];
  writeFileSync(`${prefix}.pgm`, Buffer.concat([Buffer.from('P5\n64 64\n255\n'), Buffer.alloc(64 * 64, 255)]));
  return { stdout: '', stderr: '' };
}

/** The same rows with every word confidence set to `conf` percent. */
const lowered = (tsv: string, conf: number) => tsv.replace(/\t\d+\.\d+\t/g, `\t${conf}.0\t`);
/** These tests are about the passes: each page's first reading is one call (bands have their own tests below). */
const WHOLE = { bandsPerPage: 1 };
const ocrCalls = (calls: Call[]) => calls.filter((c) => c.file === 'tesseract' && c.args.includes('tsv'));
const argAfter = (call: Call, flag: string) => call.args[call.args.indexOf(flag) + 1];

/**
 * A first reading that shows its page upright and is doubtful: five rows of a confidently read code, quantity and
 * amount, with a Han description between them read as Cyrillic junk at 10 %.
 */
const UPRIGHT_ROWS_TSV = [
  '1\t1\t0\t0\t0\t0\t0\t0\t1241\t1754\t-1\t',
  ...Array.from({ length: 5 }, (_, r) =>
    ([['8482100009', 95], ['¥Ш', 10], ['ШЁ', 10], ['120', 93], ['6', 92], ['4,320.00', 94]] as const).map(
      ([text, conf], i) => `5\t1\t1\t1\t${r + 1}\t${i + 1}\t${100 + i * 160}\t${300 + r * 40}\t120\t20\t${conf}\t${text}`,
    ),
  ).flat(),
].join('\n');

describe('TesseractOcr (tool calls, with a fake runner)', () => {
  test('a 20 000 × 20 000 PNG is refused before any tool runs', async () => {
    // Prepare
    const header = new Uint8Array(33);
    header.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(header.buffer).setUint32(16, 20_000);
    new DataView(header.buffer).setUint32(20, 20_000);
    const { run, calls } = fakeRunner(() => new Error('must not run'));

    // Act
    const read = new TesseractOcr({}, run).readImage(header);

    // Assess
    await expect(read).rejects.toMatchObject({ name: 'DocumentRejectedError', code: 'image-too-large' });
    expect(calls).toHaveLength(0);
  });

  test('a page is read first with rus+eng+kaz and --psm 3 in a single-threaded process, without an OSD pass', async () => {
    // Prepare
    const { run, calls } = fakeRunner(() => ({ stdout: SAMPLE_TSV, stderr: '' }));

    // Act
    const pages = await new TesseractOcr({ ...WHOLE, pageTimeoutMs: 45_000 }, run).readImage(SCAN);

    // Assess: one reading of the page; the only other call is the Latin pass over a strip sheet of two of its words.
    expect(calls).toHaveLength(2);
    const [ocr, latin] = calls;
    expect(latin.args[0]).toMatch(/page-1\.pgm\.latin\.pgm$/);
    // 1241 × 1754 px taken for an A4 page is 150 dpi: the page is enlarged to 300 dpi (a grey PGM) and Tesseract
    // is told a share of that (layoutDpiFor).
    expect(ocr.args[0]).toMatch(/page-1\.pgm$/);
    expect(ocr.args.slice(1)).toEqual(['stdout', '-l', 'rus+eng+kaz', '--psm', '3', '--dpi', String(Math.round(300 * DEFAULT_LAYOUT_DPI_SCALE)), 'tsv']);
    expect(ocr.timeoutMs).toBe(45_000);
    expect(ocr.env.OMP_THREAD_LIMIT).toBe('1');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ page: 1, engine: 'tesseract', ocrLanguages: 'rus+eng+kaz', width: 1241, height: 1754, scripts: ['cyrillic', 'latin'] });
    expect(pages[0].lines[0].text).toContain('KZ-2025-0117');
  });

  test('a doubtful page without Han text (turned, noisy) is read with chi_sim first, then with every model and --psm 1; the best reading is kept', async () => {
    // Prepare: the first reading comes back at 40 % confidence, the chi_sim-first one at 50 % and without Han, the third as recorded.
    const byLanguages: Record<string, string> = { 'rus+eng+kaz': lowered(SAMPLE_TSV, 40), 'chi_sim': lowered(SAMPLE_TSV, 50) };
    const { run, calls } = fakeRunner((call) => ({ stdout: byLanguages[argAfter(call, '-l')] ?? SAMPLE_TSV, stderr: '' }));

    // Act
    const [page] = await new TesseractOcr(WHOLE, run).readImage(SCAN);

    // Assess
    expect(calls.map((c) => [argAfter(c, '-l'), argAfter(c, '--psm')])).toEqual([
      ['rus+eng+kaz', '3'],
      ['chi_sim', '1'],
      ['rus+eng+kaz+chi_sim', '1'],
    ]);
    expect(page.ocrLanguages).toBe('rus+eng+kaz+chi_sim');
  });

  test('a doubtful page that the chi_sim-first reading shows to be Chinese is read twice, not three times', async () => {
    // Prepare: a Chinese line, doubtful with the Cyrillic models, good with chi_sim first.
    const chinese = (conf: number) =>
      [
        '1\t1\t0\t0\t0\t0\t0\t0\t1241\t1754\t-1\t',
        ...['卖方：巴尔喀什阴极铜', '贸易有限责任', '合伙企业', '(Balkash', 'Cathode', 'Trade', 'LLP)'].map((text, i) => `5\t1\t1\t1\t1\t${i + 1}\t${100 + i * 120}\t100\t110\t20\t${conf}\t${text}`),
      ].join('\n');
    const byLanguages: Record<string, number> = { 'rus+eng+kaz': 45, 'chi_sim': 90 };
    const { run, calls } = fakeRunner((call) => ({ stdout: chinese(byLanguages[argAfter(call, '-l')]), stderr: '' }));

    // Act
    const [page] = await new TesseractOcr(WHOLE, run).readImage(SCAN);

    // Assess
    expect(calls.map((c) => [argAfter(c, '-l'), argAfter(c, '--psm')])).toEqual([
      ['rus+eng+kaz', '3'],
      ['chi_sim', '1'],
    ]);
    expect(page).toMatchObject({ ocrLanguages: 'chi_sim', scripts: ['han', 'latin'] });
  });

  test('a doubtful page whose first reading shows it upright (confident codes and figures left to right) is read with chi_sim as one column, without orientation detection', async () => {
    // Prepare: per row, a code, a quantity and an amount read well, and the Han description between them as junk.
    const tsv = UPRIGHT_ROWS_TSV;
    const chinese = tsv.replace(/¥Ш|ШЁ/g, '轴承').replace(/\t10\t/g, '\t91\t');
    const { run, calls } = fakeRunner((call) => ({ stdout: argAfter(call, '-l') === 'rus+eng+kaz' ? tsv : chinese, stderr: '' }));

    // Act
    const [page] = await new TesseractOcr(WHOLE, run).readImage(SCAN);

    // Assess: as one column (--psm 4), which keeps a header table's label column that chi_sim's page layout drops.
    expect(ocrCalls(calls).map((c) => [argAfter(c, '-l'), argAfter(c, '--psm')])).toEqual([
      ['rus+eng+kaz', '3'],
      ['chi_sim', '4'],
    ]);
    expect(page.ocrLanguages).toBe('chi_sim');
  });

  test('a doubtful page that chi_sim shows Han text on takes the Chinese reading even at a lower mean confidence', async () => {
    // Prepare: the first reading's figures lift its mean above the Chinese reading's, whose Han characters score low.
    const tsv = UPRIGHT_ROWS_TSV;
    const chinese = tsv.replace(/¥Ш|ШЁ/g, '轴承').replace(/\t(9\d|10)\t/g, '\t55\t');
    const { run } = fakeRunner((call) => ({ stdout: argAfter(call, '-l') === 'rus+eng+kaz' ? tsv : chinese, stderr: '' }));

    // Act
    const [page] = await new TesseractOcr(WHOLE, run).readImage(SCAN);

    // Assess: the first reading's mean is about 0.66, the Chinese one's 0.55.
    expect(page.ocrLanguages).toBe('chi_sim');
    expect(page.lines[0].text).toContain('轴承');
  });

  test('an upright Chinese page whose first reading shows two wide blocks side by side keeps the page layout (--psm 3)', async () => {
    // Prepare: seller left, buyer right, each block three rows of confident codes and figures with Han junk between.
    const row = [['8482100009', 95], ['¥Ш', 10], ['ШЁ', 10], ['120', 93], ['6', 92], ['4,320.00', 94]] as const;
    const tsv = [
      '1\t1\t0\t0\t0\t0\t0\t0\t1241\t1754\t-1\t',
      ...[1, 2].flatMap((block) =>
        [0, 1, 2].flatMap((r) => row.map(([text, conf], i) => `5\t1\t${block}\t1\t${r + 1}\t${i + 1}\t${(block === 1 ? 20 : 640) + i * 100}\t${300 + r * 40}\t90\t20\t${conf}\t${text}`)),
      ),
    ].join('\n');
    const chinese = tsv.replace(/¥Ш|ШЁ/g, '轴承').replace(/\t10\t/g, '\t91\t');
    const { run, calls } = fakeRunner((call) => ({ stdout: argAfter(call, '-l') === 'rus+eng+kaz' ? tsv : chinese, stderr: '' }));

    // Act
    await new TesseractOcr(WHOLE, run).readImage(SCAN);

    // Assess: read as one column, the two party blocks would run together line by line.
    expect(ocrCalls(calls).map((c) => [argAfter(c, '-l'), argAfter(c, '--psm')])).toEqual([
      ['rus+eng+kaz', '3'],
      ['chi_sim', '3'],
    ]);
  });

  test('a page that only looked upright (upside-down figures read as figures) is read again with orientation detection when chi_sim reads it with doubt', async () => {
    // Prepare: the same confident figures as above, but chi_sim reads the page as it stands with doubt.
    const tsv = UPRIGHT_ROWS_TSV;
    const doubtfulHan = tsv.replace(/¥Ш|ШЁ/g, '轴承').replace(/\t9\d\t/g, '\t30\t');
    const { run, calls } = fakeRunner((call) => ({ stdout: argAfter(call, '-l') === 'rus+eng+kaz' ? tsv : doubtfulHan, stderr: '' }));

    // Act
    await new TesseractOcr(WHOLE, run).readImage(SCAN);

    // Assess
    expect(ocrCalls(calls).map((c) => [argAfter(c, '-l'), argAfter(c, '--psm')]).slice(0, 3)).toEqual([
      ['rus+eng+kaz', '3'],
      ['chi_sim', '4'],
      ['chi_sim', '1'],
    ]);
  });

  test('a doubtful page whose first reading holds confident Cyrillic words (Chinese–Russian) is re-read with chi_sim+rus', async () => {
    // Prepare: six Russian words read well, ten Han characters read as junk: doubtful on the mean.
    const words = [...['Продавец', 'Покупатель', 'Грузополучатель', 'Адрес', 'Наименование', 'Количество'].map((t) => [t, 95] as const), ...Array.from({ length: 10 }, () => ['¥Ш', 20] as const)];
    const tsv = ['1\t1\t0\t0\t0\t0\t0\t0\t1241\t1754\t-1\t', ...words.map(([text, conf], i) => `5\t1\t1\t1\t${i + 1}\t1\t100\t${100 + i * 30}\t110\t20\t${conf}\t${text}`)].join('\n');
    const { run, calls } = fakeRunner((call) => ({ stdout: argAfter(call, '-l') === 'rus+eng+kaz' ? tsv : SAMPLE_TSV, stderr: '' }));

    // Act
    await new TesseractOcr(WHOLE, run).readImage(SCAN);

    // Assess
    expect(calls.map((c) => argAfter(c, '-l'))[1]).toBe('chi_sim+rus');
  });

  test('a page whose first reading shows Kazakh letters is read again with the kaz model, and its words take the Kazakh letters of that reading', async () => {
    // Prepare: a Kazakh goods line as rus-first and kaz read it on 00282 (the code is read right only rus-first).
    const line = (texts: string[]) =>
      ['1\t1\t0\t0\t0\t0\t0\t0\t1241\t1754\t-1\t', ...texts.map((text, i) => `5\t1\t1\t1\t1\t${i + 1}\t${100 + i * 150}\t300\t130\t24\t92.0\t${text}`)].join('\n');
    // The kaz pass reads a strip sheet: only «кой ет!» (the words it may correct), cut out with a padding of
    // 0.6 × 24 px across and 0.4 × 24 px down, so on the sheet they start at 250 − 235 and 300 − 290.
    const sheet = ['1\t1\t0\t0\t0\t0\t0\t0\t320\t44\t-1\t', '5\t1\t1\t1\t1\t1\t15\t10\t130\t24\t90.0\tқой', '5\t1\t1\t1\t1\t2\t165\t10\t130\t24\t90.0\tеті'].join('\n');
    const { run, calls } = fakeRunner((call) => ({ stdout: call.args[0].endsWith('.kazakh.pgm') ? sheet : line(['Мұздатылған', 'кой', 'ет!', '(ұшалар),', 'INV-24-6411']), stderr: '' }));

    // Act
    const [page] = await new TesseractOcr(WHOLE, run).readImage(SCAN);

    // Assess
    expect(ocrCalls(calls).map((c) => [argAfter(c, '-l'), argAfter(c, '--psm')])).toEqual([
      ['rus+eng+kaz', '3'],
      ['kaz', '6'],
    ]);
    expect(page.lines.map((l) => l.text)).toEqual(['Мұздатылған қой еті (ұшалар), INV-24-6411']);
  });

  test('a Russian page is read once in full; only the words that may be Latin are read again, with eng', async () => {
    // Prepare: the recorded Russian sample holds no Kazakh letter; «от» beside "KZ-2025-0117" and «Цена,» beside
    // "USD" are short Cyrillic words next to Latin ones (latin-words.ts).
    const { run, calls } = fakeRunner(() => ({ stdout: SAMPLE_TSV, stderr: '' }));

    // Act
    const [page] = await new TesseractOcr(WHOLE, run).readImage(SCAN);

    // Assess: the sheet's reading (here the Russian sample again) holds no Latin word for them: both stay.
    expect(ocrCalls(calls).map((c) => [argAfter(c, '-l'), c.args[0].replace(/.*\//, '')])).toEqual([
      ['rus+eng+kaz', 'page-1.pgm'],
      ['eng', 'page-1.pgm.latin.pgm'],
    ]);
    const text = page.lines.map((l) => l.text).join('\n');
    expect(text).toContain('KZ-2025-0117 от');
    expect(text).toContain('Цена,');
  });

  test('a Latin word the Russian model read in Cyrillic takes the English reading of a strip sheet', async () => {
    // Prepare: a goods line as rus-first read it on 00200 («ой» for "oil").
    const line = (texts: string[]) =>
      ['1\t1\t0\t0\t0\t0\t0\t0\t1241\t1754\t-1\t', ...texts.map((text, i) => `5\t1\t1\t1\t1\t${i + 1}\t${100 + i * 150}\t300\t130\t24\t92.0\t${text}`)].join('\n');
    // The Latin pass reads one strip per candidate: «ой,» at 400,300, padded 0.3 × 24 px along and 0.25 × 24 px
    // across, so on the sheet it starts at 8,6.
    const sheet = ['1\t1\t0\t0\t0\t0\t0\t0\t146\t36\t-1\t', '5\t1\t1\t1\t1\t1\t8\t6\t130\t24\t91.0\toil,'].join('\n');
    const { run, calls } = fakeRunner((call) => ({ stdout: call.args[0].endsWith('.latin.pgm') ? sheet : line(['Refined', 'sunflower', 'ой,', 'арт.', '95254']), stderr: '' }));

    // Act
    const [page] = await new TesseractOcr(WHOLE, run).readImage(SCAN);

    // Assess
    expect(ocrCalls(calls).map((c) => [argAfter(c, '-l'), argAfter(c, '--psm')])).toEqual([
      ['rus+eng+kaz', '3'],
      ['eng', '6'],
    ]);
    expect(page.lines.map((l) => l.text)).toEqual(['Refined sunflower oil, арт. 95254']);
  });

  test('configured languages are used as given, on the re-read too', async () => {
    // Prepare
    const { run, calls } = fakeRunner(() => ({ stdout: lowered(SAMPLE_TSV, 40), stderr: '' }));

    // Act
    await new TesseractOcr({ ...WHOLE, languages: 'rus+kaz+eng+chi_sim' }, run).readImage(SCAN);

    // Assess
    expect(calls.map((c) => [argAfter(c, '-l'), argAfter(c, '--psm')])).toEqual([
      ['rus+kaz+eng+chi_sim', '3'],
      ['rus+kaz+eng+chi_sim', '1'],
    ]);
  });

  test('orientation and script detection: a page with too little text (OSD exit 1) gives no result, not an error', async () => {
    // Prepare
    const { run, calls } = fakeRunner(() => new CommandFailedError('tesseract failed (exit 1): Too few characters. Skipping this page', 1, '', 'Too few characters. Skipping this page'));

    // Act
    const results = await new TesseractOcr({}, run).detectOrientationAndScript(SCAN);

    // Assess
    expect(results).toEqual([]);
    expect(calls[0].args.slice(1)).toEqual(['stdout', '--psm', '0', '-l', 'osd']);
  });

  test('orientation and script detection reports each page', async () => {
    const { run } = fakeRunner(() => ({ stdout: OSD_TURNED, stderr: '' }));
    expect(await new TesseractOcr({}, run).detectOrientationAndScript(SCAN)).toEqual([{ page: 1, orientation: 90, orientationConfidence: 21.44, script: 'Cyrillic', scriptConfidence: 8.41 }]);
  });

  test('a run that exceeds its timeout is a clear rejection naming the page and the limit', async () => {
    // Prepare
    const { run } = fakeRunner(() => new CommandTimeoutError('tesseract was stopped after 30000 ms'));

    // Act
    const read = new TesseractOcr({ ...WHOLE, pageTimeoutMs: 30_000 }, run).readImage(SCAN, { pageNumber: 4 });

    // Assess
    await expect(read).rejects.toMatchObject({ name: 'DocumentRejectedError', code: 'ocr-timeout', reason: 'OCR of page 4 did not finish within 30 s' });
  });

  test('a scanned PDF page is rasterised at 300 dpi in grey, read with its layout resolution, and keeps its page number', async () => {
    // Prepare
    const { run, calls } = fakeRunner((call) => {
      if (call.file === 'pdfinfo') return { stdout: PDFINFO_A4_A4, stderr: '' };
      if (call.file === 'pdftoppm') return fakeRaster(call);
      return { stdout: SAMPLE_TSV, stderr: '' };
    });

    // Act
    const pages = await new TesseractOcr(WHOLE, run).readPdfPages(new TextEncoder().encode('%PDF-1.7'), [2]);

    // Assess
    const raster = calls.find((c) => c.file === 'pdftoppm')!;
    expect(raster.args.slice(0, 8)).toEqual(['-f', '2', '-l', '2', '-r', '300', '-gray', '-singlefile']);
    const ocr = ocrCalls(calls)[0];
    expect(ocr.args[0]).toBe(`${raster.args[9]}.pgm`);
    expect(argAfter(ocr, '--dpi')).toBe(String(Math.round(300 * DEFAULT_LAYOUT_DPI_SCALE)));
    expect(pages.map((p) => p.page)).toEqual([2]);
  });

  test('a page scanned at 200 dpi is rasterised at 200 dpi, its scan\'s own resolution, and read with half of it as layout resolution', async () => {
    // Prepare: `pdfimages -list` as it prints page 2 of a 200 dpi scan (samples/generated/00067-kk-ru-header-table.scan.pdf).
    const list = 'page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio\n   2     1 image    1654  2339  rgb     3   8  jpeg   no        12  0   200   200  529K 4.7%\n';
    const { run, calls } = fakeRunner((call) => {
      if (call.file === 'pdfinfo') return { stdout: PDFINFO_A4_A4, stderr: '' };
      if (call.file === 'pdfimages') return { stdout: list, stderr: '' };
      if (call.file === 'pdftoppm') return fakeRaster(call);
      return { stdout: SAMPLE_TSV, stderr: '' };
    });

    // Act
    await new TesseractOcr(WHOLE, run).readPdfPages(new TextEncoder().encode('%PDF-1.7'), [2]);

    // Assess
    expect(calls.find((c) => c.file === 'pdfimages')!.args.slice(0, 5)).toEqual(['-list', '-f', '2', '-l', '2']);
    expect(argAfter(calls.find((c) => c.file === 'pdftoppm')!, '-r')).toBe('200');
    expect(argAfter(ocrCalls(calls)[0], '--dpi')).toBe('100');
  });

  test('a PDF page too large to rasterise within the pixel budget is refused before pdftoppm runs', async () => {
    // Prepare: a 200 × 200 inch page.
    const { run, calls } = fakeRunner((call) => (call.file === 'pdfinfo' ? { stdout: 'Pages: 1\nPage    1 size:  14400 x 14400 pts\n', stderr: '' } : new Error('must not run')));

    // Act
    const read = new TesseractOcr(WHOLE, run).readPdfPages(new TextEncoder().encode('%PDF-1.7'), [1]);

    // Assess
    await expect(read).rejects.toMatchObject({ code: 'image-too-large' });
    expect(calls.map((c) => c.file)).toEqual(['pdfinfo']);
  });

  test('asking for a page the PDF does not have is a corrupt-document rejection', async () => {
    const { run } = fakeRunner(() => ({ stdout: PDFINFO_A4_A4, stderr: '' }));
    await expect(new TesseractOcr(WHOLE, run).readPdfPages(new TextEncoder().encode('%PDF-1.7'), [5])).rejects.toMatchObject({ code: 'corrupt' });
  });
});

describe('TesseractOcr on a multi-page scanned PDF', () => {
  test('the later pages start with the models the first page turned out to need (Chinese), and are read once', async () => {
    // Prepare: page 1 is doubtful with rus+eng+kaz, shows Han on the re-read, and reads well with chi_sim first.
    const HAN_TSV = SAMPLE_TSV.replace(/\t[\p{Script=Cyrillic}«»-]{2,}/gu, '\t货物名称');
    const { run, calls } = fakeRunner((call) => {
      if (call.file === 'pdfinfo') return { stdout: PDFINFO_A4_A4, stderr: '' };
      if (call.file === 'pdftoppm') return fakeRaster(call);
      const languages = argAfter(call, '-l');
      if (call.args[0].endsWith('page-1.pgm') && languages === 'rus+eng+kaz') return { stdout: lowered(SAMPLE_TSV, 40), stderr: '' };
      if (call.args[0].endsWith('page-1.pgm') && !languages.startsWith('chi_sim')) return { stdout: lowered(HAN_TSV, 60), stderr: '' };
      return { stdout: HAN_TSV, stderr: '' };
    });

    // Act
    const pages = await new TesseractOcr({ ...WHOLE, concurrency: 2 }, run).readPdfPages(new TextEncoder().encode('%PDF-1.7'), [1, 2]);

    // Assess
    const page2Calls = ocrCalls(calls).filter((c) => c.args[0].endsWith('page-2.pgm'));
    expect(page2Calls.map((c) => argAfter(c, '-l'))).toEqual(['chi_sim']);
    expect(pages.map((p) => [p.page, p.ocrLanguages])).toEqual([
      [1, 'chi_sim'],
      [2, 'chi_sim'],
    ]);
  });

  test('when the first page needed nothing more, the later pages are read as usual', async () => {
    const { run, calls } = fakeRunner((call) => {
      if (call.file === 'pdfinfo') return { stdout: PDFINFO_A4_A4, stderr: '' };
      if (call.file === 'pdftoppm') return fakeRaster(call);
      return { stdout: SAMPLE_TSV, stderr: '' };
    });

    await new TesseractOcr(WHOLE, run).readPdfPages(new TextEncoder().encode('%PDF-1.7'), [1, 2]);

    // Each page: its reading, then the Latin pass over its strip sheet.
    for (const page of ['page-1', 'page-2']) {
      const ofPage = ocrCalls(calls).filter((c) => c.args[0].includes(`${page}.pgm`));
      expect(ofPage.map((c) => [argAfter(c, '-l'), c.args[0].replace(/.*\//, '')])).toEqual([
        ['rus+eng+kaz', `${page}.pgm`],
        ['eng', `${page}.pgm.latin.pgm`],
      ]);
    }
  });
});

describe('TesseractOcr layout resolution', () => {
  test('a low-resolution image reaches Tesseract enlarged to the raster policy resolution, like a rasterised PDF page', async () => {
    // Prepare: keep the enlarged file to look at it.
    let enlarged: Buffer | undefined;
    const { run } = fakeRunner((call) => {
      if (call.args.includes('tsv') && call.args[0].endsWith('page-1.pgm')) enlarged = readFileSync(call.args[0]);
      return { stdout: SAMPLE_TSV, stderr: '' };
    });

    // Act
    await new TesseractOcr(WHOLE, run).readImage(SCAN);

    // Assess: 1241 × 1754 (150 dpi as an A4 page) → twice as large (300 dpi), a grey PGM.
    const { width, height } = parsePgm(new Uint8Array(enlarged!));
    expect([width, height]).toEqual([2482, 3508]);
  });


  test('an image is read with the resolution Tesseract is told to assume, given or taken for an A4 page, scaled by layoutDpiScale', async () => {
    // Prepare
    const { run, calls } = fakeRunner(() => ({ stdout: SAMPLE_TSV, stderr: '' }));
    const ocr = new TesseractOcr({ ...WHOLE, layoutDpiScale: 0.5 }, run);

    // Act: 150 dpi by its size (enlarged to 300), 300 dpi as given, 250 dpi as given (within 80 % of 300: as is).
    await ocr.readImage(SCAN);
    await ocr.readImage(SCAN, { dpi: 300 });
    await new TesseractOcr({ ...WHOLE, layoutDpiScale: 1 }, run).readImage(SCAN, { dpi: 250 });

    // Assess: each page reading, and the Latin pass after it (a strip sheet of the same page) is told the same.
    const pageReads = ocrCalls(calls).filter((c) => c.args[0].endsWith('page-1.pgm'));
    expect(pageReads.map((c) => argAfter(c, '--dpi'))).toEqual(['150', '150', '250']);
    expect(ocrCalls(calls).map((c) => [c.args[0].split('/').pop(), argAfter(c, '--dpi')])).toEqual([
      ['page-1.pgm', '150'],
      ['page-1.pgm.latin.pgm', '150'],
      ['page-1.pgm', '150'],
      ['page-1.pgm.latin.pgm', '150'],
      ['page-1.pgm', '250'],
      ['page-1.pgm.latin.pgm', '250'],
    ]);
  });
});

describe('TesseractOcr reading a page in bands (page-bands.ts)', () => {
  /** Tesseract's TSV for an image of the given size holding the given words (block, left, top, text), 95 % sure. */
  const tsvOf = (width: number, height: number, words: Array<[number, number, number, string]>) =>
    [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      `1\t1\t0\t0\t0\t0\t0\t0\t${width}\t${height}\t-1\t`,
      ...words.map(([block, left, top, text], i) => `5\t1\t${block}\t1\t1\t${i + 1}\t${left}\t${top}\t${40 * text.length}\t40\t95.0\t${text}`),
    ].join('\n');
  const heightOf = (path: string) => parsePgm(new Uint8Array(readFileSync(path))).height;

  test('a page read alone is cut at a blank row into two bands, read at once, and their words come back where they stand on the page', async () => {
    // Prepare: each band answers with a word at its own top; both band readings must be running together.
    let inFlight = 0;
    let mostInFlight = 0;
    const bandHeights: number[] = [];
    const run: CommandRunner = async (file, args) => {
      if (!args[0].includes('.band-')) return { stdout: tsvOf(2482, 3508, []), stderr: '' };
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      const band = Number(/band-(\d)/.exec(args[0])![1]);
      bandHeights[band - 1] = heightOf(args[0]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      inFlight--;
      const stdout = band === 1 ? tsvOf(2482, bandHeights[0], [[1, 200, 150, 'Продавец:'], [2, 200, 250, 'Покупатель:']]) : tsvOf(2482, bandHeights[1], [[1, 200, 20, 'Итого:']]);
      return { stdout, stderr: '' };
    };

    // Act
    const [page] = await new TesseractOcr({ cores: 2, bandsPerPage: 2 }, run).readImage(SCAN);

    // Assess: two bands of the whole page's 3508 rows, read side by side; «Итого:» 20 rows below the cut.
    expect(bandHeights).toHaveLength(2);
    expect(bandHeights[0] + bandHeights[1]).toBe(3508);
    expect(Math.min(...bandHeights)).toBeGreaterThan(3508 * 0.15);
    expect(mostInFlight).toBe(2);
    const total = page.lines.find((l) => l.text === 'Итого:');
    expect(total?.box[1]).toBeCloseTo((bandHeights[0] + 20) / 3508, 3);
    expect(page.lines.map((l) => l.text)).toEqual(['Продавец:', 'Покупатель:', 'Итого:']);
  });

  test('the Chinese model reads the page whole: banded, a Chinese page\'s side-by-side party blocks ran together', async () => {
    // Prepare: the first reading (in bands) is junk but for confident figures that show the page upright; chi_sim then
    // reads the page as it stands (as one column, --psm 4), which bands would cut.
    const figures = [2, 3, 4, 5].flatMap((block): Array<[number, number, number, string]> => [[block, 100, block * 100, '8482'], [block, 300, block * 100, '120'], [block, 500, block * 100, '4,320.00']]);
    const junk = tsvOf(2482, 1700, [...figures, ...[100, 300, 500, 700, 900, 1100].map((left): [number, number, number, string] => [1, left, 100, '¥Ш'])]).replace(/\t95\.0\t¥Ш/g, '\t5.0\t¥Ш');
    const han = tsvOf(2482, 3508, [[1, 100, 100, '卖方：'], [1, 400, 100, '轴承'], [2, 100, 200, '买方：'], [2, 400, 200, '钢管']]);
    const { run, calls } = fakeRunner((call) => ({ stdout: argAfter(call, '-l') === 'rus+eng+kaz' ? junk : han, stderr: '' }));

    // Act
    await new TesseractOcr({ cores: 2, bandsPerPage: 2 }, run).readImage(SCAN);

    // Assess
    const reads = ocrCalls(calls).map((c) => [argAfter(c, '-l'), c.args[0].split('/').pop()]);
    expect(reads.filter(([languages]) => languages === 'rus+eng+kaz').map(([, file]) => file)).toEqual(['page-1.pgm.band-1.pgm', 'page-1.pgm.band-2.pgm']);
    const chinese = ocrCalls(calls).filter((c) => argAfter(c, '-l') === 'chi_sim');
    expect(chinese.map((c) => [c.args[0].split('/').pop(), argAfter(c, '--psm')])).toEqual([['page-1.pgm', '4']]);
  });

  test('a page read while another Tesseract process keeps a core busy is read whole', async () => {
    // Prepare: an orientation check of another document holds one of the two cores until released.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const busy = new TesseractOcr({}, async () => {
      await held;
      return { stdout: '', stderr: '' };
    });
    const { run, calls } = fakeRunner(() => ({ stdout: SAMPLE_TSV, stderr: '' }));

    // Act
    const other = busy.detectOrientationAndScript(SCAN);
    await new TesseractOcr({ cores: 2, bandsPerPage: 2 }, run).readImage(SCAN);
    release();
    await other;

    // Assess: the first reading went to Tesseract as one page.
    expect(ocrCalls(calls).map((c) => c.args[0].split('/').pop())).toEqual(['page-1.pgm', 'page-1.pgm.latin.pgm']);
  });

  test('one band, or one core, reads the page whole', async () => {
    const { run, calls } = fakeRunner(() => ({ stdout: SAMPLE_TSV, stderr: '' }));

    await new TesseractOcr({ cores: 2, bandsPerPage: 1 }, run).readImage(SCAN);
    await new TesseractOcr({ cores: 1, bandsPerPage: 2 }, run).readImage(SCAN);

    expect(ocrCalls(calls).filter((c) => c.args.includes('3')).map((c) => c.args[0].split('/').pop())).toEqual(['page-1.pgm', 'page-1.pgm']);
  });
});

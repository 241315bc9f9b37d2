import type { Box } from '../../../lambdas/domain/document-model';
import { assembleLines, estimateSkew, type EngineLine } from '../../../lambdas/domain/reading/ocr/assemble-lines';
import { parseTesseractTsv, repairScriptConfusions, tsvPageToDocumentPage, wordScript } from '../../../lambdas/domain/reading/ocr/tesseract-tsv';
import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { SKEWED_TABLE_TSV } from './tesseract-table-sample';

/** Words of one engine line, evenly spaced along a row that rises `slope` (normalised y per x). */
function slopedLine(texts: string[], x0: number, y0: number, slope: number): EngineLine {
  return {
    words: texts.map((text, i) => {
      const x = x0 + i * 0.12;
      const y = y0 + slope * x;
      return { text, box: [x, y, x + 0.1, y + 0.01] as Box, confidence: 0.9 };
    }),
  };
}

describe('estimateSkew', () => {
  test('is the slope of the printed rows, from lines of three or more words spanning a tenth of the page', () => {
    // Prepare: four rows turned by about 2° (slope 0.035).
    const lines = [0.1, 0.12, 0.14, 0.16].map((y) => slopedLine(['a', 'b', 'c', 'd'], 0.1, y, 0.035));

    // Act / Assess
    expect(estimateSkew(lines)).toBeCloseTo(0.035, 4);
  });

  test('is 0 for a straight page, when too few lines tell, and for slopes no scan has', () => {
    expect(estimateSkew([0.1, 0.12, 0.14].map((y) => slopedLine(['a', 'b', 'c'], 0.1, y, 0)))).toBe(0);
    expect(estimateSkew([0.1, 0.12].map((y) => slopedLine(['a', 'b', 'c'], 0.1, y, 0.03)))).toBe(0);
    expect(estimateSkew([0.1, 0.12, 0.14].map((y) => slopedLine(['a', 'b'], 0.1, y, 0.03)))).toBe(0);
    expect(estimateSkew([0.1, 0.3, 0.5].map((y) => slopedLine(['a', 'b', 'c'], 0.1, y, 0.3)))).toBe(0);
  });
});

describe('assembleLines on a turned page', () => {
  // Two table rows 0.022 apart on a page turned by 2°: each row is cut into a left and a right segment (a
  // column gap), and the right segment of row 1 sits as low as the left segment of row 2.
  const slope = 0.035;
  const segments: EngineLine[] = [
    slopedLine(['Насос', 'центробежный'], 0.1, 0.3, slope),
    slopedLine(['12', '885,28'], 0.7, 0.3, slope),
    slopedLine(['Преобразователь', 'частоты'], 0.1, 0.322, slope),
    slopedLine(['64', '2261,69'], 0.7, 0.322, slope),
  ];

  test('without the slope, the right half of row 1 is taken for part of row 2', () => {
    const rows = assembleLines(segments, { phraseGap: 1.2, aspect: 1 });
    expect(rows.some((r) => r.text.includes('885,28') && r.text.includes('Преобразователь'))).toBe(true);
  });

  test('with the slope taken out, each printed row is one line, and the reported boxes stay as read', () => {
    // Act
    const rows = assembleLines(segments, { phraseGap: 1.2, aspect: 1, skew: slope });

    // Assess
    expect(rows.map((r) => r.text)).toEqual(['Насос центробежный 12 885,28', 'Преобразователь частоты 64 2261,69']);
    expect(rows[0].items[0].box[1]).toBeCloseTo(0.3 + slope * 0.1, 4);
  });
});

describe('repairScriptConfusions', () => {
  const line = (...texts: string[]): EngineLine => ({ words: texts.map((text, i) => ({ text, box: [i * 0.1, 0, i * 0.1 + 0.08, 0.01] as Box })) });
  const repaired = (...texts: string[]) => {
    const l = line(...texts);
    repairScriptConfusions(l);
    return l.words.map((w) => w.text);
  };

  test('classifies words by the letters that have no look-alike in the other script', () => {
    expect(wordScript('Жетысу')).toBe('cyrillic');
    expect(wordScript('LTD.')).toBe('latin');
    expect(wordScript('ТОО')).toBe('either');
    expect(wordScript('TOO')).toBe('either');
    expect(wordScript('Kint')).toBe('latin');
    expect(wordScript('12,5')).toBe('none');
  });

  test('a look-alike-only word takes the script of the words around it', () => {
    // Latin "TOO" (an LLP's form, ТОО) before a Cyrillic name; Cyrillic "СО." inside a Latin company name.
    expect(repaired('TOO', '«Жетысу', 'Транс', 'Логистик»')).toEqual(['ТОО', '«Жетысу', 'Транс', 'Логистик»']);
    expect(repaired('ALITE', 'TECHNOLOGIES', 'СО.,', 'LTD.')).toEqual(['ALITE', 'TECHNOLOGIES', 'CO.,', 'LTD.']);
    expect(repaired('TH', 'ВЭД')).toEqual(['ТН', 'ВЭД']);
    expect(repaired('TH', 'ВЭД')[0]).toBe('\u0422\u041d');
  });

  test('a mixed word is written in the script of its deciding letters', () => {
    expect(repaired('Кол-вo')).toEqual(['Кол-во']);
  });

  test('a look-alike-only word between words of different scripts is left alone', () => {
    expect(repaired('Покупатель:', 'TAMAX', 'Trading')).toEqual(['Покупатель:', 'TAMAX', 'Trading']);
  });

  test('between words of two scripts, punctuation says which phrase a look-alike word belongs to', () => {
    // «grade А, арт. 74746»: the comma closes the Latin phrase; «Покупатель: ТАМАХ» — the colon opens the next.
    expect(repaired('copper', 'grade', 'А,', 'арт.', '74746')).toEqual(['copper', 'grade', 'A,', 'арт.', '74746']);
    expect(repaired('Покупатель:', 'ТАМАХ', 'Trading')).toEqual(['Покупатель:', 'TAMAX', 'Trading']);
    expect(repaired('медные', 'A', 'grade')).toEqual(['медные', 'A', 'grade']);
  });

  test('codes and models with digits and only look-alike letters are Latin, whatever the line', () => {
    expect(repaired('Бидай', 'ұны', 'Т-550', '5х35', 'АКТ-2025-0117')).toEqual(['Бидай', 'ұны', 'T-550', '5x35', 'AKT-2025-0117']);
    // A Cyrillic code with a letter that has no Latin look-alike stays as read.
    expect(repaired('№', 'ЭКС-84595')).toEqual(['№', 'ЭКС-84595']);
    // A code with a deciding letter takes its script for the look-alikes: "S" decides Latin, «Э» Cyrillic.
    expect(repaired('№:', 'SНУ20251536')).toEqual(['№:', 'SHY20251536']);
    expect(repaired('№', 'ЭKC-84595')).toEqual(['№', 'ЭКС-84595']);
  });
});

describe('a recorded Tesseract table on a turned 150 dpi scan', () => {
  const [tsvPage] = parseTesseractTsv(SKEWED_TABLE_TSV);
  const page = tsvPageToDocumentPage(tsvPage, { pageNumber: 1, languages: 'rus+eng+kaz' });

  test('the second row keeps its price and amount, which Tesseract reported as a block of their own', () => {
    const row = page.lines.find((l) => l.text.includes('RISC-V'))!;
    expect(row.text).toContain('40 845,10');
    expect(page.lines.find((l) => l.text.includes('Cortex-M7'))!.text).not.toContain('RISC-V');
  });

  test('extraction reads both rows: header cells split, the HS code out of the description, amounts reconciled', () => {
    // Act
    const invoice = extractInvoice({ mediaType: 'image/png', pages: [page] });

    // Assess
    const lines = invoice.lines.map(({ evidence: _e, ...line }) => line);
    expect(lines).toHaveLength(2);
    // Row 1: the code run into the description's phrase is taken out of it; its amount is unreadable («241845»).
    expect(lines[0]).toMatchObject({ hsCode: '8542319010', quantity: 705 });
    expect(lines[0].description).toMatch(/^Микросхема интегральная \(микроконтроллер\) Cortex-M7 LoFP144\b/);
    expect(lines[0].description).not.toContain('8542319010');
    expect(lines[1]).toMatchObject({
      description: 'Микросхема интегральная (микроконтроллер) RISC-V QFN48',
      hsCode: '8542319010',
      quantity: 17090,
      unitPrice: 2.39,
      amount: 40845.1,
    });
  });
});

import type { GoodsLine } from '../../../lambdas/domain/invoice-model';
import { withRepeatedCodes, withRepeatedDescriptions, withRepeatedHanRuns, withRepeatedSpellings } from '../../../lambdas/domain/extraction/repeated-words';

/** Goods lines as extraction leaves them, on page 1 (an OCR'd page unless said otherwise). */
const linesOf = (...descriptions: string[]): GoodsLine[] => descriptions.map((description, i) => ({ description, evidence: { page: 1, box: [0, i / 50, 1, (i + 1) / 50], text: description } }));
const OCR_PAGE = new Set([1]);

describe('withRepeatedSpellings', () => {
  const scope = (n: number, article: string, first = 'Сандық', second = 'осциллограф') => `${first} ${second} 200 MHz 2 ch, ${article} ${41000 + n}`;

  test('a word misread on a few rows takes the spelling the document prints on three times as many, with a warning', () => {
    const lines = linesOf(
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => scope(n, 'арт.')),
      scope(9, 'apr.'), // «арт.» in Latin look-alikes and one letter off
      scope(10, 'арт.', 'Сандык'),
      scope(11, 'арт.', 'Сандық', 'осциялограф'),
    );
    const warnings = withRepeatedSpellings(lines, OCR_PAGE);
    expect(lines.slice(8).map((l) => l.description)).toEqual([scope(9, 'арт.'), scope(10, 'арт.'), scope(11, 'арт.')]);
    expect(warnings).toEqual([
      'goods line 9: «apr.» read as «арт.», the spelling of 10 rows',
      'goods line 10: «Сандык» read as «Сандық», the spelling of 10 rows',
      'goods line 11: «осциялограф» read as «осциллограф», the spelling of 10 rows',
    ]);
    // The evidence keeps the text as read.
    expect(lines[8].evidence.text).toBe(scope(9, 'apr.'));
  });

  test('a misreading a poor scan repeats on a quarter of the rows still takes the spelling three times as common', () => {
    // Recorded on 00373 (seed 13): «арт.» read "apr." on eight rows of thirty-seven, «Milling» read "Miling" on four of eighteen.
    const wheat = (n: number, first: string, article: string) => `Пшеница мягкая 3 класса / ${first} wheat, class 3, ${article} ${60000 + n}`;
    const lines = linesOf(...[1, 2, 3, 4, 5, 6].map((n) => wheat(n, 'Milling', 'арт.')), ...[7, 8, 9].map((n) => wheat(n, 'Milling', 'apr.')), ...[10, 11, 12].map((n) => wheat(n, 'Miling', 'арт.')));
    withRepeatedSpellings(lines, OCR_PAGE);
    expect(lines.map((l) => l.description)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => wheat(n, 'Milling', 'арт.')));
  });

  test('a Kazakh letter read as its Russian base counts half a misreading («Куштик» for «Күштік»: two of them, one edit)', () => {
    const cable = (n: number, first: string) => `${first} кабель 5x35, арт. ${90000 + n}`;
    const lines = linesOf(cable(1, 'Күштік'), cable(2, 'Күштік'), cable(3, 'Күштік'), cable(4, 'Күштік'), cable(5, 'Куштик'), cable(6, 'Кучтик'));
    expect(withRepeatedSpellings(lines, OCR_PAGE)).toEqual(['goods line 5: «Куштик» read as «Күштік», the spelling of 4 rows']);
    // «Кучтик» is two Kazakh letters and a Russian one off: two edits.
    expect(lines[5].description).toBe(cable(6, 'Кучтик'));
  });

  test('a lost Kazakh і counts half a misreading («Куштк» for «Күштік»: ү read у and і lost, one edit)', () => {
    // Recorded on 00280 (seed 13): five rows of fifty-one read «Куштк».
    const transistor = (n: number, first: string) => `${first} транзистор IGBT 1200V 300A, арт. ${87600 + n}`;
    const lines = linesOf(...[1, 2, 3, 4, 5, 6].map((n) => transistor(n, 'Күштік')), transistor(7, 'Куштк'), transistor(8, 'Кушт'));
    expect(withRepeatedSpellings(lines, OCR_PAGE)).toEqual(['goods line 7: «Куштк» read as «Күштік», the spelling of 6 rows']);
    // «Кушт» lost a letter that is no і as well: two edits.
    expect(lines[7].description).toBe(transistor(8, 'Кушт'));
  });

  test('a word with junk in it is no spelling of the document, however many rows OCR made it on', () => {
    // Recorded on 00217 (seed 13): «?уре» on eight rows stood beside "type" as a second spelling for «{уре».
    const cotton = (n: number, word: string) => `Мақта талшығы ${word} 5, арт. ${89700 + n}`;
    const lines = linesOf(...[1, 2, 3, 4, 5, 6, 7].map((n) => cotton(n, 'type')), cotton(8, '?уре'), cotton(9, '?уре'), cotton(10, '?уре'), cotton(11, '{уре'));
    withRepeatedSpellings(lines, OCR_PAGE);
    expect(lines.map((l) => l.description)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => cotton(n, 'type')));
  });

  test('a Cyrillic word read in Latin shapes is a misreading of it («Есептеуіш» as "Ecenteyiw")', () => {
    // Recorded on 00152 (fresh seed): two rows of twelve read the word in Latin shapes.
    const server = (n: number, first: string) => `${first} сервер 1U 1xCPU, арт. ${87000 + n}`;
    const lines = linesOf(...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => server(n, 'Есептеуіш')), server(9, 'Ecenteyiw'));
    expect(withRepeatedSpellings(lines, OCR_PAGE)).toEqual(['goods line 9: «Ecenteyiw» read as «Есептеуіш», the spelling of 8 rows']);
    // An English word that is no reading of the Cyrillic one stays.
    const other = linesOf(...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => server(n, 'Есептеуіш')), server(9, 'Computing'));
    expect(withRepeatedSpellings(other, OCR_PAGE)).toEqual([]);
  });

  test('«Ш» read as "LU" is a Latin-shape reading too (seed 37\'s 00196: «шыны» as "LUbIHbI")', () => {
    const glass = (n: number, word: string) => `Зертханалық ${word} ыдыс 250 ml, арт. ${19000 + n}`;
    const lines = linesOf(...[1, 2, 3, 4, 5, 6].map((n) => glass(n, 'шыны')), glass(7, 'LUbIHbI'));
    expect(withRepeatedSpellings(lines, OCR_PAGE)).toEqual(['goods line 7: «LUbIHbI» read as «шыны», the spelling of 6 rows']);
  });

  test('case alone is no misreading, and a spelling OCR read in capitals is written in the case of the row it corrects', () => {
    // Seed 37's 00305: «роликовый конический» printed in small letters, read in capitals on four rows of eight.
    const bearing = (n: number, kind: string, shape: string) => `Подшипник ${kind} ${shape} 32210, арт. ${36000 + n}`;
    const lines = linesOf(
      ...[1, 2, 3, 4].map((n) => bearing(n, 'РОЛИКОВЫЙ', 'КОНИЧЕСКИЙ')),
      bearing(5, 'роликовый', 'конический'),
      bearing(6, 'роликоваи', 'конический'),
    );
    expect(withRepeatedSpellings(lines, OCR_PAGE)).toEqual(['goods line 6: «роликоваи» read as «роликовый», the spelling of 4 rows']);
    expect(lines.slice(4).map((l) => l.description)).toEqual([bearing(5, 'роликовый', 'конический'), bearing(6, 'роликовый', 'конический')]);
  });

  test('numbers never change, nor words a spelling is not three times as common as, nor text-layer rows', () => {
    const sizes = linesOf('Күштік кабель 4x16', 'Күштік кабель 4x16', 'Күштік кабель 4x16', 'Күштік кабель 5x16', 'Күштік кабель 4x1б');
    expect(withRepeatedSpellings(sizes, OCR_PAGE)).toEqual([]);
    expect(sizes.map((l) => l.description)).toEqual(['Күштік кабель 4x16', 'Күштік кабель 4x16', 'Күштік кабель 4x16', 'Күштік кабель 5x16', 'Күштік кабель 4x1б']);
    // Two products a letter apart, both common: IGBT and IGCT modules.
    const products = linesOf(...['IGBT', 'IGBT', 'IGBT', 'IGBT', 'IGCT', 'IGCT'].map((p) => `Power module ${p} 1200V`));
    expect(withRepeatedSpellings(products, OCR_PAGE)).toEqual([]);
    const digital = linesOf(scope(1, 'арт.'), scope(2, 'арт.'), scope(3, 'арт.'), scope(4, 'арт.'), scope(5, 'apr.'));
    expect(withRepeatedSpellings(digital, new Set())).toEqual([]);
    expect(digital[4].description).toBe(scope(5, 'apr.'));
  });

  test('a word with no neighbour in common with the spelling, and Chinese, are left alone', () => {
    const lines = linesOf('Seamless steel pipes 159x6', 'Seamless steel pipes 219x8', 'Seamless steel pipes 325x10', 'Seamless steel pipes 325x10', 'Welded steal tubes 159x6');
    expect(withRepeatedSpellings(lines, OCR_PAGE)).toEqual([]);
    const han = linesOf('无缝钢管 159x6', '无缝钢管 219x8', '无缝钢管 325x10', '无缝钢管 325x10', '无颖钢管 159x6');
    expect(withRepeatedSpellings(han, OCR_PAGE)).toEqual([]);
  });

  test('a code whose capitals were read as digits takes the code printed between the same words on two rows or more', () => {
    // Recorded on 00092 (seed 17): «2U» read "20" on twelve rows and "21" on six, right on two; «1U» read "10", "11", "14".
    const server = (n: number, size: string, cpus: string) => `Есептеуіш сервер ${size} ${cpus}, арт. ${69000 + n}`;
    const lines = linesOf(server(1, '2U', '2xCPU'), server(2, '2U', '2xCPU'), server(3, '20', '2xCPU'), server(4, '21', '2xCPU'), server(5, '1U', '1xCPU'), server(6, '1U', '1xCPU'), server(7, '14', '1xCPU'), server(8, '20', '1xCPU'));
    const warnings = withRepeatedSpellings(lines, OCR_PAGE);
    expect(lines.map((l) => l.description)).toEqual([
      server(1, '2U', '2xCPU'), server(2, '2U', '2xCPU'), server(3, '2U', '2xCPU'), server(4, '2U', '2xCPU'),
      server(5, '1U', '1xCPU'), server(6, '1U', '1xCPU'), server(7, '1U', '1xCPU'),
      // "20" before «1xCPU,» is no reading of «1U» (its first digit differs) and «2U» is printed before «2xCPU,» only.
      server(8, '20', '1xCPU'),
    ]);
    expect(warnings).toContain('goods line 3: «20» read as «2U», the spelling of 2 rows');
    // One capital read as two digits (seed 19's 00016: «2U» as "210" and "217"), and no more than that.
    const wide = linesOf(server(1, '2U', '2xCPU'), server(2, '2U', '2xCPU'), server(3, '210', '2xCPU'), server(4, '2171', '2xCPU'));
    withRepeatedSpellings(wide, OCR_PAGE);
    expect(wide.map((l) => l.description)).toEqual([server(1, '2U', '2xCPU'), server(2, '2U', '2xCPU'), server(3, '2U', '2xCPU'), server(4, '2171', '2xCPU')]);
  });

  test('a number stays when the code is printed on one row only, between other words, or differs in a digit or an O', () => {
    const pump = (power: string, unit = 'kW') => `Centrifugal pump ${power} ${unit}, ref. 17267`;
    // Two rows of «2U» but the number's neighbours differ: a measure, not the code.
    const measures = linesOf(pump('2U', 'rack'), pump('2U', 'rack'), pump('20'), pump('22'));
    expect(withRepeatedSpellings(measures, OCR_PAGE)).toEqual([]);
    const once = linesOf(pump('2U'), pump('20'), pump('20'));
    expect(withRepeatedSpellings(once, OCR_PAGE)).toEqual([]);
    // «2O» is what OCR makes of a printed 20 as often as the other way round.
    const zero = linesOf(pump('2O'), pump('2O'), pump('20'));
    expect(withRepeatedSpellings(zero, OCR_PAGE)).toEqual([]);
    expect(zero[2].description).toBe(pump('20'));
  });
});

describe('withRepeatedDescriptions', () => {
  // Recorded on 00323 (seed 7): one product on many rows, its article number changing, a few rows read with letters off.
  const scope = (mhz: number, article: number, middle = '4 ch /') => `Осциллограф цифровой ${mhz} MHz ${middle} Digital oscilloscope, арт. ${article}`;

  test('a description read with its spaces or strokes off takes the spelling the document prints on more rows, around its own article number', () => {
    const lines = linesOf(...[1, 2, 3, 4].map((n) => scope(350, 35700 + n)), scope(350, 95742, '4ch/'), scope(350, 75496, '4 ch a'), 'Осциллограф цифровой 350MHz 4 ch / Digital oscilloscope , арт. 35702');
    const warnings = withRepeatedDescriptions(lines, OCR_PAGE);
    expect(lines.slice(4).map((l) => l.description)).toEqual([scope(350, 95742), scope(350, 75496), scope(350, 35702)]);
    expect(warnings[0]).toBe(`goods line 5: «${scope(350, 95742, '4ch/')}» read as «${scope(350, 95742)}», the description of 4 rows`);
    expect(lines[4].evidence.text).toBe(scope(350, 95742, '4ch/'));
  });

  test('a description that lost one word of letters takes the description three times as common that has it', () => {
    // Recorded on 00328 (seed 19): «Баранина в тушах, арт. 79332» among rows of «Баранина замороженная в тушах»;
    // on 00016 «server 2U 2xCPU» among «Computing server 2U 2xCPU».
    const lamb = (n: number, text = 'Баранина замороженная в тушах') => `${text}, арт. ${79300 + n}`;
    const lines = linesOf(...[1, 2, 3].map((n) => lamb(n)), lamb(4, 'Баранина в тушах'), lamb(5, 'замороженная в тушах'));
    const warnings = withRepeatedDescriptions(lines, OCR_PAGE);
    expect(lines.map((l) => l.description)).toEqual([1, 2, 3, 4, 5].map((n) => lamb(n)));
    expect(warnings[0]).toBe('goods line 4: «Баранина в тушах, арт. 79304» read as «Баранина замороженная в тушах, арт. 79304», the description of 3 rows');
    // A lost number or short word is no lost word; a reading common on its own, or two candidates, leave the row alone.
    const cables = linesOf(...[1, 2, 3].map((n) => `Power cable 3x2.5 mm, ref. ${n}0000`), 'Power cable mm, ref. 40000', 'Power 3x2.5 mm, ref. 50000', 'Power 3x2.5 mm, ref. 60000');
    withRepeatedDescriptions(cables, OCR_PAGE);
    expect(cables.slice(3).map((l) => l.description)).toEqual(['Power cable mm, ref. 40000', 'Power 3x2.5 mm, ref. 50000', 'Power 3x2.5 mm, ref. 60000']);
  });

  test('a description read with specks before or after it takes the description three times as common (seed 37\'s 00243)', () => {
    const zinc = (n: number, before = '', after = '') => `${before}Unwrought zinc Zn 99.99%, ref. ${52300 + n}${after}`;
    const lines = linesOf(...[1, 2, 3].map((n) => zinc(n)), zinc(4, 'fe ', ' с а Із'), zinc(5, 'Vi '), zinc(6, '16 ! '), zinc(7, '', ' 4'), zinc(8, 'ч Unwrought '), zinc(9, 'ab cd ef gh '), zinc(10, '', ' мн?'));
    const warnings = withRepeatedDescriptions(lines, OCR_PAGE);
    // A row number may come with the specks before it, but not a digit after; no word of four letters, nor four specks, nor three letters after.
    expect(lines.slice(3).map((l) => l.description)).toEqual([zinc(4), zinc(5), zinc(6), zinc(7, '', ' 4'), zinc(8, 'ч Unwrought '), zinc(9, 'ab cd ef gh '), zinc(10, '', ' мн?')]);
    expect(warnings[0]).toBe('goods line 4: «fe Unwrought zinc Zn 99.99%, ref. 52304 с а Із» read as «Unwrought zinc Zn 99.99%, ref. 52304», the description of 3 rows');
  });

  test('other numbers must agree, a description common on its own stays, and a text layer or Chinese is left as printed', () => {
    const lines = linesOf(...[1, 2, 3, 4].map((n) => scope(350, 35700 + n)), scope(100, 84222, '4ch/'), scope(350, 61462, '2 ch /'));
    withRepeatedDescriptions(lines, OCR_PAGE);
    expect(lines.slice(4).map((l) => l.description)).toEqual([scope(100, 84222, '4ch/'), scope(350, 61462, '2 ch /')]);
    // Letters are never changed, however rare the reading: a bearing's seal suffix, ball against roller, a misread letter.
    const bearings = linesOf(
      ...[1, 2, 3, 4, 5].map((n) => `Подшипник шариковый радиальный 6306-2RS, арт. ${1000 + n}`),
      'Подшипник шариковый радиальный 6306-2Z, арт. 25294',
      'Подшипник роликовый радиальный 6306-2RS, арт. 14972',
      'Подшипник шариковый радиальный 6306-2RS, арт. 15496 мн?',
    );
    expect(withRepeatedDescriptions(bearings, OCR_PAGE)).toEqual([]);
    // Nor a decimal mark: 2.5 mm is not 25 mm.
    const cables = linesOf(...[1, 2, 3].map((n) => `Кабель ВВГ 3x25, арт. ${4000 + n}`), 'Кабель ВВГ 3x2.5, арт. 5001');
    expect(withRepeatedDescriptions(cables, OCR_PAGE)).toEqual([]);
    const printed = linesOf(...[1, 2, 3, 4].map((n) => scope(350, 35700 + n)), scope(350, 95742, '4ch/'));
    expect(withRepeatedDescriptions(printed, new Set())).toEqual([]);
    const chinese = linesOf(...[1, 2, 3, 4].map((n) => `无缝钢管 159x6, 货号 ${20000 + n}`), '无缝钢管 159x6 货号 20889');
    expect(withRepeatedDescriptions(chinese, OCR_PAGE)).toEqual([]);
  });
});

describe('withRepeatedCodes', () => {
  const withCodes = (...codes: string[]) => linesOf(...codes.map((_, i) => `Подшипник роликовый конический 32210, арт. ${36000 + i}`)).map((g, i) => ({ ...g, hsCode: codes[i] }));

  test('a code that is no HS 2022 subheading takes the code of the other rows it is a misreading of (seed 37\'s 00305, seed 23\'s 00196)', () => {
    // Two digits read wrong, the leading digits lost, stray digits before it.
    const lines = withCodes('8482200009', '8482200009', '6452200009', '0204410000', '410000', '854231', '9854231', '5201009000', '520100900', '845811', '8458112');
    const warnings = withRepeatedCodes(lines, OCR_PAGE);
    // Also the last digit lost (seed 13's 00217) and the quantity's digit run into the code (seed 17's 00390: 2 lathes).
    expect(lines.map((l) => l.hsCode)).toEqual(['8482200009', '8482200009', '8482200009', '0204410000', '0204410000', '854231', '854231', '5201009000', '5201009000', '845811', '845811']);
    expect(warnings).toEqual([
      'goods line 3: code «6452200009» is no HS 2022 subheading; read as «8482200009», the code of 2 rows',
      'goods line 5: code «410000» is no HS 2022 subheading; read as «0204410000», the code of 1 rows',
      'goods line 7: code «9854231» is no HS 2022 subheading; read as «854231», the code of 1 rows',
      'goods line 9: code «520100900» is no HS 2022 subheading; read as «5201009000», the code of 1 rows',
      'goods line 11: code «8458112» is no HS 2022 subheading; read as «845811», the code of 1 rows',
    ]);
  });

  test('a row whose code cell was unreadable takes the one code of the rows printing the same goods (seed 37\'s 00243)', () => {
    const zinc = (n: number, hsCode?: string, text = 'Unwrought zinc Zn 99.99%') => ({ description: `${text}, ref. ${94500 + n}`, evidence: { page: 1, box: [0, n / 50, 1, (n + 1) / 50] as [number, number, number, number], text: '' }, hsCode });
    const lines = [zinc(1, '790111'), zinc(2, '790111'), zinc(3), zinc(4, undefined, 'zinc Zn 99.99%')];
    expect(withRepeatedCodes(lines, OCR_PAGE)).toEqual(['goods line 3: no code was read; «790111», the code of the 2 rows printing the same goods']);
    expect(lines.map((l) => l.hsCode)).toEqual(['790111', '790111', '790111', undefined]);
    // One row is not enough, rows that disagree decide nothing, and a text layer printed no code.
    for (const [rows, pages] of [[[zinc(1, '790111'), zinc(3)], OCR_PAGE], [[zinc(1, '790111'), zinc(2, '790112'), zinc(3)], OCR_PAGE], [[zinc(1, '790111'), zinc(2, '790111'), zinc(3)], new Set<number>()]] as const) {
      const copy = rows.map((r) => ({ ...r }));
      expect(withRepeatedCodes(copy, pages)).toEqual([]);
      expect(copy[copy.length - 1].hsCode).toBeUndefined();
    }
  });

  test('a real subheading, a code no row prints, one two codes could be, three digits off or a text layer stay as read', () => {
    // 848210 is a subheading (ball bearings): it may be what was printed.
    const real = withCodes('8482200009', '8482100009');
    expect(withRepeatedCodes(real, OCR_PAGE)).toEqual([]);
    const lone = withCodes('6452200009', '7901110000');
    expect(withRepeatedCodes(lone, OCR_PAGE)).toEqual([]);
    const either = withCodes('8482200009', '8482300009', '6482500009');
    expect(withRepeatedCodes(either, OCR_PAGE)).toEqual([]);
    const far = withCodes('8482200009', '5452200000');
    expect(withRepeatedCodes(far, OCR_PAGE)).toEqual([]);
    const printed = withCodes('8482200009', '6452200009');
    expect(withRepeatedCodes(printed, new Set())).toEqual([]);
    expect(printed[1].hsCode).toBe('6452200009');
  });
});

describe('withRepeatedHanRuns', () => {
  test('a run of Han characters that lost one takes the run three times as common (seed 23\'s 00184: «截止» on rows of «截止阀»)', () => {
    const valve = (n: number, name = '截止阀') => `${name} DN50 PN16, 货号${69000 + n}`;
    const lines = linesOf(...[1, 2, 3].map((n) => valve(n)), valve(4, '截止'));
    expect(withRepeatedHanRuns(lines, OCR_PAGE)).toEqual(['goods line 4: «截止» read as «截止阀», the spelling of 3 rows']);
    expect(lines[3].description).toBe(valve(4));
  });

  test('a character read as another, a run common on its own, one of two candidates or a text layer stay as read', () => {
    const cathode = (n: number, metal = '铜') => `精炼${metal}阴极 Cu 99.99%, 货号${40000 + n}`;
    const nickel = linesOf(...[1, 2, 3].map((n) => cathode(n)), cathode(4, '镍'));
    expect(withRepeatedHanRuns(nickel, OCR_PAGE)).toEqual([]);
    const pipes = linesOf(...[1, 2, 3].map((n) => `无缝钢管 219x8, 货号${n}`), ...[4, 5].map((n) => `钢管 219x8, 货号${n}`));
    expect(withRepeatedHanRuns(pipes, OCR_PAGE)).toEqual([]);
    const two = linesOf(...[1, 2, 3].map((n) => `截止阀 DN50, 货号${n}`), ...[4, 5, 6].map((n) => `截止门 DN50, 货号${n}`), '截止 DN50, 货号7');
    expect(withRepeatedHanRuns(two, OCR_PAGE)).toEqual([]);
    const printed = linesOf(...[1, 2, 3].map((n) => `截止阀 DN50, 货号${n}`), '截止 DN50, 货号4');
    expect(withRepeatedHanRuns(printed, new Set())).toEqual([]);
  });
});

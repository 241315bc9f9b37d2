import { parseOfacCsv } from '../../../lambdas/domain/lists/parse-ofac-csv';
import { countBy, entry, namesOf, snapshotText } from './list-files';

// The real OFAC snapshots shipped in data/lists (SDN: May 2024 main file, late-2025 aliases/addresses).
const sdn = parseOfacCsv({
  main: snapshotText('ofac-sdn/sdn.csv'),
  alt: snapshotText('ofac-sdn/alt.csv'),
  add: snapshotText('ofac-sdn/add.csv'),
  comments: snapshotText('ofac-sdn/sdn_comments.csv'),
});
const cons = parseOfacCsv(
  {
    main: snapshotText('ofac-cons/cons_prim.csv'),
    alt: snapshotText('ofac-cons/cons_alt.csv'),
    add: snapshotText('ofac-cons/cons_add.csv'),
    comments: snapshotText('ofac-cons/cons_comments.csv'),
  },
  'OFAC-CONS',
  'CONS',
);

describe('parseOfacCsv on the SDN snapshot', () => {
  test('reads every entry, typed as OFAC types them', () => {
    expect(sdn).toHaveLength(14965);
    expect(countBy(sdn, (e) => e.type)).toEqual({ entity: 6884, individual: 6854, vessel: 851, aircraft: 376 });
    expect(new Set(sdn.map((e) => e.entryId)).size).toBe(14965);
  });

  test('SBER VOSTOK (SDN-36427): aliases from alt.csv, a Kazakh BIN from the remarks, a Kazakh address', () => {
    // Act
    const sber = entry(sdn, 'SDN-36427');

    // Assess
    expect(sber).toMatchObject({ list: 'OFAC-SDN', type: 'entity', programs: ['RUSSIA-EO14024'], countries: ['KZ'] });
    expect(sber.names[0]).toEqual({ value: 'SBER VOSTOK LIMITED LIABILITY PARTNERSHIP', strength: 'primary', kind: 'primary', script: 'latin' });
    expect(namesOf(sber, 'aka')).toEqual(['SBER VOSTOK LLP', 'SBER EAST LLP', 'SBER VOSTOK']);
    expect(sber.identifiers).toEqual([{ scheme: 'KZ-BIN', value: '110140012405', country: 'KZ', label: 'Registration Number' }]);
    expect(sber.addresses).toEqual([{ text: '13/1 Al-Farabi Avenue, block 3V, 7th floor, Almaty 050059, Kazakhstan', country: 'KZ' }]);
  });

  test('KROKUS NANOELEKTRONIKA (SDN-39164): Russian INN and OGRN with ISO country', () => {
    // Act
    const krokus = entry(sdn, 'SDN-39164');

    // Assess
    expect(krokus.identifiers).toEqual([
      { scheme: 'RU-INN', value: '7710889933', country: 'RU', label: 'Tax ID No.' },
      { scheme: 'RU-OGRN', value: '1117746411529', country: 'RU', label: 'Registration Number' },
    ]);
    expect(krokus.countries).toEqual(['RU']);
    expect(namesOf(krokus)).toEqual(['LIMITED LIABILITY COMPANY KROKUS NANOELEKTRONIKA', 'CROCUS NANOELECTRONICS']);
  });

  test('an individual gets birth date, nationality, passport and a 12-digit personal INN from the remarks', () => {
    // Act
    const kovalchuk = entry(sdn, 'SDN-21164');

    // Assess
    expect(kovalchuk).toMatchObject({ type: 'individual', birthDates: ['1968-12-22'], nationalities: ['RU'], programs: ['UKRAINE-EO13661', 'RUSSIA-EO14024'] });
    expect(kovalchuk.identifiers).toEqual([
      { scheme: 'PASSPORT', value: '643267034', country: 'RU', label: 'Passport' },
      { scheme: 'RU-INN', value: '773600308808', country: 'RU', label: 'Tax ID No.' },
    ]);
  });

  test('Kazakh registration, company and identification numbers all become KZ-BIN', () => {
    // Act
    const bins = ['SDN-36427', 'SDN-44578', 'SDN-47923', 'SDN-47950'].map((id) => entry(sdn, id).identifiers.find((i) => i.scheme === 'KZ-BIN')?.value);

    // Assess
    expect(bins).toEqual(['110140012405', '181140030924', '220340015320', '220340015717']);
    expect(sdn.filter((e) => e.identifiers.some((i) => i.scheme === 'KZ-BIN'))).toHaveLength(4);
  });

  test('vessels keep their IMO number and flag country', () => {
    expect(entry(sdn, 'SDN-34940')).toMatchObject({ type: 'vessel', countries: ['RU'], identifiers: [{ scheme: 'IMO', value: '9220639' }] });
  });

  test('a remark cut at 1,000 characters continues from sdn_comments.csv (SDN-17018: INN only in the overflow)', () => {
    // Prepare
    const mainRow = snapshotText('ofac-sdn/sdn.csv').split('\n').find((line) => line.startsWith('17018,'));

    // Act
    const sberbank = entry(sdn, 'SDN-17018');

    // Assess
    expect(mainRow).not.toContain('7707083893');
    expect(sberbank.remarks!.length).toBeGreaterThan(1000);
    expect(sberbank.identifiers).toEqual(
      expect.arrayContaining([
        { scheme: 'RU-INN', value: '7707083893', country: 'RU', label: 'Tax ID No.' },
        { scheme: 'SWIFT', value: 'SABRRUMM', label: 'SWIFT/BIC' },
      ]),
    );
  });

  test('a complete remark ignores an overflow row from another edition of the file (SDN-22985)', () => {
    expect(entry(sdn, 'SDN-22985').remarks).toMatch(/f\.k\.a\. 'KYONGYONG CREDIT BANK'\.$/);
  });

  test('every country is an ISO alpha-2 code and every entry starts with its primary name', () => {
    // Act
    const countries = new Set(sdn.flatMap((e) => [...e.countries, ...e.addresses.map((a) => a.country ?? 'XX'), ...e.identifiers.map((i) => i.country ?? 'XX')]));

    // Assess
    expect([...countries].filter((c) => !/^[A-Z]{2}$/.test(c))).toEqual([]);
    expect(sdn.every((e) => e.names[0].kind === 'primary' && e.names[0].strength === 'primary')).toBe(true);
  });

  test('birth dates are ISO, approximate ("~") or ranges ("/") and present wherever the remarks give a DOB', () => {
    // Act
    const dates = sdn.flatMap((e) => e.birthDates ?? []);

    // Assess
    expect(sdn.filter((e) => e.birthDates)).toHaveLength(6736);
    expect(dates.filter((d) => !/^\d{4}(-\d\d){0,2}(\/\d{4}(-\d\d){0,2})?~?$/.test(d))).toEqual([]);
    expect(dates).toEqual(expect.arrayContaining(['1948-12-10']));
  });
});

describe('parseOfacCsv on the non-SDN consolidated snapshot', () => {
  test('reads the 442 entries of the same layout with CONS- ids', () => {
    expect(cons).toHaveLength(442);
    expect(countBy(cons, (e) => e.type)).toEqual({ entity: 363, individual: 79 });
    expect(cons.every((e) => e.list === 'OFAC-CONS' && /^CONS-\d+$/.test(e.entryId))).toBe(true);
  });

  test('programs are split per tag (UKRAINE-EO13662 286, CMIC-EO13959 68)', () => {
    // Act
    const programs = countBy(cons.flatMap((e) => e.programs), (p) => p);

    // Assess
    expect(programs).toMatchObject({ 'UKRAINE-EO13662': 286, 'RUSSIA-EO14024': 93, 'NS-PLC': 78, 'CMIC-EO13959': 68 });
  });

  test('an entry with structured remarks (CONS-20314) gets tax, LEI and registration numbers with ISO countries', () => {
    expect(entry(cons, 'CONS-20314').identifiers).toEqual([
      { scheme: 'TAX-ID', value: 'CY10145737M', country: 'CY', label: 'Tax ID No.' },
      { scheme: 'LEI', value: '2138004OMEVX71IU7E09', label: 'Legal Entity Number' },
      { scheme: 'REGISTRATION', value: 'HE145737', country: 'CY', label: 'Registration Number' },
    ]);
  });
});

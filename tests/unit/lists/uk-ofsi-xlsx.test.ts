import type { ListedEntity } from '../../../lambdas/domain/lists/listed-entity';
import { readUkOfsiXlsx } from '../../../lambdas/domain/lists/parse-uk-ofsi-xlsx';
import { countBy, entry, namesOf, snapshot } from './list-files';

// The real OFSI ConList of 14 April 2025 shipped in data/lists; exceljs needs a few seconds to open it.
let ofsi: ListedEntity[];
let publishedAt: string | undefined;
beforeAll(async () => {
  ({ entities: ofsi, publishedAt } = await readUkOfsiXlsx(snapshot('uk-ofsi/ConList.xlsx')));
}, 60_000);

const hasCyrillicName = (e: ListedEntity) => e.names.some((n) => n.kind === 'original-script' && n.script === 'cyrillic');

describe('readUkOfsiXlsx on the OFSI snapshot', () => {
  test('groups the 18,798 name rows into 4,688 subjects by Group ID', () => {
    expect(ofsi).toHaveLength(4688);
    expect(countBy(ofsi, (e) => e.type)).toEqual({ individual: 3663, entity: 1010, vessel: 15 });
    expect(ofsi.every((e) => /^UK-OFSI-\d+$/.test(e.entryId) && e.list === 'UK-OFSI')).toBe(true);
  });

  test('reads the publication date from cell B1 ("Last Updated")', () => {
    expect(publishedAt).toBe('2025-04-14');
  });

  test('about 2,000 subjects carry Cyrillic names, as original-script names', () => {
    expect(ofsi.filter(hasCyrillicName)).toHaveLength(2051);
  });

  test('ABAKAROV (group 14241): names in given-names-then-surname order, Cyrillic name, DOB, nationality, regime, FCDO reference', () => {
    // Act
    const abakarov = entry(ofsi, 'UK-OFSI-14241');

    // Assess
    expect(abakarov.names).toEqual([
      { value: 'Khizri Magomedovich ABAKAROV', strength: 'primary', kind: 'primary', script: 'latin' },
      { value: 'Хизри Магомедович Абакаров', strength: 'strong', kind: 'original-script', script: 'cyrillic' },
    ]);
    expect(abakarov).toMatchObject({
      type: 'individual',
      programs: ['Russia'],
      birthDates: ['1960-06-28'],
      nationalities: ['RU'],
      listedOn: '2022-03-11',
      sameAs: ['UK-FCDO-RUS0296'],
      addresses: [{ text: '1 Okhotny Ryad str, 103265, Russia', country: 'RU' }],
    });
  });

  test('GUCHAEV (group 13302): low-quality aliases stay weak in both scripts; passport numbers with the country their details name', () => {
    // Act
    const guchaev = entry(ofsi, 'UK-OFSI-13302');

    // Assess
    expect(guchaev.names[0]).toMatchObject({ value: 'ZAURBEK SALIMOVICH GUCHAEV', kind: 'primary' });
    expect(guchaev.names).toEqual(
      expect.arrayContaining([
        { value: 'Заурбек Салимович Гучаев', strength: 'strong', kind: 'original-script', script: 'cyrillic' },
        { value: 'Абул Азиз', strength: 'weak', kind: 'original-script', script: 'cyrillic' },
        { value: 'ABDUL AZIZ', strength: 'weak', kind: 'aka', script: 'latin' },
      ]),
    );
    expect(guchaev.identifiers).toEqual([
      { scheme: 'PASSPORT', value: '622641887', country: 'RU', label: 'Russian foreign travel passport number' },
      { scheme: 'PASSPORT', value: '8304661431', country: 'RU', label: 'Russian Federation national passport' },
    ]);
    expect(guchaev.sameAs).toEqual(['UK-FCDO-AQD0343', 'UN-QDi.367']);
    expect(guchaev.countries).toEqual(expect.arrayContaining(['RU', 'IQ', 'SY']));
  });

  test('a subject with only "Primary name variation" rows takes the first one as its primary name (group 16601)', () => {
    // Act
    const institute = entry(ofsi, 'UK-OFSI-16601');

    // Assess
    expect(institute.names[0]).toMatchObject({ value: '33RD SCIENTIFIC RESEARCH AND TESTING INSTITUTE', strength: 'primary', kind: 'primary' });
    expect(ofsi.every((e) => e.names[0]?.strength === 'primary')).toBe(true);
  });

  test('regimes become programs (Russia 2,181 subjects) and Russian business registration numbers are read', () => {
    // Act
    const russia = ofsi.filter((e) => e.programs.includes('Russia'));
    const schemes = countBy(ofsi.flatMap((e) => e.identifiers), (i) => i.scheme);

    // Assess
    expect(russia).toHaveLength(2181);
    expect(schemes['RU-INN']).toBeGreaterThan(50);
    expect(schemes['RU-OGRN']).toBeGreaterThan(20);
  });

  test('Kazakh partnerships: BINs read from "(Business Reg No)", Cyrillic and Kazakh names as original script', () => {
    // Act
    const kazakh = ofsi.filter((e) => e.addresses.some((a) => a.country === 'KZ'));
    const kazstanex = entry(ofsi, 'UK-OFSI-16678');

    // Assess
    expect(kazakh).toHaveLength(7);
    expect(kazakh.filter((e) => e.identifiers.some((i) => i.scheme === 'KZ-BIN'))).toHaveLength(5);
    expect(kazstanex.identifiers).toEqual([{ scheme: 'KZ-BIN', value: '110340017087', country: 'KZ', label: 'BIN' }]);
    expect(namesOf(kazstanex, 'original-script')).toEqual(['TOO КАЗСТАНЭКС']);
    expect(namesOf(entry(ofsi, 'UK-OFSI-16638'), 'original-script')).toContain('"ТАУКЗ" ЖАУАПКЕРШІЛІГІ ШЕКТЕУЛІ СЕРІКТЕСТІГІ');
  });
});

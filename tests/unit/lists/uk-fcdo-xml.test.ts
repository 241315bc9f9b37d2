import { fcdoPublishedAt, parseUkFcdoXml } from '../../../lambdas/domain/lists/parse-uk-fcdo-xml';
import { entry, fixture } from './list-files';
import { readListFiles } from '../../../lambdas/adapters/list-parsers';
import { LIST_REGISTRY } from '../../../lambdas/domain/lists/list-registry';

// Hand-written fixture in the layout of the FCDO UK Sanctions List XML (no snapshot could be obtained).
const xml = fixture('uk-fcdo.xml');
const fcdo = parseUkFcdoXml(xml);

describe('parseUkFcdoXml', () => {
  test('one entity per Designation, id UK-FCDO-<UniqueID>, type from IndividualEntityShip', () => {
    expect(fcdo.map((e) => [e.entryId, e.type])).toEqual([
      ['UK-FCDO-RUS0296', 'individual'],
      ['UK-FCDO-AQD0343', 'individual'],
      ['UK-FCDO-RUS9901', 'entity'],
      ['UK-FCDO-RUS9902', 'vessel'],
    ]);
  });

  test('reads the publication date from DateGenerated', () => {
    expect(fcdoPublishedAt(xml)).toBe('2026-02-26');
  });

  test('names: Name1…Name6 in reading order, non-Latin names as original script, regime, OFSI group as sameAs', () => {
    // Act
    const abakarov = entry(fcdo, 'UK-FCDO-RUS0296');

    // Assess
    expect(abakarov.names).toEqual([
      { value: 'Khizri Magomedovich ABAKAROV', strength: 'primary', kind: 'primary', script: 'latin' },
      { value: 'Хизри Магомедович Абакаров', strength: 'strong', kind: 'original-script', script: 'cyrillic' },
    ]);
    expect(abakarov).toMatchObject({
      programs: ['Russia'],
      birthDates: ['1960-06-28'],
      nationalities: ['RU'],
      listedOn: '2022-03-11',
      sameAs: ['UK-OFSI-14241'],
      addresses: [{ text: '1 Okhotny Ryad str, Moscow, 103265, Russia', country: 'RU' }],
    });
  });

  test('alias strength, passport and national identifier details, UN reference', () => {
    // Act
    const guchaev = entry(fcdo, 'UK-FCDO-AQD0343');

    // Assess
    expect(guchaev.names.find((n) => n.value === 'ABDUL AZIZ')).toMatchObject({ strength: 'weak', kind: 'aka' });
    expect(guchaev.identifiers).toEqual([
      { scheme: 'PASSPORT', value: '622641887', country: 'RU', label: 'Russian foreign travel passport number' },
      { scheme: 'PASSPORT', value: '8304661431', country: 'RU', label: 'Russian Federation national passport' },
    ]);
    expect(guchaev.sameAs).toEqual(['UK-OFSI-13302', 'UN-QDi.367']);
    expect(guchaev.countries).toEqual(['IQ', 'SY', 'RU']);
  });

  test('an entity: labelled business registration number becomes a KZ-BIN; a ship: IMO number and flag', () => {
    expect(entry(fcdo, 'UK-FCDO-RUS9901').identifiers).toEqual([{ scheme: 'KZ-BIN', value: '210340012345', country: 'KZ', label: 'BIN' }]);
    expect(entry(fcdo, 'UK-FCDO-RUS9902')).toMatchObject({ countries: ['CM'], identifiers: [{ scheme: 'IMO', value: '9999990', label: 'IMO number' }] });
  });
});

describe('readListFiles (the list updater reads each download once)', () => {
  test('entries and the stated publication date of a list, by its registry entry', async () => {
    // Act
    const read = await readListFiles('UK-FCDO', { 'UK-Sanctions-List.xml': xml });

    // Assess
    expect(read.publishedAt).toBe('2026-02-26');
    expect(read.entities).toEqual(await parseUkFcdoXml(xml));
  });

  test('the OFSI workbook, whose date and entries come from one costly parse, reads both in one pass', () => {
    expect(LIST_REGISTRY['UK-OFSI'].formats[0].read).toBeInstanceOf(Function);
  });
});

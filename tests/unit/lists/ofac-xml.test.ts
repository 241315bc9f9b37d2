import { ofacAdvancedPublishedAt, parseOfacAdvancedXml } from '../../../lambdas/domain/lists/parse-ofac-advanced-xml';
import { ofacXmlPublishedAt, parseOfacXml } from '../../../lambdas/domain/lists/parse-ofac-xml';
import { entry, fixture, namesOf } from './list-files';

describe('parseOfacXml (classic sdn.xml)', () => {
  const entities = parseOfacXml(fixture('ofac-sdn.xml'));

  test('reads each sdnEntry with the ids the CSV files use', () => {
    expect(entities.map((e) => [e.entryId, e.type])).toEqual([
      ['SDN-39164', 'entity'],
      ['SDN-21164', 'individual'],
      ['SDN-34940', 'vessel'],
      ['SDN-36427', 'entity'],
    ]);
    expect(ofacXmlPublishedAt(fixture('ofac-sdn.xml'))).toBe('2024-05-03');
  });

  test('structured ids become schemes with ISO countries; non-identifier id types are skipped', () => {
    // Act
    const krokus = entry(entities, 'SDN-39164');

    // Assess
    expect(krokus.identifiers).toEqual([
      { scheme: 'RU-INN', value: '7710889933', country: 'RU', label: 'Tax ID No.' },
      { scheme: 'RU-OGRN', value: '1117746411529', country: 'RU', label: 'Registration Number' },
    ]);
    expect(krokus.addresses).toEqual([{ text: '42k5 Volgogradsky Ave, Moscow 109316, Russia', country: 'RU' }]);
    expect(entry(entities, 'SDN-36427').identifiers).toEqual([{ scheme: 'KZ-BIN', value: '110140012405', country: 'KZ', label: 'Registration Number' }]);
  });

  test('an individual: "LAST, First" name, weak alias kept weak, DOB, nationality, passport', () => {
    // Act
    const kovalchuk = entry(entities, 'SDN-21164');

    // Assess
    expect(kovalchuk.names).toEqual([
      { value: 'KOVALCHUK, Kirill Mikhailovich', strength: 'primary', kind: 'primary', script: 'latin' },
      { value: 'KOVALCHUK, Kirill', strength: 'weak', kind: 'aka', script: 'latin' },
    ]);
    expect(kovalchuk).toMatchObject({ birthDates: ['1968-12-22'], nationalities: ['RU'], programs: ['UKRAINE-EO13661', 'RUSSIA-EO14024'] });
    expect(kovalchuk.identifiers.map((i) => i.scheme)).toEqual(['PASSPORT', 'RU-INN']);
  });

  test('a vessel: IMO number from "IMO 9220639" and the flag as a country', () => {
    expect(entry(entities, 'SDN-34940')).toMatchObject({ countries: ['RU'], identifiers: [{ scheme: 'IMO', value: '9220639' }] });
  });
});

describe('parseOfacAdvancedXml (sdn_advanced.xml)', () => {
  const entities = parseOfacAdvancedXml(fixture('ofac-sdn-advanced.xml'));

  test('resolves party types through the reference value sets', () => {
    expect(entities.map((e) => [e.entryId, e.type])).toEqual([
      ['SDN-39164', 'entity'],
      ['SDN-21164', 'individual'],
      ['SDN-34940', 'vessel'],
    ]);
    expect(ofacAdvancedPublishedAt(fixture('ofac-sdn-advanced.xml'))).toBe('2024-05-03');
  });

  test('names: primary, Cyrillic documented name as original script, A.K.A. alias', () => {
    // Act
    const krokus = entry(entities, 'SDN-39164');

    // Assess
    expect(krokus.names).toEqual([
      { value: 'LIMITED LIABILITY COMPANY KROKUS NANOELEKTRONIKA', strength: 'primary', kind: 'primary', script: 'latin' },
      { value: 'ООО «Крокус Наноэлектроника»', strength: 'strong', kind: 'original-script', script: 'cyrillic' },
      { value: 'CROCUS NANOELECTRONICS', strength: 'strong', kind: 'aka', script: 'latin' },
    ]);
  });

  test('documents, locations and sanctions entries are joined to the party by id', () => {
    // Act
    const krokus = entry(entities, 'SDN-39164');

    // Assess
    expect(krokus.identifiers).toEqual([
      { scheme: 'RU-INN', value: '7710889933', country: 'RU', label: 'Tax ID No.' },
      { scheme: 'RU-OGRN', value: '1117746411529', country: 'RU', label: 'Registration Number' },
    ]);
    expect(krokus.addresses).toEqual([{ text: '42k5 Volgogradsky Ave, Moscow, 109316, Russia', country: 'RU' }]);
    expect(krokus).toMatchObject({ programs: ['RUSSIA-EO14024'], listedOn: '2022-05-08' });
  });

  test('an individual: name parts ordered "LAST, First Patronymic", low-quality alias weak, birthdate and nationality features', () => {
    // Act
    const kovalchuk = entry(entities, 'SDN-21164');

    // Assess
    expect(namesOf(kovalchuk)).toEqual(['KOVALCHUK, Kirill Mikhailovich', 'KOVALCHUK, Kirill']);
    expect(kovalchuk.names[1].strength).toBe('weak');
    expect(kovalchuk).toMatchObject({ birthDates: ['1968-12-22'], nationalities: ['RU'], programs: ['UKRAINE-EO13661', 'RUSSIA-EO14024'] });
    expect(kovalchuk.identifiers).toEqual([{ scheme: 'PASSPORT', value: '643267034', country: 'RU', label: 'Passport' }]);
  });

  test('a vessel: IMO document and flag feature', () => {
    expect(entry(entities, 'SDN-34940')).toMatchObject({ countries: ['RU'], identifiers: [{ scheme: 'IMO', value: '9220639' }], listedOn: '2022-02-24' });
  });
});

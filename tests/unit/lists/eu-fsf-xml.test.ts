import { euPublishedAt, parseEuFsfXml } from '../../../lambdas/domain/lists/parse-eu-fsf-xml';
import { entry, fixture } from './list-files';

// Hand-written fixture in the FSF 1.1 layout (no EU snapshot could be obtained).
const xml = fixture('eu-fsf.xml');
const eu = parseEuFsfXml(xml);

describe('parseEuFsfXml', () => {
  test('one entity per sanctionEntity, id EU-<logicalId>, type from subjectType', () => {
    expect(eu.map((e) => [e.entryId, e.type, e.list])).toEqual([
      ['EU-139093', 'individual', 'EU-FSF'],
      ['EU-27911', 'individual', 'EU-FSF'],
      ['EU-990001', 'entity', 'EU-FSF'],
    ]);
  });

  test('reads the publication date from generationDate', () => {
    expect(euPublishedAt(xml)).toBe('2026-02-27');
  });

  test('a person: first nameAlias primary, the Russian spelling as Cyrillic original script, citizenship, birth date, programme', () => {
    // Act
    const lavrov = entry(eu, 'EU-139093');

    // Assess
    expect(lavrov.names).toEqual([
      { value: 'Sergei Viktorovich LAVROV', strength: 'primary', kind: 'primary', script: 'latin' },
      { value: 'Сергей Викторович ЛАВРОВ', strength: 'strong', kind: 'original-script', script: 'cyrillic' },
    ]);
    expect(lavrov).toMatchObject({ nationalities: ['RU'], birthDates: ['1950-03-21'], programs: ['UKR'], listedOn: '2022-02-25' });
  });

  test('a UN listing carried by the EU: UN reference as sameAs, "00" country code ignored, year-only birth date', () => {
    // Act
    const badege = entry(eu, 'EU-27911');

    // Assess
    expect(badege).toMatchObject({ sameAs: ['UN-CDi.001'], birthDates: ['1971'], nationalities: ['CD'], programs: ['COD'] });
    expect(badege.addresses).toEqual([{ text: 'RWANDA', country: 'RW' }]);
  });

  test('an enterprise: weak alias (strong="false"), BIN and INN refined by their issuing countries', () => {
    // Act
    const partnership = entry(eu, 'EU-990001');

    // Assess
    expect(partnership.names.map((n) => [n.value, n.strength, n.kind])).toEqual([
      ['Limited Liability Partnership Steppe Test Machinery', 'primary', 'primary'],
      ['ТОО «Степь Тест Машинери»', 'strong', 'original-script'],
      ['STM', 'weak', 'aka'],
    ]);
    expect(partnership.identifiers).toEqual([
      { scheme: 'KZ-BIN', value: '210340012345', country: 'KZ', label: 'Business Identification Number (BIN)' },
      { scheme: 'RU-INN', value: '7700123456', country: 'RU', label: 'Tax Identification Number (INN)' },
    ]);
    expect(partnership.addresses).toEqual([{ text: 'Al-Farabi Avenue 1, 050000 Almaty, KAZAKHSTAN', country: 'KZ' }]);
  });
});

import { parseUnXml, unPublishedAt } from '../../../lambdas/domain/lists/parse-un-xml';
import { countBy, entry, namesOf, snapshot } from './list-files';

// The real UN Security Council Consolidated List shipped in data/lists (dateGenerated 2026-02-27).
const xml = snapshot('un-sc/UN_consolidated.xml');
const un = parseUnXml(xml);

describe('parseUnXml on the UN snapshot', () => {
  test('reads 1,003 entries: 730 individuals and 273 entities, keyed by reference number', () => {
    expect(un).toHaveLength(1003);
    expect(countBy(un, (e) => e.type)).toEqual({ individual: 730, entity: 273 });
    expect(new Set(un.map((e) => e.entryId)).size).toBe(1003);
    expect(un.every((e) => /^UN-[A-Z]{2}[ie]\.\d{3}$/.test(e.entryId) && e.list === 'UN-SC')).toBe(true);
  });

  test('reads the publication date from dateGenerated', () => {
    expect(unPublishedAt(xml)).toBe('2026-02-27');
  });

  test('list types become programs (Al-Qaida 341, DPRK 155, Taliban 140)', () => {
    expect(countBy(un.flatMap((e) => e.programs), (p) => p)).toMatchObject({ 'Al-Qaida': 341, DPRK: 155, Taliban: 140, Iran: 121, Iraq: 75 });
  });

  test('GUCHAEV (UN-QDi.367): Cyrillic original-script name, low-quality aliases weak, documents, nationality, listing date', () => {
    // Act
    const guchaev = entry(un, 'UN-QDi.367');

    // Assess
    expect(guchaev.names[0]).toEqual({ value: 'ZAURBEK SALIMOVICH GUCHAEV', strength: 'primary', kind: 'primary', script: 'latin' });
    expect(guchaev.names).toContainEqual({ value: 'Заурбек Салимович Гучаев', strength: 'strong', kind: 'original-script', script: 'cyrillic' });
    expect(guchaev.names.filter((n) => n.kind === 'aka').every((n) => n.strength === 'weak')).toBe(true);
    expect(namesOf(guchaev, 'aka')).toContain('Abdul Aziz');
    expect(guchaev.identifiers).toEqual([
      { scheme: 'PASSPORT', value: '622641887', country: 'RU', label: 'Passport' },
      { scheme: 'NATIONAL-ID', value: '8304661431', country: 'RU', label: 'National Identification Number' },
    ]);
    expect(guchaev).toMatchObject({ nationalities: ['RU'], birthDates: ['1975-09-07'], listedOn: '2015-10-02', programs: ['Al-Qaida'] });
  });

  test('Arabic original-script names are detected as such (UN-IQi.001)', () => {
    expect(entry(un, 'UN-IQi.001').names).toContainEqual({ value: 'صدام حسين التكريتي', strength: 'strong', kind: 'original-script', script: 'arabic' });
  });

  test('original-script names: every NAME_ORIGINAL_SCRIPT entry has one; Cyrillic ones on 11 of them plus UN-QDi.398 (aliases)', () => {
    // Act
    const withOriginal = un.filter((e) => e.names.some((n) => n.kind === 'original-script'));
    const cyrillic = un.filter((e) => e.names.some((n) => n.kind === 'original-script' && n.script === 'cyrillic'));

    // Assess
    expect(withOriginal.length).toBeGreaterThanOrEqual(378);
    expect(cyrillic).toHaveLength(12);
    // "Abu Muhammad (original script: Абу Мухаммад)", a low-quality alias: both renderings, both weak.
    expect(entry(un, 'UN-QDi.398').names).toEqual(
      expect.arrayContaining([
        { value: 'Abu Muhammad', strength: 'weak', kind: 'aka', script: 'latin' },
        { value: 'Абу Мухаммад', strength: 'weak', kind: 'original-script', script: 'cyrillic' },
      ]),
    );
  });

  test('an alias written "Latin (Arabic)" yields both renderings (UN-QDi.279)', () => {
    // Act
    const names = namesOf(entry(un, 'UN-QDi.279'));

    // Assess
    expect(names).toEqual(expect.arrayContaining(['Abdelali Abou Dher', 'عبد العالي ابو ذر']));
  });

  test('entity aliases: a.k.a. strong, f.k.a. as former names (UN-CDe.001)', () => {
    // Act
    const adf = entry(un, 'UN-CDe.001');

    // Assess
    expect(adf.names.map((n) => [n.value, n.kind])).toEqual([
      ['ADF', 'primary'],
      ['Allied Democratic Forces', 'aka'],
      ['Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda', 'fka'],
      ['ADF/NALU', 'fka'],
      ['NALU', 'fka'],
    ]);
    expect(adf.addresses).toEqual([{ text: 'North Kivu, Democratic Republic of the Congo', country: 'CD' }]);
  });

  test('birth dates: exact, approximate and between', () => {
    expect(entry(un, 'UN-CDi.014').birthDates).toEqual(['1962-03-17', '1966~']);
    expect(entry(un, 'UN-CDi.030').birthDates).toEqual(['1973/1974']);
  });

  test('a document number written in prose keeps only the number (UN-QDi.367 passport)', () => {
    expect(entry(un, 'UN-QDi.367').identifiers[0].value).toBe('622641887');
  });
});

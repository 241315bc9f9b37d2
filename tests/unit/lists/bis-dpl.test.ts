import { dplEntryId, dplNames, parseBisDpl, readDplRows } from '../../../lambdas/domain/lists/parse-bis-dpl';
import { countBy, snapshot } from './list-files';

// The real BIS Denied Persons List shipped in data/lists (2022).
const text = snapshot('bis-dpl/dpl.txt');
const rows = readDplRows(text);
const dpl = parseBisDpl(text);
const byName = (name: string) => dpl.filter((e) => e.names[0].value === name);

describe('parseBisDpl on the BIS snapshot', () => {
  test('reads 581 rows into 579 denials: two rows appear twice verbatim', () => {
    expect(rows).toHaveLength(581);
    expect(dpl).toHaveLength(579);
    expect(byName('DAQING ZHOU')).toHaveLength(1);
  });

  test('entry ids are BIS-DPL-<12 hex> hashes of name, address and effective date, unique and stable', () => {
    // Act
    const again = parseBisDpl(text).map((e) => e.entryId);

    // Assess
    expect(dpl.every((e) => /^BIS-DPL-[0-9a-f]{12}$/.test(e.entryId))).toBe(true);
    expect(new Set(again).size).toBe(579);
    expect(again).toEqual(dpl.map((e) => e.entryId));
  });

  test('the same person at two addresses is two denials; a changed address changes the id', () => {
    // Prepare
    const row = rows.find((r) => r.Name === 'AARON ABRAHAM VILLA')!;

    // Act
    const moved = dplEntryId({ ...row, Street_Address: '1 OTHER STREET' });

    // Assess
    expect(byName('ABDULAH AL NASSER')).toHaveLength(2);
    expect(moved).not.toBe(dplEntryId(row));
    expect(dplEntryId({ ...row })).toBe(dplEntryId(row));
  });

  test('a denial: address with ISO country, effective and expiration dates, Federal Register citation', () => {
    // Act
    const [elecmat] = byName('ELECMAT, INC.');

    // Assess
    expect(elecmat).toMatchObject({
      list: 'BIS-DPL',
      type: 'entity',
      programs: ['DPL'],
      countries: ['US'],
      addresses: [{ text: '390 UTAH STREET, SAN FRANCISCO CA 94103, US', country: 'US' }],
      listedOn: '2009-01-26',
      expiresOn: '2029-01-26',
      remarks: 'FR NOTICE UPDATED: 74 F.R. 5812 2/2/09',
    });
  });

  test('countries: ISO codes as given, "PRC" read as CN, blanks left empty', () => {
    // Act
    const countries = countBy(dpl.flatMap((e) => e.addresses.map((a) => a.country ?? '')), (c) => c);

    // Assess: rows say US 162 and CN 10 + PRC 2; one duplicated row each is merged.
    expect(countries).toMatchObject({ US: 161, AE: 21, GB: 18, IR: 16, CN: 11, RU: 7 });
    expect(dpl.filter((e) => e.addresses.some((a) => a.text.endsWith(', PRC')))).toHaveLength(2);
  });

  test('aliases written into the name ("A/K/A", "(A.K.A. …)") become aliases', () => {
    expect(dplNames('FUYI SUN A/K/A FRANK SUN')).toEqual({ primary: 'FUYI SUN', aliases: ['FRANK SUN'] });
    expect(dplNames('PEARL (A.K.A. NEI-CHIEN CHU) LI')).toEqual({ primary: 'PEARL LI', aliases: ['NEI-CHIEN CHU'] });
    expect(byName('FUYI SUN')[0].names.map((n) => [n.value, n.kind])).toEqual([['FUYI SUN', 'primary'], ['FRANK SUN', 'aka']]);
  });
});

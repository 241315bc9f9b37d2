import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListedEntity } from '../../../lambdas/domain/lists/listed-entity';
import { parseOfacCsv } from '../../../lambdas/domain/lists/parse-ofac-csv';
import { NameIndex } from '../../../lambdas/domain/screening/name-matching/name-index';

const entity = (over: Partial<ListedEntity> & Pick<ListedEntity, 'entryId' | 'names'>): ListedEntity => ({
  list: 'TEST', type: 'entity', programs: ['RUSSIA-EO14024'], countries: [], addresses: [], identifiers: [], ...over,
});

const ENTITIES: ListedEntity[] = [
  entity({
    entryId: 'T-1',
    names: [
      { value: 'LIMITED LIABILITY COMPANY KROKUS NANOELEKTRONIKA', strength: 'primary', kind: 'primary' },
      { value: 'KROKUS NANOELECTRONICS LLC', strength: 'strong', kind: 'aka' },
    ],
    countries: ['RU'],
    identifiers: [{ scheme: 'RU-INN', value: '7710889933', label: 'Tax ID No.', country: 'RU' }],
  }),
  entity({
    entryId: 'T-2',
    names: [
      { value: 'SBER VOSTOK LIMITED LIABILITY PARTNERSHIP', strength: 'primary', kind: 'primary' },
      { value: 'SBER EAST', strength: 'weak', kind: 'aka' },
    ],
    countries: ['KZ'],
  }),
  entity({ entryId: 'T-3', type: 'individual', names: [{ value: 'PUTIN, Vladimir Vladimirovich', strength: 'primary', kind: 'primary' }], countries: ['RU'] }),
  entity({ entryId: 'T-4', type: 'vessel', names: [{ value: 'NS LEADER', strength: 'primary', kind: 'primary' }], identifiers: [{ scheme: 'IMO', value: '9339301' }] }),
  entity({ entryId: 'T-5', names: [{ value: 'ALPHA TRADING COMPANY', strength: 'primary', kind: 'primary' }], countries: ['AE'] }),
];

describe('NameIndex over a small list', () => {
  const index = new NameIndex(ENTITIES);

  test('a Cyrillic query finds the Latin listing, with alignment, normalised forms and programs', () => {
    // Act
    const [hit, ...rest] = index.search({ name: 'ООО «Крокус Наноэлектроника»' });

    // Assess
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({
      entryId: 'T-1', list: 'TEST', programs: ['RUSSIA-EO14024'], decision: 'match', score: 1,
      queryNormalized: 'krokus nanoelektronika [LLC]', listedNormalized: 'krokus nanoelektronika [LLC]',
      matchedName: { value: 'LIMITED LIABILITY COMPANY KROKUS NANOELEKTRONIKA', strength: 'primary', kind: 'primary' },
    });
    expect(hit.alignment.map((a) => [a.query, a.listed])).toEqual([['krokus', 'krokus'], ['nanoelektronika', 'nanoelektronika']]);
    expect(hit.explanation).toContain('krokus↔krokus 1.00');
  });

  test('an exact identifier is a match whatever the name', () => {
    // Act
    const [hit] = index.search({ name: 'ООО «Новое Имя»', identifiers: [{ scheme: 'INN', value: '7710-889-933' }] });

    // Assess
    expect(hit.entryId).toBe('T-1');
    expect(hit.decision).toBe('match');
    expect(hit.score).toBe(1);
    expect(hit.nameScore).toBeLessThan(0.5);
    expect(hit.identifierEvidence).toEqual([{ scheme: 'RU-INN', value: '7710889933', outcome: 'exact', listed: ['RU-INN 7710889933'], checkDigitValid: true }]);
    expect(hit.explanation).toContain('a match whatever the name');
  });

  test('a vessel found by IMO number under another name (the watchman "Sea Transporter" case)', () => {
    expect(index.search({ name: 'Sea Transporter', identifiers: [{ scheme: 'IMO', value: 'IMO 9339301' }] })[0]).toMatchObject({ entryId: 'T-4', score: 1 });
  });

  test('a contradicting identifier of the same scheme lowers a name match', () => {
    // Act
    const plain = index.search({ name: 'Krokus Nanoelektronika LLC' })[0];
    const contradicted = index.search({ name: 'Krokus Nanoelektronika LLC', identifiers: [{ scheme: 'RU-INN', value: '7700000000' }] })[0];

    // Assess
    expect(contradicted.score).toBeLessThan(plain.score);
    expect(contradicted.identifierEvidence[0]).toMatchObject({ outcome: 'contradicts', listed: ['RU-INN 7710889933'] });
    expect(contradicted.explanation).toContain('identifier contradicts');
  });

  test('a country contradiction lowers the score; an agreeing country does not', () => {
    // Act
    const agreeing = index.search({ name: 'ТОО «Сбер Восток»', country: 'Казахстан' })[0];
    const contradicting = index.search({ name: 'ТОО «Сбер Восток»', country: 'UZ' })[0];

    // Assess
    expect(agreeing.countryEvidence).toEqual({ query: 'KZ', listed: ['KZ'], outcome: 'consistent' });
    expect(contradicting.countryEvidence.outcome).toBe('contradicts');
    expect(contradicting.score).toBeLessThan(agreeing.score);
  });

  test('a weak alias counts less than a strong name', () => {
    // Act
    const [hit] = index.search({ name: 'Sber East' });

    // Assess
    expect(hit.matchedName.strength).toBe('weak');
    expect(hit.score).toBeCloseTo(0.9, 5);
    expect(hit.explanation).toContain('weak alias');
  });

  test('a query sharing nothing with the list returns nothing', () => {
    expect(index.search({ name: 'Изумрудный Вал' })).toEqual([]);
  });

  test('a person query against a company listing is lowered by the type mismatch', () => {
    const [asEntity] = index.search({ name: 'Alpha Trading Company' });
    const [asPerson] = index.search({ name: 'Alpha Trading Company', type: 'individual' }, { minScore: 0 });
    expect(asPerson.score).toBeLessThan(asEntity.score);
  });

  test('limit and minScore are honoured', () => {
    expect(index.search({ name: 'Krokus' }, { limit: 1, minScore: 0 })).toHaveLength(1);
    expect(index.search({ name: 'Krokus Holding' }, { minScore: 0.99 })).toEqual([]);
  });
});

describe('NameIndex over the repository OFAC SDN snapshot', () => {
  const dir = join(__dirname, '..', '..', '..', 'data', 'lists', 'ofac-sdn');
  const read = (f: string) => readFileSync(join(dir, f), 'utf-8');
  const index = new NameIndex(parseOfacCsv({ main: read('sdn.csv'), alt: read('alt.csv'), add: read('add.csv') }));

  test('«Владимир Путин» finds PUTIN, Vladimir (OFAC\'s own tool returns nothing)', () => {
    expect(index.search({ name: 'Владимир Путин' })[0]).toMatchObject({ entryId: 'SDN-35096', decision: 'match' });
  });

  test('«ООО "Крокус Наноэлектроника"» finds SDN-39164 and an AG of the same words does not match it', () => {
    expect(index.search({ name: 'ООО "Крокус Наноэлектроника"' })[0]).toMatchObject({ entryId: 'SDN-39164', decision: 'match' });
    expect(index.search({ name: 'Krokus Nanoelektronika AG' }).filter((h) => h.decision === 'match')).toEqual([]);
  });
});

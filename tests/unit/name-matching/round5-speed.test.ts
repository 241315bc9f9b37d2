/**
 * Round 5 (speed only, no scoring change): scoreAnalysed computes the score first and builds the
 * alignment, unmatched words and explanation on first read; NameIndex keeps its candidate scratch between
 * queries. These tests pin the public shape of a score; score-snapshot.test.ts pins the numbers.
 */
import { NameIndex } from '../../../lambdas/domain/screening/name-matching/name-index';
import { scoreNames } from '../../../lambdas/domain/screening/name-matching/score-names';
import type { ListedEntity } from '../../../lambdas/domain/lists/listed-entity';

describe('a name score built lazily reads like the eager one', () => {
  test('alignment, unmatched words, legal forms and explanation are all there (OFAC SDN: MOBARAKEH STEEL COMPANY)', () => {
    // Act
    const s = scoreNames("ESFAHAN'S MOBARAKEH STEEL COMPANY PJSC", 'MOBARAKEH STEEL COMPANY', { type: 'entity' });

    // Assert
    expect(s.alignment.map((a) => `${a.query}↔${a.listed}`)).toEqual(['mobarakeh↔mobarakeh', 'steel↔steel', 'company↔company']);
    expect(s.alignment[0]).toEqual({ query: 'mobarakeh', listed: 'mobarakeh', similarity: 1, queryTokens: [1], listedTokens: [0] });
    expect(s.unmatchedQuery).toEqual(['esfahan']); // round 6: the possessive 's is dropped
    expect(s.unmatchedListed).toEqual([]);
    expect(s.legalForm.verdict).toBe('one-side');
    expect(s.explanation).toContain('unmatched query words: esfahan;');
    expect(s.explanation).toBe(s.explanation);
  });

  test('JSON carries every field, as before', () => {
    // Act
    const json = JSON.parse(JSON.stringify(scoreNames('PUTIN, Vladimir Vladimirovich', 'Владимир Владимирович Путин', { type: 'individual' })));

    // Assert
    expect(Object.keys(json).sort()).toEqual(['alignment', 'explanation', 'legalForm', 'listedNormalized', 'match', 'queryNormalized', 'score', 'unmatchedListed', 'unmatchedQuery']);
    expect(json.match).toBe(true);
    expect(json.alignment).toHaveLength(3);
  });
});

describe('NameIndex candidate scratch is reset between queries', () => {
  const entity = (entryId: string, value: string): ListedEntity => ({
    entryId, list: 'TEST', type: 'entity', programs: [], countries: [], addresses: [], identifiers: [], names: [{ value, strength: 'primary', kind: 'primary' }],
  });
  // Thirty companies sharing "SHIPPING COMPANY" (as IRISL's fronts do), one of them the one asked for.
  const entities = [
    ...Array.from({ length: 30 }, (_, i) => entity(`S-${i}`, `${['HAFIZ', 'SAFIR', 'KASRA', 'ARTAVAND', 'BRIGHT'][i % 5]} ${['DARYA', 'SEA', 'OCEAN', 'WAVE', 'STAR', 'LINE'][Math.floor(i / 5)]} SHIPPING COMPANY`)),
    entity('IRISL', 'ISLAMIC REPUBLIC OF IRAN SHIPPING LINES'),
  ];
  const index = new NameIndex(entities);

  test('the same query gives the same hits, whatever ran before it', () => {
    // Arrange
    const first = index.search({ name: 'HAFIZ DARYA SHIPPING COMPANY' });

    // Act
    index.search({ name: 'SHIPPING COMPANY' });
    index.search({ name: 'ISLAMIC REPUBLIC OF IRAN SHIPPING LINES' });
    const again = index.search({ name: 'HAFIZ DARYA SHIPPING COMPANY' });

    // Assert
    expect(first[0].entryId).toBe('S-0');
    expect(again.map((h) => [h.entryId, h.score])).toEqual(first.map((h) => [h.entryId, h.score]));
  });
});

import { FRESH_PAIRS_PATH, loadAliasRelations, loadPairs, nameable } from '../../../bench/screen/pairs';

// The labels that say which alias pairs a name can link (bench/screen/README.md "Round 11"). They change what the
// benchmark's "nameable" figure counts, so their shape is checked here.
describe('alias relations (which alias pairs a name can link)', () => {
  const relations = loadAliasRelations();
  // Round 11 labelled the alias renames of both sets; round 13 the alias variants of the fresh set.
  const labelled = [
    ...[...loadPairs(), ...loadPairs(FRESH_PAIRS_PATH)].filter((p) => p.category === 'ofac-alias-rename'),
    ...loadPairs(FRESH_PAIRS_PATH).filter((p) => p.category === 'ofac-alias-variant'),
  ];

  it('labels every alias-rename pair of both sets and every alias-variant pair of the fresh set, and nothing else', () => {
    expect(new Set(relations.keys())).toEqual(new Set(labelled.map((p) => p.id)));
    for (const p of labelled) expect(relations.get(p.id)).toMatchObject({ a: p.a, b: p.b });
  });

  it('calls a pair unrelated only when both labellers did', () => {
    for (const r of relations.values()) {
      expect(r.labellers).toHaveLength(2);
      const both = r.labellers.every((l) => l.relation === 'unrelated');
      expect(r.relation).toBe(both ? 'unrelated' : 'linked');
    }
  });

  it('keeps every other pair nameable, and drops only the unrelated aliases', () => {
    const canName = nameable(relations);
    const all = [...loadPairs(), ...loadPairs(FRESH_PAIRS_PATH)];
    const dropped = all.filter((p) => !canName(p));
    expect(dropped.length).toBe([...relations.values()].filter((r) => r.relation === 'unrelated').length);
    expect(dropped.every((p) => p.label === 'match' && (p.category === 'ofac-alias-rename' || p.category === 'ofac-alias-variant'))).toBe(true);
    expect(dropped.length).toBeGreaterThan(0);
  });
});

import { analyseName } from '../../../lambdas/domain/screening/name-matching/analyse-name';
import { foldText } from '../../../lambdas/domain/screening/name-matching/fold-text';
import { phoneticKey } from '../../../lambdas/domain/screening/name-matching/phonetic-key';
import { scoreNames } from '../../../lambdas/domain/screening/name-matching/score-names';
import { transliterate, TRANSLIT_SCHEMES } from '../../../lambdas/domain/screening/name-matching/transliterate';

describe('transliteration schemes', () => {
  test('each scheme romanises the letters it is known for', () => {
    // Prepare
    const name = 'Юрий Щукин Хацкевич';

    // Act
    const out = Object.fromEntries(TRANSLIT_SCHEMES.map((s) => [s, transliterate(name, s)]));

    // Assess
    expect(out['bgn-pcgn']).toBe('yuriy shchukin khatskevich');
    expect(out['icao-9303']).toBe('iurii shchukin khatskevich');
    expect(out['gost-7.79-b']).toBe('yurij shhukin xaczkevich');
    expect(out.informal).toBe('jurij schukin hackevich');
  });

  test('BGN/PCGN writes е as "ye" at the start of a word and after a vowel, as OFAC does', () => {
    expect(transliterate('Евгений Назарбаев', 'bgn-pcgn')).toBe('yevgeniy nazarbayev');
    expect(transliterate('Евгений Назарбаев', 'icao-9303')).toBe('evgenii nazarbaev');
  });

  test('the phonetic key is the same whichever scheme wrote the name', () => {
    // Prepare
    const spellings = [['Yevgeniy', 'Evgenii', 'Jevgenij', 'Evgeny'], ['Shchukin', 'Schukin', 'Shhukin'], ['Khatskevich', 'Hatskevich'], ['Mariya', 'Maria', 'Marija']];

    // Act
    const keys = spellings.map((group) => new Set(group.map((w) => phoneticKey(w.toLowerCase()))));

    // Assess
    for (const set of keys) expect(set.size).toBe(1);
  });

  test.each(TRANSLIT_SCHEMES)('a Cyrillic name and its %s romanisation are a match', (scheme) => {
    // Prepare
    const cyrillic = 'Алексей Юрьевич Щербаков';

    // Act
    const result = scoreNames(cyrillic, transliterate(cyrillic, scheme), { type: 'individual' });

    // Assess
    expect(result.match).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(0.9);
  });

  test('GOST x for х still meets kh through the alternate key', () => {
    expect(scoreNames('Xabarovsk Trans', 'KHABAROVSK TRANS').score).toBeGreaterThanOrEqual(0.95);
  });
});

describe('Kazakh letters', () => {
  test('Ә Ғ Қ Ң Ө Ұ Ү Һ І transliterate and meet the spellings Kazakh companies print', () => {
    // Prepare
    const pairs: Array<[string, string]> = [
      ['Қасым-Жомарт Тоқаев', 'Kassym-Jomart Tokayev'],
      ['Өскемен Металл', 'Oskemen Metall'],
      ['Жаңаөзен Газ', 'Zhanaozen Gas'],
      ['Әлем Трейд', 'Alem Trade'],
      ['Ұлытау Кен', 'Ulytau Ken'],
      ['Түркістан Мақта', 'Turkistan Makta'],
      ['Шығыс Һас', 'Shygys Has'],
    ];

    // Act
    const scores = pairs.map(([a, b]) => scoreNames(a, b).score);

    // Assess
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0.8);
    expect(transliterate('әғқңөұүһі')).toBe('aghqngouuhi');
  });

  test('Kazakh-Latin and informal spellings of the same Kazakh letters meet', () => {
    expect(scoreNames('Qazaq Astyq', 'Kazakh Astyk').match).toBe(true);
    expect(scoreNames('Aelem Traede', 'Alem Trade').match).toBe(true);
  });
});

describe('folding', () => {
  test('quotes, guillemets and punctuation are dropped, diacritics folded, sound-carrying carons expanded', () => {
    expect(foldText('ООО «Ромашка»')).toBe('ооо ромашка');
    expect(foldText('„Süd-Ost“ "Čerkasy", O\'Brien & Co.')).toBe('sud ost cherkasy obrien co');
  });

  test('a quoted Cyrillic company name reads as its core plus the legal form', () => {
    // Act
    const name = analyseName('ООО «Ромашка»');

    // Assess
    expect(name.tokens.map((t) => t.text)).toEqual(['romashka']);
    expect(name.legalForms).toEqual(['llc']);
    expect(name.normalized).toBe('romashka [LLC]');
  });
});

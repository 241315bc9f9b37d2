import { analyseName } from '../../../lambdas/domain/screening/name-matching/analyse-name';
import { compareLegalForms } from '../../../lambdas/domain/screening/name-matching/legal-forms';
import { scoreNames } from '../../../lambdas/domain/screening/name-matching/score-names';

describe('legal forms', () => {
  test.each([
    ['ООО «Ромашка»', 'llc'],
    ['OOO Romashka', 'llc'],
    ['Romashka LLC', 'llc'],
    ['Limited Liability Company Romashka', 'llc'],
    ['Obshchestvo s Ogranichennoy Otvetstvennostyu Romashka', 'llc'],
    ['ОсОО «Ромашка»', 'llc'],
    ['Romashka MChJ', 'llc'],
    ['ТОО «Ромашка»', 'llp'],
    ['«Ромашка» ЖШС', 'llp'],
    ['Romashka LLP', 'llp'],
    ['АО «Ромашка»', 'jsc'],
    ['Romashka JSC', 'jsc'],
    ['ПАО «Ромашка»', 'pjsc'],
    ['Публичное акционерное общество «Ромашка»', 'pjsc'],
    ['Непубличное акционерное общество «Ромашка»', 'jsc'],
    ['ЗАО «Ромашка»', 'cjsc'],
    ['ОАО «Ромашка»', 'ojsc'],
    ['ИП Ромашка', 'ip'],
    ['深圳市华为技术有限公司', 'ltd'],
    ['Shenzhen Huawei Technology Co., Ltd.', 'ltd'],
    ['Romashka GmbH', 'gmbh'],
    ['Romashka AG', 'ag'],
    ['Romashka FZE', 'fze'],
    ['Romashka FZCO', 'fzco'],
  ])('%s is recognised as %s and kept apart from the name', (name, code) => {
    // Act
    const analysed = analyseName(name);

    // Assess
    expect(analysed.legalForms).toContain(code);
    expect(analysed.tokens.map((t) => t.text).join(' ')).not.toMatch(/\b(ooo|llc|too|llp|ao|jsc|gmbh|ag|ltd|co|fze|fzco|mchj|osoo)\b/);
  });

  test('a misspelt long form is still recognised ("LIRNITED LIABILITY COMPANY")', () => {
    expect(analyseName('LIRNITED LIABILITY COMPANY NEW DECISIONS').legalForms).toEqual(['llc']);
  });

  test('a short form inside a name is part of the name, not a legal form', () => {
    // "AO" in the middle of a name is a word; at the edge it is a form.
    expect(analyseName('BANK AO KAPITAL TRADING').legalForms).toEqual([]);
    expect(analyseName('AO KAPITAL').legalForms).toEqual(['jsc']);
  });

  test('AG and GmbH of the same name are different companies: review at most, never a match', () => {
    // Act
    const result = scoreNames('Deutsche Bank AG', 'Deutsche Bank GmbH');

    // Assess
    expect(result.match).toBe(false);
    expect(result.legalForm.verdict).toBe('contradiction');
    expect(result.explanation).toContain('legal forms contradict (AG vs GmbH)');
  });

  test('the same company with its form written in Russian and English is a match', () => {
    // Act
    const result = scoreNames('ООО «Крокус Наноэлектроника»', 'LIMITED LIABILITY COMPANY KROKUS NANOELEKTRONIKA');

    // Assess
    expect(result.match).toBe(true);
    expect(result.score).toBe(1);
    expect(result.explanation).toContain('legal form agrees (LLC)');
  });

  test('OAO renamed PAO stays a match with a small within-family penalty', () => {
    // Act
    const result = scoreNames('ПАО «Калашников»', 'OJSC KALASHNIKOV');

    // Assess
    expect(result.legalForm.verdict).toBe('same-family');
    expect(result.score).toBeCloseTo(0.95, 2);
    expect(result.match).toBe(true);
  });

  test('a form printed on one side only is not held against the match', () => {
    expect(scoreNames('Krokus Nanoelektronika', 'KROKUS NANOELEKTRONIKA OOO').score).toBe(1);
  });

  test('forms both sides print are set aside before judging the rest', () => {
    expect(compareLegalForms(['ltd', 'ag'], ['ltd', 'gmbh'])).toBe('contradiction');
    expect(compareLegalForms(['llc'], ['llc', 'ltd'])).toBe('same');
    expect(compareLegalForms(['llc'], ['llp'])).toBe('same-family');
    expect(compareLegalForms([], ['llc'])).toBe('one-side');
  });
});

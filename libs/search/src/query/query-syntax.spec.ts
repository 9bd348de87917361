import { findQuerySyntaxProblem, MAX_QUERY_LENGTH } from './query-syntax';

describe('findQuerySyntaxProblem', () => {
  it.each([
    'вербовка',
    'вербовка Ташкент',
    '"долговая кабала" +Дубай -Турция',
    'recruit* | вербов*',
    '(Almaty | Алматы) +debt',
    'KZ-CC-128-3',
    'Ак-Тобе',
    'escaped \\" quote',
    'escaped \\( parenthesis',
    '𠀀*',
    '',
  ])('accepts %p', (query) => {
    expect(findQuerySyntaxProblem(query)).toBeNull();
  });

  it.each([
    ['"долговая кабала', 'has a quote at character 1 that is never closed'],
    ['a\\', 'has a "\\" at character 2 that escapes nothing: write \\\\ for a backslash'],
    ['a ) b', 'has a ")" at character 3 that closes nothing'],
    ['(a | b', 'has a "(" at character 1 that is never closed'],
    ['a () b', 'has empty parentheses at character 3'],
    ['a |', 'has "|" at character 3 with no word after it'],
    ['| a', 'starts with "|" at character 1: put a word on both sides of "|"'],
    ['a + ', 'has "+" at character 3 with no word after it'],
    ['a -', 'has "-" at character 3 with no word after it'],
    ['a +-b', 'has "+" at character 3 with no word after it'],
    ['a | | b', 'has "|" at character 3 with no word after it'],
    ['(a |) b', 'has "|" at character 4 with no word after it'],
    ['a * b', 'has "*" at character 3 with no word before it: write the start of a word, e.g. вербов*'],
    ['ʼ*', 'has "*" at character 2 with no word before it: write the start of a word, e.g. вербов*'],
    ['oʻ ʻ*', 'has "*" at character 5 with no word before it: write the start of a word, e.g. вербов*'],
  ])('refuses %p', (query, problem) => {
    expect(findQuerySyntaxProblem(query)).toBe(problem);
  });

  it('refuses a query longer than the limit, and accepts one at it', () => {
    expect(findQuerySyntaxProblem('a'.repeat(MAX_QUERY_LENGTH))).toBeNull();
    expect(findQuerySyntaxProblem('a'.repeat(MAX_QUERY_LENGTH + 1))).toBe('is at most 1000 characters long');
  });
});

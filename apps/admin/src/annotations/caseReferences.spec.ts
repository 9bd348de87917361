import { caseReferenceOf, splitCaseReferences } from './caseReferences';

describe('splitCaseReferences', () => {
  it('finds the case references typed in a comment', () => {
    expect(splitCaseReferences('Compare KZ-2019-ALM-0042 and UZ-2021-TAS-7, same recruiter.')).toEqual([
      { text: 'Compare ' },
      { reference: 'KZ-2019-ALM-0042' },
      { text: ' and ' },
      { reference: 'UZ-2021-TAS-7' },
      { text: ', same recruiter.' },
    ]);
  });

  it('finds a reference at the start, at the end and in parentheses or Russian text', () => {
    expect(splitCaseReferences('KZ-2019-ALM-0042')).toEqual([{ reference: 'KZ-2019-ALM-0042' }]);
    expect(splitCaseReferences('см. (KG-2020-BSK-15)')).toEqual([
      { text: 'см. (' },
      { reference: 'KG-2020-BSK-15' },
      { text: ')' },
    ]);
  });

  it('leaves alone what only looks like one: lower case, a longer token, too many digits', () => {
    for (const text of [
      'kz-2019-alm-0042',
      'KZ-2019-ALM-0042-B',
      'XKZ-2019-ALM-0042',
      'KZ-2019-ALM-1234567',
      'KZ-19-ALM-1',
    ]) {
      expect(splitCaseReferences(text)).toEqual([{ text }]);
    }
  });

  it('returns an empty comment as one empty piece', () => {
    expect(splitCaseReferences('')).toEqual([{ text: '' }]);
  });
});

describe('caseReferenceOf', () => {
  it('reads the reference back from a link made for it, and nothing else', () => {
    expect(caseReferenceOf('caseatlas-case:KZ-2019-ALM-0042')).toBe('KZ-2019-ALM-0042');
    expect(caseReferenceOf('caseatlas-case:javascript:alert(1)')).toBeUndefined();
    expect(caseReferenceOf('https://example.org/KZ-2019-ALM-0042')).toBeUndefined();
    expect(caseReferenceOf(undefined)).toBeUndefined();
  });
});

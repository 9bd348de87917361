import { searchTermsOf, termRanges } from './searchTerms';

/** The marked words of a text, as written. */
const marked = (text: string, q: string) =>
  termRanges(text, searchTermsOf(q)).map(({ start, end }) => text.slice(start, end));

describe('searchTermsOf', () => {
  it('reads the words of a search, without its operators, quotes and excluded words', () => {
    expect(searchTermsOf('"Debt bondage" +Dubai -Almaty recruit* a | b (Osh)')).toEqual([
      { text: 'debt', prefix: false },
      { text: 'bondage', prefix: false },
      { text: 'dubai', prefix: false },
      { text: 'recruit', prefix: true },
      { text: 'osh', prefix: false },
    ]);
  });

  it('lists a word once and reads Cyrillic', () => {
    expect(searchTermsOf('Кабала кабала Ёлка')).toEqual([
      { text: 'кабала', prefix: false },
      { text: 'елка', prefix: false },
    ]);
  });

  it('has no words for an empty search', () => {
    expect(searchTermsOf('  ')).toEqual([]);
    expect(searchTermsOf('-excluded')).toEqual([]);
  });
});

describe('termRanges', () => {
  it('marks the forms of a word in Russian', () => {
    expect(marked('Потерпевшие находились в долговой кабале; долговую кабалу скрывали.', '"долговая кабала"')).toEqual([
      'долговой',
      'кабале',
      'долговую',
      'кабалу',
    ]);
  });

  it('marks the forms of a word in English, whatever the case', () => {
    expect(marked('Recruiters recruited women; DEBT and debts grew.', 'recruit debt')).toEqual([
      'Recruiters',
      'recruited',
      'DEBT',
      'debts',
    ]);
  });

  it('marks a short word only as a whole word', () => {
    expect(marked('Flights into Osh and in Oshkosh.', 'in Osh')).toEqual(['Osh', 'in']);
  });

  it('gives the offsets in the text', () => {
    expect(termRanges('a debt paid', searchTermsOf('debt'))).toEqual([{ start: 2, end: 6 }]);
  });

  it('marks nothing without words', () => {
    expect(termRanges('a debt paid', [])).toEqual([]);
  });
});

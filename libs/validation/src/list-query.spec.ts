import { containsPattern, contentRange, parseListQuery } from './list-query';

const specification = {
  sortable: ['title', 'reference'] as const,
  defaultSort: { field: 'title' as const, order: 'ASC' as const },
  filters: {
    jurisdiction: 'string',
    verdictYear: 'integer',
    id: 'id',
    status: { kind: 'string', vocabulary: ['draft', 'published'] },
    country: { kind: 'string', pattern: /^[A-Z]{2}$/ },
    from: 'datetime',
  } as const,
};

describe('parseListQuery', () => {
  it.each(['0x7e3', '1e3', ' 2019', '2019.0', '', 'Infinity'])('reads only decimal integers: refuses %j', (year) => {
    const { problems } = parseListQuery({ filter: JSON.stringify({ verdictYear: [year] }) }, specification);
    expect(problems?.map((problem) => problem.rule)).toEqual(['integer']);
  });

  it.each(['2026-02-30', '2026-13-01', '2025-02-29T10:00:00Z', 'yesterday'])(
    'reads only days that exist: refuses %j',
    (from) => {
      const { problems } = parseListQuery({ filter: JSON.stringify({ from }) }, specification);
      expect(problems?.map((problem) => `${problem.path}:${problem.rule}`)).toEqual(['filter.from:datetime']);
    },
  );

  it('takes existing days and date-times', () => {
    const filter = { from: ['2024-02-29', '2026-11-29T21:43:00Z'] };
    expect(parseListQuery({ filter: JSON.stringify(filter) }, specification).query?.filter).toEqual(filter);
  });

  it('checks values against a declared vocabulary and format, naming the filter and the rule', () => {
    expect(
      parseListQuery({ filter: '{"status":["draft","published"],"country":"KZ"}' }, specification).query?.filter,
    ).toEqual({ status: ['draft', 'published'], country: ['KZ'] });
    const { problems } = parseListQuery({ filter: '{"status":["draft","lost"],"country":"kz"}' }, specification);
    expect(problems!.map((problem) => `${problem.path}:${problem.rule}`)).toEqual([
      'filter.status:vocabulary',
      'filter.country:pattern',
    ]);
  });

  it('defaults to the first page of 25 in the default order', () => {
    expect(parseListQuery({}, specification).query).toEqual({
      sort: { field: 'title', order: 'ASC' },
      offset: 0,
      limit: 25,
      filter: {},
    });
  });

  it('reads sort, inclusive range and filters, turning single values into lists', () => {
    const { query } = parseListQuery(
      { sort: '["reference","DESC"]', range: '[10,19]', filter: '{"jurisdiction":"KZ","verdictYear":["2019"]}' },
      specification,
    );
    expect(query).toEqual({
      sort: { field: 'reference', order: 'DESC' },
      offset: 10,
      limit: 10,
      filter: { jurisdiction: ['KZ'], verdictYear: [2019] },
    });
  });

  it('reports every problem with its parameter', () => {
    const { problems } = parseListQuery(
      { sort: '["facts","ASC"]', range: '[5,1]', filter: '{"colour":"red","id":["nope"]}' },
      specification,
    );
    expect(problems!.map((problem) => `${problem.path}:${problem.rule}`)).toEqual([
      'sort:sortable',
      'range:range',
      'filter.colour:unknownFilter',
      'filter.id:id',
    ]);
  });

  it('refuses malformed JSON and pages over the limit', () => {
    const { problems } = parseListQuery({ sort: '[title', range: '[0,5000]' }, specification);
    expect(problems!.map((problem) => problem.rule)).toEqual(['json', 'range']);
  });
});

describe('contentRange', () => {
  it('writes the header ra-data-simple-rest reads', () => {
    expect(contentRange('cases', 0, 25, 319)).toBe('cases 0-24/319');
    expect(contentRange('cases', 50, 0, 10)).toBe('cases */10');
  });
});

describe('containsPattern', () => {
  it('takes LIKE wildcards literally', () => {
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});

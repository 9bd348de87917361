import { auditedTargetId, requestAuditDetails } from './audit-details';

describe('requestAuditDetails', () => {
  it('keeps list parameters, with typed search text anonymized', () => {
    const details = requestAuditDetails(
      'GET',
      {
        filter: JSON.stringify({ q: 'Петров Иван Сергеевич', jurisdiction: 'KZ' }),
        sort: '["updatedAt","DESC"]',
        range: '[0,24]',
      },
      {},
    );
    expect(details).toEqual({
      filter: { q: '[PERSON-1]', jurisdiction: 'KZ' },
      sort: ['updatedAt', 'DESC'],
      range: [0, 24],
    });
  });

  it('records the names of the fields written and the values of vocabulary fields only', () => {
    const details = requestAuditDetails(
      'PUT',
      {},
      { title: 'A title', facts: 'long facts', status: 'published', version: 2 },
    );
    expect(details).toEqual({ fields: ['facts', 'status', 'title', 'version'], status: 'published' });
    expect(JSON.stringify(details)).not.toContain('long facts');
  });

  it('drops vocabulary values that are not vocabulary-shaped and ignores unparseable filters', () => {
    expect(requestAuditDetails('POST', { filter: '{oops' }, { status: 'Иванов пришёл' })).toEqual({
      fields: ['status'],
    });
  });
});

describe('requestAuditDetails keeps closed-format parameters only when well formed', () => {
  it('keeps countries, saved-search ids and a grouping, and drops anything else in their place', () => {
    const id = '6cf6cd96-95b5-4e74-969c-217e80c5bacc';
    expect(
      requestAuditDetails(
        'GET',
        { groupBy: 'statute', jurisdictions: 'KZ,UZ', savedSearches: `${id},${id}` },
        undefined,
      ),
    ).toEqual({ groupBy: 'statute', jurisdictions: 'KZ,UZ', savedSearches: `${id},${id}` });
    expect(
      requestAuditDetails(
        'GET',
        { groupBy: 'ivanov', jurisdictions: 'Иванов', savedSearches: '+77011234567' },
        undefined,
      ),
    ).toEqual({});
  });
});

describe('requestAuditDetails with hostile input', () => {
  it('keeps no control characters and no free text from list parameters', () => {
    const details = requestAuditDetails(
      'GET',
      { sort: '\u0000', range: '[0,24]\u0000', filter: '{"q":"a\\u0000b"}' },
      {},
    );
    expect(details).toEqual({ filter: { q: 'a b' } });
  });
});

describe('requestAuditDetails keeps no personal data typed into names and numbers', () => {
  it('drops identifiers posing as sort fields, filter keys or body field names, and long numbers', () => {
    const details = requestAuditDetails(
      'POST',
      {
        sort: '["870412300416","ASC"]',
        range: '[870412300416,870412300417]',
        filter: JSON.stringify({ verdictYear: 870412300416, ivanov_sergey_petrovich: 'x', jurisdiction: 'KZ' }),
      },
      { ivanov_sergey_petrovich: 1, title: 'x' },
    );
    expect(details).toEqual({
      range: ['(number)', '(number)'],
      filter: { verdictYear: '(number)', jurisdiction: 'KZ' },
      fields: ['title', '(other)'],
    });
    expect(JSON.stringify(details)).not.toMatch(/870412300416|ivanov/);
  });
});

describe('auditedTargetId', () => {
  it.each([
    ['6f1c2b9e-0000-4000-8000-000000000000', '6f1c2b9e-0000-4000-8000-000000000000'],
    ['KZ-CC-128-3', 'KZ-CC-128-3'],
    ['4711', '4711'],
    ['870412300416', '(not an id)'],
    ['KZ-CC-870412300416', '(not an id)'],
    ['ivanov.sergey', '(not an id)'],
  ])('keeps %s as %s', (id, kept) => {
    expect(auditedTargetId(id)).toBe(kept);
  });
});

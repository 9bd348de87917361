import { requestAuditDetails } from './audit-details';

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
      sort: '["updatedAt","DESC"]',
      range: '[0,24]',
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

import { auditedFields, auditedFilter } from './audit-details';

describe('auditedFilter', () => {
  it('anonymizes typed search text and keeps vocabulary filters as sent', () => {
    const filter = auditedFilter({
      q: ['Иванов Сергей Петрович вербовал'],
      jurisdiction: ['KZ'],
      status: ['published'],
    });
    expect(filter.jurisdiction).toEqual(['KZ']);
    expect(filter.status).toEqual(['published']);
    expect(filter.q).toEqual(['[PERSON-1] вербовал']);
  });

  it('leaves search text without personal data readable', () => {
    expect(auditedFilter({ q: ['debt bondage'] }).q).toEqual(['debt bondage']);
  });
});

describe('auditedFields', () => {
  it('lists the names of the fields sent, never their values', () => {
    expect(auditedFields({ title: 'secret title', facts: 'x', version: 3 })).toEqual(['facts', 'title', 'version']);
    expect(auditedFields(null)).toEqual([]);
    expect(auditedFields(['a'])).toEqual([]);
  });
});

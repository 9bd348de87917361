import { searchFailureOf } from './searchErrors';

const badRequest = (problems: { path: string; rule: string; message: string }[]) => ({
  status: 400,
  message: 'Bad Request',
  body: { statusCode: 400, error: 'Bad Request', message: 'Bad Request', problems },
});

describe('searchFailureOf', () => {
  it('puts a syntax problem of q under the query box', () => {
    const error = badRequest([
      { path: 'q', rule: 'syntax', message: 'q has a quote at character 1 that is never closed' },
      { path: 'filter.means', rule: 'vocabulary', message: 'means takes …' },
    ]);
    expect(searchFailureOf(error)).toEqual({
      kind: 'syntax',
      message: 'q has a quote at character 1 that is never closed',
    });
  });

  it('tells an expired cursor from bad filters', () => {
    expect(searchFailureOf(badRequest([{ path: 'cursor', rule: 'expired', message: 'run it again' }]))).toEqual({
      kind: 'expired',
      message: 'run it again',
    });
    expect(
      searchFailureOf(badRequest([{ path: 'filter.verdictYear', rule: 'integer', message: 'whole numbers' }])),
    ).toEqual({ kind: 'invalid', messages: ['whole numbers'] });
  });

  it('reads 503 as search being down, and anything else by its message', () => {
    expect(searchFailureOf({ status: 503, message: 'Service Unavailable' })).toEqual({ kind: 'unavailable' });
    expect(searchFailureOf({ status: 500, message: 'Internal Server Error', body: null })).toEqual({
      kind: 'other',
      message: 'Internal Server Error',
    });
    expect(searchFailureOf(new TypeError('Failed to fetch'))).toEqual({ kind: 'other', message: 'Failed to fetch' });
  });
});

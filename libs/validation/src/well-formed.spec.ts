import { findMalformedInput, findMalformedQuery, MAX_INPUT_DEPTH, withoutInvisibleControls } from './well-formed';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level++) value = { child: value };
  return value;
};

describe('findMalformedInput', () => {
  it('accepts ordinary input, including non-Latin text and emoji (paired surrogates)', () => {
    expect(findMalformedInput({ title: 'Торговля людьми 🚩', tags: ['a_b'], n: 1, ok: true, none: null }, 'body')).toBe(
      undefined,
    );
  });

  it.each([
    [{ q: 'a\ud800b' }, 'body.q', 'wellFormed'],
    [{ q: 'end\udc00' }, 'body.q', 'wellFormed'],
    [{ list: ['fine', 'x\u0000y'] }, 'body.list[1]', 'noNul'],
    [{ ['k\u0000']: 1 }, 'body (a field name)', 'noNul'],
  ])('refuses %j at %s (%s)', (input, path, rule) => {
    expect(findMalformedInput(input, 'body')).toMatchObject({ path, rule });
  });

  it('refuses nesting deeper than the limit, and walks 100,000 levels without overflowing', () => {
    expect(findMalformedInput(nested(MAX_INPUT_DEPTH - 1), 'body')).toBe(undefined);
    expect(findMalformedInput(nested(MAX_INPUT_DEPTH + 1), 'body')).toMatchObject({ rule: 'depth' });
    let deep: unknown = [];
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(findMalformedInput(deep, 'filter')).toMatchObject({ rule: 'depth' });
  });

  it('names the body’s fields as the validators do, without a prefix', () => {
    expect(findMalformedInput({ title: 'a\u0000b' }, '')).toMatchObject({
      path: 'title',
      rule: 'noNul',
      message: 'title must not contain the NUL character',
    });
    expect(findMalformedInput({ victims: [{ note: '\ud800' }] }, '')).toMatchObject({ path: 'victims[0].note' });
    expect(findMalformedInput('a\u0000', '')).toMatchObject({ path: 'the body', rule: 'noNul' });
  });

  it('never names a key that is not a field name', () => {
    const problem = findMalformedInput({ ['870412300416']: { q: '\ud800' } }, 'body');
    expect(problem).toMatchObject({ path: 'body.(field).q', rule: 'wellFormed' });
  });
});

describe('findMalformedQuery', () => {
  it('accepts single string parameters, and JSON that is not valid (the list query reports it)', () => {
    expect(findMalformedQuery({ filter: '{"q":"Алматы"}', range: '[0,24]', sort: 'not json' })).toBe(undefined);
  });

  it('refuses a repeated or bracketed parameter', () => {
    expect(findMalformedQuery({ filter: ['{}', '{}'] })).toMatchObject({ path: 'filter', rule: 'single' });
    expect(findMalformedQuery({ filter: { q: 'x' } })).toMatchObject({ path: 'filter', rule: 'single' });
  });

  it('checks what the JSON parameters decode to: escaped surrogates and NUL, deep nesting', () => {
    expect(findMalformedQuery({ filter: '{"q":"\\ud800"}' })).toMatchObject({ path: 'filter.q', rule: 'wellFormed' });
    expect(findMalformedQuery({ filter: '{"q":"a\\u0000"}' })).toMatchObject({ path: 'filter.q', rule: 'noNul' });
    const deep = `${'['.repeat(6000)}${']'.repeat(6000)}`;
    expect(findMalformedQuery({ filter: `{"q":${deep}}` })).toMatchObject({ rule: 'depth' });
  });
});

describe('findMalformedInput and reserved names', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses a field named %s, at any depth', (name) => {
    const body = JSON.parse(`{"name":"x","nested":{"${name}":{"polluted":true}}}`);
    expect(findMalformedInput(body, 'body')).toEqual({
      path: `body.nested.${name}`,
      rule: 'reservedName',
      message: `body.nested.${name} is not a field`,
    });
  });
});

describe('withoutInvisibleControls', () => {
  it('removes controls, bidi and invisible marks, and keeps text, line breaks, tabs and the joiners', () => {
    const sent = 'A\u001bB\u0007C\u007fD\u0085E\udb40\udc41F\u2061G\ufff9H\u202eI\u200bJ\ufeffK\u00adL';
    expect(withoutInvisibleControls(sent)).toBe('ABCDEFGHIJKL');
    expect(withoutInvisibleControls('line\nbreak\r\ttab; ‌ZWNJ‍ZWJ 🚩 Ташкент')).toBe(
      'line\nbreak\r\ttab; ‌ZWNJ‍ZWJ 🚩 Ташкент',
    );
  });
});

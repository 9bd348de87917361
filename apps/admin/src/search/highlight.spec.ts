import { decodeEntities, parseHighlight } from './highlight';

describe('parseHighlight', () => {
  it('splits a fragment on the mark tags', () => {
    expect(parseHighlight('recruited <mark>four</mark> women in <mark>Almaty</mark>')).toEqual([
      { text: 'recruited ', marked: false },
      { text: 'four', marked: true },
      { text: ' women in ', marked: false },
      { text: 'Almaty', marked: true },
    ]);
  });

  it('turns escaped markup back into text, never into tags', () => {
    const fragment = '&lt;script&gt;alert(&quot;x&quot;)&lt;&#x2F;script&gt; &lt;mark&gt;not a match&lt;/mark&gt;';
    expect(parseHighlight(fragment)).toEqual([
      { text: '<script>alert("x")</script> <mark>not a match</mark>', marked: false },
    ]);
  });

  it('keeps text after an unclosed mark marked, and ignores a stray closing tag', () => {
    expect(parseHighlight('a</mark> b <mark>c')).toEqual([
      { text: 'a b ', marked: false },
      { text: 'c', marked: true },
    ]);
  });

  it('reads Cyrillic and an empty fragment', () => {
    expect(parseHighlight('<mark>Долговая</mark> кабала')).toEqual([
      { text: 'Долговая', marked: true },
      { text: ' кабала', marked: false },
    ]);
    expect(parseHighlight('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal entities', () => {
    expect(decodeEntities('a &amp; b &#39;c&#x27; &#1044;')).toBe("a & b 'c' Д");
  });

  it('leaves unknown or invalid entities as written', () => {
    expect(decodeEntities('&nbsp; &#xD800; &#0; & ;')).toBe('&nbsp; &#xD800; &#0; & ;');
  });
});

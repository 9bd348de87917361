import { quote } from './quote';

describe('quote', () => {
  it('quotes a plain passage once, in the language’s marks', () => {
    expect(quote('долг по займу', 'ru')).toBe('«долг по займу»');
    expect(quote('debt bondage', 'en')).toBe('“debt bondage”');
  });

  it('does not double the marks a selected passage already carries', () => {
    expect(quote('«долг»', 'ru')).toBe('«долг»');
    expect(quote('««долг»»', 'ru')).toBe('«долг»');
    expect(quote('"debt"', 'en')).toBe('“debt”');
    expect(quote('“debt”', 'ru')).toBe('«debt»');
  });

  it('turns quotes inside the passage into the inner pair', () => {
    expect(quote('«долг» по займу', 'ru')).toBe('«„долг“ по займу»');
    expect(quote('so-called «debt» owed', 'en')).toBe('“so-called ‘debt’ owed”');
    expect(quote('he said "pay" twice', 'en')).toBe('“he said ‘pay’ twice”');
  });

  it('keeps apart two quoted words at both ends of the passage', () => {
    expect(quote('«долг» и «штраф»', 'ru')).toBe('«„долг“ и „штраф“»');
  });

  it('falls back to English marks for another language and trims the ends', () => {
    expect(quote('  word ', 'de')).toBe('“word”');
  });
});

import { countryNameOf } from './country-names';

describe('countryNameOf', () => {
  it('names the region’s countries by their UN short names in Russian', () => {
    expect(countryNameOf('KG', 'ru')).toBe('Кыргызстан');
    expect(countryNameOf('TM', 'ru')).toBe('Туркменистан');
    expect(countryNameOf('AE', 'ru')).toBe('Объединённые Арабские Эмираты');
    expect(countryNameOf('KZ', 'ru')).toBe('Казахстан');
  });

  it('names them by their UN short names in English', () => {
    expect(countryNameOf('KG', 'en')).toBe('Kyrgyzstan');
    expect(countryNameOf('TR', 'en')).toBe('Türkiye');
    expect(countryNameOf('KR', 'en')).toBe('Republic of Korea');
    expect(countryNameOf('CD', 'en')).toBe('Democratic Republic of the Congo');
  });

  it('takes the language from a regional locale', () => {
    expect(countryNameOf('KG', 'ru-RU')).toBe('Кыргызстан');
    expect(countryNameOf('AE', 'en-GB')).toBe('United Arab Emirates');
  });

  it('shows a code it cannot name as it is', () => {
    expect(countryNameOf('1X', 'en')).toBe('1X');
  });
});

import { caseAddressWithSearch, searchOfCaseAddress } from './caseAddress';

describe('caseAddressWithSearch', () => {
  it('adds the search text, encoded', () => {
    expect(caseAddressWithSearch('/cases/7/show', ' "долговая кабала" +Dubai ')).toBe(
      '/cases/7/show?q=%22%D0%B4%D0%BE%D0%BB%D0%B3%D0%BE%D0%B2%D0%B0%D1%8F+%D0%BA%D0%B0%D0%B1%D0%B0%D0%BB%D0%B0%22+%2BDubai',
    );
  });

  it('keeps a query the address already has', () => {
    expect(caseAddressWithSearch('/cases/7/show?tab=1', 'debt')).toBe('/cases/7/show?tab=1&q=debt');
  });

  it('leaves the address as it is without a search text', () => {
    expect(caseAddressWithSearch('/cases/7/show', '  ')).toBe('/cases/7/show');
  });
});

describe('searchOfCaseAddress', () => {
  it('reads the search text back', () => {
    expect(searchOfCaseAddress('?q=%22%D0%B4%D0%BE%D0%BB%D0%B3%D0%BE%D0%B2%D0%B0%D1%8F%22+%2BDubai')).toBe(
      '"долговая" +Dubai',
    );
  });

  it('is empty without one', () => {
    expect(searchOfCaseAddress('')).toBe('');
    expect(searchOfCaseAddress('?other=1')).toBe('');
  });
});

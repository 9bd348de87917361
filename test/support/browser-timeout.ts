// A browser flow waits on page loads and the API; a hung one still fails within a minute.
jest.setTimeout(60_000);

// Real services answer in milliseconds, but starting the built API takes seconds.
jest.setTimeout(30_000);

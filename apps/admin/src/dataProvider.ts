import simpleRestProvider from 'ra-data-simple-rest';

/** The API follows ra-data-simple-rest's conventions, so the package is used as it is. */
export const dataProvider = simpleRestProvider('/api');

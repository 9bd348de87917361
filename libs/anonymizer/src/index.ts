export * from './anonymize';
export * from './checksums';
export * from './detect';
export * from './types';
export * from './evaluation';
export * from './token';
export * from './transliterate';
export { GAZETTEER_SOURCE } from './gazetteer';
export * from './anonymizer-worker';

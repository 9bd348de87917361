export * from './anonymize';
export * from './checksums';
export * from './detect';
export * from './types';
export * from './evaluation';

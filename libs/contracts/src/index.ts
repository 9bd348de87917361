export * from './case-record';
export * from './errors';
export * from './health';
export * from './vocabularies';

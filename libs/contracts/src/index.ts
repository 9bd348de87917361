export * from './accounts';
export * from './audit';
export * from './case-record';
export * from './errors';
export * from './health';
export * from './permissions';
export * from './vocabularies';
export * from './case-filters';

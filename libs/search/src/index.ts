export * from './elasticsearch.module';
export * from './elasticsearch.health';
export * from './case-index-settings';

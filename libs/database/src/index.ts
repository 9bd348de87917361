export * from './data-source-options';
export * from './database-url';
export * from './database.module';
export * from './migrate';

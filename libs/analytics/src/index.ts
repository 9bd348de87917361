export * from './percentiles';
export * from './aggregations';
export * from './readers';
export * from './analytics.service';
export * from './analytics.module';

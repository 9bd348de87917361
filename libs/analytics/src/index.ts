export * from './percentiles';
export * from './aggregations';
export * from './bucket-parsing';
export * from './analytics.service';
export * from './analytics.module';

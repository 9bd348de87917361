export * from './percentiles';
export * from './outcomes-query';
export * from './outcomes';
export * from './analytics.service';
export * from './analytics.module';

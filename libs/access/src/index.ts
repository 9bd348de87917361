export * from './access.module';
export * from './annotation-visibility';
export * from './access.service';

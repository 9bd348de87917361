export * from './problems';
export * from './problems.exception';
export * from './validate';
export * from './list-query';
export * from './well-formed';
export * from './plain-text';

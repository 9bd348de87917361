export * from './environment';
export * from './derived-key';

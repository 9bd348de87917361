export * from './case-interchange.service';
export * from './csv-layout';
export * from './k-anonymity';
export * from './record-reader';
export * from './interchange.module';

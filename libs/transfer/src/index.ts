export * from './case-transfer.service';
export * from './csv-layout';
export * from './k-anonymity';
export * from './record-reader';
export * from './transfer.module';

/** Synthetic demo data: a statute catalogue and a deterministic stream of case records. */
export { DEFAULT_SEED, generateCases } from './cases';
export type { GenerateCasesOptions } from './cases';
export { generateStatutes } from './statutes';
export * from './working-groups';

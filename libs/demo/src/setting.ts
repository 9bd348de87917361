/** The choices every later step of a generated case builds on. */
import type { ExploitationPurpose, Route } from '@caseatlas/contracts';
import type { Direction, Jurisdiction, Region } from './geography';
import type { Random } from './random';

export interface Setting {
  /** The case's own random stream; every step draws from it in a fixed order. */
  random: Random;
  jurisdiction: Jurisdiction;
  region: Region;
  /** Year the investigation was opened; the reference carries it. */
  year: number;
  direction: Direction;
  route: Route;
  /** One or two; the first is the main purpose, which the texts and charges follow. */
  purposes: ExploitationPurpose[];
}

/** Labour-like purposes: charged under forced-labour articles where a code has one. */
const LABOUR_PURPOSES: readonly ExploitationPurpose[] = ['forced_labour', 'domestic_servitude', 'forced_begging'];

export function isLabour(purpose: ExploitationPurpose): boolean {
  return LABOUR_PURPOSES.includes(purpose);
}

import { PERSONAL_DATA_TYPES } from '@caseatlas/contracts';
import type { PersonalDataType } from '@caseatlas/contracts';

export const ENTITY_TYPES = PERSONAL_DATA_TYPES;
export type EntityType = PersonalDataType;

/** Structured identifiers are found by format and checksum; people and places by language cues. */
export const STRUCTURED_TYPES: readonly EntityType[] = ['PHONE', 'EMAIL', 'NATIONAL_ID', 'PASSPORT', 'CARD', 'IBAN'];

export interface Detection {
  type: EntityType;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

/** The placeholder family of each type, as editors read it: `[PERSON-1]`, `[ID-2]`. */
export const PLACEHOLDER_LABELS: Record<EntityType, string> = {
  PERSON: 'PERSON',
  PHONE: 'PHONE',
  EMAIL: 'EMAIL',
  NATIONAL_ID: 'ID',
  PASSPORT: 'ID',
  CARD: 'CARD',
  IBAN: 'ACCOUNT',
  ADDRESS: 'ADDRESS',
  BIRTH_DATE: 'BIRTHDATE',
  PLATE: 'PLATE',
  HANDLE: 'HANDLE',
};

import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsISO31661Alpha2,
  IsISO4217CurrencyCode,
  IsObject,
  Matches,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { isRecord, RECORD_LIST_RULE } from '@caseatlas/validation';

/** ISO 3166-1 alpha-2, upper case as stored (validator.js alone would also accept "kz"). */
export function IsCountryCode(options: { each?: boolean } = {}) {
  return applyDecorators(
    Matches(/^[A-Z]{2}$/, { ...options, message: '$property must be an upper-case ISO 3166-1 alpha-2 code' }),
    IsISO31661Alpha2(options),
  );
}

export function IsCurrencyCode() {
  return applyDecorators(
    Matches(/^[A-Z]{3}$/, { message: '$property must be an upper-case ISO 4217 code' }),
    IsISO4217CurrencyCode(),
  );
}

/** An array of distinct values from a closed vocabulary. */
export function IsVocabularyList(vocabulary: readonly string[]) {
  return applyDecorators(
    IsArray(),
    ArrayUnique(),
    IsIn(vocabulary as string[], {
      each: true,
      message: `each value in $property must be one of: ${vocabulary.join(', ')}`,
    }),
  );
}

export function IsVocabularyValue(vocabulary: readonly string[]) {
  return IsIn(vocabulary as string[], { message: `$property must be one of: ${vocabulary.join(', ')}` });
}

/**
 * One nested record (a sentence, a fine). `IsObject` first: class-validator's nested validation
 * would otherwise walk an array given in its place and let `[{…}]` through as if it were `{…}`.
 */
export function IsRecord(type: () => new () => object) {
  return applyDecorators(IsObject(), ValidateNested(), Type(type));
}

/**
 * A list of records with a cap. Every element must be an object: nested validation alone lets an
 * array inside the list through (`[[{…}]]`, `[[]]`), stored as sent. Each element that is not a
 * record is reported at its own path (`cooperation.mlaRequests[0]`) by problemsFromValidationErrors.
 */
export function IsRecordList(type: () => new () => object, maxItems: number) {
  return applyDecorators(
    IsArray(),
    ValidateBy({
      name: RECORD_LIST_RULE,
      validator: {
        validate: (value: unknown) => !Array.isArray(value) || value.every(isRecord),
        defaultMessage: () => '$property must hold only objects',
      },
    }),
    ArrayMaxSize(maxItems, { message: `$property must hold at most ${maxItems} entries` }),
    ValidateNested({ each: true }),
    Type(type),
  );
}

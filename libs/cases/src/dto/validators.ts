import { applyDecorators } from '@nestjs/common';
import { ArrayUnique, IsArray, IsIn, IsISO31661Alpha2, IsISO4217CurrencyCode, Matches } from 'class-validator';

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

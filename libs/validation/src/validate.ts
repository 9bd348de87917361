import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Problem, problemsFromValidationErrors } from './problems';

export const STRICT_VALIDATION = { whitelist: true, forbidNonWhitelisted: true } as const;

export type Validated<T> = { value: T; problems?: undefined } | { value?: undefined; problems: Problem[] };

/** The same rules the API's ValidationPipe applies, for input that does not come over HTTP. */
export function validateAs<T extends object>(type: new () => T, plain: unknown): Validated<T> {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    return { problems: [{ path: '', rule: 'object', message: 'the record must be a JSON object' }] };
  }
  const value = plainToInstance(type, plain);
  const problems = problemsFromValidationErrors(validateSync(value, STRICT_VALIDATION));
  return problems.length ? { problems } : { value };
}

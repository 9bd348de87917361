import type { ValidationError } from 'class-validator';
import type { ValidationProblem } from '@caseatlas/contracts';

/** One thing wrong with a request: where (JSON path), which rule, and a sentence for people. */
export type Problem = ValidationProblem;

const RULE_NAMES: Record<string, string> = {
  whitelistValidation: 'unknownField',
  nestedValidation: 'object',
};

/** The rule of a list whose elements must all be records (see `IsRecordList` of the case DTOs). */
export const RECORD_LIST_RULE = 'recordList';

/** A JSON object: not null, not an array. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`);

function joinPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

/**
 * Rules about a value's type: when one fails, the value's other rules (its bounds, its items) say
 * nothing true about it, so only the type's problem is reported (`version: "1"` is not an
 * integer; that it is "less than 1" is noise).
 */
const TYPE_RULES = new Set(['isArray', 'isInt', 'isString', 'isBoolean', 'isNumber', 'isObject', RECORD_LIST_RULE]);

/** Flattens class-validator's tree into one problem per failed rule, each with its path. */
export function problemsFromValidationErrors(errors: ValidationError[], parent = ''): Problem[] {
  return errors.flatMap((error) => {
    const path = joinPath(parent, error.property);
    const failed = Object.entries(error.constraints ?? {});
    const wrongType = failed.filter(([rule]) => TYPE_RULES.has(rule));
    const own = (wrongType.length ? wrongType : failed).flatMap(([rule, message]) =>
      rule === RECORD_LIST_RULE && Array.isArray(error.value)
        ? (error.value as unknown[]).flatMap((item, index) =>
            isRecord(item)
              ? []
              : [
                  {
                    path: `${path}[${index}]`,
                    rule: 'object',
                    message: `${path}[${index}] must be an object, not ${kindOf(item)}`,
                  },
                ],
          )
        : [
            {
              path,
              rule: RULE_NAMES[rule] ?? rule,
              message: rule === 'whitelistValidation' ? `${path} is not a known field` : message,
            },
          ],
    );
    // A value of the wrong type has no parts worth reporting (an array walked as if it were a record).
    return wrongType.length ? own : [...own, ...problemsFromValidationErrors(error.children ?? [], path)];
  });
}

/** `defendants[1].sentence` → `defendants.1.sentence`: react-hook-form's field names. */
export function formFieldPath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

/** Each path and rule once, in first-seen order: checks that overlap report a problem once. */
export function uniqueProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}\u0000${problem.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

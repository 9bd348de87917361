import type { ValidationError } from 'class-validator';
import type { ValidationProblem } from '@caseatlas/contracts';

/** One thing wrong with a request: where (JSON path), which rule, and a sentence for people. */
export type Problem = ValidationProblem;

const RULE_NAMES: Record<string, string> = {
  whitelistValidation: 'unknownField',
  nestedValidation: 'object',
};

function joinPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

/**
 * Rules about a value's type: when one fails, the value's other rules (its bounds, its items) say
 * nothing true about it, so only the type's problem is reported (`version: "1"` is not an
 * integer; that it is "less than 1" is noise).
 */
const TYPE_RULES = new Set(['isArray', 'isInt', 'isString', 'isBoolean', 'isNumber', 'isObject']);

/** Flattens class-validator's tree into one problem per failed rule, each with its path. */
export function problemsFromValidationErrors(errors: ValidationError[], parent = ''): Problem[] {
  return errors.flatMap((error) => {
    const path = joinPath(parent, error.property);
    const failed = Object.entries(error.constraints ?? {});
    const wrongType = failed.filter(([rule]) => TYPE_RULES.has(rule));
    const own = (wrongType.length ? wrongType : failed).map(([rule, message]) => ({
      path,
      rule: RULE_NAMES[rule] ?? rule,
      message: rule === 'whitelistValidation' ? `${path} is not a known field` : message,
    }));
    return [...own, ...problemsFromValidationErrors(error.children ?? [], path)];
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

import { BadRequestException, HttpStatus } from '@nestjs/common';
import type { ValidationErrorResponse } from '@caseatlas/contracts';
import { formFieldPath, Problem } from './problems';

/** 400 listing every problem, by JSON path (`problems`) and by form field (`errors`). */
/** Problems listed in one answer at most (the message gives their number). */
export const MAX_PROBLEMS_LISTED = 100;

export class ProblemsException extends BadRequestException {
  constructor(readonly problems: Problem[]) {
    // A body of 40,000 unknown fields is refused in a page, not in megabytes.
    const listed = problems.slice(0, MAX_PROBLEMS_LISTED);
    const body: ValidationErrorResponse = {
      statusCode: HttpStatus.BAD_REQUEST,
      error: 'Bad Request',
      message: `${problems.length} problem${problems.length === 1 ? '' : 's'} in the request: ${problems
        .slice(0, 3)
        .map((problem) => `${problem.path || 'body'}: ${problem.message}`)
        .join('; ')}${problems.length > 3 ? '; …' : ''}${
        problems.length > MAX_PROBLEMS_LISTED ? ` (the first ${MAX_PROBLEMS_LISTED} are listed)` : ''
      }`,
      problems: listed,
      errors: Object.fromEntries(listed.map((problem) => [formFieldPath(problem.path) || 'root', problem.message])),
    };
    super(body);
  }
}

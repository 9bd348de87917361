import { BadRequestException, HttpStatus } from '@nestjs/common';
import type { ValidationErrorResponse } from '@caseatlas/contracts';
import { formFieldPath, Problem } from './problems';

/** 400 listing every problem, by JSON path (`problems`) and by form field (`errors`). */
export class ProblemsException extends BadRequestException {
  constructor(readonly problems: Problem[]) {
    const body: ValidationErrorResponse = {
      statusCode: HttpStatus.BAD_REQUEST,
      error: 'Bad Request',
      message: `${problems.length} problem${problems.length === 1 ? '' : 's'} in the request: ${problems
        .slice(0, 3)
        .map((problem) => `${problem.path || 'body'}: ${problem.message}`)
        .join('; ')}${problems.length > 3 ? '; …' : ''}`,
      problems,
      errors: Object.fromEntries(problems.map((problem) => [formFieldPath(problem.path) || 'root', problem.message])),
    };
    super(body);
  }
}

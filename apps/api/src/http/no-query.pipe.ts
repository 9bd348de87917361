import { Injectable, PipeTransform } from '@nestjs/common';
import { ProblemsException, unknownParameterProblems } from '@caseatlas/validation';

/** For routes that take no query parameters: an unknown one is refused, not silently ignored. */
@Injectable()
export class NoQueryParametersPipe implements PipeTransform<Record<string, unknown>, Record<string, never>> {
  transform(query: Record<string, unknown>): Record<string, never> {
    const problems = unknownParameterProblems(query ?? {}, []);
    if (problems.length) throw new ProblemsException(problems);
    return {};
  }
}

import { Injectable, PipeTransform } from '@nestjs/common';
import { ProblemsException } from '@caseatlas/validation';

/** For routes that take no query parameters: an unknown one is refused, not silently ignored. */
@Injectable()
export class NoQueryParametersPipe implements PipeTransform<Record<string, unknown>, Record<string, never>> {
  transform(query: Record<string, unknown>): Record<string, never> {
    const names = Object.keys(query ?? {});
    if (names.length) {
      throw new ProblemsException(
        names.map((name) => ({
          path: /^[A-Za-z_][A-Za-z0-9_]{0,59}$/.test(name) ? name : '(parameter)',
          rule: 'unknownParameter',
          message: 'this route takes no query parameters',
        })),
      );
    }
    return {};
  }
}

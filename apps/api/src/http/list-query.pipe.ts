import { Injectable, PipeTransform } from '@nestjs/common';
import { parseListQuery, ProblemsException, unknownParameterProblems } from '@caseatlas/validation';
import type { ListQuery, ListSpecification } from '@caseatlas/validation';

const LIST_PARAMETERS = ['sort', 'range', 'filter'];

/**
 * Turns ra-data-simple-rest's `sort`, `range` and `filter` query parameters into a ListQuery.
 * `others` are the parameters the handler reads and checks itself (an export's `language`).
 */
@Injectable()
export class ListQueryPipe<Field extends string> implements PipeTransform<Record<string, unknown>, ListQuery<Field>> {
  constructor(
    private readonly specification: ListSpecification<Field>,
    private readonly others: readonly string[] = [],
  ) {}

  transform(raw: Record<string, unknown>): ListQuery<Field> {
    const text = (name: string) => (typeof raw[name] === 'string' ? (raw[name] as string) : undefined);
    const parsed = parseListQuery(
      { sort: text('sort'), range: text('range'), filter: text('filter') },
      this.specification,
    );
    const problems = [
      ...unknownParameterProblems(raw, [...LIST_PARAMETERS, ...this.others]),
      ...(parsed.problems ?? []),
    ];
    if (problems.length) throw new ProblemsException(problems);
    return parsed.query!;
  }
}

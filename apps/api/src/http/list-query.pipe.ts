import { Injectable, PipeTransform } from '@nestjs/common';
import { parseListQuery, ProblemsException } from '@caseatlas/validation';
import type { ListQuery, ListSpecification } from '@caseatlas/validation';

const LIST_PARAMETERS = new Set(['sort', 'range', 'filter']);

/** Turns ra-data-simple-rest's `sort`, `range` and `filter` query parameters into a ListQuery. */
@Injectable()
export class ListQueryPipe<Field extends string> implements PipeTransform<Record<string, unknown>, ListQuery<Field>> {
  constructor(private readonly specification: ListSpecification<Field>) {}

  transform(raw: Record<string, unknown>): ListQuery<Field> {
    const unknown = Object.keys(raw).filter((name) => !LIST_PARAMETERS.has(name));
    const text = (name: string) => (typeof raw[name] === 'string' ? (raw[name] as string) : undefined);
    const parsed = parseListQuery(
      { sort: text('sort'), range: text('range'), filter: text('filter') },
      this.specification,
    );
    const problems = [
      ...unknown.map((name) => ({
        path: name,
        rule: 'unknownParameter',
        message: `${name} is not a query parameter; use sort, range and filter`,
      })),
      ...(parsed.problems ?? []),
    ];
    if (problems.length) throw new ProblemsException(problems);
    return parsed.query!;
  }
}

import type { FilterDefinition, FilterKind } from '@caseatlas/contracts';
import type { Problem } from './problems';

/** A list request in ra-data-simple-rest's terms, checked against what a resource allows. */
export interface ListQuery<Field extends string = string> {
  sort: { field: Field; order: 'ASC' | 'DESC' };
  offset: number;
  limit: number;
  /** Each filter as a list of accepted values (a single value becomes a list of one). */
  filter: Record<string, (string | number | boolean)[]>;
}

const FILTER_KIND_DESCRIPTIONS: Record<FilterKind, string> = {
  string: 'text values',
  integer: 'whole numbers from -2147483647 to 2147483647',
  id: 'ids',
  datetime: 'ISO 8601 dates or date-times',
  boolean: 'true or false',
};
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function acceptsFilterValue(kind: FilterKind, item: unknown): boolean {
  switch (kind) {
    case 'integer':
      // Decimal digits only: Number() would also read "0x7e3", "1e3" or " 12 " as integers.
      return typeof item === 'string'
        ? /^-?\d{1,10}$/.test(item) && isSmallInteger(Number(item))
        : isSmallInteger(item);
    case 'boolean':
      return typeof item === 'boolean' || item === 'true' || item === 'false';
    case 'datetime':
      return (
        typeof item === 'string' &&
        ISO_DATE_TIME.test(item) &&
        isCalendarDate(item.slice(0, 10)) &&
        !Number.isNaN(Date.parse(item))
      );
    case 'id':
      return typeof item === 'string' && UUID_PATTERN.test(item);
    case 'string':
      return typeof item === 'string';
  }
}

/** A day that exists: Date.parse reads 2026-02-30 as 2 March. */
function isCalendarDate(day: string): boolean {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

function toFilterValue(kind: FilterKind, item: unknown): string | number | boolean {
  if (kind === 'integer') return Number(item);
  if (kind === 'boolean') return item === true || item === 'true';
  return item as string;
}

export interface ListSpecification<Field extends string> {
  sortable: readonly Field[];
  defaultSort: ListQuery<Field>['sort'];
  /** Filter name → how its values are checked: a kind alone, or a definition with a vocabulary or format. */
  filters: Record<string, FilterKind | FilterDefinition>;
}

export const MAX_PAGE_SIZE = 1000;
/** Bounds on one filter: a page of ids at most, and no value longer than a title fragment needs. */
export const MAX_FILTER_VALUES = 1000;
export const MAX_FILTER_TEXT = 200;
const DEFAULT_PAGE_SIZE = 25;
const isSmallInteger = (value: unknown) => Number.isInteger(value) && Math.abs(value as number) <= 2_147_483_647;
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseJson(name: string, raw: string | undefined, problems: Problem[]): unknown {
  if (raw === undefined || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    problems.push({ path: name, rule: 'json', message: `${name} must be JSON` });
    return undefined;
  }
}

/**
 * Pure: a problem for each query parameter a route does not take (`allowed`), named only when
 * the name looks like one: a parameter name can carry anything.
 */
export function unknownParameterProblems(query: Record<string, unknown>, allowed: readonly string[]): Problem[] {
  return Object.keys(query)
    .filter((name) => !allowed.includes(name))
    .map((name) => {
      const path = /^[A-Za-z_][A-Za-z0-9_]{0,59}$/.test(name) ? name : '(parameter)';
      return {
        path,
        rule: 'unknownParameter',
        message: allowed.length
          ? `${path} is not a query parameter; use ${allowed.join(', ')}`
          : 'this route takes no query parameters',
      };
    });
}

/** Pure: the `sort`, `range` and `filter` query parameters → a ListQuery, or every problem. */
export function parseListQuery<Field extends string>(
  raw: { sort?: string; range?: string; filter?: string },
  specification: ListSpecification<Field>,
): { query: ListQuery<Field>; problems?: undefined } | { query?: undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  let sort = specification.defaultSort;
  const sortValue = parseJson('sort', raw.sort, problems);
  if (sortValue !== undefined) {
    const [field, order] = Array.isArray(sortValue) ? sortValue : [];
    if (!specification.sortable.includes(field as Field)) {
      problems.push({
        path: 'sort',
        rule: 'sortable',
        message: `sort field must be one of: ${specification.sortable.join(', ')}`,
      });
    } else if (order !== 'ASC' && order !== 'DESC') {
      problems.push({ path: 'sort', rule: 'order', message: 'sort order must be ASC or DESC' });
    } else {
      sort = { field: field as Field, order };
    }
  }

  let offset = 0;
  let limit = DEFAULT_PAGE_SIZE;
  const rangeValue = parseJson('range', raw.range, problems);
  if (rangeValue !== undefined) {
    const valid =
      Array.isArray(rangeValue) &&
      rangeValue.length === 2 &&
      rangeValue.every((bound) => Number.isSafeInteger(bound) && bound >= 0) &&
      rangeValue[1] >= rangeValue[0] &&
      rangeValue[1] - rangeValue[0] < MAX_PAGE_SIZE;
    if (valid) {
      offset = rangeValue[0];
      limit = rangeValue[1] - rangeValue[0] + 1;
    } else {
      problems.push({
        path: 'range',
        rule: 'range',
        message: `range must be [first, last] with 0 ≤ first ≤ last and at most ${MAX_PAGE_SIZE} rows`,
      });
    }
  }

  const filter: ListQuery['filter'] = {};
  const filterValue = parseJson('filter', raw.filter, problems);
  if (filterValue !== undefined) {
    if (filterValue === null || typeof filterValue !== 'object' || Array.isArray(filterValue)) {
      problems.push({ path: 'filter', rule: 'object', message: 'filter must be a JSON object' });
    } else {
      for (const [name, value] of Object.entries(filterValue)) {
        // Own properties only: `toString` or `__proto__` are not filters.
        const declared = Object.hasOwn(specification.filters, name) ? specification.filters[name] : undefined;
        if (!declared) {
          problems.push({
            path: `filter.${name}`,
            rule: 'unknownFilter',
            message: `${name} is not a filter; filters are: ${Object.keys(specification.filters).join(', ')}`,
          });
          continue;
        }
        const { kind, vocabulary, pattern, format, range } =
          typeof declared === 'string' ? ({ kind: declared } as FilterDefinition) : declared;
        if (value === null || value === '' || (Array.isArray(value) && value.length === 0 && kind !== 'id')) continue;
        const values: unknown[] = Array.isArray(value) ? value : [value];
        if (values.length > MAX_FILTER_VALUES) {
          problems.push({
            path: `filter.${name}`,
            rule: 'count',
            message: `${name} takes at most ${MAX_FILTER_VALUES} values`,
          });
          continue;
        }
        if (values.some((item) => typeof item === 'string' && item.length > MAX_FILTER_TEXT)) {
          problems.push({
            path: `filter.${name}`,
            rule: 'length',
            message: `${name} values are at most ${MAX_FILTER_TEXT} characters long`,
          });
          continue;
        }
        if (!values.every((item) => acceptsFilterValue(kind, item))) {
          problems.push({
            path: `filter.${name}`,
            rule: kind,
            // The bounds of the filter itself where it has them, not those of the type.
            message: range
              ? `${name} takes whole numbers from ${range[0]} to ${range[1]}`
              : `${name} takes ${FILTER_KIND_DESCRIPTIONS[kind]}`,
          });
          continue;
        }
        if (vocabulary && !values.every((item) => vocabulary.includes(item as string))) {
          problems.push({
            path: `filter.${name}`,
            rule: 'vocabulary',
            message: `${name} takes ${vocabulary.join(', ')}`,
          });
          continue;
        }
        if (pattern && !values.every((item) => pattern.test(item as string))) {
          problems.push({
            path: `filter.${name}`,
            rule: 'pattern',
            message: `${name} takes ${format ?? `values matching ${pattern}`}`,
          });
          continue;
        }
        if (range && !values.every((item) => Number(item) >= range[0] && Number(item) <= range[1])) {
          problems.push({
            path: `filter.${name}`,
            rule: 'range',
            message: `${name} takes whole numbers from ${range[0]} to ${range[1]}`,
          });
          continue;
        }
        filter[name] = values.map((item) => toFilterValue(kind, item));
      }
    }
  }
  return problems.length ? { problems } : { query: { sort, offset, limit, filter } };
}

/** `Content-Range: cases 0-24/319` as ra-data-simple-rest reads it. */
export function contentRange(resource: string, offset: number, count: number, total: number): string {
  return count === 0 ? `${resource} */${total}` : `${resource} ${offset}-${offset + count - 1}/${total}`;
}

/** An ILIKE pattern matching `text` anywhere, with LIKE's own characters taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

import { Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseRecord, CaseResponse } from '@caseatlas/contracts';
import { ListQuery, ProblemsException, Problem, validateAs } from '@caseatlas/validation';
import { toCaseRecord, toCaseRows } from './case-mapping';
import { CaseRepository, CaseSortField } from './case.repository';
import { isUniqueViolation, StaleVersionException } from './conflicts';
import { CaseRecordDto, UpdateCaseDto } from './dto/case-record.dto';
import { StatuteRepository } from './statute.repository';
import { findCaseInconsistencies } from './validation/case-consistency';

export type StatuteLookup = ReadonlyMap<string, { jurisdiction: string }>;
export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

@Injectable()
export class CaseService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly statutes: StatuteRepository,
  ) {}

  list(query: ListQuery<CaseSortField>) {
    return this.cases.findPage(query);
  }

  async get(id: string): Promise<CaseResponse> {
    return (await this.cases.findById(id)) ?? this.notFound(id);
  }

  async create(record: CaseRecordDto): Promise<CaseResponse> {
    return this.cases.transaction(async (manager) => {
      await this.assertConsistent(manager, record);
      const id = await this.insertOrExplain(manager, record);
      return (await this.cases.findById(id, manager))!;
    });
  }

  /** Merges the given fields onto the current record; refuses a stale `version` with 409. */
  async update(id: string, changes: UpdateCaseDto): Promise<CaseResponse> {
    return this.cases.transaction(async (manager) => {
      const current = (await this.cases.lockById(manager, id)) ?? this.notFound(id);
      const { version, id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = changes;
      if (version !== undefined && version !== current.version) {
        throw new StaleVersionException('case', version, current.version);
      }
      const merged = validateAs(CaseRecordDto, { ...toCaseRecord(current), ...withoutUndefined(fields) });
      if (merged.problems) throw new ProblemsException(merged.problems);
      await this.assertConsistent(manager, merged.value);
      try {
        await this.cases.replace(manager, id, merged.value, current.version + 1);
      } catch (error) {
        throw this.explainWriteError(error);
      }
      return (await this.cases.findById(id, manager))!;
    });
  }

  async delete(id: string): Promise<CaseResponse> {
    return this.cases.transaction(async (manager) => {
      const current = (await this.cases.lockById(manager, id)) ?? this.notFound(id);
      await this.cases.delete(manager, id);
      return current;
    });
  }

  /**
   * Import: creates the case or replaces the one with the same reference, in one
   * transaction. Returns the problems instead of throwing, so a file goes on after a bad row.
   */
  async upsertByReference(
    record: CaseRecordDto,
    statutes: StatuteLookup,
    options: { dryRun?: boolean } = {},
  ): Promise<{ outcome: UpsertOutcome; problems?: undefined } | { outcome?: undefined; problems: Problem[] }> {
    const problems = findCaseInconsistencies(record, statutes);
    if (problems.length) return { problems };
    if (options.dryRun)
      return { outcome: (await this.cases.existsWithReference(record.reference)) ? 'updated' : 'created' };
    return this.cases.transaction(async (manager) => {
      const current = await this.cases.lockByReference(manager, record.reference);
      if (!current) {
        await this.cases.insert(manager, record);
        return { outcome: 'created' as const };
      }
      if (sameRecord(toCaseRecord(current), record)) return { outcome: 'unchanged' as const };
      await this.cases.replace(manager, current.id, record, current.version + 1);
      return { outcome: 'updated' as const };
    });
  }

  private async assertConsistent(manager: EntityManager, record: CaseRecord): Promise<void> {
    const statutes = await this.statutes.jurisdictionsOf(
      [...new Set(record.charges.map((charge) => charge.statute))],
      manager,
    );
    const problems = findCaseInconsistencies(record, statutes);
    if (problems.length) throw new ProblemsException(problems);
  }

  private async insertOrExplain(manager: EntityManager, record: CaseRecord): Promise<string> {
    try {
      return await this.cases.insert(manager, record);
    } catch (error) {
      throw this.explainWriteError(error);
    }
  }

  private explainWriteError(error: unknown): unknown {
    if (isUniqueViolation(error, 'cases_reference_key')) {
      return new ProblemsException([
        { path: 'reference', rule: 'unique', message: 'another case already has this reference' },
      ]);
    }
    return error;
  }

  private notFound(id: string): never {
    throw new NotFoundException(`No case with id ${id}`);
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

/** Compares what would be stored, so absent and null, or class and plain objects, compare equal. */
function sameRecord(stored: CaseRecord, incoming: CaseRecord): boolean {
  return canonicalJson(toCaseRows(stored)) === canonicalJson(toCaseRows(incoming));
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field ?? null)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

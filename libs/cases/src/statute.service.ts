import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AnonymizerWorker } from '@caseatlas/anonymizer';
import type { StatuteRecord, StatuteResponse } from '@caseatlas/contracts';
import { ListQuery, ProblemsException, validateAs } from '@caseatlas/validation';
import { isUniqueViolation, StaleVersionException } from './conflicts';
import { StatuteRecordDto, UpdateStatuteDto } from './dto/statute.dto';
import { StatuteRepository, StatuteSortField } from './statute.repository';
import { findStatuteInconsistencies } from './validation/case-consistency';

@Injectable()
export class StatuteService {
  constructor(
    private readonly statutes: StatuteRepository,
    private readonly anonymizer: AnonymizerWorker,
  ) {}

  list(query: ListQuery<StatuteSortField>) {
    return this.statutes.findPage(query);
  }

  async get(key: string): Promise<StatuteResponse> {
    return (await this.statutes.findByKey(key)) ?? this.notFound(key);
  }

  async create(typed: StatuteRecordDto): Promise<StatuteResponse> {
    assertConsistent(typed);
    const record = await this.anonymized(typed);
    return this.statutes.transaction(async (manager) => {
      try {
        await this.statutes.insert(manager, record);
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new ProblemsException([
            { path: 'key', rule: 'unique', message: `statute ${record.key} already exists` },
          ]);
        }
        throw error;
      }
      return (await this.statutes.findByKey(record.key, manager))!;
    });
  }

  async update(key: string, changes: UpdateStatuteDto): Promise<StatuteResponse> {
    return this.statutes.transaction(async (manager) => {
      const current = (await this.statutes.lockByKey(manager, key)) ?? this.notFound(key);
      const { version, id: _id, ...fields } = changes;
      if (version === undefined) {
        throw new ProblemsException([
          {
            path: 'version',
            rule: 'required',
            message: 'send the version you read, so no one else’s changes are overwritten',
          },
        ]);
      }
      if (version !== current.version) throw new StaleVersionException('statute', version, current.version);
      if (fields.key !== undefined && fields.key !== key) {
        throw new ProblemsException([{ path: 'key', rule: 'immutable', message: 'a statute key cannot change' }]);
      }
      const { id: _currentId, version: _currentVersion, ...currentRecord } = current;
      const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      const merged = validateAs(StatuteRecordDto, { ...currentRecord, ...defined });
      if (merged.problems) throw new ProblemsException(merged.problems);
      assertConsistent(merged.value);
      await this.statutes.replace(manager, await this.anonymized(merged.value), current.version + 1);
      return (await this.statutes.findByKey(key, manager))!;
    });
  }

  /** A statute that charges use stays: deleting it would rewrite those cases' history. */
  async delete(key: string): Promise<StatuteResponse> {
    return this.statutes.transaction(async (manager) => {
      const current = (await this.statutes.lockByKey(manager, key)) ?? this.notFound(key);
      const charges = await this.statutes.countCharges(manager, key);
      if (charges > 0) {
        throw new ConflictException(
          `Statute ${key} is used by ${charges} charge${charges === 1 ? '' : 's'}; it cannot be deleted`,
        );
      }
      await this.statutes.delete(manager, key);
      return current;
    });
  }

  /** Import: create or replace by key. */
  async upsert(typed: StatuteRecordDto, options: { dryRun?: boolean } = {}) {
    const problems = findStatuteInconsistencies(typed);
    if (problems.length) return { problems };
    if (options.dryRun)
      return { outcome: (await this.statutes.findByKey(typed.key)) ? ('updated' as const) : ('created' as const) };
    const record = await this.anonymized(typed);
    return this.statutes.transaction(async (manager) => {
      const current = await this.statutes.lockByKey(manager, record.key);
      if (!current) {
        await this.statutes.insert(manager, record);
        return { outcome: 'created' as const };
      }
      await this.statutes.replace(manager, record, current.version + 1);
      return { outcome: 'updated' as const };
    });
  }

  /**
   * A title is typed like a case's texts, so it is anonymized like them before it is stored: a
   * statute's title names no one, and one that does keeps only a placeholder.
   */
  private async anonymized<T extends StatuteRecord>(record: T): Promise<T> {
    const { texts } = await this.anonymizer.anonymizeTexts({ title: record.title });
    return { ...record, title: texts.title };
  }

  private notFound(key: string): never {
    throw new NotFoundException(`No statute with key ${key}`);
  }
}

function assertConsistent(record: StatuteRecord): void {
  const problems = findStatuteInconsistencies(record);
  if (problems.length) throw new ProblemsException(problems);
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { transactionWithAudit } from '@caseatlas/audit';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import type { StatuteRecord, StatuteResponse } from '@caseatlas/contracts';
import { containsPattern } from '@caseatlas/validation';
import type { ListQuery } from '@caseatlas/validation';
import { CaseChargeEntity, StatuteEntity } from './entities';
import { SearchOutbox } from './search-outbox';

export const STATUTE_SORT_COLUMNS = {
  key: 'statute.key',
  jurisdiction: 'statute.jurisdiction',
  title: 'statute.title',
  penaltyMinMonths: 'statute.penaltyMinMonths',
  penaltyMaxMonths: 'statute.penaltyMaxMonths',
} as const;
export type StatuteSortField = keyof typeof STATUTE_SORT_COLUMNS;

export function toStatuteResponse(row: StatuteEntity): StatuteResponse {
  return {
    id: row.key,
    key: row.key,
    jurisdiction: row.jurisdiction,
    title: row.title,
    penaltyMinMonths: row.penaltyMinMonths,
    penaltyMaxMonths: row.penaltyMaxMonths,
    lifePossible: row.lifePossible,
    purposes: row.purposes as StatuteRecord['purposes'],
    validFrom: row.validFrom,
    validTo: row.validTo,
    version: row.version,
  };
}

function toStatuteRow(record: StatuteRecord): Omit<StatuteEntity, 'version' | 'createdAt' | 'updatedAt'> {
  return {
    key: record.key,
    jurisdiction: record.jurisdiction,
    title: record.title,
    penaltyMinMonths: record.penaltyMinMonths,
    penaltyMaxMonths: record.penaltyMaxMonths,
    lifePossible: record.lifePossible,
    purposes: record.purposes,
    validFrom: record.validFrom ?? null,
    validTo: record.validTo ?? null,
  };
}

@Injectable()
export class StatuteRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: SearchOutbox,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return transactionWithAudit(this.dataSource, work);
  }

  async findPage(query: ListQuery<StatuteSortField>): Promise<{ rows: StatuteResponse[]; total: number }> {
    const builder = this.dataSource.manager.createQueryBuilder(StatuteEntity, 'statute');
    const { id, q, jurisdiction, purpose } = query.filter;
    if (id) builder.andWhere('statute.key IN (:...keys)', { keys: id.length ? id : [null] });
    if (q) {
      builder.andWhere(
        new Brackets((either) =>
          q.forEach((text, index) =>
            either.orWhere(`(statute.key ILIKE :q${index} OR statute.title ILIKE :q${index})`, {
              [`q${index}`]: containsPattern(String(text)),
            }),
          ),
        ),
      );
    }
    if (jurisdiction) builder.andWhere('statute.jurisdiction IN (:...jurisdictions)', { jurisdictions: jurisdiction });
    if (purpose) builder.andWhere('statute.purposes && CAST(:purposes AS text[])', { purposes: purpose });
    builder.orderBy(STATUTE_SORT_COLUMNS[query.sort.field], query.sort.order);
    // The key breaks ties so pages never overlap.
    if (query.sort.field !== 'key') builder.addOrderBy('statute.key', 'ASC');
    const [rows, total] = await builder.offset(query.offset).limit(query.limit).getManyAndCount();
    return { rows: rows.map(toStatuteResponse), total };
  }

  async findAll(manager: EntityManager = this.dataSource.manager): Promise<StatuteResponse[]> {
    return (await manager.find(StatuteEntity, { order: { key: 'ASC' } })).map(toStatuteResponse);
  }

  async findByKey(key: string, manager: EntityManager = this.dataSource.manager): Promise<StatuteResponse | null> {
    const row = await manager.findOne(StatuteEntity, { where: { key } });
    return row ? toStatuteResponse(row) : null;
  }

  async lockByKey(manager: EntityManager, key: string): Promise<StatuteResponse | null> {
    const row = await manager
      .createQueryBuilder(StatuteEntity, 'statute')
      .setLock('pessimistic_write')
      .where('statute.key = :key', { key })
      .getOne();
    return row ? toStatuteResponse(row) : null;
  }

  /** Key → jurisdiction of those keys that exist; what case validation needs. */
  async jurisdictionsOf(keys: string[], manager: EntityManager = this.dataSource.manager) {
    if (keys.length === 0) return new Map<string, { jurisdiction: string }>();
    const rows = await manager.find(StatuteEntity, {
      select: { key: true, jurisdiction: true },
      where: { key: In(keys) },
    });
    return new Map(rows.map((row) => [row.key, { jurisdiction: row.jurisdiction }]));
  }

  async allJurisdictions(): Promise<Map<string, { jurisdiction: string }>> {
    const rows = await this.dataSource.manager.find(StatuteEntity, { select: { key: true, jurisdiction: true } });
    return new Map(rows.map((row) => [row.key, { jurisdiction: row.jurisdiction }]));
  }

  async countCharges(manager: EntityManager, key: string): Promise<number> {
    return manager.count(CaseChargeEntity, { where: { statuteKey: key } });
  }

  async insert(manager: EntityManager, record: StatuteRecord): Promise<void> {
    await manager.insert(StatuteEntity, { ...toStatuteRow(record), version: 1, updatedAt: new Date() });
  }

  async replace(manager: EntityManager, record: StatuteRecord, version: number): Promise<void> {
    await manager.update(
      StatuteEntity,
      { key: record.key },
      { ...toStatuteRow(record), version, updatedAt: new Date() },
    );
    await this.outbox.casesChargingChanged(manager, record.key);
  }

  async delete(manager: EntityManager, key: string): Promise<void> {
    await manager.delete(StatuteEntity, { key });
  }
}

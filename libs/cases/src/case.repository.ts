import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { transactionWithAudit } from '@caseatlas/audit';
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { CASE_FILTERS } from '@caseatlas/contracts';
import type {
  CaseFilterDefinition,
  CaseFilterName,
  CaseFilterTarget,
  CaseRecord,
  CaseResponse,
  CaseStatus,
} from '@caseatlas/contracts';
import { containsPattern } from '@caseatlas/validation';
import type { ListQuery } from '@caseatlas/validation';
import { CaseChildren, CaseRows, toCaseResponse, toCaseRows } from './case-mapping';
import {
  CaseChargeEntity,
  CaseDefendantEntity,
  CaseEntity,
  CaseRouteCountryEntity,
  CaseVictimGroupEntity,
} from './entities';
import { AnnotationAnchors } from './annotation-anchors';
import { citedReferences, SearchOutbox } from './search-outbox';

/** Bounds the ids a search excludes (Elasticsearch takes 65,536 terms): a backlog this large is an outage. */
const MAX_HIDDEN_WHILE_INDEXING = 10_000;

export const CASE_SORT_COLUMNS = {
  reference: 'case_study.reference',
  title: 'case_study.title',
  jurisdiction: 'case_study.jurisdiction',
  status: 'case_study.status',
  verdictDate: 'case_study.firstInstanceVerdict',
  createdAt: 'case_study.createdAt',
  updatedAt: 'case_study.updatedAt',
} as const;
export type CaseSortField = keyof typeof CASE_SORT_COLUMNS;
export const CASE_SORT_FIELDS = Object.keys(CASE_SORT_COLUMNS) as CaseSortField[];

/**
 * Rows of an entity in one statement with one parameter (the rows as JSON, by column name).
 * TypeORM's multi-row insert spent more of an import's time building its parameter list than
 * PostgreSQL spent storing the rows. Columns left out take their defaults.
 */
async function insertRows<Returned = never>(
  manager: EntityManager,
  entity: new () => object,
  rows: object[],
  returning?: string,
): Promise<Returned[]> {
  if (rows.length === 0) return [];
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns.filter((column) => column.propertyName in rows[0]);
  const names = columns.map((column) => `"${column.databaseName}"`).join(', ');
  const json = rows.map((row) =>
    Object.fromEntries(columns.map((column) => [column.databaseName, column.getEntityValue(row)])),
  );
  return manager.query(
    `INSERT INTO "${metadata.tableName}" (${names})
     SELECT ${names} FROM json_populate_recordset(NULL::"${metadata.tableName}", $1::json)
     ${returning ? `RETURNING ${returning}` : ''}`,
    [JSON.stringify(json)],
  );
}

/**
 * The case domain's reads and writes of cases; children are always written with their case, in one
 * transaction. The search index (CaseIndexReader) and shared exports (SharedPeopleRepository) read
 * the same tables for their own purposes; the outbox has its own writer (SearchOutbox).
 */
@Injectable()
export class CaseRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly anchors: AnnotationAnchors,
    private readonly outbox: SearchOutbox,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return transactionWithAudit(this.dataSource, work);
  }

  /** One page of the cases whose status is among `readable` (the actor's row-level rule). */
  async findPage(
    query: ListQuery<CaseSortField>,
    readable: readonly CaseStatus[],
  ): Promise<{ rows: CaseResponse[]; total: number }> {
    const builder = this.filtered(query.filter)
      .andWhere('case_study.status IN (:...readable)', { readable: readable.length ? readable : [null] })
      .orderBy(CASE_SORT_COLUMNS[query.sort.field], query.sort.order, 'NULLS LAST')
      .addOrderBy('case_study.id', 'ASC')
      .offset(query.offset)
      .limit(query.limit);
    const [cases, total] = await builder.getManyAndCount();
    return { rows: await this.recordsOf(this.dataSource.manager, cases), total };
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<CaseResponse | null> {
    const row = await manager.findOne(CaseEntity, { where: { id } });
    return row ? (await this.recordsOf(manager, [row]))[0] : null;
  }

  /** The next `limit` cases by reference after `after` (keyset paging for exports). */
  async findBatchAfter(after: string | undefined, limit: number): Promise<CaseResponse[]> {
    const builder = this.dataSource.manager
      .createQueryBuilder(CaseEntity, 'case_study')
      .orderBy('case_study.reference', 'ASC')
      .limit(limit);
    if (after !== undefined) builder.where('case_study.reference > :after', { after });
    return this.recordsOf(this.dataSource.manager, await builder.getMany());
  }

  /** The current status of each of these cases that still exists. */
  async statusesOf(ids: string[]): Promise<Map<string, CaseStatus>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; status: CaseStatus }[] = await this.dataSource.query(
      'SELECT id, status FROM cases WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.status]));
  }

  /**
   * Cases the search index still shows in a state PostgreSQL no longer has: changed or deleted,
   * with their change still waiting in the outbox, and now in none of the `readable` statuses.
   */
  async hiddenWhileIndexing(readable: readonly CaseStatus[]): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT o.case_id AS id FROM search_outbox o LEFT JOIN cases c ON c.id = o.case_id
        WHERE c.id IS NULL OR NOT (c.status::text = ANY($1::text[]))
        LIMIT ${MAX_HIDDEN_WHILE_INDEXING}`,
      [readable],
    );
    return rows.map((row) => row.id);
  }

  async isEmpty(): Promise<boolean> {
    return !(await this.dataSource.manager.exists(CaseEntity));
  }

  /** Locks the row until the transaction ends, so concurrent updates queue instead of overwriting. */
  lockById(manager: EntityManager, id: string): Promise<CaseResponse | null> {
    return this.lockOne(manager, 'case_study.id = :id', { id });
  }

  /** The cases with these references, locked like `lockById` (in reference order, so two imports never deadlock). */
  async lockByReferences(manager: EntityManager, references: string[]): Promise<CaseResponse[]> {
    return this.byReferences(manager, references, true);
  }

  /** The cases with these references, read without locking them (an import's dry run). */
  async findByReferences(references: string[]): Promise<CaseResponse[]> {
    return this.byReferences(this.dataSource.manager, references, false);
  }

  private async byReferences(manager: EntityManager, references: string[], lock: boolean): Promise<CaseResponse[]> {
    if (references.length === 0) return [];
    const query = manager
      .createQueryBuilder(CaseEntity, 'case_study')
      .where('case_study.reference IN (:...references)', { references })
      .orderBy('case_study.reference', 'ASC');
    return this.recordsOf(manager, await (lock ? query.setLock('pessimistic_write') : query).getMany());
  }

  private async lockOne(manager: EntityManager, where: string, parameters: Record<string, string>) {
    const row = await manager
      .createQueryBuilder(CaseEntity, 'case_study')
      .setLock('pessimistic_write')
      .where(where, parameters)
      .getOne();
    return row ? (await this.recordsOf(manager, [row]))[0] : null;
  }

  async insert(manager: EntityManager, record: CaseRecord): Promise<string> {
    return (await this.insertMany(manager, [record]))[0];
  }

  /**
   * New cases with their children and their outbox rows, a few statements for all of them
   * (an import writes hundreds per transaction). Returns their ids in the records' order.
   */
  async insertMany(manager: EntityManager, records: CaseRecord[]): Promise<string[]> {
    if (records.length === 0) return [];
    const rows = records.map(toCaseRows);
    const updatedAt = new Date();
    const inserted: { id: string; reference: string }[] = await insertRows(
      manager,
      CaseEntity,
      rows.map((row) => ({ ...row.case, version: 1, updatedAt })),
      'id, reference',
    );
    // By reference, not by position: PostgreSQL does not promise RETURNING in input order.
    const idOf = new Map(inserted.map((row) => [row.reference, row.id]));
    const ids = records.map((record) => idOf.get(record.reference)!);
    await this.insertChildren(
      manager,
      rows.map((row, index) => ({ caseId: ids[index], rows: row })),
    );
    await this.outbox.casesChanged(
      manager,
      ids,
      records.flatMap((record) => citedReferences(record.relatedCases)),
    );
    return ids;
  }

  async replace(manager: EntityManager, id: string, record: CaseRecord, version: number): Promise<void> {
    const rows = toCaseRows(record);
    const before = await this.outbox.citedBy(manager, id);
    const previous = await manager.findOneOrFail(CaseEntity, { where: { id }, select: { summary: true, facts: true } });
    await manager.update(CaseEntity, { id }, { ...rows.case, version, updatedAt: new Date() });
    // Charges reference defendants, so they go with them (ON DELETE CASCADE).
    await manager.delete(CaseDefendantEntity, { caseId: id });
    await manager.delete(CaseVictimGroupEntity, { caseId: id });
    await manager.delete(CaseRouteCountryEntity, { caseId: id });
    await this.insertChildren(manager, [{ caseId: id, rows }]);
    await this.outbox.casesChanged(manager, [id], [...before, ...citedReferences(record.relatedCases)]);
    // Annotations move with their passage in this transaction (re-anchoring is part of the change).
    await this.anchors.reanchor(
      manager,
      id,
      { summary: record.summary, facts: record.facts },
      { summary: previous.summary, facts: previous.facts },
    );
  }

  /** Annotations on the case, everyone's (a count says nothing of what a private one holds). */
  async annotationCountOf(manager: EntityManager, id: string): Promise<number> {
    const [row]: { count: number }[] = await manager.query(
      'SELECT count(*)::int AS count FROM annotations WHERE case_id = $1',
      [id],
    );
    return row.count;
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await this.outbox.deleteCase(manager, id);
  }

  /** Charges after defendants: a charge references its defendant. */
  private async insertChildren(manager: EntityManager, cases: { caseId: string; rows: CaseRows }[]) {
    const children = <T extends object>(of: (rows: CaseRows) => T[]) =>
      cases.flatMap(({ caseId, rows }) => of(rows).map((item) => ({ ...item, caseId })));
    await insertRows(
      manager,
      CaseDefendantEntity,
      children((rows) => rows.defendants),
    );
    await insertRows(
      manager,
      CaseChargeEntity,
      children((rows) => rows.charges),
    );
    await insertRows(
      manager,
      CaseVictimGroupEntity,
      children((rows) => rows.victimGroups),
    );
    await insertRows(
      manager,
      CaseRouteCountryEntity,
      children((rows) => rows.routeCountries),
    );
  }

  /** These case rows as records, their children read with them (the search index reads cases so too). */
  async recordsOf(manager: EntityManager, cases: CaseEntity[]): Promise<CaseResponse[]> {
    if (cases.length === 0) return [];
    const caseIds = cases.map((row) => row.id);
    const load = <T extends object>(entity: new () => T) =>
      manager.createQueryBuilder(entity, 'child').where('child.case_id IN (:...caseIds)', { caseIds }).getMany();
    // One after another: inside a transaction they share one connection.
    const defendants = await load(CaseDefendantEntity);
    const charges = await load(CaseChargeEntity);
    const victimGroups = await load(CaseVictimGroupEntity);
    const routeCountries = await load(CaseRouteCountryEntity);
    const [defendantsOf, chargesOf, victimGroupsOf, routeCountriesOf] = [
      byCase(defendants),
      byCase(charges),
      byCase(victimGroups),
      byCase(routeCountries),
    ];
    return cases.map((row) => {
      const children: CaseChildren = {
        defendants: defendantsOf.get(row.id) ?? [],
        charges: chargesOf.get(row.id) ?? [],
        victimGroups: victimGroupsOf.get(row.id) ?? [],
        routeCountries: routeCountriesOf.get(row.id) ?? [],
      };
      return toCaseResponse(row, children);
    });
  }

  /** The case filters (CASE_FILTERS) as SQL, each through the condition of its target. */
  private filtered(filter: ListQuery['filter']): SelectQueryBuilder<CaseEntity> {
    const builder = this.dataSource.manager.createQueryBuilder(CaseEntity, 'case_study');
    for (const [name, values] of Object.entries(filter)) {
      const definition: CaseFilterDefinition | undefined = CASE_FILTERS[name as CaseFilterName];
      if (!definition) throw new Error(`unknown case filter ${name}: the list query lets only CASE_FILTERS through`);
      const parameter = `filter_${name}`;
      builder.andWhere(
        TARGET_CONDITIONS[definition.target](parameter, values),
        // An empty id list matches nothing (react-admin's getMany of no ids).
        { [parameter]: values.length ? values : [null] },
      );
    }
    return builder;
  }
}

const routeStageCondition = (stage: string, parameter: string) =>
  `EXISTS (SELECT 1 FROM case_route_countries stop WHERE stop.case_id = case_study.id AND stop.stage = '${stage}' AND stop.country IN (:...${parameter}))`;

/**
 * Each filter target as a condition on `case_study`, taking the filter's values as the
 * `parameter` list (any value matches). Exhaustive: a new target does not compile without one.
 */
const TARGET_CONDITIONS: Record<
  CaseFilterTarget,
  (parameter: string, values: ListQuery['filter'][string]) => string | Brackets
> = {
  id: (parameter) => `case_study.id IN (:...${parameter})`,
  reference: (parameter) => `case_study.reference IN (:...${parameter})`,
  titleOrReference: (_parameter, values) =>
    new Brackets((either) => {
      values.forEach((text, index) => {
        either.orWhere(`(case_study.title ILIKE :q${index} OR case_study.reference ILIKE :q${index})`, {
          [`q${index}`]: containsPattern(String(text)),
        });
      });
    }),
  jurisdiction: (parameter) => `case_study.jurisdiction IN (:...${parameter})`,
  status: (parameter) => `case_study.status IN (:...${parameter})`,
  courtLevel: (parameter) => `case_study.court_level IN (:...${parameter})`,
  acts: (parameter) => `case_study.acts && CAST(:${parameter} AS text[])`,
  means: (parameter) => `case_study.means && CAST(:${parameter} AS text[])`,
  exploitationPurposes: (parameter) => `case_study.exploitation_purposes && CAST(:${parameter} AS text[])`,
  sectors: (parameter) => `case_study.sectors && CAST(:${parameter} AS text[])`,
  'charges.statute': (parameter) =>
    `EXISTS (SELECT 1 FROM case_charges charge WHERE charge.case_id = case_study.id AND charge.statute_key IN (:...${parameter}))`,
  'defendants.verdict': (parameter) =>
    `EXISTS (SELECT 1 FROM case_defendants defendant WHERE defendant.case_id = case_study.id AND defendant.verdict IN (:...${parameter}))`,
  // Bounds: every bound sent must hold, so the tightest one decides. Life is longer than any term.
  'defendants.custodialMonths.min': (parameter) =>
    `EXISTS (SELECT 1 FROM case_defendants defendant WHERE defendant.case_id = case_study.id AND defendant.sentenced
       AND (defendant.life_sentence OR defendant.custodial_months >= (SELECT max(bound) FROM unnest(CAST(:${parameter} AS integer[])) bound)))`,
  'defendants.custodialMonths.max': (parameter) =>
    `EXISTS (SELECT 1 FROM case_defendants defendant WHERE defendant.case_id = case_study.id AND defendant.sentenced
       AND NOT defendant.life_sentence AND defendant.custodial_months <= (SELECT min(bound) FROM unnest(CAST(:${parameter} AS integer[])) bound))`,
  'route.countries': (parameter) =>
    `EXISTS (SELECT 1 FROM case_route_countries stop WHERE stop.case_id = case_study.id AND stop.country IN (:...${parameter}))`,
  'route.origin': (parameter) => routeStageCondition('origin', parameter),
  'route.transit': (parameter) => routeStageCondition('transit', parameter),
  'route.destination': (parameter) => routeStageCondition('destination', parameter),
  crossBorder: (parameter) =>
    `EXISTS (SELECT 1 FROM case_route_countries stop WHERE stop.case_id = case_study.id AND stop.country <> case_study.jurisdiction)
       IN (SELECT value FROM unnest(CAST(:${parameter} AS boolean[])) value)`,
  'cooperation.instruments': (parameter) =>
    `CAST(ARRAY_REMOVE(ARRAY[
       CASE WHEN jsonb_array_length(case_study.cooperation->'mlaRequests') > 0 THEN 'mutual_legal_assistance' END,
       CASE WHEN (case_study.cooperation->>'jointInvestigationTeam')::boolean THEN 'joint_investigation_team' END,
       CASE WHEN jsonb_array_length(case_study.cooperation->'extraditions') > 0 THEN 'extradition' END,
       CASE WHEN (case_study.cooperation->>'interpolNotices')::integer > 0 THEN 'interpol_notice' END
     ], NULL) AS text[]) && CAST(:${parameter} AS text[])`,
  'victims.minors': (parameter) =>
    `EXISTS (SELECT 1 FROM case_victim_groups victims WHERE victims.case_id = case_study.id AND victims.minors > 0)
       IN (SELECT value FROM unnest(CAST(:${parameter} AS boolean[])) value)`,
  verdictYear: (parameter) => `case_study.verdict_year IN (:...${parameter})`,
  'verdictYear.min': (parameter) =>
    `case_study.verdict_year >= (SELECT max(bound) FROM unnest(CAST(:${parameter} AS integer[])) bound)`,
  'verdictYear.max': (parameter) =>
    `case_study.verdict_year <= (SELECT min(bound) FROM unnest(CAST(:${parameter} AS integer[])) bound)`,
  tags: (parameter) => `case_study.tags && CAST(:${parameter} AS text[])`,
};

/** Rows by the case they belong to, in their order: one pass, where filtering per case is quadratic. */
/** Rows grouped by their case. */
export function byCase<Row extends { caseId: string }>(rows: Row[]): Map<string, Row[]> {
  const grouped = new Map<string, Row[]>();
  for (const row of rows) {
    const group = grouped.get(row.caseId);
    if (group) group.push(row);
    else grouped.set(row.caseId, [row]);
  }
  return grouped;
}

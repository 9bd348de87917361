import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { byCase, CaseEntity, CaseRepository } from '@caseatlas/cases';
import type { CaseResponse } from '@caseatlas/contracts';

/**
 * The search index's read model: cases as their search documents need them, read in the
 * snapshot of the caller's manager (a relay's batch, a rebuild's snapshot). Search's own read of
 * the case and annotation tables, beside the case domain's repository.
 */
export interface CaseForIndexing {
  record: CaseResponse;
  /** The external version of its search document. */
  indexVersion: number;
  /** Published cases whose related cases say they cite it. */
  citedBy: number;
  /** Its annotations, searchable by those allowed to see them (the search applies who may). */
  annotations: IndexedAnnotation[];
}

export interface IndexedAnnotation {
  authorId: string;
  visibility: 'private' | 'group' | 'readers';
  groupId: string | null;
  tags: string[];
  comment: string;
}

@Injectable()
export class CaseIndexReader {
  constructor(private readonly cases: CaseRepository) {}

  /**
   * Cases as the search index needs them: the case, its index version and how many published
   * cases cite it. Read in one snapshot by the caller's manager.
   */
  async findForIndexing(manager: EntityManager, ids: string[]): Promise<CaseForIndexing[]> {
    if (ids.length === 0) return [];
    const rows = await manager
      .createQueryBuilder(CaseEntity, 'case_study')
      .where('case_study.id IN (:...ids)', { ids })
      .getMany();
    return this.forIndexing(manager, rows);
  }

  /** The next `limit` cases by id after `after`: a full rebuild of the index reads them all. */
  async findBatchForIndexing(manager: EntityManager, after: string | undefined, limit: number) {
    const builder = manager.createQueryBuilder(CaseEntity, 'case_study').orderBy('case_study.id', 'ASC').limit(limit);
    if (after !== undefined) builder.where('case_study.id > :after', { after });
    return this.forIndexing(manager, await builder.getMany());
  }

  private async forIndexing(manager: EntityManager, rows: CaseEntity[]): Promise<CaseForIndexing[]> {
    if (rows.length === 0) return [];
    // One count per case, each through the GIN index on related_cases: a join on a computed
    // jsonb value cannot use it and scanned every case (12 s a batch at 100,000 cases).
    const citations: { id: string; count: number }[] = await manager.query(
      `SELECT target.id,
              (SELECT count(*) FROM cases citing
                WHERE citing.related_cases @> jsonb_build_array(
                        jsonb_build_object('reference', target.reference, 'relation', 'cites'))
                  AND citing.id <> target.id AND citing.status = 'published')::int AS count
         FROM cases target
        WHERE target.id = ANY($1::uuid[])`,
      [rows.map((row) => row.id)],
    );
    const citedBy = new Map(citations.map((row) => [row.id, row.count]));
    const annotations: (IndexedAnnotation & { caseId: string })[] = await manager.query(
      `SELECT case_id AS "caseId", author_id AS "authorId", visibility, group_id AS "groupId", tags, comment
         FROM annotations WHERE case_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [rows.map((row) => row.id)],
    );
    const annotationsOf = byCase(annotations);
    const cases = await this.cases.recordsOf(manager, rows);
    return cases.map((record, index) => ({
      record,
      indexVersion: Number(rows[index].indexVersion),
      citedBy: citedBy.get(record.id) ?? 0,
      annotations: (annotationsOf.get(record.id) ?? []).map(({ caseId: _caseId, ...annotation }) => annotation),
    }));
  }
}

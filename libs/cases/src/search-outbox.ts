import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseRecord } from '@caseatlas/contracts';

/** The references a case cites (its `relatedCases` of relation `cites`). */
export const citedReferences = (related: CaseRecord['relatedCases']) =>
  related.filter((relation) => relation.relation === 'cites').map((relation) => relation.reference);

/**
 * The transactional outbox of precedent search, the one writer of `search_outbox`: every change
 * of what a case's search document holds gives the case a new index version and an outbox row,
 * in the transaction of the change, which the index relays drain (libs/search). A case's cited-by
 * count lives in the documents of the cases it cites, so they change with it.
 */
@Injectable()
export class SearchOutbox {
  /** These cases, and the cases with these references, changed. */
  async casesChanged(manager: EntityManager, ids: string[], references: string[]): Promise<void> {
    if (ids.length === 0 && references.length === 0) return;
    await this.renew(manager, 'id = ANY($1::uuid[]) OR reference = ANY($2::text[])', [ids, [...new Set(references)]]);
  }

  /** Deletes the case; its outbox row outlives it, one version above the last, and deletes the document. */
  async deleteCase(manager: EntityManager, id: string): Promise<void> {
    const cited = await this.citedBy(manager, id);
    await manager.query(
      `WITH gone AS (DELETE FROM cases WHERE id = $1 RETURNING id, index_version + 1 AS index_version)
       INSERT INTO search_outbox (case_id, index_version) SELECT id, index_version FROM gone`,
      [id],
    );
    await this.casesChanged(manager, [], cited);
  }

  /**
   * A statute's penalty range places the sentences of the cases charging it (gravest statute,
   * position in range): they are indexed again.
   */
  async casesChargingChanged(manager: EntityManager, statuteKey: string): Promise<void> {
    await this.renew(manager, 'id IN (SELECT case_id FROM case_charges WHERE statute_key = $1)', [statuteKey]);
  }

  /** A new index version and an outbox row for each case `where` selects. */
  private async renew(manager: EntityManager, where: string, parameters: unknown[]): Promise<void> {
    await manager.query(
      `WITH changed AS (
         UPDATE cases SET index_version = index_version + 1 WHERE ${where} RETURNING id, index_version)
       INSERT INTO search_outbox (case_id, index_version) SELECT id, index_version FROM changed`,
      parameters,
    );
  }

  /** The references the stored case cites, read before it changes (the cases it no longer cites change too). */
  async citedBy(manager: EntityManager, id: string): Promise<string[]> {
    const rows: { related_cases: CaseRecord['relatedCases'] }[] = await manager.query(
      'SELECT related_cases FROM cases WHERE id = $1',
      [id],
    );
    return rows.length ? citedReferences(rows[0].related_cases) : [];
  }
}

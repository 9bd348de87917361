import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { SavedSearchResponse, SearchFilter } from '@caseatlas/contracts';

/** A stored saved search, as its service reads it: the owner decides who may see it. */
export interface SavedSearchRow extends SavedSearchResponse {
  ownerId: string;
}

interface Row {
  id: string;
  owner_id: string;
  name: string;
  query: string;
  filter: SearchFilter;
  created_at: Date;
  seen_at: Date;
}

const toSavedSearch = (row: Row): SavedSearchRow => ({
  id: row.id,
  ownerId: row.owner_id,
  name: row.name,
  q: row.query,
  filter: row.filter,
  createdAt: row.created_at.toISOString(),
  seenAt: row.seen_at.toISOString(),
});

/** The `saved_searches` table: every read and write of it. */
@Injectable()
export class SavedSearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listOf(ownerId: string): Promise<SavedSearchRow[]> {
    const rows: Row[] = await this.dataSource.query(
      'SELECT * FROM saved_searches WHERE owner_id = $1 ORDER BY created_at, id',
      [ownerId],
    );
    return rows.map(toSavedSearch);
  }

  async countOf(ownerId: string): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      'SELECT count(*)::int AS count FROM saved_searches WHERE owner_id = $1',
      [ownerId],
    );
    return count;
  }

  async findById(id: string): Promise<SavedSearchRow | null> {
    const [row]: Row[] = await this.dataSource.query('SELECT * FROM saved_searches WHERE id = $1', [id]);
    return row ? toSavedSearch(row) : null;
  }

  async insert(
    manager: EntityManager,
    saved: { ownerId: string; name: string; q: string; filter: SearchFilter },
  ): Promise<SavedSearchRow> {
    const [row]: Row[] = await manager.query(
      `INSERT INTO saved_searches (owner_id, name, query, filter) VALUES ($1, $2, $3, $4) RETURNING *`,
      [saved.ownerId, saved.name, saved.q, JSON.stringify(saved.filter)],
    );
    return toSavedSearch(row);
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.query('DELETE FROM saved_searches WHERE id = $1', [id]);
  }

  /**
   * Seen up to what the index already holds: a change still waiting in the outbox is left to
   * alert (at worst twice), never lost.
   */
  async markSeen(manager: EntityManager, id: string): Promise<SavedSearchRow> {
    // TypeORM answers an UPDATE with [rows, count].
    const [[row]]: [Row[], number] = await manager.query(
      `UPDATE saved_searches
          SET seen_at = LEAST(now(), (SELECT min(created_at) - interval '1 second' FROM search_outbox WHERE parked_at IS NULL))
        WHERE id = $1 RETURNING *`,
      [id],
    );
    return toSavedSearch(row);
  }
}

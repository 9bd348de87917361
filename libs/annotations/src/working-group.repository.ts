import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { WorkingGroupResponse } from '@caseatlas/contracts';
import { containsPattern } from '@caseatlas/validation';
import type { ListQuery } from '@caseatlas/validation';

export const WORKING_GROUP_SORT_COLUMNS = { name: 'lower(g.name)', createdAt: 'g.created_at' } as const;
export type WorkingGroupSortField = keyof typeof WORKING_GROUP_SORT_COLUMNS;

interface Row {
  id: string;
  name: string;
  description: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  members: { id: string; displayName: string }[];
}

const SELECT = `
  SELECT g.*, coalesce(
           (SELECT json_agg(json_build_object('id', u.id, 'displayName', u.display_name) ORDER BY u.display_name, u.id)
              FROM working_group_members m JOIN users u ON u.id = m.user_id WHERE m.group_id = g.id), '[]') AS members
    FROM working_groups g`;

const toResponse = (row: Row): WorkingGroupResponse => ({
  id: row.id,
  name: row.name,
  description: row.description,
  members: row.members,
  version: row.version,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

/** The `working_groups` and `working_group_members` tables: every read and write of them. */
@Injectable()
export class WorkingGroupRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A page of the groups, by name or creation; filters `id`, `memberId` and `q` (part of the name). */
  async findPage(query: ListQuery<WorkingGroupSortField>): Promise<{ rows: WorkingGroupResponse[]; total: number }> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const add = (sql: (placeholder: string) => string, value: unknown) => {
      values.push(value);
      conditions.push(sql(`$${values.length}`));
    };
    const { id, memberId, q } = query.filter;
    if (id) add((p) => `g.id = ANY(${p}::uuid[])`, id);
    if (memberId) {
      add((p) => `g.id IN (SELECT group_id FROM working_group_members WHERE user_id = ANY(${p}::uuid[]))`, memberId);
    }
    if (q) add((p) => `g.name ILIKE ${p}`, containsPattern(String(q[0])));
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const order = `${WORKING_GROUP_SORT_COLUMNS[query.sort.field]} ${query.sort.order}, g.id ${query.sort.order}`;
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} ${where} ORDER BY ${order} OFFSET ${query.offset} LIMIT ${query.limit}`,
      values,
    );
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM working_groups g ${where}`,
      values,
    );
    return { rows: rows.map(toResponse), total };
  }

  async names(): Promise<string[]> {
    return (await this.dataSource.query('SELECT name FROM working_groups')).map((row: { name: string }) => row.name);
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<WorkingGroupResponse | null> {
    const [row]: Row[] = await manager.query(`${SELECT} WHERE g.id = $1`, [id]);
    return row ? toResponse(row) : null;
  }

  async insert(manager: EntityManager, name: string, description: string): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      'INSERT INTO working_groups (name, description) VALUES ($1, $2) RETURNING id',
      [name, description],
    );
    return id;
  }

  /** False when the group is not at `version` (someone changed it meanwhile) or is gone. */
  async update(
    manager: EntityManager,
    id: string,
    name: string,
    description: string,
    version: number,
  ): Promise<boolean> {
    const [updated]: [{ id: string }[], number] = await manager.query(
      `UPDATE working_groups SET name = $2, description = $3, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $4 RETURNING id`,
      [id, name, description, version],
    );
    return updated.length > 0;
  }

  /** False when there was no such group. Annotations shared with it refuse the delete (a foreign key). */
  async delete(manager: EntityManager, id: string): Promise<boolean> {
    const [deleted]: [{ id: string }[], number] = await manager.query(
      'DELETE FROM working_groups WHERE id = $1 RETURNING id',
      [id],
    );
    return deleted.length > 0;
  }

  /** Which of these ids are accounts. */
  async existingAccounts(manager: EntityManager, ids: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query('SELECT id FROM users WHERE id = ANY($1::uuid[])', [ids]);
    return new Set(rows.map((row) => row.id));
  }

  async setMembers(manager: EntityManager, id: string, memberIds: string[]): Promise<void> {
    await manager.query('DELETE FROM working_group_members WHERE group_id = $1', [id]);
    await manager.query('INSERT INTO working_group_members (group_id, user_id) SELECT $1, unnest($2::uuid[])', [
      id,
      memberIds,
    ]);
  }
}

import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { WorkingGroupResponse } from '@caseatlas/contracts';
import { AnonymizerWorker } from '@caseatlas/anonymizer';
import { transactionWithAudit } from '@caseatlas/audit';
import { isUniqueViolation, StaleVersionException } from '@caseatlas/cases';
import { containsPattern, ProblemsException, validateAs } from '@caseatlas/validation';
import type { ListQuery } from '@caseatlas/validation';
import { UpdateWorkingGroupDto, WorkingGroupDto } from './working-group.dto';

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

export const WORKING_GROUP_SORT_COLUMNS = { name: 'lower(g.name)', createdAt: 'g.created_at' } as const;
export type WorkingGroupSortField = keyof typeof WORKING_GROUP_SORT_COLUMNS;

const toResponse = (row: Row): WorkingGroupResponse => ({
  id: row.id,
  name: row.name,
  description: row.description,
  members: row.members,
  version: row.version,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

/** Working groups (the forum's groups between meetings): every reader sees them, admins manage them. */
@Injectable()
export class WorkingGroupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly anonymizer: AnonymizerWorker,
  ) {}

  /** Names and descriptions are typed by a person: anonymized like every free text. */
  private async anonymized(name: string, description: string) {
    const { texts } = await this.anonymizer.anonymizeTexts({ name: name.trim(), description });
    return texts;
  }

  /** A page of the groups, by name or creation; filters `id`, `memberId` and `q` (part of the name). */
  async list(query: ListQuery<WorkingGroupSortField>): Promise<{ rows: WorkingGroupResponse[]; total: number }> {
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

  /** Every group's name: the demo accounts skip the forum's groups that exist. */
  async names(): Promise<string[]> {
    return (await this.dataSource.query('SELECT name FROM working_groups')).map((row: { name: string }) => row.name);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<WorkingGroupResponse> {
    const [row]: Row[] = await manager.query(`${SELECT} WHERE g.id = $1`, [id]);
    if (!row) throw new NotFoundException(`No working group with id ${id}`);
    return toResponse(row);
  }

  async create(body: unknown): Promise<WorkingGroupResponse> {
    const checked = validateAs(WorkingGroupDto, body);
    if (checked.problems) throw new ProblemsException(checked.problems);
    const { memberIds } = checked.value;
    const { name, description } = await this.anonymized(checked.value.name, checked.value.description);
    return this.write(name, async (manager) => {
      await this.requireAccounts(manager, memberIds);
      const [{ id }]: { id: string }[] = await manager.query(
        'INSERT INTO working_groups (name, description) VALUES ($1, $2) RETURNING id',
        [name, description],
      );
      await this.setMembers(manager, id, memberIds);
      return this.get(id, manager);
    });
  }

  async update(id: string, body: unknown): Promise<WorkingGroupResponse> {
    const checked = validateAs(UpdateWorkingGroupDto, body);
    if (checked.problems) throw new ProblemsException(checked.problems);
    const { memberIds, version } = checked.value;
    await this.get(id);
    const { name, description } = await this.anonymized(checked.value.name, checked.value.description);
    return this.write(name, async (manager) => {
      await this.requireAccounts(manager, memberIds);
      const [updated]: [{ id: string }[], number] = await manager.query(
        `UPDATE working_groups SET name = $2, description = $3, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $4 RETURNING id`,
        [id, name, description, version],
      );
      if (updated.length === 0) {
        throw new StaleVersionException('working group', version, (await this.get(id, manager)).version);
      }
      await this.setMembers(manager, id, memberIds);
      return this.get(id, manager);
    });
  }

  async delete(id: string): Promise<WorkingGroupResponse> {
    const group = await this.get(id);
    try {
      await transactionWithAudit(this.dataSource, async (manager) => {
        const [deleted]: [{ id: string }[], number] = await manager.query(
          'DELETE FROM working_groups WHERE id = $1 RETURNING id',
          [id],
        );
        if (deleted.length === 0) throw new NotFoundException(`No working group with id ${id}`);
      });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23503') {
        throw new ConflictException('Annotations are shared with this working group; they go first');
      }
      throw error;
    }
    return group;
  }

  private async write<T>(name: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await transactionWithAudit(this.dataSource, work);
    } catch (error) {
      if (isUniqueViolation(error, 'working_groups_name_key')) {
        throw new ProblemsException([
          { path: 'name', rule: 'unique', message: `a working group is already named ${name}` },
        ]);
      }
      throw error;
    }
  }

  private async requireAccounts(manager: EntityManager, ids: string[]): Promise<void> {
    const rows: { id: string }[] = await manager.query('SELECT id FROM users WHERE id = ANY($1::uuid[])', [ids]);
    const known = new Set(rows.map((row) => row.id));
    const problems = ids.flatMap((id, index) =>
      known.has(id.toLowerCase())
        ? []
        : [{ path: `memberIds[${index}]`, rule: 'exists', message: `memberIds[${index}] is no account` }],
    );
    if (problems.length) throw new ProblemsException(problems);
  }

  private async setMembers(manager: EntityManager, id: string, memberIds: string[]): Promise<void> {
    await manager.query('DELETE FROM working_group_members WHERE group_id = $1', [id]);
    await manager.query('INSERT INTO working_group_members (group_id, user_id) SELECT $1, unnest($2::uuid[])', [
      id,
      memberIds,
    ]);
  }
}

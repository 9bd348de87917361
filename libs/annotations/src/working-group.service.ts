import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { WorkingGroupResponse } from '@caseatlas/contracts';
import { AnonymizerWorker } from '@caseatlas/anonymizer';
import { transactionWithAudit } from '@caseatlas/audit';
import { isUniqueViolation, StaleVersionException } from '@caseatlas/cases';
import { ProblemsException, validateAs } from '@caseatlas/validation';
import type { ListQuery } from '@caseatlas/validation';
import { UpdateWorkingGroupDto, WorkingGroupDto } from './working-group.dto';
import { WorkingGroupRepository } from './working-group.repository';
import type { WorkingGroupSortField } from './working-group.repository';

/** Working groups (the forum's groups between meetings): every reader sees them, admins manage them. */
@Injectable()
export class WorkingGroupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly groups: WorkingGroupRepository,
    private readonly anonymizer: AnonymizerWorker,
  ) {}

  /** Names and descriptions are typed by a person: anonymized like every free text. */
  private async anonymized(name: string, description: string) {
    const { texts } = await this.anonymizer.anonymizeTexts({ name: name.trim(), description });
    return texts;
  }

  /** A page of the groups, by name or creation; filters `id`, `memberId` and `q` (part of the name). */
  list(query: ListQuery<WorkingGroupSortField>): Promise<{ rows: WorkingGroupResponse[]; total: number }> {
    return this.groups.findPage(query);
  }

  /** Every group's name: the demo accounts skip the forum's groups that exist. */
  names(): Promise<string[]> {
    return this.groups.names();
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<WorkingGroupResponse> {
    const group = await this.groups.findById(id, manager);
    if (!group) throw new NotFoundException(`No working group with id ${id}`);
    return group;
  }

  async create(body: unknown): Promise<WorkingGroupResponse> {
    const checked = validateAs(WorkingGroupDto, body);
    if (checked.problems) throw new ProblemsException(checked.problems);
    const { memberIds } = checked.value;
    const { name, description } = await this.anonymized(checked.value.name, checked.value.description);
    return this.write(name, async (manager) => {
      await this.requireAccounts(manager, memberIds);
      const id = await this.groups.insert(manager, name, description);
      await this.groups.setMembers(manager, id, memberIds);
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
      if (!(await this.groups.update(manager, id, name, description, version))) {
        throw new StaleVersionException('working group', version, (await this.get(id, manager)).version);
      }
      await this.groups.setMembers(manager, id, memberIds);
      return this.get(id, manager);
    });
  }

  async delete(id: string): Promise<WorkingGroupResponse> {
    const group = await this.get(id);
    try {
      await transactionWithAudit(this.dataSource, async (manager) => {
        if (!(await this.groups.delete(manager, id))) throw new NotFoundException(`No working group with id ${id}`);
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
    const known = await this.groups.existingAccounts(manager, ids);
    const problems = ids.flatMap((id, index) =>
      known.has(id.toLowerCase())
        ? []
        : [{ path: `memberIds[${index}]`, rule: 'exists', message: `memberIds[${index}] is no account` }],
    );
    if (problems.length) throw new ProblemsException(problems);
  }
}

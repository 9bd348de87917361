import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { transactionWithAudit } from '@caseatlas/audit';
import { Brackets, DataSource, EntityManager, IsNull } from 'typeorm';
import { permissionsOf } from '@caseatlas/contracts';
import type { AccountResponse, UserResponse } from '@caseatlas/contracts';
import { detectStructured, PLACEHOLDER_LABELS } from '@caseatlas/anonymizer';
import { containsPattern, Problem, ProblemsException, uniqueProblems, validateAs } from '@caseatlas/validation';
import type { ListQuery } from '@caseatlas/validation';
import { CreateUserDto, UpdateAccountDto, UpdateUserDto } from './dto/account.dto';
import { passwordProblems } from './password-policy';
import { hashPassword } from './passwords';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

export const USER_SORT_COLUMNS = {
  username: 'user.username',
  displayName: 'user.displayName',
  role: 'user.role',
  active: 'user.active',
  lastLoginAt: 'user.lastLoginAt',
  createdAt: 'user.createdAt',
} as const;
export type UserSortField = keyof typeof USER_SORT_COLUMNS;

/** Accounts: the admin's user screens, the command line's create-admin, and people's own profile. */
@Injectable()
export class UserService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListQuery<UserSortField>): Promise<{ rows: UserResponse[]; total: number }> {
    const builder = this.dataSource.manager.createQueryBuilder(UserEntity, 'user');
    const { id, q, role, active } = query.filter;
    if (id) builder.andWhere('user.id IN (:...ids)', { ids: id.length ? id : [null] });
    if (q) {
      builder.andWhere(
        new Brackets((either) =>
          q.forEach((text, index) =>
            either.orWhere(`(user.username ILIKE :q${index} OR user.display_name ILIKE :q${index})`, {
              [`q${index}`]: containsPattern(String(text)),
            }),
          ),
        ),
      );
    }
    if (role) builder.andWhere('user.role IN (:...roles)', { roles: role });
    if (active) builder.andWhere('user.active IN (:...active)', { active });
    builder.orderBy(USER_SORT_COLUMNS[query.sort.field], query.sort.order).addOrderBy('user.username', 'ASC');
    const [rows, total] = await builder.offset(query.offset).limit(query.limit).getManyAndCount();
    return { rows: rows.map(toUserResponse), total };
  }

  async get(id: string): Promise<UserResponse> {
    return toUserResponse(await this.find(id));
  }

  async count(): Promise<number> {
    return this.dataSource.manager.count(UserEntity);
  }

  async create(body: unknown): Promise<UserResponse> {
    const fields = validateAs(CreateUserDto, body);
    const sent = (body ?? {}) as Record<string, unknown>;
    const problems = [
      ...(fields.problems ?? []),
      ...passwordProblems(sent.password, typeof sent.username === 'string' ? sent.username : undefined),
      ...displayNameProblems(fields.value?.displayName),
    ];
    if (problems.length) throw new ProblemsException(uniqueProblems(problems));
    const dto = fields.value!;
    const now = new Date();
    try {
      const passwordHash = await hashPassword(dto.password);
      // Returns the new id, so the audit row written with it names the account.
      const created = await transactionWithAudit(this.dataSource, async (manager) => {
        const { identifiers } = await manager.insert(UserEntity, {
          username: dto.username,
          displayName: dto.displayName.trim(),
          role: dto.role,
          profession: dto.profession ?? null,
          passwordHash,
          passwordChangedAt: now,
          updatedAt: now,
        });
        return { id: identifiers[0].id as string };
      });
      return this.get(created.id);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw new ProblemsException([
          { path: 'username', rule: 'unique', message: 'another account has this username' },
        ]);
      }
      throw error;
    }
  }

  /**
   * An admin's change to an account. Admins cannot demote or deactivate themselves, so the
   * workbench always keeps an admin. A password reset or deactivation ends every session.
   */
  async update(id: string, body: unknown, actorId: string): Promise<UserResponse> {
    return transactionWithAudit(this.dataSource, async (manager) => {
      const sent = (body ?? {}) as Record<string, unknown>;
      // Locked before the account itself, so two admins demoting each other take turns.
      const activeAdmins = sent.role !== undefined || sent.active !== undefined ? await lockActiveAdmins(manager) : [];
      const current = await this.find(id, manager, true);
      const fields = validateAs(UpdateUserDto, body);
      const problems: Problem[] = [...(fields.problems ?? [])];
      if (sent.username !== undefined && sent.username !== current.username) {
        problems.push({ path: 'username', rule: 'readOnly', message: 'username cannot be changed' });
      }
      if (sent.password !== undefined) problems.push(...passwordProblems(sent.password, current.username));
      problems.push(...displayNameProblems(fields.value?.displayName));
      if (id === actorId && sent.role !== undefined && sent.role !== current.role) {
        problems.push({ path: 'role', rule: 'self', message: 'admins cannot change their own role' });
      }
      if (id === actorId && sent.active === false) {
        problems.push({ path: 'active', rule: 'self', message: 'admins cannot deactivate their own account' });
      }
      if (problems.length) throw new ProblemsException(uniqueProblems(problems));
      const dto = fields.value!;
      const changes: Partial<UserEntity> = {};
      if (dto.displayName !== undefined) changes.displayName = dto.displayName.trim();
      if (dto.role !== undefined) changes.role = dto.role;
      if (dto.profession !== undefined) changes.profession = dto.profession;
      if (dto.active !== undefined) changes.active = dto.active;
      if (dto.password !== undefined) {
        changes.passwordHash = await hashPassword(dto.password);
        changes.passwordChangedAt = new Date();
      }
      const leavesAdmins = (changes.role !== undefined && changes.role !== 'admin') || changes.active === false;
      if (current.role === 'admin' && current.active && leavesAdmins && activeAdmins.every((admin) => admin === id)) {
        throw new ProblemsException([
          { path: 'role', rule: 'lastAdmin', message: 'the workbench needs at least one active admin' },
        ]);
      }
      await this.save(manager, current, changes);
      if (dto.password !== undefined || dto.active === false) await revokeSessions(manager, id);
      return toUserResponse(await this.find(id, manager));
    });
  }

  async account(id: string): Promise<AccountResponse> {
    return toAccountResponse(await this.find(id));
  }

  async updateAccount(id: string, body: unknown): Promise<AccountResponse> {
    const fields = validateAs(UpdateAccountDto, body);
    const problems = [...(fields.problems ?? []), ...displayNameProblems(fields.value?.displayName)];
    if (problems.length) throw new ProblemsException(problems);
    const dto = fields.value!;
    return transactionWithAudit(this.dataSource, async (manager) => {
      const current = await this.find(id, manager, true);
      const changes: Partial<UserEntity> = {};
      if (dto.displayName !== undefined) changes.displayName = dto.displayName.trim();
      if (dto.profession !== undefined) changes.profession = dto.profession;
      await this.save(manager, current, changes);
      return toAccountResponse(await this.find(id, manager));
    });
  }

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.dataSource.manager.findOne(UserEntity, { where: { username: username.trim().toLowerCase() } });
  }

  private async save(manager: EntityManager, current: UserEntity, changes: Partial<UserEntity>): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    await manager.update(
      UserEntity,
      { id: current.id },
      { ...changes, version: current.version + 1, updatedAt: new Date() },
    );
  }

  private async find(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<UserEntity> {
    const user = await manager.findOne(UserEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!user) throw new NotFoundException(`No account with id ${id}`);
    return user;
  }
}

async function lockActiveAdmins(manager: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`,
  );
  return rows.map((row) => row.id);
}

export async function revokeSessions(manager: EntityManager, userId: string, except?: string): Promise<void> {
  const sessions = await manager.find(SessionEntity, { where: { userId, revokedAt: IsNull() }, select: { id: true } });
  const ids = sessions.map((session) => session.id).filter((sessionId) => sessionId !== except);
  if (ids.length) await manager.update(SessionEntity, ids, { revokedAt: new Date() });
}

export function toUserResponse(user: UserEntity): UserResponse {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    profession: user.profession,
    active: user.active,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  };
}

export function toAccountResponse(user: UserEntity): AccountResponse {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    profession: user.profession,
    permissions: permissionsOf(user.role),
  };
}

/**
 * A display name is shown to other readers (as an annotation's author, a group's member): the
 * holder's own name may stay, an identifier may not (a phone, an e-mail, an ID or account number,
 * a profile handle), so one is refused, naming its kind, and nothing is stored.
 */
export function displayNameProblems(displayName: string | undefined): Problem[] {
  if (displayName === undefined) return [];
  const found = detectStructured(displayName);
  return found.length
    ? [
        {
          path: 'displayName',
          rule: 'personalData',
          message: `displayName looks like personal data (${[...new Set(found.map((item) => PLACEHOLDER_LABELS[item.type].toLowerCase()))].join(', ')}); a display name holds a name only`,
        },
      ]
    : [];
}

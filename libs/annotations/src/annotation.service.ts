import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type {
  AccessActor,
  AnnotatedField,
  AnnotationResponse,
  AnnotationWriteResponse,
  CaseStatus,
} from '@caseatlas/contracts';
import { AccessService, annotationVisibilitySql, HiddenRowException } from '@caseatlas/access';
import { AnonymizerWorker, findIdentifierInToken } from '@caseatlas/anonymizer';
import { transactionWithAudit } from '@caseatlas/audit';
import { anchorAt, CaseRepository, SearchOutbox, StaleVersionException } from '@caseatlas/cases';
import type { TextAnchor } from '@caseatlas/cases';
import { ProblemsException, validateAs } from '@caseatlas/validation';
import type { ListQuery, Problem } from '@caseatlas/validation';
import { CreateAnnotationDto, UpdateAnnotationDto } from './annotation.dto';
import type { ExportedAnnotation, ExportSubject } from './annotation-export';

export const ANNOTATION_SORT_COLUMNS = { createdAt: 'a.created_at', updatedAt: 'a.updated_at' } as const;
export type AnnotationSortField = keyof typeof ANNOTATION_SORT_COLUMNS;

interface Row {
  id: string;
  case_id: string;
  parent_id: string | null;
  author_id: string;
  author_name: string;
  field: AnnotatedField;
  quote_exact: string | null;
  quote_prefix: string | null;
  quote_suffix: string | null;
  position_start: number | null;
  position_end: number | null;
  orphaned: boolean;
  comment: string;
  tags: string[];
  motivation: AnnotationResponse['motivation'];
  visibility: AnnotationResponse['visibility'];
  group_id: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  case_status: CaseStatus;
  case_reference: string;
  group_name: string | null;
}

const SELECT = `SELECT a.*, u.display_name AS author_name, c.status AS case_status, c.reference AS case_reference,
                       g.name AS group_name
                  FROM annotations a JOIN users u ON u.id = a.author_id JOIN cases c ON c.id = a.case_id
                  LEFT JOIN working_groups g ON g.id = a.group_id`;

/** The row rule of a reader in SQL, and the reader with their working groups. */
interface VisibleRule {
  where: string;
  parameters: unknown[];
  actor: AccessActor;
}

function toResponse(row: Row): AnnotationResponse {
  return {
    id: row.id,
    caseId: row.case_id,
    parentId: row.parent_id,
    field: row.field,
    target:
      row.quote_exact === null
        ? null
        : {
            exact: row.quote_exact,
            prefix: row.quote_prefix ?? '',
            suffix: row.quote_suffix ?? '',
            start: row.position_start ?? 0,
            end: row.position_end ?? 0,
          },
    orphaned: row.orphaned,
    comment: row.comment,
    tags: row.tags,
    motivation: row.motivation,
    visibility: row.visibility,
    groupId: row.group_id,
    author: { id: row.author_id, displayName: row.author_name },
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * Annotations on cases, after the W3C Web Annotation model. Who reads one: its author, the
 * members of its working group, or every reader, and only on a case the reader may read
 * (`annotations.read`, scope `group`); only its author changes it (`annotations.write`, `own`).
 * Comments are anonymized before they are stored; passages re-anchor with every change of a case's
 * text (AnnotationAnchors, a step of CaseRepository's write).
 */
@Injectable()
export class AnnotationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly cases: CaseRepository,
    private readonly outbox: SearchOutbox,
    private readonly anonymizer: AnonymizerWorker,
  ) {}

  /**
   * The row rule in SQL (libs/access): parameters $1 (the reader), $2 (their groups) and $3 (the
   * case statuses they read) are the first three of every query using it.
   */
  private async visible(actor: AccessActor): Promise<VisibleRule> {
    const groups = await this.access.workingGroupsOf(actor);
    return {
      where: annotationVisibilitySql(
        { author: 'a.author_id', visibility: 'a.visibility', group: 'a.group_id', caseStatus: 'c.status' },
        { reader: '$1', groups: '$2', readableStatuses: '$3' },
      ),
      parameters: [actor.id, groups, [...this.access.caseStatuses(actor, 'cases.read')]],
      actor: { ...actor, groups },
    };
  }

  async list(query: ListQuery<AnnotationSortField>, actor: AccessActor) {
    const { where, parameters } = await this.visible(actor);
    const conditions = [where];
    const values = [...parameters];
    const add = (sql: (placeholder: string) => string, value: unknown) => {
      values.push(value);
      conditions.push(sql(`$${values.length}`));
    };
    const { filter } = query;
    if (filter.id) add((p) => `a.id = ANY(${p}::uuid[])`, filter.id);
    if (filter.caseId) add((p) => `a.case_id = ANY(${p}::uuid[])`, filter.caseId);
    if (filter.authorId) add((p) => `a.author_id = ANY(${p}::uuid[])`, filter.authorId);
    if (filter.groupId) add((p) => `a.group_id = ANY(${p}::uuid[])`, filter.groupId);
    if (filter.parentId) add((p) => `a.parent_id = ANY(${p}::uuid[])`, filter.parentId);
    if (filter.tag) add((p) => `a.tags && ${p}::text[]`, filter.tag.map(String));
    if (filter.motivation) add((p) => `a.motivation = ANY(${p}::text[])`, filter.motivation.map(String));
    if (filter.field) add((p) => `a.field = ANY(${p}::text[])`, filter.field.map(String));
    if (filter.orphaned) add((p) => `a.orphaned = ANY(${p}::boolean[])`, filter.orphaned);
    if (filter.mine?.includes(true)) conditions.push('a.author_id = $1');
    const whereSql = conditions.join(' AND ');
    const order = `${ANNOTATION_SORT_COLUMNS[query.sort.field]} ${query.sort.order}, a.id ${query.sort.order}`;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `${SELECT} WHERE ${whereSql} ORDER BY ${order} OFFSET ${query.offset} LIMIT ${query.limit}`,
        values,
      ) as Promise<Row[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS total FROM annotations a JOIN cases c ON c.id = a.case_id WHERE ${whereSql}`,
        values,
      ) as Promise<{ total: number }[]>,
    ]);
    return { rows: rows.map(toResponse), total };
  }

  async get(id: string, actor: AccessActor): Promise<AnnotationResponse> {
    return toResponse(await this.readable(id, await this.visible(actor)));
  }

  /** Every annotation of a case or a working group the reader may see, roots before their replies. */
  /**
   * A case's or a group's annotations the reader may see, with the case's reference or the
   * group's name to name the export by. A case is named only if the reader may read it or
   * exports annotations of theirs on it: the name of a draft is not given away.
   */
  async findForExport(
    scope: { caseId: string } | { groupId: string },
    actor: AccessActor,
  ): Promise<{ annotations: ExportedAnnotation[]; subject: ExportSubject }> {
    const { where, parameters } = await this.visible(actor);
    const [column, id] = 'caseId' in scope ? ['a.case_id', scope.caseId] : ['a.group_id', scope.groupId];
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} WHERE ${where} AND ${column} = $4 ORDER BY a.parent_id NULLS FIRST, a.created_at, a.id`,
      [...parameters, id],
    );
    const annotations = rows.map((row) => ({
      ...toResponse(row),
      caseReference: row.case_reference,
      groupName: row.group_name,
    }));
    if ('caseId' in scope) {
      const [readable]: { reference: string }[] = rows.length
        ? [{ reference: rows[0].case_reference }]
        : await this.dataSource.query('SELECT reference FROM cases WHERE id = $1 AND status = ANY($2::text[])', [
            scope.caseId,
            parameters[2],
          ]);
      return { annotations, subject: { kind: 'case', reference: readable?.reference ?? null } };
    }
    // Every reader may read the working groups (groups.read), so their names are no secret.
    const [group]: { name: string }[] = await this.dataSource.query('SELECT name FROM working_groups WHERE id = $1', [
      scope.groupId,
    ]);
    return { annotations, subject: { kind: 'group', name: group?.name ?? null } };
  }

  async create(body: unknown, actor: AccessActor): Promise<AnnotationWriteResponse> {
    const checked = validateAs(CreateAnnotationDto, body);
    if (checked.problems) throw new ProblemsException(checked.problems);
    const input = checked.value;
    const problems: Problem[] = [...personalTags(input.tags ?? [])];
    const rule = await this.visible(actor);
    const member = rule.actor;

    let target: { caseId: string; field: AnnotatedField; anchor: TextAnchor | null; parentId: string | null };
    let visibility = input.visibility ?? 'private';
    let groupId = input.groupId ?? null;
    if (input.parentId !== undefined) {
      for (const name of ['caseId', 'field', 'start', 'end', 'exact'] as const) {
        if (input[name] !== undefined) {
          problems.push({ path: name, rule: 'reply', message: `${name}: a reply targets its thread, not a passage` });
        }
      }
      const parent = await this.readable(input.parentId, rule);
      const root = parent.parent_id ? await this.readable(parent.parent_id, rule) : parent;
      if (
        (input.visibility !== undefined && input.visibility !== root.visibility) ||
        (input.groupId !== undefined && input.groupId !== root.group_id)
      ) {
        problems.push({ path: 'visibility', rule: 'reply', message: 'visibility: a reply carries its root’s' });
      }
      visibility = root.visibility;
      groupId = root.group_id;
      target = { caseId: root.case_id, field: root.field, anchor: null, parentId: root.id };
    } else {
      for (const name of ['caseId', 'field', 'start', 'end'] as const) {
        if (input[name] === undefined) problems.push({ path: name, rule: 'required', message: `${name} is required` });
      }
      if (problems.length) throw new ProblemsException(problems);
      const found = await this.cases.findById(input.caseId!);
      if (!found || !this.access.can(actor, 'cases.read', found)) throw new HiddenRowException('case', input.caseId!);
      const text = found[input.field!];
      const [start, end] = [input.start!, input.end!];
      const splitsCharacter = (offset: number) =>
        offset > 0 &&
        offset < text.length &&
        /[\uDC00-\uDFFF]/.test(text[offset]) &&
        /[\uD800-\uDBFF]/.test(text[offset - 1]);
      if (splitsCharacter(start) || splitsCharacter(end)) {
        problems.push({
          path: splitsCharacter(start) ? 'start' : 'end',
          rule: 'boundary',
          message: 'start and end must not fall inside a character (offsets count UTF-16 code units)',
        });
      } else if (end <= start || end > text.length) {
        problems.push({
          path: 'end',
          rule: 'range',
          message: `end must be after start and at most ${text.length}, the length of ${input.field}`,
        });
      } else if (input.exact !== undefined && text.slice(start, end) !== input.exact) {
        problems.push({
          path: 'exact',
          rule: 'stale',
          message: `exact is not the text at ${start}–${end} of ${input.field}: the case has changed; reload it`,
        });
      }
      target = {
        caseId: found.id,
        field: input.field!,
        anchor: problems.length ? null : anchorAt(text, start, end),
        parentId: null,
      };
    }
    problems.push(...groupProblems(visibility, groupId, member));
    if (problems.length) throw new ProblemsException(problems);

    const anonymized = await this.anonymizer.anonymizeTexts({ comment: input.comment ?? '' });
    const { id } = await transactionWithAudit(this.dataSource, async (manager) => {
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO annotations (case_id, parent_id, author_id, field, quote_exact, quote_prefix, quote_suffix,
                                  position_start, position_end, comment, tags, motivation, visibility, group_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          target.caseId,
          target.parentId,
          actor.id,
          target.field,
          target.anchor?.exact ?? null,
          target.anchor?.prefix ?? null,
          target.anchor?.suffix ?? null,
          target.anchor?.start ?? null,
          target.anchor?.end ?? null,
          anonymized.texts.comment,
          input.tags ?? [],
          input.motivation ?? 'commenting',
          visibility,
          groupId,
        ],
      );
      await this.outbox.casesChanged(manager, [target.caseId], []);
      // An object with its id, so the audit row of the request names the new annotation.
      return { id: row.id };
    });
    return { ...(await this.get(id, actor)), replacements: anonymized.replacements };
  }

  async update(id: string, body: unknown, actor: AccessActor): Promise<AnnotationWriteResponse> {
    const checked = validateAs(UpdateAnnotationDto, body);
    if (checked.problems) throw new ProblemsException(checked.problems);
    const input = checked.value;
    // Read once: the reader's working groups decide both what they see and where they may write.
    const rule = await this.visible(actor);
    const member = rule.actor;
    const row = await this.ownRow(id, actor, rule);
    const problems = personalTags(input.tags ?? []);
    const visibility = input.visibility ?? row.visibility;
    const groupId = input.groupId !== undefined ? input.groupId : input.visibility ? null : row.group_id;
    // Someone who left the working group no longer writes into it.
    if (row.visibility === 'group' && !(member.groups ?? []).includes(row.group_id!)) {
      throw new ForbiddenException('You are no longer a member of the working group this annotation is shared with');
    }
    const moves = visibility !== row.visibility || groupId !== row.group_id;
    if (row.parent_id && moves) {
      problems.push({ path: 'visibility', rule: 'reply', message: 'visibility: a reply carries its root’s' });
    } else if (moves) {
      problems.push(...groupProblems(visibility, groupId, member));
      // Others wrote their replies for the readers the thread had: it keeps them.
      const [{ others }]: { others: number }[] = await this.dataSource.query(
        'SELECT count(*)::int AS others FROM annotations WHERE parent_id = $1 AND author_id <> $2',
        [id, actor.id],
      );
      if (others > 0) {
        problems.push({
          path: 'visibility',
          rule: 'thread',
          message: 'visibility: others have replied in this thread; it stays shared with the readers they wrote for',
        });
      }
    }
    if (problems.length) throw new ProblemsException(problems);
    const anonymized = await this.anonymizer.anonymizeTexts({ comment: input.comment ?? row.comment });
    await transactionWithAudit(this.dataSource, async (manager) => {
      const [updated]: [{ id: string }[], number] = await manager.query(
        `UPDATE annotations SET comment = $2, tags = $3, motivation = $4, visibility = $5, group_id = $6,
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $7 RETURNING id`,
        [
          id,
          anonymized.texts.comment,
          input.tags ?? row.tags,
          input.motivation ?? row.motivation,
          visibility,
          groupId,
          input.version,
        ],
      );
      if (updated.length === 0) {
        const [current]: { version: number }[] = await manager.query('SELECT version FROM annotations WHERE id = $1', [
          id,
        ]);
        if (!current) throw new HiddenRowException('annotation', id);
        throw new StaleVersionException('annotation', input.version, current.version);
      }
      // Replies carry their root's visibility.
      await manager.query('UPDATE annotations SET visibility = $2, group_id = $3 WHERE parent_id = $1', [
        id,
        visibility,
        groupId,
      ]);
      await this.outbox.casesChanged(manager, [row.case_id], []);
    });
    return { ...(await this.get(id, actor)), replacements: anonymized.replacements };
  }

  /** Deletes an annotation, and with a root its thread. */
  async delete(id: string, actor: AccessActor): Promise<AnnotationResponse> {
    const row = await this.ownRow(id, actor, await this.visible(actor));
    await transactionWithAudit(this.dataSource, async (manager) => {
      // A thread's replies go with its root: only the author's own, never someone else's work.
      // The root is locked first, so no reply can arrive between the count and the delete.
      await manager.query('SELECT id FROM annotations WHERE id = $1 FOR UPDATE', [id]);
      const [others]: { count: number }[] = await manager.query(
        'SELECT count(*)::int AS count FROM annotations WHERE parent_id = $1 AND author_id <> $2',
        [id, actor.id],
      );
      if (others.count > 0) {
        throw new ConflictException(
          `Others have replied to this annotation (${others.count}); edit it instead, or ask them to remove their replies first.`,
        );
      }
      const [deleted]: [{ id: string }[], number] = await manager.query(
        'DELETE FROM annotations WHERE id = $1 RETURNING id',
        [id],
      );
      // Deleted meanwhile by another request: this one deleted nothing.
      if (deleted.length === 0) throw new HiddenRowException('annotation', id);
      await this.outbox.casesChanged(manager, [row.case_id], []);
    });
    return toResponse(row);
  }

  /** The annotation, if the actor may read it; otherwise not found (no hint that it exists). */
  private async readable(id: string, rule: VisibleRule): Promise<Row> {
    const { where, parameters } = rule;
    const [row]: Row[] = await this.dataSource.query(`${SELECT} WHERE ${where} AND a.id = $4`, [...parameters, id]);
    if (!row) throw new HiddenRowException('annotation', id);
    return row;
  }

  /** The actor's own annotation: someone else's they can see is forbidden, one they cannot is not found. */
  private async ownRow(id: string, actor: AccessActor, rule: VisibleRule): Promise<Row> {
    const row = await this.readable(id, rule);
    if (!this.access.can(actor, 'annotations.write', { ownerId: row.author_id })) {
      throw new ForbiddenException('Only its author changes or deletes an annotation');
    }
    return row;
  }
}

/** Tags name themes; one that carries an identifier is refused, naming the field and the kind. */
function personalTags(tags: string[]): Problem[] {
  return tags.flatMap((tag, index) => {
    const found = findIdentifierInToken(tag);
    return found
      ? [
          {
            path: `tags[${index}]`,
            rule: 'personalData',
            message: `tags[${index}] looks like personal data (${found})`,
          },
        ]
      : [];
  });
}

/** A group annotation names a working group its author belongs to; the others name none. */
function groupProblems(visibility: string, groupId: string | null, actor: AccessActor): Problem[] {
  if (visibility !== 'group') {
    return groupId ? [{ path: 'groupId', rule: 'visibility', message: 'groupId is only for visibility group' }] : [];
  }
  if (!groupId) return [{ path: 'groupId', rule: 'required', message: 'groupId is required for visibility group' }];
  if (!(actor.groups ?? []).includes(groupId)) {
    return [{ path: 'groupId', rule: 'membership', message: 'groupId must be a working group you belong to' }];
  }
  return [];
}

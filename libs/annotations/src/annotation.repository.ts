import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AnnotatedField, AnnotationResponse, CaseStatus } from '@caseatlas/contracts';
import { annotationVisibilitySql } from '@caseatlas/access';
import type { TextAnchor } from '@caseatlas/cases';
import type { ListQuery } from '@caseatlas/validation';
import type { ExportedAnnotation } from './annotation-export';

export const ANNOTATION_SORT_COLUMNS = { createdAt: 'a.created_at', updatedAt: 'a.updated_at' } as const;
export type AnnotationSortField = keyof typeof ANNOTATION_SORT_COLUMNS;

/** Who reads: the account, the working groups it belongs to, the case statuses it may read. */
export interface AnnotationReader {
  id: string;
  groups: string[];
  readableStatuses: CaseStatus[];
}

/** A new annotation's row; a reply has no passage of its own (`anchor` null). */
export interface NewAnnotation {
  caseId: string;
  parentId: string | null;
  authorId: string;
  field: AnnotatedField;
  anchor: TextAnchor | null;
  comment: string;
  tags: string[];
  motivation: AnnotationResponse['motivation'];
  visibility: AnnotationResponse['visibility'];
  groupId: string | null;
}

/** What an edit may change. */
export type AnnotationChanges = Pick<NewAnnotation, 'comment' | 'tags' | 'motivation' | 'visibility' | 'groupId'>;

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
  case_reference: string;
  group_name: string | null;
}

const SELECT = `SELECT a.*, u.display_name AS author_name, c.reference AS case_reference, g.name AS group_name
                  FROM annotations a JOIN users u ON u.id = a.author_id JOIN cases c ON c.id = a.case_id
                  LEFT JOIN working_groups g ON g.id = a.group_id`;

/**
 * The row rule of libs/access in SQL: $1 (the reader), $2 (their groups) and $3 (the case statuses
 * they read) are the first three parameters of every query that reads annotations.
 */
const VISIBLE = annotationVisibilitySql(
  { author: 'a.author_id', visibility: 'a.visibility', group: 'a.group_id', caseStatus: 'c.status' },
  { reader: '$1', groups: '$2', readableStatuses: '$3' },
);
const readerParameters = (reader: AnnotationReader): unknown[] => [reader.id, reader.groups, reader.readableStatuses];

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
 * The `annotations` table: every read and write of it but re-anchoring (AnnotationAnchors, a step
 * of a case's write). Every read takes its reader and returns only what they may see.
 */
@Injectable()
export class AnnotationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A page of what the reader sees; filters on ids, case, author, group, thread, tag, motivation, field, orphaned, mine. */
  async findPage(
    reader: AnnotationReader,
    query: ListQuery<AnnotationSortField>,
  ): Promise<{ rows: AnnotationResponse[]; total: number }> {
    const conditions = [VISIBLE];
    const values = readerParameters(reader);
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
    const where = conditions.join(' AND ');
    const order = `${ANNOTATION_SORT_COLUMNS[query.sort.field]} ${query.sort.order}, a.id ${query.sort.order}`;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `${SELECT} WHERE ${where} ORDER BY ${order} OFFSET ${query.offset} LIMIT ${query.limit}`,
        values,
      ) as Promise<Row[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS total FROM annotations a JOIN cases c ON c.id = a.case_id WHERE ${where}`,
        values,
      ) as Promise<{ total: number }[]>,
    ]);
    return { rows: rows.map(toResponse), total };
  }

  /** The annotation if the reader may see it, else null (whether it exists is not told). */
  async findVisible(reader: AnnotationReader, id: string): Promise<AnnotationResponse | null> {
    const [row]: Row[] = await this.dataSource.query(`${SELECT} WHERE ${VISIBLE} AND a.id = $4`, [
      ...readerParameters(reader),
      id,
    ]);
    return row ? toResponse(row) : null;
  }

  /** Every annotation of a case or a working group the reader sees, roots before their replies. */
  async findForExport(
    reader: AnnotationReader,
    scope: { caseId: string } | { groupId: string },
  ): Promise<ExportedAnnotation[]> {
    const [column, id] = 'caseId' in scope ? ['a.case_id', scope.caseId] : ['a.group_id', scope.groupId];
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} WHERE ${VISIBLE} AND ${column} = $4 ORDER BY a.parent_id NULLS FIRST, a.created_at, a.id`,
      [...readerParameters(reader), id],
    );
    return rows.map((row) => ({ ...toResponse(row), caseReference: row.case_reference, groupName: row.group_name }));
  }

  /** How many replies to this annotation someone other than `authorId` wrote. */
  async countRepliesByOthers(
    id: string,
    authorId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const [{ count }]: { count: number }[] = await manager.query(
      'SELECT count(*)::int AS count FROM annotations WHERE parent_id = $1 AND author_id <> $2',
      [id, authorId],
    );
    return count;
  }

  async insert(manager: EntityManager, annotation: NewAnnotation): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO annotations (case_id, parent_id, author_id, field, quote_exact, quote_prefix, quote_suffix,
                                position_start, position_end, comment, tags, motivation, visibility, group_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        annotation.caseId,
        annotation.parentId,
        annotation.authorId,
        annotation.field,
        annotation.anchor?.exact ?? null,
        annotation.anchor?.prefix ?? null,
        annotation.anchor?.suffix ?? null,
        annotation.anchor?.start ?? null,
        annotation.anchor?.end ?? null,
        annotation.comment,
        annotation.tags,
        annotation.motivation,
        annotation.visibility,
        annotation.groupId,
      ],
    );
    return id;
  }

  /**
   * Writes the changes if the annotation is still at `version` (false otherwise), and carries its
   * visibility to its replies: a reply is read by its root's readers.
   */
  async update(manager: EntityManager, id: string, changes: AnnotationChanges, version: number): Promise<boolean> {
    const [updated]: [{ id: string }[], number] = await manager.query(
      `UPDATE annotations SET comment = $2, tags = $3, motivation = $4, visibility = $5, group_id = $6,
              version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $7 RETURNING id`,
      [id, changes.comment, changes.tags, changes.motivation, changes.visibility, changes.groupId, version],
    );
    if (updated.length === 0) return false;
    await manager.query('UPDATE annotations SET visibility = $2, group_id = $3 WHERE parent_id = $1', [
      id,
      changes.visibility,
      changes.groupId,
    ]);
    return true;
  }

  /** The annotation's version, or null when there is no such annotation. */
  async versionOf(manager: EntityManager, id: string): Promise<number | null> {
    const [row]: { version: number }[] = await manager.query('SELECT version FROM annotations WHERE id = $1', [id]);
    return row?.version ?? null;
  }

  /** Locks the annotation's row until the transaction ends, so no reply arrives meanwhile. */
  async lock(manager: EntityManager, id: string): Promise<void> {
    await manager.query('SELECT id FROM annotations WHERE id = $1 FOR UPDATE', [id]);
  }

  /** Deletes the annotation and its replies (a foreign key); false when it was already gone. */
  async delete(manager: EntityManager, id: string): Promise<boolean> {
    const [deleted]: [{ id: string }[], number] = await manager.query(
      'DELETE FROM annotations WHERE id = $1 RETURNING id',
      [id],
    );
    return deleted.length > 0;
  }
}

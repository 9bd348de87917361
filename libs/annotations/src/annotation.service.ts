import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AccessActor, AnnotatedField, AnnotationResponse, AnnotationWriteResponse } from '@caseatlas/contracts';
import { AccessService, HiddenRowException } from '@caseatlas/access';
import { AnonymizerWorker, findIdentifierInToken } from '@caseatlas/anonymizer';
import { transactionWithAudit } from '@caseatlas/audit';
import { anchorAt, CaseRepository, SearchOutbox, StaleVersionException } from '@caseatlas/cases';
import type { TextAnchor } from '@caseatlas/cases';
import { ProblemsException, validateAs } from '@caseatlas/validation';
import type { ListQuery, Problem } from '@caseatlas/validation';
import { CreateAnnotationDto, UpdateAnnotationDto } from './annotation.dto';
import type { ExportedAnnotation, ExportSubject } from './annotation-export';
import { AnnotationRepository } from './annotation.repository';
import type { AnnotationReader, AnnotationSortField } from './annotation.repository';
import { WorkingGroupRepository } from './working-group.repository';

/** A reader as the annotations table's rule needs them, and as an actor with their working groups. */
interface Reader {
  rule: AnnotationReader;
  actor: AccessActor;
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
    private readonly annotations: AnnotationRepository,
    private readonly workingGroups: WorkingGroupRepository,
    private readonly access: AccessService,
    private readonly cases: CaseRepository,
    private readonly outbox: SearchOutbox,
    private readonly anonymizer: AnonymizerWorker,
  ) {}

  /** The reader with their working groups, read once per request: they decide what is seen and where one writes. */
  private async reader(actor: AccessActor): Promise<Reader> {
    const groups = await this.access.workingGroupsOf(actor);
    return {
      rule: { id: actor.id, groups, readableStatuses: [...this.access.caseStatuses(actor, 'cases.read')] },
      actor: { ...actor, groups },
    };
  }

  async list(query: ListQuery<AnnotationSortField>, actor: AccessActor) {
    return this.annotations.findPage((await this.reader(actor)).rule, query);
  }

  async get(id: string, actor: AccessActor): Promise<AnnotationResponse> {
    return this.readable(id, await this.reader(actor));
  }

  /**
   * A case's or a group's annotations the reader may see, with the case's reference or the
   * group's name to name the export by. A case is named only if the reader may read it or
   * exports annotations of theirs on it: the name of a draft is not given away.
   */
  async findForExport(
    scope: { caseId: string } | { groupId: string },
    actor: AccessActor,
  ): Promise<{ annotations: ExportedAnnotation[]; subject: ExportSubject }> {
    const reader = await this.reader(actor);
    const annotations = await this.annotations.findForExport(reader.rule, scope);
    if ('caseId' in scope) {
      if (annotations.length)
        return { annotations, subject: { kind: 'case', reference: annotations[0].caseReference } };
      const found = await this.cases.findById(scope.caseId);
      const reference = found && this.access.can(actor, 'cases.read', found) ? found.reference : null;
      return { annotations, subject: { kind: 'case', reference } };
    }
    // Every reader may read the working groups (groups.read), so their names are no secret.
    const group = await this.workingGroups.findById(scope.groupId);
    return { annotations, subject: { kind: 'group', name: group?.name ?? null } };
  }

  async create(body: unknown, actor: AccessActor): Promise<AnnotationWriteResponse> {
    const checked = validateAs(CreateAnnotationDto, body);
    if (checked.problems) throw new ProblemsException(checked.problems);
    const input = checked.value;
    const problems: Problem[] = [...personalTags(input.tags ?? [])];
    const reader = await this.reader(actor);

    let target: { caseId: string; field: AnnotatedField; anchor: TextAnchor | null; parentId: string | null };
    let visibility = input.visibility ?? 'private';
    let groupId = input.groupId ?? null;
    if (input.parentId !== undefined) {
      for (const name of ['caseId', 'field', 'start', 'end', 'exact'] as const) {
        if (input[name] !== undefined) {
          problems.push({ path: name, rule: 'reply', message: `${name}: a reply targets its thread, not a passage` });
        }
      }
      const parent = await this.readable(input.parentId, reader);
      const root = parent.parentId ? await this.readable(parent.parentId, reader) : parent;
      if (
        (input.visibility !== undefined && input.visibility !== root.visibility) ||
        (input.groupId !== undefined && input.groupId !== root.groupId)
      ) {
        problems.push({ path: 'visibility', rule: 'reply', message: 'visibility: a reply carries its root’s' });
      }
      visibility = root.visibility;
      groupId = root.groupId;
      target = { caseId: root.caseId, field: root.field, anchor: null, parentId: root.id };
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
    problems.push(...groupProblems(visibility, groupId, reader.actor));
    if (problems.length) throw new ProblemsException(problems);

    const anonymized = await this.anonymizer.anonymizeTexts({ comment: input.comment ?? '' });
    const { id } = await transactionWithAudit(this.dataSource, async (manager) => {
      const id = await this.annotations.insert(manager, {
        ...target,
        authorId: actor.id,
        comment: anonymized.texts.comment,
        tags: input.tags ?? [],
        motivation: input.motivation ?? 'commenting',
        visibility,
        groupId,
      });
      await this.outbox.casesChanged(manager, [target.caseId], []);
      // An object with its id, so the audit row of the request names the new annotation.
      return { id };
    });
    return { ...(await this.readable(id, reader)), replacements: anonymized.replacements };
  }

  async update(id: string, body: unknown, actor: AccessActor): Promise<AnnotationWriteResponse> {
    const checked = validateAs(UpdateAnnotationDto, body);
    if (checked.problems) throw new ProblemsException(checked.problems);
    const input = checked.value;
    const reader = await this.reader(actor);
    const current = await this.ownAnnotation(id, reader);
    const problems = personalTags(input.tags ?? []);
    const visibility = input.visibility ?? current.visibility;
    const groupId = input.groupId !== undefined ? input.groupId : input.visibility ? null : current.groupId;
    // Someone who left the working group no longer writes into it.
    if (current.visibility === 'group' && !(reader.actor.groups ?? []).includes(current.groupId!)) {
      throw new ForbiddenException('You are no longer a member of the working group this annotation is shared with');
    }
    const moves = visibility !== current.visibility || groupId !== current.groupId;
    if (current.parentId && moves) {
      problems.push({ path: 'visibility', rule: 'reply', message: 'visibility: a reply carries its root’s' });
    } else if (moves) {
      problems.push(...groupProblems(visibility, groupId, reader.actor));
      // Others wrote their replies for the readers the thread had: it keeps them.
      if ((await this.annotations.countRepliesByOthers(id, actor.id)) > 0) {
        problems.push({
          path: 'visibility',
          rule: 'thread',
          message: 'visibility: others have replied in this thread; it stays shared with the readers they wrote for',
        });
      }
    }
    if (problems.length) throw new ProblemsException(problems);
    const anonymized = await this.anonymizer.anonymizeTexts({ comment: input.comment ?? current.comment });
    await transactionWithAudit(this.dataSource, async (manager) => {
      const changes = {
        comment: anonymized.texts.comment,
        tags: input.tags ?? current.tags,
        motivation: input.motivation ?? current.motivation,
        visibility,
        groupId,
      };
      if (!(await this.annotations.update(manager, id, changes, input.version))) {
        const found = await this.annotations.versionOf(manager, id);
        if (found === null) throw new HiddenRowException('annotation', id);
        throw new StaleVersionException('annotation', input.version, found);
      }
      await this.outbox.casesChanged(manager, [current.caseId], []);
    });
    return { ...(await this.readable(id, reader)), replacements: anonymized.replacements };
  }

  /** Deletes an annotation, and with a root its thread. */
  async delete(id: string, actor: AccessActor): Promise<AnnotationResponse> {
    const annotation = await this.ownAnnotation(id, await this.reader(actor));
    await transactionWithAudit(this.dataSource, async (manager) => {
      // A thread's replies go with its root: only the author's own, never someone else's work.
      // The root is locked first, so no reply can arrive between the count and the delete.
      await this.annotations.lock(manager, id);
      const others = await this.annotations.countRepliesByOthers(id, actor.id, manager);
      if (others > 0) {
        throw new ConflictException(
          `Others have replied to this annotation (${others}); edit it instead, or ask them to remove their replies first.`,
        );
      }
      // Deleted meanwhile by another request: this one deleted nothing.
      if (!(await this.annotations.delete(manager, id))) throw new HiddenRowException('annotation', id);
      await this.outbox.casesChanged(manager, [annotation.caseId], []);
    });
    return annotation;
  }

  /** The annotation, if the reader may see it; otherwise not found (no hint that it exists). */
  private async readable(id: string, reader: Reader): Promise<AnnotationResponse> {
    const annotation = await this.annotations.findVisible(reader.rule, id);
    if (!annotation) throw new HiddenRowException('annotation', id);
    return annotation;
  }

  /** The reader's own annotation: someone else's they can see is forbidden, one they cannot is not found. */
  private async ownAnnotation(id: string, reader: Reader): Promise<AnnotationResponse> {
    const annotation = await this.readable(id, reader);
    if (!this.access.can(reader.actor, 'annotations.write', { ownerId: annotation.author.id })) {
      throw new ForbiddenException('Only its author changes or deletes an annotation');
    }
    return annotation;
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

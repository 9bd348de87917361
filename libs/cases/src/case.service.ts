import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CASE_STATUSES, STATUS_TRANSITIONS } from '@caseatlas/contracts';
import type { AccessActor, CaseRecord, CaseResponse, CaseStatus } from '@caseatlas/contracts';
import { AccessService } from '@caseatlas/access';
import { AnonymizerWorker } from '@caseatlas/anonymizer';
import { ListQuery, Problem, ProblemsException, uniqueProblems, Validated, validateAs } from '@caseatlas/validation';
import {
  caseTexts,
  identifiersInSourceUrls,
  identifiersInTokens,
  sourceUrlTexts,
  withCaseTexts,
} from './anonymize-case';
import { toCaseRecord, toCaseRows } from './case-mapping';
import { CaseRepository, CaseSortField } from './case.repository';
import { CaseHasAnnotationsException, isUniqueViolation, StaleVersionException } from './conflicts';
import { CaseRecordDto, UpdateCaseDto } from './dto/case-record.dto';
import { StatuteRepository } from './statute.repository';
import { findCaseInconsistencies, statuteKeysOf } from './validation/case-consistency';

export type StatuteLookup = ReadonlyMap<string, { jurisdiction: string }>;
export type UpsertOutcome = 'created' | 'updated' | 'unchanged';
/** What became of one imported record: its outcome, or why the database refused it. */
export type ImportOutcome = { outcome: UpsertOutcome; failure?: undefined } | { outcome?: undefined; failure: unknown };

@Injectable()
export class CaseService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly statutes: StatuteRepository,
    private readonly access: AccessService,
    private readonly anonymizer: AnonymizerWorker,
  ) {}

  list(query: ListQuery<CaseSortField>, actor: AccessActor) {
    return this.cases.findPage(query, this.access.caseStatuses(actor, 'cases.read'));
  }

  async get(id: string, actor: AccessActor): Promise<CaseResponse> {
    return this.access.requireCase(actor, 'cases.read', id, await this.cases.findById(id));
  }

  async create(body: unknown, actor: AccessActor): Promise<CaseResponse> {
    return this.cases.transaction(async (manager) => {
      const record = this.orThrow(await this.check(body, await this.statuteLookup(manager, body)));
      this.access.requireStatusChange(actor, undefined, record.status);
      const id = await this.insertOrExplain(manager, record);
      return (await this.cases.findById(id, manager))!;
    });
  }

  /**
   * Merges the fields sent onto the current record (a whole record from the edit form, or a
   * few fields from a bulk action) and refuses a stale `version` with 409.
   */
  async update(id: string, body: unknown, actor: AccessActor): Promise<CaseResponse> {
    return this.cases.transaction(async (manager) => {
      const current = this.access.requireCase(actor, 'cases.update', id, await this.cases.lockById(manager, id));
      const changes = validateAs(UpdateCaseDto, body);
      const sent = (body ?? {}) as Record<string, unknown>;
      // A version no row can have (1e20) is a bad request, not somebody else's edit.
      const versionRefused = changes.problems?.some((problem) => problem.path === 'version');
      if (typeof sent.version === 'number' && !versionRefused && sent.version !== current.version) {
        throw new StaleVersionException('case', sent.version, current.version);
      }
      const { version: _version, id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = sent;
      const merged = { ...toCaseRecord(current), ...fields };
      const checked = await this.check(merged, await this.statuteLookup(manager, merged));
      // Problems of the fields as sent (e.g. unknown fields) and of the merged record, once each.
      const problems = uniqueProblems([
        ...(changes.problems ?? []),
        ...versionProblems(sent.version, Object.keys(fields)),
        ...statusProblems(current.status, fields.status),
        ...(checked.problems ?? []),
      ]);
      if (problems.length) throw new ProblemsException(problems);
      this.access.requireStatusChange(actor, current.status, checked.value!.status);
      try {
        await this.cases.replace(manager, id, checked.value!, current.version + 1);
      } catch (error) {
        throw this.explainWriteError(error);
      }
      return (await this.cases.findById(id, manager))!;
    });
  }

  async delete(id: string, actor: AccessActor): Promise<CaseResponse> {
    return this.cases.transaction(async (manager) => {
      const current = this.access.requireCase(actor, 'cases.delete', id, await this.cases.lockById(manager, id));
      // Lawyers' annotations are their work: the case stays while it carries any (the lock above
      // holds back new ones), and the database refuses it too.
      const annotations = await this.cases.annotationCountOf(manager, id);
      if (annotations > 0) throw new CaseHasAnnotationsException(annotations);
      await this.cases.delete(manager, id);
      return current;
    });
  }

  /**
   * Import, first step: the record checked like a request (every problem at once) and its
   * texts anonymized. Returns the problems instead of throwing, so a file goes on after a bad row.
   */
  checkImported(plain: unknown, statutes: StatuteLookup): Promise<Validated<CaseRecordDto>> {
    return this.check(plain, statutes);
  }

  /**
   * Import, second step: each checked record creates its case or replaces the one with the same
   * reference (references must not repeat within a batch). One transaction for the batch; if
   * the database refuses any of it, each record again in a transaction of its own, so only the
   * records it refuses fail, each with the database's error.
   */
  async importBatch(records: CaseRecord[], options: { dryRun?: boolean } = {}): Promise<ImportOutcome[]> {
    if (records.length === 0) return [];
    if (options.dryRun) {
      const stored = byReference(await this.cases.findByReferences(records.map((record) => record.reference)));
      return outcomesOf(records, stored).map((outcome) => ({ outcome }));
    }
    try {
      return await this.cases.transaction((manager) => this.writeImported(manager, records));
    } catch (error) {
      if (records.length === 1) return [{ failure: error }];
      const outcomes: ImportOutcome[] = [];
      for (const record of records) {
        try {
          outcomes.push(...(await this.cases.transaction((manager) => this.writeImported(manager, [record]))));
        } catch (failure) {
          outcomes.push({ failure });
        }
      }
      return outcomes;
    }
  }

  private async writeImported(manager: EntityManager, records: CaseRecord[]): Promise<ImportOutcome[]> {
    const stored = byReference(
      await this.cases.lockByReferences(
        manager,
        records.map((record) => record.reference),
      ),
    );
    const outcomes = outcomesOf(records, stored);
    await this.cases.insertMany(
      manager,
      records.filter((_record, index) => outcomes[index] === 'created'),
    );
    for (const [index, record] of records.entries()) {
      if (outcomes[index] !== 'updated') continue;
      const current = stored.get(record.reference)!;
      // One by one: a replaced text re-anchors the annotations on that case.
      await this.cases.replace(manager, current.id, record, current.version + 1);
    }
    return outcomes.map((outcome) => ({ outcome }));
  }

  /**
   * Field rules, cross-field rules and identifiers in tags together, so one answer lists every
   * problem; then the free texts are anonymized (and the source URLs checked), so what comes out
   * is what may be stored.
   */
  private async check(plain: unknown, statutes: StatuteLookup): Promise<Validated<CaseRecordDto>> {
    const fields = validateAs(CaseRecordDto, plain);
    const problems = [
      ...(fields.problems ?? []),
      ...(isPlainObject(plain) ? findCaseInconsistencies(plain, statutes) : []),
      ...(fields.value ? identifiersInTokens(fields.value) : []),
    ];
    if (problems.length) return { problems };
    // In the worker thread: a long case does not hold up other requests while it is read. The
    // source URLs are read in the same call; one that carries an identifier refuses the record.
    const record = fields.value!;
    const urlTexts = sourceUrlTexts(record);
    const { texts, replacements } = await this.anonymizer.anonymizeTexts({ ...caseTexts(record), ...urlTexts });
    const inUrls = identifiersInSourceUrls(urlTexts, replacements);
    if (inUrls.length) return { problems: inUrls };
    return { value: withCaseTexts(record, texts) };
  }

  private orThrow<T>(checked: Validated<T>): T {
    if (checked.problems) throw new ProblemsException(checked.problems);
    return checked.value;
  }

  private statuteLookup(manager: EntityManager, plain: unknown): Promise<StatuteLookup> {
    return this.statutes.jurisdictionsOf(isPlainObject(plain) ? statuteKeysOf(plain) : [], manager);
  }

  private async insertOrExplain(manager: EntityManager, record: CaseRecord): Promise<string> {
    try {
      return await this.cases.insert(manager, record);
    } catch (error) {
      throw this.explainWriteError(error);
    }
  }

  private explainWriteError(error: unknown): unknown {
    if (isUniqueViolation(error, 'cases_reference_key')) {
      return new ProblemsException([
        { path: 'reference', rule: 'unique', message: 'another case already has this reference' },
      ]);
    }
    return error;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Fields a bulk action may change without the version (react-admin's updateMany sends none). */
const FIELDS_CHANGED_WITHOUT_VERSION = new Set(['status']);

function versionProblems(version: unknown, fields: string[]): Problem[] {
  if (version !== undefined || fields.every((field) => FIELDS_CHANGED_WITHOUT_VERSION.has(field))) return [];
  return [
    {
      path: 'version',
      rule: 'required',
      message:
        'send the version you read, so no one else’s changes are overwritten (only status may change without it)',
    },
  ];
}

function statusProblems(current: CaseStatus, next: unknown): Problem[] {
  if (typeof next !== 'string' || next === current || !(CASE_STATUSES as readonly string[]).includes(next)) return [];
  if (STATUS_TRANSITIONS[current].includes(next as CaseStatus)) return [];
  return [
    {
      path: 'status',
      rule: 'transition',
      message: `a ${current} case can move to ${STATUS_TRANSITIONS[current].join(' or ')}, not to ${next}`,
    },
  ];
}

const byReference = (cases: CaseResponse[]) => new Map(cases.map((current) => [current.reference, current]));

/** What importing each record does to the stored cases: creates one, replaces one, or changes nothing. */
function outcomesOf(records: CaseRecord[], stored: ReadonlyMap<string, CaseResponse>): UpsertOutcome[] {
  return records.map((record) => {
    const current = stored.get(record.reference);
    if (!current) return 'created';
    return sameRecord(toCaseRecord(current), record) ? 'unchanged' : 'updated';
  });
}

/** Compares what would be stored, so absent and null, or class and plain objects, compare equal. */
function sameRecord(stored: CaseRecord, incoming: CaseRecord): boolean {
  return canonicalJson(toCaseRows(stored)) === canonicalJson(toCaseRows(incoming));
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field ?? null)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

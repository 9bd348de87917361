import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { anonymizeTexts } from '@caseatlas/anonymizer';
import type {
  AccessActor,
  AlertResponse,
  AlertsResponse,
  SavedSearchResponse,
  SearchFilter,
} from '@caseatlas/contracts';
import { AccessService, HiddenRowException } from '@caseatlas/access';
import { transactionWithAudit } from '@caseatlas/audit';
import { identifiersInTokens } from '@caseatlas/cases';
import { ProblemsException, validateAs, PlainText } from '@caseatlas/validation';
import { parseSearchParameters } from './query/search-parameters';
import { SearchService } from './search.service';

export class SavedSearchDto {
  @IsString()
  @MaxLength(120)
  @Matches(/\S/, { message: 'name must not be blank' })
  @PlainText()
  name!: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  q?: string;

  @IsOptional()
  @IsObject()
  @Type(() => Object)
  filter?: Record<string, unknown>;
}

const ALERT_HITS = 5;
/** Alerts run every saved search of a reader: a bound keeps that one request cheap. */
export const MAX_SAVED_SEARCHES = 50;

interface Row {
  id: string;
  owner_id: string;
  name: string;
  query: string;
  filter: SearchFilter;
  created_at: Date;
  seen_at: Date;
}

const toResponse = (row: Row): SavedSearchResponse => ({
  id: row.id,
  name: row.name,
  q: row.query,
  filter: row.filter,
  createdAt: row.created_at.toISOString(),
  seenAt: row.seen_at.toISOString(),
});

/** A reader's saved searches, private to them, and the alerts they raise. */
@Injectable()
export class SavedSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly search: SearchService,
  ) {}

  async list(actor: AccessActor): Promise<SavedSearchResponse[]> {
    const rows: Row[] = await this.dataSource.query(
      'SELECT * FROM saved_searches WHERE owner_id = $1 ORDER BY created_at, id',
      [actor.id],
    );
    return rows.map(toResponse);
  }

  /**
   * Saves a search. Its name and text are typed by a person, so they are anonymized before they
   * are stored (a name typed into the search becomes its placeholder); the filter is checked
   * like the search's own.
   */
  async create(body: unknown, actor: AccessActor): Promise<SavedSearchResponse> {
    const checked = validateAs(SavedSearchDto, body);
    if (checked.problems) throw new ProblemsException(checked.problems);
    const { name, q = '', filter = {} } = checked.value;
    const parsed = parseSearchParameters({ q, filter: JSON.stringify(filter) });
    if (parsed.problems) throw new ProblemsException(parsed.problems);
    // Tags are the filter's only free text: one holding an identifier is refused, as on a case.
    const tags = (parsed.parameters.filter.tag ?? []).map(String);
    const personal = identifiersInTokens({ tags }).map((problem) => ({
      ...problem,
      path: `filter.${problem.path.replace('tags', 'tag')}`,
      message: problem.message.replace(/^tags/, 'filter.tag'),
    }));
    if (personal.length) throw new ProblemsException(personal);
    const [{ count }] = await this.dataSource.query(
      'SELECT count(*)::int AS count FROM saved_searches WHERE owner_id = $1',
      [actor.id],
    );
    if (count >= MAX_SAVED_SEARCHES) {
      throw new ProblemsException([
        { path: '', rule: 'limit', message: `at most ${MAX_SAVED_SEARCHES} saved searches; delete one first` },
      ]);
    }
    const texts = anonymizeTexts({ name: name.trim(), q: parsed.parameters.q }).texts;
    return transactionWithAudit(this.dataSource, async (manager) => {
      const [row]: Row[] = await manager.query(
        `INSERT INTO saved_searches (owner_id, name, query, filter) VALUES ($1, $2, $3, $4) RETURNING *`,
        [actor.id, texts.name, texts.q, JSON.stringify(parsed.parameters.filter)],
      );
      return toResponse(row);
    });
  }

  async delete(id: string, actor: AccessActor): Promise<SavedSearchResponse> {
    const row = await this.own(id, actor, 'savedSearches.write');
    return transactionWithAudit(this.dataSource, async (manager) => {
      await manager.query('DELETE FROM saved_searches WHERE id = $1', [id]);
      return toResponse(row);
    });
  }

  /** For each saved search, the cases that match it and changed since it was last seen. */
  async alerts(actor: AccessActor): Promise<AlertsResponse> {
    const alerts: AlertResponse[] = [];
    for (const saved of await this.list(actor)) {
      const result = await this.search.search(
        { q: saved.q, filter: saved.filter, interpret: true, sort: 'verdictDate', size: ALERT_HITS },
        actor,
        { changedAfter: saved.seenAt, paging: false },
      );
      alerts.push({ savedSearch: saved, count: result.total, hits: result.hits });
    }
    return { total: alerts.reduce((sum, alert) => sum + alert.count, 0), alerts };
  }

  /** The alerts of a saved search are read: later changes only, from what the index holds now. */
  async markSeen(id: string, actor: AccessActor): Promise<SavedSearchResponse> {
    await this.own(id, actor, 'savedSearches.write');
    return transactionWithAudit(this.dataSource, async (manager) => {
      // TypeORM answers an UPDATE with [rows, count].
      const [[row]]: [Row[], number] = await manager.query(
        // Seen up to what the index already holds: a change still waiting in the outbox is left
        // to alert (at worst twice), never lost.
        `UPDATE saved_searches
            SET seen_at = LEAST(now(), (SELECT min(created_at) - interval '1 second' FROM search_outbox WHERE parked_at IS NULL))
          WHERE id = $1 RETURNING *`,
        [id],
      );
      return toResponse(row);
    });
  }

  /** Someone else's saved search does not exist for the actor: 404, never 403. */
  /** The reader's own saved searches, in the order asked; someone else's, or a missing one, is not found. */
  async findOwn(ids: string[], actor: AccessActor): Promise<SavedSearchResponse[]> {
    const found: SavedSearchResponse[] = [];
    for (const id of ids) found.push(toResponse(await this.own(id, actor, 'savedSearches.read')));
    return found;
  }

  private async own(
    id: string,
    actor: AccessActor,
    permission: 'savedSearches.read' | 'savedSearches.write',
  ): Promise<Row> {
    const [row]: Row[] = await this.dataSource.query('SELECT * FROM saved_searches WHERE id = $1', [id]);
    if (!row || !this.access.can(actor, permission, { ownerId: row.owner_id })) {
      throw new HiddenRowException('saved search', id);
    }
    return row;
  }
}

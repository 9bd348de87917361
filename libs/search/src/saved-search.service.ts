import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { anonymizeTexts } from '@caseatlas/anonymizer';
import type { AccessActor, AlertResponse, AlertsResponse, SavedSearchResponse } from '@caseatlas/contracts';
import { AccessService, HiddenRowException } from '@caseatlas/access';
import { transactionWithAudit } from '@caseatlas/audit';
import { identifiersInTokens } from '@caseatlas/cases';
import { ProblemsException, validateAs, PlainText } from '@caseatlas/validation';
import { parseSearchParameters } from './query/search-parameters';
import { SavedSearchRepository } from './saved-search.repository';
import type { SavedSearchRow } from './saved-search.repository';
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

/** The response without the owner: the API never says whose a saved search is. */
const toResponse = ({ ownerId: _ownerId, ...saved }: SavedSearchRow): SavedSearchResponse => saved;

/** A reader's saved searches, private to them, and the alerts they raise. */
@Injectable()
export class SavedSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly savedSearches: SavedSearchRepository,
    private readonly access: AccessService,
    private readonly search: SearchService,
  ) {}

  async list(actor: AccessActor): Promise<SavedSearchResponse[]> {
    return (await this.savedSearches.listOf(actor.id)).map(toResponse);
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
    if ((await this.savedSearches.countOf(actor.id)) >= MAX_SAVED_SEARCHES) {
      throw new ProblemsException([
        { path: '', rule: 'limit', message: `at most ${MAX_SAVED_SEARCHES} saved searches; delete one first` },
      ]);
    }
    const texts = anonymizeTexts({ name: name.trim(), q: parsed.parameters.q }).texts;
    return transactionWithAudit(this.dataSource, async (manager) =>
      toResponse(
        await this.savedSearches.insert(manager, {
          ownerId: actor.id,
          name: texts.name,
          q: texts.q,
          filter: parsed.parameters.filter,
        }),
      ),
    );
  }

  async delete(id: string, actor: AccessActor): Promise<SavedSearchResponse> {
    const row = await this.own(id, actor, 'savedSearches.write');
    return transactionWithAudit(this.dataSource, async (manager) => {
      await this.savedSearches.delete(manager, id);
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
    return transactionWithAudit(this.dataSource, async (manager) =>
      toResponse(await this.savedSearches.markSeen(manager, id)),
    );
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
  ): Promise<SavedSearchRow> {
    const row = await this.savedSearches.findById(id);
    if (!row || !this.access.can(actor, permission, { ownerId: row.ownerId })) {
      throw new HiddenRowException('saved search', id);
    }
    return row;
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@caseatlas/auth';
import { SavedSearchDto, SavedSearchService } from '@caseatlas/search';
import type { AlertsResponse, SavedSearchResponse } from '@caseatlas/contracts';
import { Audit, Permission } from '../http/access.decorators';
import { CurrentActor } from '../http/current-actor.decorator';
import { NoQueryParametersPipe } from '../http/no-query.pipe';
import { SavedSearchIdPipe } from '../http/id.pipes';

/** A reader's saved searches and the alerts they raise; each reader sees only their own. */
@ApiTags('search')
@Controller()
export class SavedSearchesController {
  constructor(private readonly savedSearches: SavedSearchService) {}

  @Get('saved-searches')
  @Permission('savedSearches.read')
  @Audit('savedSearches.list')
  list(
    @Query(NoQueryParametersPipe) _query: Record<string, never>,
    @CurrentActor() actor: Actor,
  ): Promise<SavedSearchResponse[]> {
    return this.savedSearches.list(actor);
  }

  @Post('saved-searches')
  @Permission('savedSearches.write')
  @Audit('savedSearches.create')
  @ApiBody({ type: SavedSearchDto })
  create(@Body() body: Record<string, unknown>, @CurrentActor() actor: Actor): Promise<SavedSearchResponse> {
    return this.savedSearches.create(body, actor);
  }

  @Delete('saved-searches/:id')
  @Permission('savedSearches.write')
  @Audit('savedSearches.delete')
  @ApiNotFoundResponse({ description: 'No such saved search, or someone else’s' })
  delete(@Param('id', SavedSearchIdPipe) id: string, @CurrentActor() actor: Actor): Promise<SavedSearchResponse> {
    return this.savedSearches.delete(id, actor);
  }

  @Get('alerts')
  @Permission('savedSearches.read')
  @Audit('alerts.list')
  alerts(
    @Query(NoQueryParametersPipe) _query: Record<string, never>,
    @CurrentActor() actor: Actor,
  ): Promise<AlertsResponse> {
    return this.savedSearches.alerts(actor);
  }

  @Post('alerts/:id/seen')
  @HttpCode(200)
  @Permission('savedSearches.write')
  @Audit('alerts.seen')
  @ApiNotFoundResponse({ description: 'No such saved search, or someone else’s' })
  markSeen(@Param('id', SavedSearchIdPipe) id: string, @CurrentActor() actor: Actor): Promise<SavedSearchResponse> {
    return this.savedSearches.markSeen(id, actor);
  }
}

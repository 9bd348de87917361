import { Module } from '@nestjs/common';
import { AccessModule } from '@caseatlas/access';
import { CasesModule } from '@caseatlas/cases';
import { CaseIndex } from './indexing/case-index';
import { CaseIndexBuilder } from './indexing/case-index-builder';
import { CaseIndexReader } from './indexing/case-index-reader';
import { SearchIndexWorker } from './indexing/search-index.worker';
import { SearchRelay } from './indexing/search-relay';
import { SavedSearchRepository } from './saved-search.repository';
import { SavedSearchService } from './saved-search.service';
import { SearchService } from './search.service';
import { QueryUnderstandingService } from './query/query-understanding.service';

/** Precedent search and the index behind it; shared by the API and the command line. */
@Module({
  imports: [CasesModule, AccessModule],
  providers: [
    CaseIndex,
    CaseIndexReader,
    CaseIndexBuilder,
    SearchRelay,
    SearchService,
    SavedSearchRepository,
    SavedSearchService,
    QueryUnderstandingService,
  ],
  exports: [CaseIndex, CaseIndexBuilder, SearchRelay, SearchService, SavedSearchService],
})
export class SearchModule {}

/** Keeps the index in step inside a long-running process (the API, or a relay of its own). */
@Module({
  imports: [SearchModule],
  providers: [SearchIndexWorker],
  exports: [SearchIndexWorker],
})
export class SearchIndexWorkerModule {}

import { Module } from '@nestjs/common';
import { CasesModule } from '@caseatlas/cases';
import { SearchIndexWorkerModule, SearchModule } from '@caseatlas/search';
import { SavedSearchesController } from './saved-searches.controller';
import { SearchController } from './search.controller';

@Module({
  imports: [CasesModule, SearchModule, SearchIndexWorkerModule],
  controllers: [SearchController, SavedSearchesController],
})
export class SearchHttpModule {}

import { Module } from '@nestjs/common';
import { AccessModule } from '@caseatlas/access';
import { CasesModule } from '@caseatlas/cases';
import { AnnotationRepository } from './annotation.repository';
import { AnnotationService } from './annotation.service';
import { WorkingGroupRepository } from './working-group.repository';
import { WorkingGroupService } from './working-group.service';

/** Annotations and working groups; shared by the API and the command line. */
@Module({
  imports: [CasesModule, AccessModule],
  providers: [AnnotationRepository, AnnotationService, WorkingGroupRepository, WorkingGroupService],
  exports: [AnnotationService, WorkingGroupService],
})
export class AnnotationsModule {}

import { Module } from '@nestjs/common';
import { AnnotationsModule } from '@caseatlas/annotations';
import { AnnotationsController } from './annotations.controller';
import { WorkingGroupsController } from './working-groups.controller';

@Module({
  imports: [AnnotationsModule],
  controllers: [AnnotationsController, WorkingGroupsController],
})
export class AnnotationsHttpModule {}

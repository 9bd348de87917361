import { Module } from '@nestjs/common';
import { AccessService } from './access.service';

/** Domain modules import it to ask about the rows they touch. */
@Module({
  providers: [AccessService],
  exports: [AccessService],
})
export class AccessModule {}

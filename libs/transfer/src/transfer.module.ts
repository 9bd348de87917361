import { Module } from '@nestjs/common';
import { CasesModule } from '@caseatlas/cases';
import { CaseTransferService } from './case-transfer.service';

/** Import and export of case and statute files, and k-anonymous shared exports (command line). */
@Module({
  imports: [CasesModule],
  providers: [CaseTransferService],
  exports: [CaseTransferService],
})
export class TransferModule {}

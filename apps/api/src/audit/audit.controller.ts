import { Controller, Get, NotFoundException, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AUDIT_SORT_COLUMNS, AuditService } from '@caseatlas/audit';
import type { AuditSortField } from '@caseatlas/audit';
import { AUDIT_OUTCOMES, EXPORT_LANGUAGES } from '@caseatlas/contracts';
import type { AuditEventResponse, ExportLanguage } from '@caseatlas/contracts';
import { contentRange, ProblemsException } from '@caseatlas/validation';
import type { ListQuery, ListSpecification } from '@caseatlas/validation';
import { Audit, Permission } from '../http/access.decorators';
import { ListQueryPipe } from '../http/list-query.pipe';

export const AUDIT_LIST: ListSpecification<AuditSortField> = {
  sortable: Object.keys(AUDIT_SORT_COLUMNS) as AuditSortField[],
  defaultSort: { field: 'at', order: 'DESC' },
  filters: {
    actorId: 'id',
    actorName: 'string',
    action: 'string',
    outcome: { kind: 'string', vocabulary: AUDIT_OUTCOMES },
    targetType: 'string',
    targetId: 'string',
    requestId: 'string',
    from: 'datetime',
    to: 'datetime',
  },
};

/** The audit trail, for admins; reading and exporting it are audited too. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Audit('audit.list')
  @Permission('audit.read')
  @ApiQuery({ name: 'filter', required: false, example: '{"action":"auth.login","outcome":"failure"}' })
  async list(
    @Query(new ListQueryPipe(AUDIT_LIST)) query: ListQuery<AuditSortField>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AuditEventResponse[]> {
    const { rows, total } = await this.audit.findPage(query);
    response.setHeader('Content-Range', contentRange('audit', query.offset, rows.length, total));
    return rows;
  }

  // Declared before :id so "export" is not taken for an id.
  @Get('export')
  @Audit('audit.export')
  @Permission('audit.export')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Every matching event as CSV, newest first (the filter of the list)' })
  @ApiQuery({
    name: 'language',
    required: false,
    enum: EXPORT_LANGUAGES,
    description: 'the CSV headers in words, in this language (the column keys without it)',
  })
  export(
    @Query(new ListQueryPipe(AUDIT_LIST, ['language'])) query: ListQuery<AuditSortField>,
    @Query('language') language?: string,
  ): StreamableFile {
    if (language !== undefined && !EXPORT_LANGUAGES.includes(language as ExportLanguage))
      throw new ProblemsException([
        { path: 'language', rule: 'vocabulary', message: `language takes ${EXPORT_LANGUAGES.join(' or ')}` },
      ]);
    return new StreamableFile(this.audit.exportCsv(query.filter, language as ExportLanguage | undefined), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="caseatlas-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
    });
  }

  @Get(':id')
  @Audit('audit.get')
  @Permission('audit.read')
  @ApiNotFoundResponse()
  async get(@Param('id') id: string): Promise<AuditEventResponse> {
    const event = await this.audit.findById(id);
    if (!event) throw new NotFoundException(`No audit event with id ${id}`);
    return event;
  }
}

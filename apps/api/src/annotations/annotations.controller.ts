import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ANNOTATED_FIELDS, ANNOTATION_TAG_PATTERN, EXPORT_LANGUAGES, MOTIVATIONS } from '@caseatlas/contracts';
import type { AnnotationResponse, AnnotationWriteResponse, ExportLanguage } from '@caseatlas/contracts';
import type { Actor } from '@caseatlas/auth';
import {
  ANNOTATION_SORT_COLUMNS,
  annotationExportFilename,
  AnnotationService,
  attachmentDisposition,
  CreateAnnotationDto,
  toCsv,
  toJsonLdCollection,
  UpdateAnnotationDto,
} from '@caseatlas/annotations';
import type { AnnotationSortField } from '@caseatlas/annotations';
import { contentRange, ProblemsException, unknownParameterProblems, UUID_PATTERN } from '@caseatlas/validation';
import type { ListQuery, ListSpecification, Problem } from '@caseatlas/validation';
import { Audit, Permission } from '../http/access.decorators';
import { CurrentActor } from '../http/current-actor.decorator';
import { AnnotationIdPipe } from '../http/id.pipes';
import { ListQueryPipe } from '../http/list-query.pipe';

export const ANNOTATION_LIST: ListSpecification<AnnotationSortField> = {
  sortable: Object.keys(ANNOTATION_SORT_COLUMNS) as AnnotationSortField[],
  defaultSort: { field: 'createdAt', order: 'ASC' },
  filters: {
    id: 'id',
    caseId: 'id',
    authorId: 'id',
    groupId: 'id',
    parentId: 'id',
    tag: { kind: 'string', pattern: ANNOTATION_TAG_PATTERN },
    motivation: { kind: 'string', vocabulary: MOTIVATIONS },
    field: { kind: 'string', vocabulary: ANNOTATED_FIELDS },
    orphaned: 'boolean',
    mine: 'boolean',
  },
};

@ApiTags('annotations')
@Controller('annotations')
export class AnnotationsController {
  constructor(private readonly annotations: AnnotationService) {}

  @Get()
  @Permission('annotations.read')
  @Audit('annotations.list')
  @ApiQuery({ name: 'filter', required: false, example: '{"caseId":"…","tag":["debt_bondage"],"orphaned":false}' })
  @ApiQuery({ name: 'sort', required: false, example: '["createdAt","ASC"]' })
  @ApiQuery({ name: 'range', required: false, example: '[0,24]' })
  async list(
    @Query(new ListQueryPipe(ANNOTATION_LIST)) query: ListQuery<AnnotationSortField>,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AnnotationResponse[]> {
    const { rows, total } = await this.annotations.list(query, actor);
    response.setHeader('Content-Range', contentRange('annotations', query.offset, rows.length, total));
    return rows;
  }

  /** A case's or a working group's annotations, as the reader may see them: W3C JSON-LD or CSV. */
  @Get('export')
  @Permission('annotations.read')
  @Audit('annotations.export')
  @ApiQuery({ name: 'caseId', required: false })
  @ApiQuery({ name: 'groupId', required: false })
  @ApiQuery({ name: 'format', required: false, enum: ['jsonld', 'csv'] })
  @ApiQuery({
    name: 'language',
    required: false,
    enum: EXPORT_LANGUAGES,
    description: 'the CSV headers in words, in this language (the column keys without it)',
  })
  async export(
    @Query() query: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<unknown> {
    const problems: Problem[] = unknownParameterProblems(query, ['caseId', 'groupId', 'format', 'language']);
    const { caseId, groupId, format = 'jsonld', language } = query;
    const ids = [caseId, groupId].filter((id) => id !== undefined);
    if (ids.length !== 1) problems.push({ path: 'caseId', rule: 'required', message: 'give caseId or groupId' });
    for (const [name, id] of [
      ['caseId', caseId],
      ['groupId', groupId],
    ] as const) {
      if (id !== undefined && (typeof id !== 'string' || !UUID_PATTERN.test(id))) {
        problems.push({ path: name, rule: 'format', message: `${name} must be an id` });
      }
    }
    if (format !== 'jsonld' && format !== 'csv')
      problems.push({ path: 'format', rule: 'vocabulary', message: 'format takes jsonld or csv' });
    if (language !== undefined && !EXPORT_LANGUAGES.includes(language as ExportLanguage))
      problems.push({
        path: 'language',
        rule: 'vocabulary',
        message: `language takes ${EXPORT_LANGUAGES.join(' or ')}`,
      });
    if (problems.length) throw new ProblemsException(problems);
    const scope =
      caseId !== undefined ? { caseId: String(caseId).toLowerCase() } : { groupId: String(groupId).toLowerCase() };
    const { annotations, subject } = await this.annotations.findForExport(scope, actor);
    const filename = annotationExportFilename(subject, format === 'csv' ? 'csv' : 'jsonld', new Date());
    response.setHeader('Content-Disposition', attachmentDisposition(filename));
    if (format === 'csv') {
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      return toCsv(annotations, language as ExportLanguage | undefined);
    }
    response.setHeader('Content-Type', 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    const label =
      subject.kind === 'case'
        ? `Annotations of case ${subject.reference ?? scope.caseId}`
        : `Annotations of working group ${subject.name ?? scope.groupId}`;
    return toJsonLdCollection(annotations, label);
  }

  @Get(':id')
  @Permission('annotations.read')
  @Audit('annotations.get')
  @ApiNotFoundResponse()
  get(@Param('id', AnnotationIdPipe) id: string, @CurrentActor() actor: Actor): Promise<AnnotationResponse> {
    return this.annotations.get(id, actor);
  }

  @Post()
  @Permission('annotations.write')
  @Audit('annotations.create')
  create(@Body() body: CreateAnnotationDto, @CurrentActor() actor: Actor): Promise<AnnotationWriteResponse> {
    return this.annotations.create(body, actor);
  }

  @Put(':id')
  @Permission('annotations.write')
  @Audit('annotations.update')
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Stale version' })
  update(
    @Param('id', AnnotationIdPipe) id: string,
    @Body() body: UpdateAnnotationDto,
    @CurrentActor() actor: Actor,
  ): Promise<AnnotationWriteResponse> {
    return this.annotations.update(id, body, actor);
  }

  @Delete(':id')
  @Permission('annotations.write')
  @Audit('annotations.delete')
  @ApiNotFoundResponse()
  delete(@Param('id', AnnotationIdPipe) id: string, @CurrentActor() actor: Actor): Promise<AnnotationResponse> {
    return this.annotations.delete(id, actor);
  }
}

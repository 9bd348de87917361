import { Audit, Permission } from '../http/access.decorators';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnonymizerWorker } from '@caseatlas/anonymizer';
import type { AnonymizedTexts } from '@caseatlas/anonymizer';
import { ProblemsException } from '@caseatlas/validation';
import type { Problem } from '@caseatlas/validation';
import { AnonymizePreviewDto, PreviewField } from './anonymize-preview.dto';

@ApiTags('anonymizer')
@Controller('anonymize')
export class AnonymizerController {
  constructor(private readonly anonymizer: AnonymizerWorker) {}

  /**
   * What saving would store: the redacted texts and every replacement (field, type, position
   * in the text sent, placeholder). Nothing is stored or logged.
   */
  @Post()
  @Audit('anonymize.preview')
  @Permission('anonymizer.preview')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Redacted texts and the list of replacements' })
  preview(@Body() body: AnonymizePreviewDto): Promise<AnonymizedTexts<PreviewField>> {
    const texts = Object.fromEntries(
      Object.entries(body.texts).filter(([, text]) => typeof text === 'string'),
    ) as Record<PreviewField, string>;
    // A passage outside its text would be silently dropped: say so instead.
    const problems = (body.redactions ?? []).flatMap((redaction, index): Problem[] => {
      const text = texts[redaction.field];
      if (text === undefined) {
        return [
          { path: `redactions[${index}].field`, rule: 'present', message: `texts.${redaction.field} is not sent` },
        ];
      }
      if (redaction.end <= redaction.start || redaction.end > text.length) {
        return [
          {
            path: `redactions[${index}].end`,
            rule: 'range',
            message: `end must be after start and at most the length of texts.${redaction.field} (${text.length})`,
          },
        ];
      }
      return [];
    });
    if (problems.length) throw new ProblemsException(problems);
    // Off the event loop: other requests go on while a long text is read.
    return this.anonymizer.anonymizeTexts(texts, { extra: body.redactions });
  }
}

import { Audit, Permission } from '../http/access.decorators';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { anonymizeTexts } from '@caseatlas/anonymizer';
import type { AnonymizedTexts } from '@caseatlas/anonymizer';
import { AnonymizePreviewDto, PreviewField } from './anonymize-preview.dto';

@ApiTags('anonymizer')
@Controller('anonymize')
export class AnonymizerController {
  /**
   * What saving would store: the redacted texts and every replacement (field, type, position
   * in the text sent, placeholder). Nothing is stored or logged.
   */
  @Post()
  @Audit('anonymize.preview')
  @Permission('anonymizer.preview')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Redacted texts and the list of replacements' })
  preview(@Body() body: AnonymizePreviewDto): AnonymizedTexts<PreviewField> {
    const texts = Object.fromEntries(
      Object.entries(body.texts).filter(([, text]) => typeof text === 'string'),
    ) as Record<PreviewField, string>;
    return anonymizeTexts(texts, { extra: body.redactions });
  }
}

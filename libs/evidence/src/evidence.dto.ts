import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional } from '@app/common';

export const CONTENT_DISPOSITIONS = ['attachment', 'inline'] as const;
export type ContentDisposition = (typeof CONTENT_DISPOSITIONS)[number];

export class ContentQuery {
  @ApiPropertyOptional({ enum: CONTENT_DISPOSITIONS, default: 'attachment', description: 'inline 仅对按内容识别为图片或 PDF 的材料生效（用于预览），其余仍作为附件下载' })
  @Optional()
  @IsIn(CONTENT_DISPOSITIONS, { message: 'disposition 只能是 attachment 或 inline' })
  disposition?: ContentDisposition;
}

import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams, ValidationError } from '@app/common';
import { IssuedDocumentResponse } from '@app/documents';
import { ReceiptsService } from './receipts.service';

const CASE_ROLES = ['creator', 'agent', 'supervisor', 'cac_officer'] as const;

@ApiTags('receipts')
@Controller()
export class ReceiptsController {
  constructor(private readonly receipts: ReceiptsService) {}

  /** The case's 回执 and 告知书, oldest first. */
  @Get('cases/:id/receipts')
  @Authenticated({ roles: CASE_ROLES })
  @ApiOkResponse({ type: IssuedDocumentResponse, isArray: true })
  forCase(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.receipts.forCase(actor, id);
  }

  /** A receipt as a PDF (Chinese, embedded font, verification code and QR code). */
  @Get('receipts/:id/pdf')
  @Authenticated({ roles: CASE_ROLES })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: '回执 PDF（中文，内嵌字体，附核验码与二维码）', schema: { type: 'string', format: 'binary' } })
  async pdf(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Res({ passthrough: true }) res: Response) {
    const { fileName, pdf } = await this.receipts.pdf(actor, meta, id);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(pdf, { type: 'application/pdf', length: pdf.length, disposition: `inline; filename="receipt.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}` });
  }
}

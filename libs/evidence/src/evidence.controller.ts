import { Controller, Get, Param, ParseUUIDPipe, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { create as dispositionHeader } from 'content-disposition';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, ValidationError } from '@app/common';
import { AttachmentResponse } from './attachment.responses';
import { EvidenceService, UploadedFile as Upload } from './evidence.service';

const CASE_ROLES = ['creator', 'agent', 'supervisor', 'cac_officer'] as const;
const uuid = new ParseUUIDPipe({ version: '4', exceptionFactory: () => new ValidationError([{ field: 'id', message: 'id 须为 UUID' }]) });

@ApiTags('evidence')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('cases/:id/attachments')
  @Authenticated({ roles: CASE_ROLES })
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiCreatedResponse({ type: AttachmentResponse })
  upload(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @UploadedFile() file?: Upload) {
    return this.evidence.upload(actor, meta, id, file);
  }

  @Get('cases/:id/attachments')
  @Authenticated({ roles: CASE_ROLES })
  @ApiOkResponse({ type: AttachmentResponse, isArray: true })
  list(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.evidence.list(actor, id);
  }

  @Get('attachments/:id/content')
  @Authenticated({ roles: CASE_ROLES })
  async content(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response) {
    const { view, stream } = await this.evidence.download(actor, meta, id);
    res.setHeader('X-Content-SHA256', view.sha256);
    res.setHeader('X-Content-SM3', view.sm3);
    return new StreamableFile(stream, {
      type: view.mimeType,
      length: view.size,
      disposition: dispositionHeader(view.fileName),
    });
  }
}

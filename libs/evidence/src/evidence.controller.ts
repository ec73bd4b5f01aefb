import { Controller, Get, Param, Post, Res, StreamableFile, UploadedFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, Upload, UuidParams } from '@app/common';
import { EvidenceService, UploadedFile as UploadedEvidence } from './evidence.service';

const CASE_ROLES = ['creator', 'agent', 'supervisor', 'cac_officer'] as const;

@ApiTags('evidence')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('cases/:id/attachments')
  @Authenticated({ roles: CASE_ROLES })
  @Upload('file', '证据文件：图片、PDF、音视频、Office 文档或 TXT；类型按内容识别，文件名不能含路径、控制字符、零宽或方向字符')
  upload(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @UploadedFile() file?: UploadedEvidence) {
    return this.evidence.upload(actor, meta, id, file);
  }

  @Get('cases/:id/attachments')
  @Authenticated({ roles: CASE_ROLES })
  list(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.evidence.list(actor, id);
  }

  @Get('attachments/:id/content')
  @Authenticated({ roles: CASE_ROLES })
  async content(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Res({ passthrough: true }) res: Response) {
    const { view, stream } = await this.evidence.download(actor, meta, id);
    res.setHeader('X-Content-SHA256', view.sha256);
    res.setHeader('X-Content-SM3', view.sm3);
    return new StreamableFile(stream, {
      type: view.mimeType,
      length: view.size,
      disposition: `attachment; filename="${encodeURIComponent(view.fileName)}"; filename*=UTF-8''${encodeURIComponent(view.fileName)}`,
    });
  }
}

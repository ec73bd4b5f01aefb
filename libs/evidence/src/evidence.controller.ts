import { Controller, Get, Param, Post, Query, Res, StreamableFile, UploadedFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { create as dispositionHeader } from 'content-disposition';
import type { Response } from 'express';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, Upload, UuidParams } from '@app/common';
import { AttachmentResponse } from './attachment.responses';
import { ContentQuery } from './evidence.dto';
import { EvidenceService, UploadedFile as UploadedEvidence } from './evidence.service';

const CASE_ROLES = ['creator', 'agent', 'supervisor', 'cac_officer'] as const;

const ATTACHMENT_EXAMPLE = { id: '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a', caseId: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23', fileName: '侵权截图.png', mimeType: 'image/png', size: 182044, sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', sm3: '1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b', uploadedBy: { id: '9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a', displayName: '阿喵UP主', role: 'creator' }, uploadedAt: '2026-03-02T01:35:00.000Z' };

@ApiTags('evidence')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('cases/:id/attachments')
  @Authenticated({ roles: CASE_ROLES })
  @Upload('file', '证据文件：图片、PDF、音视频、Office 文档或 TXT；类型按内容识别，文件名不能含路径、控制字符、零宽或方向字符')
  @ApiCreatedResponse({ type: AttachmentResponse, description: '已保存的证据（原始字节不变，附 SHA-256 与 SM3 指纹）', example: ATTACHMENT_EXAMPLE })
  upload(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @UploadedFile() file?: UploadedEvidence) {
    return this.evidence.upload(actor, meta, id, file);
  }

  @Get('cases/:id/attachments')
  @Authenticated({ roles: CASE_ROLES })
  @ApiOkResponse({ type: AttachmentResponse, isArray: true, example: [ATTACHMENT_EXAMPLE] })
  list(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.evidence.list(actor, id);
  }

  @Get('attachments/:id/content')
  @Authenticated({ roles: CASE_ROLES })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: '证据原始字节（附件下载；图片与 PDF 可 disposition=inline 预览，附 nosniff 与沙箱 CSP）；X-Content-SHA256 与 X-Content-SM3 为上传时的指纹', schema: { type: 'string', format: 'binary' } })
  async content(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Query() { disposition }: ContentQuery, @Res({ passthrough: true }) res: Response) {
    const { view, stream, inline } = await this.evidence.download(actor, meta, id, disposition);
    res.setHeader('X-Content-SHA256', view.sha256);
    res.setHeader('X-Content-SM3', view.sm3);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(stream, {
      type: view.mimeType,
      length: view.size,
      disposition: dispositionHeader(view.fileName, { type: inline ? 'inline' : 'attachment' }),
    });
  }
}

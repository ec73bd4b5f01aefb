import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta } from '@app/common';
import { contentDisposition } from '@app/dashboard';
import { AuditActorResponse, AuditActorsQuery, AuditExportQuery, AuditPageResponse, AuditQuery } from './audit-log.dto';
import { AUDIT_EXPORT_LIMIT, AuditLogService } from './audit-log.service';

/** Only the auditor reads the audit log; nobody can change it through the application. */
@ApiTags('audit')
@Controller('audit')
export class AuditLogController {
  constructor(private readonly log: AuditLogService) {}

  @Get('events')
  @Authenticated({ roles: ['auditor'] })
  @ApiOperation({ summary: '审计事件（新的在前）', description: '每条带操作和对象类型的中文名称、操作人姓名、对象的可读名称（案件编号、账号姓名）；nextBefore 用于向更早翻页。' })
  @ApiOkResponse({ type: AuditPageResponse })
  events(@Query() q: AuditQuery): Promise<AuditPageResponse> {
    return this.log.page(q);
  }

  @Get('events/export')
  @Authenticated({ roles: ['auditor'] })
  @ApiOperation({ summary: '导出筛选后的审计日志（CSV 或 XLSX）', description: `筛选条件与 GET /audit/events 相同，最多 ${AUDIT_EXPORT_LIMIT} 条；导出本身记入审计日志（audit.export）。` })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'CSV（UTF-8 带 BOM）或 XLSX 文件', schema: { type: 'string', format: 'binary' } })
  async export(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Query() q: AuditExportQuery): Promise<StreamableFile> {
    const { format, ...filters } = q;
    const file = await this.log.export(actor, meta, filters, format ?? 'csv');
    return new StreamableFile(file.body, { type: file.contentType, disposition: contentDisposition(file), length: file.body.length });
  }

  @Get('actors')
  @Authenticated({ roles: ['auditor'] })
  @ApiOperation({ summary: '按姓名查找操作人（筛选用的下拉选项）' })
  @ApiOkResponse({ type: AuditActorResponse, isArray: true })
  actors(@Query() q: AuditActorsQuery): Promise<AuditActorResponse[]> {
    return this.log.actors(q.q);
  }
}

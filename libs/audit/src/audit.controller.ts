import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, Length, Max, Min, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { Authenticated } from '@app/common';
import { AuditChainService } from './audit-chain.service';
import { AuditEvent } from './audit-event.entity';

class AuditQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) actorId?: string;
  @ApiPropertyOptional({ example: 'auth.login' }) @IsOptional() @IsString() @Length(1, 64) action?: string;
  @ApiPropertyOptional({ example: 'case' }) @IsOptional() @IsString() @Length(1, 32) entityType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) entityId?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() to?: Date;
  @ApiPropertyOptional({ description: '上一页最后一条的 id（向更早翻页）' }) @IsOptional() @Matches(/^\d{1,18}$/) before?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

/** Only the auditor reads the audit log; nobody can change it through the application. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly chain: AuditChainService,
  ) {}

  @Get('events')
  @Authenticated({ roles: ['auditor'] })
  @ApiOkResponse({
    description: '审计事件，新的在前；nextBefore 用于向更早翻页',
    schema: { example: { items: [{ id: '42', occurredAt: '2026-03-02T01:30:00.000Z', actorId: '2dcfecfa-1b8d-4364-a074-417a26572bc6', actorRole: 'agent', action: 'case.accept', entityType: 'case', entityId: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' }], nextBefore: '42' } },
  })
  async events(@Query() q: AuditQuery) {
    const qb = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .leftJoin('audit_links', 'l', 'l.event_id = e.id')
      .addSelect('l.seq', 'link_seq')
      .addSelect('l.prev_hash', 'link_prev_hash')
      .addSelect('l.hash', 'link_hash')
      .orderBy('e.id', 'DESC')
      .limit(q.limit ?? 50);
    if (q.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: q.actorId });
    if (q.action) qb.andWhere('e.action = :action', { action: q.action });
    if (q.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: q.entityType });
    if (q.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: q.entityId });
    if (q.from) qb.andWhere('e.occurred_at >= :from', { from: q.from });
    if (q.to) qb.andWhere('e.occurred_at < :to', { to: q.to });
    if (q.before) qb.andWhere('e.id < :before', { before: q.before });
    const { entities, raw } = await qb.getRawAndEntities();
    // The chain fields of the keyed chain: seq and hashes of the event's link (null until linked).
    const items = entities.map((e, i) => ({
      ...e,
      seq: raw[i].link_seq === null ? null : Number(raw[i].link_seq),
      prevHash: raw[i].link_prev_hash ?? e.prevHash,
      hash: raw[i].link_hash ?? e.hash,
    }));
    return { items, nextBefore: items.length === (q.limit ?? 50) ? items[items.length - 1].id : null };
  }

  @Get('verify')
  @Authenticated({ roles: ['auditor'] })
  @ApiOkResponse({
    description: '先把已提交的审计事件链入，再校验整条密钥链（HMAC-SM3）、链头和最新的外部签名检查点；列出每一处问题。',
    schema: {
      example: {
        ok: false,
        checked: 41,
        head: { seq: 41, hash: 'f3…' },
        problems: [
          { reason: 'hash_mismatch', seq: 12, eventId: '12' },
          { reason: 'missing', seq: 20, toSeq: 21 },
        ],
        problemCount: 2,
        firstBroken: { id: '12', seq: 12, reason: 'hash_mismatch' },
        unlinked: { count: 0, oldestId: null, oldestAt: null, overdue: false },
        checkpoint: { seq: 40, hash: '9a…', at: '2026-12-01T08:00:00.000Z', file: 'audit-checkpoint-0000000000000040-20261201T080000000Z.json' },
        verifiedAt: '2026-12-01T08:00:30.000Z',
      },
    },
  })
  verify() {
    return this.chain.verify();
  }
}

import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { Transactional } from '@app/database';
import { CaseError, CaseErrorCode } from '../cases.errors';
import type { CommentDto } from '../cases.dto';
import { isFinalStatus } from '../domain';
import { CaseEvents } from '../events/case-events.publisher';
import { CaseTimelineRepository } from '../persistence/case-timeline.repository';
import { CaseRepository } from '../persistence/case.repository';

/** Public replies (the creator sees them) and internal notes (staff only). */
@Injectable()
export class CaseCommentsService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly timeline: CaseTimelineRepository,
    private readonly audit: AuditService,
    private readonly events: CaseEvents,
  ) {}

  @Transactional()
  async comment(actor: Actor, meta: RequestMeta, id: string, dto: CommentDto): Promise<void> {
    const visibility = dto.visibility ?? 'public';
    if (actor.role === 'creator' && visibility === 'internal') {
      throw new ValidationError([{ field: 'visibility', message: '创作者只能发表公开回复' }]);
    }
    const c = await this.cases.lock(actor, id);
    if (isFinalStatus(c.status)) throw new CaseError(CaseErrorCode.ClosedForComments, '案件已结束，不能再回复');
    const now = new Date();
    const publicStaffReply = actor.role !== 'creator' && visibility === 'public';
    if (publicStaffReply && !c.firstResponseAt) {
      c.firstResponseAt = now;
      c.updatedAt = now;
      await this.cases.save(c);
    }
    const kind = visibility === 'public' ? 'public_reply' : 'internal_note';
    await this.timeline.append(c.id, actor, kind, visibility, { body: dto.body });
    await this.events.publish('case.commented', { case: c, actor, at: now, visibility, body: dto.body, publicStaffReply });
    await this.audit.record({ actor, meta, action: `case.${kind}`, entityType: 'case', entityId: c.id, after: { length: dto.body.length } });
  }
}

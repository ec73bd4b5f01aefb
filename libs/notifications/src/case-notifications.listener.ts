import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseChange, CaseChangeListener, CaseHooks, CLOSE_REASON_LABELS, CloseReason, RATING_LABELS, RatingLevel } from '@app/cases';
import { ZonesService } from '@app/zones';
import { Notice, Notifier } from './notifier';
import { Recipients } from './recipients';

/**
 * Turns case events into messages, in the transaction of the change: the creator hears about
 * acceptance, requests for materials, public replies and the result; staff about assignments,
 * escalations, returns and the creator's answers.
 */
@Injectable()
export class CaseNotifications implements CaseChangeListener, OnModuleInit {
  constructor(
    private readonly hooks: CaseHooks,
    private readonly notifier: Notifier,
    private readonly recipients: Recipients,
    private readonly zones: ZonesService,
  ) {}

  onModuleInit(): void {
    this.hooks.addListener(this);
  }

  async onCaseChanged(m: EntityManager, change: CaseChange): Promise<void> {
    const notices = await this.noticesFor(m, change);
    if (notices.length) await this.notifier.notify(m, notices);
  }

  private async noticesFor(m: EntityManager, change: CaseChange): Promise<Notice[]> {
    const c = change.case;
    const actorId = change.actor === 'system' ? null : change.actor.userId;
    const actorRole = change.actor === 'system' ? 'system' : change.actor.role;
    const details = (change.details ?? {}) as Record<string, unknown>;
    const params = { reference: c.reference, title: c.title };
    const caseId = c.id;
    /** Nobody is told about what they did themselves. */
    const to = (...ids: (string | null | undefined)[]) => ids.filter((id) => id && id !== actorId);
    switch (change.action) {
      case 'accept':
        return [{ userIds: to(c.creatorId), kind: 'case_accepted', caseId, params: { ...params, assignee: await this.recipients.displayName(m, c.assigneeId) } }];
      case 'reject':
        return [{ userIds: to(c.creatorId), kind: 'case_rejected', caseId, sms: true, params: { ...params, reason: str(details.reason) } }];
      case 'request_materials':
        return [{ userIds: to(c.creatorId), kind: 'materials_requested', caseId, sms: true, params: { ...params, items: (details.missingItems as string[]) ?? [] } }];
      case 'supply_materials':
        return [{ userIds: to(c.assigneeId), kind: 'materials_supplied', caseId, params }];
      case 'comment': {
        const [reply] = await m.query(`SELECT data->>'body' AS body FROM case_events WHERE case_id = $1 AND kind = 'public_reply' ORDER BY id DESC LIMIT 1`, [c.id]);
        if (change.publicStaffReply) return [{ userIds: to(c.creatorId), kind: 'public_reply', caseId, params: { ...params, body: reply?.body } }];
        if (actorRole === 'creator' && reply) return [{ userIds: to(c.assigneeId), kind: 'creator_reply', caseId, params: { ...params, body: reply.body } }];
        return [];
      }
      case 'assign': {
        const notices: Notice[] = [{ userIds: to(c.assigneeId), kind: 'case_assigned', caseId, params }];
        if (change.previousAssigneeId && change.previousAssigneeId !== c.assigneeId) {
          notices.push({ userIds: to(change.previousAssigneeId), kind: 'case_reassigned', caseId, params: { ...params, assignee: await this.recipients.displayName(m, c.assigneeId) } });
        }
        return notices;
      }
      case 'escalate': {
        if (!c.escalationAuthorityId) return [];
        const authority = (await this.zones.authority(c.escalationAuthorityId, m))?.name;
        const reason = str(details.reason);
        const notices: Notice[] = [
          { userIds: await this.recipients.officersOf(m, c.escalationAuthorityId), kind: 'escalation_received', caseId, params: { ...params, reason } },
          { userIds: to(c.creatorId, c.assigneeId), kind: 'case_escalated', caseId, params: { ...params, authority } },
        ];
        return notices;
      }
      case 'return':
        return [{ userIds: to(c.assigneeId), kind: 'case_returned', caseId, params: { ...params, instructions: str(details.instructions) } }];
      case 'resolve':
        return [{ userIds: to(c.creatorId), kind: 'case_resolved', caseId, sms: true, params: { ...params, summary: str(details.summary) } }];
      case 'reopen':
        return [{ userIds: to(c.assigneeId), kind: 'case_reopened', caseId, params: { ...params, reason: str(details.reason) } }];
      case 'rate': {
        const level = details.level as RatingLevel | undefined;
        if (!level || level < 4) return [];
        return [{ userIds: await this.recipients.supervisorsOf(m, c.zoneId), kind: 'rating_review', caseId, params: { ...params, level: RATING_LABELS[level] } }];
      }
      case 'close':
        return [{
          userIds: to(c.creatorId),
          kind: 'case_closed',
          caseId,
          sms: actorRole === 'system',
          params: { ...params, closeReason: c.closeReason ? CLOSE_REASON_LABELS[c.closeReason as CloseReason] : undefined },
        }];
      default:
        return [];
    }
  }
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

import { Injectable } from '@nestjs/common';
import { CaseCommented, CaseFiled, CaseTransitioned, CLOSE_REASON_LABELS, CloseReason, isBadRating, OnCaseEvent, RATING_LABELS, RatingLevel } from '@app/cases';
import { findProgramme } from '@app/programmes';
import { ZonesService } from '@app/zones';
import { Notice, Notifier } from './notifier';
import { Recipients } from './recipients';

/**
 * Turns case events into messages, in the transaction of the change: the creator hears about
 * the filing (受理回执), acceptance, requests for materials, public replies and the result; the
 * zone's queue about a new case; staff about assignments, escalations, returns and the
 * creator's answers.
 */
@Injectable()
export class CaseNotifications {
  constructor(
    private readonly notifier: Notifier,
    private readonly recipients: Recipients,
    private readonly zones: ZonesService,
  ) {}

  @OnCaseEvent({ listener: 'case-notifications', events: ['case.filed'] })
  async onFiled(event: CaseFiled): Promise<void> {
    if (event.to === 'submitted') await this.notify(await this.submitted(event));
  }

  @OnCaseEvent({ listener: 'case-notifications', events: ['case.transitioned'] })
  async onTransitioned(event: CaseTransitioned): Promise<void> {
    await this.notify(event.action === 'submit' ? await this.submitted(event) : await this.forTransition(event));
  }

  @OnCaseEvent({ listener: 'case-notifications', events: ['case.commented'] })
  async onCommented(event: CaseCommented): Promise<void> {
    const c = event.case;
    const params = { reference: c.reference, title: c.title, body: event.body };
    if (event.publicStaffReply) return this.notify([{ userIds: to(event, c.creatorId), kind: 'public_reply', caseId: c.id, params }]);
    if (event.actor !== 'system' && event.actor.role === 'creator' && event.visibility === 'public') {
      await this.notify([{ userIds: to(event, c.assigneeId), kind: 'creator_reply', caseId: c.id, params }]);
    }
  }

  private async notify(notices: Notice[]): Promise<void> {
    if (notices.length) await this.notifier.notify(notices);
  }

  /** 受理回执 to the creator (who usually filed it: a receipt is for oneself), and the zone's queue for the programme. */
  private async submitted(event: CaseFiled | CaseTransitioned): Promise<Notice[]> {
    const c = event.case;
    const params = { reference: c.reference, title: c.title, programmeName: findProgramme(c.programme)?.name };
    return [
      { userIds: [c.creatorId], kind: 'case_received', caseId: c.id, params },
      { userIds: to(event, ...(await this.recipients.queueOf(c.zoneId, c.programme))), kind: 'case_queued', caseId: c.id, params },
    ];
  }

  private async forTransition(event: CaseTransitioned): Promise<Notice[]> {
    const c = event.case;
    const details = event.details;
    const params = { reference: c.reference, title: c.title };
    const caseId = c.id;
    const userIds = (...ids: (string | null | undefined)[]) => to(event, ...ids);
    switch (event.action) {
      case 'accept':
        return [{ userIds: userIds(c.creatorId), kind: 'case_accepted', caseId, params: { ...params, assignee: await this.recipients.displayName(c.assigneeId) } }];
      case 'reject':
        return [{ userIds: userIds(c.creatorId), kind: 'case_rejected', caseId, sms: true, params: { ...params, reason: str(details.reason) } }];
      case 'request_materials':
        return [{ userIds: userIds(c.creatorId), kind: 'materials_requested', caseId, sms: true, params: { ...params, items: (details.missingItems as string[]) ?? [] } }];
      case 'supply_materials':
        return [{ userIds: userIds(c.assigneeId), kind: 'materials_supplied', caseId, params }];
      case 'assign': {
        const notices: Notice[] = [{ userIds: userIds(c.assigneeId), kind: 'case_assigned', caseId, params }];
        if (event.previousAssigneeId && event.previousAssigneeId !== c.assigneeId) {
          notices.push({ userIds: userIds(event.previousAssigneeId), kind: 'case_reassigned', caseId, params: { ...params, assignee: await this.recipients.displayName(c.assigneeId) } });
        }
        return notices;
      }
      case 'escalate': {
        if (!c.escalationAuthorityId) return [];
        const authority = (await this.zones.authority(c.escalationAuthorityId))?.name;
        const reason = str(details.reason);
        return [
          { userIds: await this.recipients.officersOf(c.escalationAuthorityId), kind: 'escalation_received', caseId, params: { ...params, reason } },
          { userIds: userIds(c.creatorId, c.assigneeId), kind: 'case_escalated', caseId, params: { ...params, authority } },
        ];
      }
      case 'return':
        return [{ userIds: userIds(c.assigneeId), kind: 'case_returned', caseId, params: { ...params, instructions: str(details.instructions) } }];
      case 'resolve':
        return [{ userIds: userIds(c.creatorId), kind: 'case_resolved', caseId, sms: true, params: { ...params, summary: str(details.summary) } }];
      case 'reopen':
        return [{ userIds: userIds(c.assigneeId), kind: 'case_reopened', caseId, params: { ...params, reason: str(details.reason) } }];
      case 'rate': {
        const level = details.level as RatingLevel | undefined;
        if (!level || !isBadRating(level)) return [];
        return [{ userIds: await this.recipients.supervisorsOf(c.zoneId), kind: 'rating_review', caseId, params: { ...params, level: RATING_LABELS[level] } }];
      }
      case 'close':
        return [
          {
            userIds: userIds(c.creatorId),
            kind: 'case_closed',
            caseId,
            sms: event.actor === 'system',
            params: { ...params, closeReason: c.closeReason ? CLOSE_REASON_LABELS[c.closeReason as CloseReason] : undefined },
          },
        ];
      default:
        return [];
    }
  }
}

/** Nobody is told about what they did themselves. */
function to(event: { actor: CaseFiled['actor'] }, ...ids: (string | null | undefined)[]): (string | null | undefined)[] {
  const actorId = event.actor === 'system' ? null : event.actor.userId;
  return ids.filter((id) => id && id !== actorId);
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

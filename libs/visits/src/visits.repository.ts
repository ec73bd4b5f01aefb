import { Injectable } from '@nestjs/common';
import { Actor } from '@app/common';
import type { VisitStatus } from '@app/contracts';
import { SqlRepository } from '@app/database';
import { zoneCondition } from '@app/offline';
import { CASE_SUMMARIES_VIEW } from '@app/cases';
import type { AttachmentFingerprint } from '@app/evidence';

export interface VisitRow {
  id: string;
  caseId: string;
  caseReference: string;
  caseTitle: string;
  creatorId: string;
  assigneeId: string | null;
  zoneId: string;
  requestedByRole: string;
  requestNote: string;
  preferredTime: string | null;
  status: VisitStatus;
  expertUserId: string | null;
  expertName: string | null;
  expertOrg: string | null;
  scheduledAt: Date | null;
  address: string | null;
  creatorNote: string | null;
  whatWasDone: string | null;
  advice: string | null;
  outcome: string | null;
  attachmentIds: string[];
  recordedAt: Date | null;
  version: number;
}

/** An evidence file a visit record cites, with the fingerprints taken at upload (read through the evidence module). */
export type EvidenceRef = AttachmentFingerprint;

const SELECT = `SELECT v.id, v.case_id AS "caseId", c.reference AS "caseReference", c.title AS "caseTitle", c.creator_id AS "creatorId", c.assignee_id AS "assigneeId",
  v.zone_id AS "zoneId", v.requested_by_role AS "requestedByRole", v.request_note AS "requestNote", v.preferred_time AS "preferredTime", v.status,
  v.expert_user_id AS "expertUserId", v.expert_name AS "expertName", v.expert_org AS "expertOrg", v.scheduled_at AS "scheduledAt", v.address,
  v.creator_note AS "creatorNote", v.what_was_done AS "whatWasDone", v.advice, v.outcome, v.attachment_ids AS "attachmentIds", v.recorded_at AS "recordedAt", v.version
  FROM onsite_visits v JOIN ${CASE_SUMMARIES_VIEW} c ON c.id = v.case_id`;

/** On-site visits; they are reached through their case (whose scope the service checks) or the staff's zones. */
@Injectable()
export class VisitsRepository extends SqlRepository {
  async insert(v: { caseId: string; zoneId: string; requestedBy: string; role: string; note: string; preferredTime: string | null; address: string | null }): Promise<string> {
    const [row] = await this.m.query(
      `INSERT INTO onsite_visits (case_id, zone_id, requested_by, requested_by_role, request_note, preferred_time, address, status) VALUES ($1, $2, $3, $4, $5, $6, $7, 'requested') RETURNING id`,
      [v.caseId, v.zoneId, v.requestedBy, v.role, v.note, v.preferredTime, v.address],
    );
    return row.id;
  }

  async get(id: string, lock = false): Promise<VisitRow | undefined> {
    const [row] = await this.m.query(`${SELECT} WHERE v.id = $1${lock ? ' FOR UPDATE OF v' : ''}`, [id]);
    return row;
  }

  forCase(caseId: string): Promise<VisitRow[]> {
    return this.m.query(`${SELECT} WHERE v.case_id = $1 ORDER BY v.created_at, v.id`, [caseId]);
  }

  forDesk(actor: Actor, status?: VisitStatus): Promise<VisitRow[]> {
    const params: unknown[] = [];
    const where = [zoneCondition(actor, 'v.zone_id', params)];
    if (status) {
      params.push(status);
      where.push(`v.status = $${params.length}`);
    }
    return this.m.query(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY (v.status IN ('done', 'cancelled')), v.scheduled_at NULLS FIRST, v.created_at LIMIT 200`, params);
  }

  async schedule(id: string, s: { expertUserId: string | null; expertName: string; expertOrg: string | null; scheduledAt: Date; address: string }): Promise<void> {
    await this.m.query(
      `UPDATE onsite_visits SET status = 'scheduled', expert_user_id = $2, expert_name = $3, expert_org = $4, scheduled_at = $5, address = $6, creator_note = NULL,
         updated_at = now(), version = version + 1 WHERE id = $1`,
      [id, s.expertUserId, s.expertName, s.expertOrg, s.scheduledAt, s.address],
    );
  }

  async setStatus(id: string, status: VisitStatus, creatorNote?: string): Promise<void> {
    await this.m.query(`UPDATE onsite_visits SET status = $2, creator_note = coalesce($3, creator_note), updated_at = now(), version = version + 1 WHERE id = $1`, [id, status, creatorNote ?? null]);
  }

  async record(id: string, r: { whatWasDone: string; advice: string; outcome: string; attachmentIds: string[]; by: string; at: Date }): Promise<void> {
    await this.m.query(
      `UPDATE onsite_visits SET status = 'done', what_was_done = $2, advice = $3, outcome = $4, attachment_ids = $5, recorded_by = $6, recorded_at = $7,
         updated_at = now(), version = version + 1 WHERE id = $1`,
      [id, r.whatWasDone, r.advice, r.outcome, r.attachmentIds, r.by, r.at],
    );
  }


}

import { Injectable } from '@nestjs/common';
import { ScopeClause } from '@app/cases';
import type { EvidencePacketView, PlatformRequestView, PlatformResponseStats, PoliceReferralView, ShieldMatch } from '@app/contracts';
import { SqlRepository } from '@app/database';
import type { ShieldTarget } from './shield-targets';
import { USER_DIRECTORY_VIEW } from '@app/users';

const FINAL = `('resolved', 'closed', 'rejected', 'withdrawn')`;

export interface MemberRow {
  caseId: string;
  reference: string;
  status: string;
  title: string;
  assigneeId: string | null;
  zoneId: string;
}

export interface AttachmentRow {
  id: string;
  caseId: string;
  reference: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  sm3: string;
  storageKey: string;
  uploadedAt: Date;
  uploadedBy: string;
  uploaderRole: string;
}

@Injectable()
export class ShieldRepository extends SqlRepository {
  /** Written inside the case's filing transaction (handed over by CaseHooks). */
  async insertTargets(caseId: string, targets: ShieldTarget[]): Promise<void> {
    if (!targets.length) return;
    await this.m.query(
      `INSERT INTO shield_targets (case_id, kind, key, raw) SELECT $1, k, y, r FROM unnest($2::text[], $3::text[], $4::text[]) AS t(k, y, r) ON CONFLICT DO NOTHING`,
      [caseId, targets.map((t) => t.kind), targets.map((t) => t.key), targets.map((t) => t.raw)],
    );
  }

  /** Open shield cases in the scope (`c`) that share a target with the case. */
  async matches(scope: ScopeClause, caseId: string): Promise<ShieldMatch[]> {
    return this.named(
      `SELECT c.id AS "caseId", c.reference, c.status, c.zone_id AS "zoneId", c.title, c.creator_id = me.creator_id AS "sameCreator",
              json_agg(DISTINCT jsonb_build_object('kind', o.kind, 'key', o.key)) AS shared, lm.group_id AS "groupId"
       FROM shield_targets t
       JOIN shield_targets o ON o.kind = t.kind AND o.key = t.key AND o.case_id <> t.case_id
       JOIN cases c ON c.id = o.case_id
       JOIN cases me ON me.id = t.case_id
       LEFT JOIN case_link_members lm ON lm.case_id = c.id
       WHERE t.case_id = :caseId AND c.status NOT IN ${FINAL} AND NOT EXISTS (SELECT 1 FROM case_merges cm WHERE cm.duplicate_case_id = c.id) AND (${scope.sql})
       GROUP BY c.id, me.creator_id, lm.group_id ORDER BY c.created_at`,
      { ...scope.params, caseId },
    );
  }

  async groupOf(caseIds: string[]): Promise<{ caseId: string; groupId: string }[]> {
    return this.m.query(`SELECT case_id AS "caseId", group_id AS "groupId" FROM case_link_members WHERE case_id = ANY($1) FOR UPDATE`, [caseIds]);
  }

  async createGroup(zoneId: string, note: string, by: string): Promise<string> {
    const [{ id }] = await this.m.query(`INSERT INTO case_link_groups (zone_id, note, created_by) VALUES ($1, $2, $3) RETURNING id`, [zoneId, note, by]);
    return id;
  }

  async addMembers(groupId: string, caseIds: string[], by: string): Promise<void> {
    await this.m.query(`INSERT INTO case_link_members (case_id, group_id, linked_by) SELECT c, $1, $3 FROM unnest($2::uuid[]) AS c ON CONFLICT (case_id) DO NOTHING`, [groupId, caseIds, by]);
  }

  async group(groupId: string): Promise<{ id: string; zoneId: string; note: string; createdAt: Date } | undefined> {
    const [row] = await this.m.query(`SELECT id, zone_id AS "zoneId", note, created_at AS "createdAt" FROM case_link_groups WHERE id = $1`, [groupId]);
    return row;
  }

  async members(groupId: string): Promise<MemberRow[]> {
    return this.m.query(
      `SELECT c.id AS "caseId", c.reference, c.status, c.title, c.assignee_id AS "assigneeId", c.zone_id AS "zoneId"
       FROM case_link_members lm JOIN cases c ON c.id = lm.case_id WHERE lm.group_id = $1 ORDER BY c.created_at, c.id`,
      [groupId],
    );
  }

  async insertMerge(duplicateId: string, keptId: string, by: string): Promise<void> {
    await this.m.query(`INSERT INTO case_merges (duplicate_case_id, kept_case_id, merged_by) VALUES ($1, $2, $3)`, [duplicateId, keptId, by]);
  }

  async merges(caseId: string): Promise<{ duplicateId: string; duplicateRef: string; keptId: string; keptRef: string }[]> {
    return this.m.query(
      `SELECT cm.duplicate_case_id AS "duplicateId", d.reference AS "duplicateRef", cm.kept_case_id AS "keptId", k.reference AS "keptRef"
       FROM case_merges cm JOIN cases d ON d.id = cm.duplicate_case_id JOIN cases k ON k.id = cm.kept_case_id
       WHERE cm.duplicate_case_id = $1 OR cm.kept_case_id = $1`,
      [caseId],
    );
  }

  // ------------------------------------------------------------------------------------------
  // Evidence packets

  /** The files of the cases, as stored (bytes not purged), with who uploaded them. */
  async attachments(caseIds: string[]): Promise<AttachmentRow[]> {
    return this.m.query(
      `SELECT a.id, a.case_id AS "caseId", c.reference, a.file_name AS "fileName", a.mime_type AS "mimeType", a.size_bytes::int AS size, a.sha256, a.sm3,
              a.storage_key AS "storageKey", a.uploaded_at AS "uploadedAt", u.display_name AS "uploadedBy", u.role AS "uploaderRole"
       FROM attachments a JOIN cases c ON c.id = a.case_id JOIN ${USER_DIRECTORY_VIEW} u ON u.id = a.uploaded_by
       WHERE a.case_id = ANY($1) AND a.purged_at IS NULL ORDER BY a.uploaded_at, a.id`,
      [caseIds],
    );
  }

  /**
   * The audit events that prove custody of the cases and their files, in order, with their link
   * in the keyed chain (`audit_links`; null for an event the linker has not reached yet).
   */
  async custody(caseIds: string[], attachmentIds: string[]): Promise<{ id: string; occurredAt: Date; action: string; actorRole: string | null; entityType: string; entityId: string; seq: string | null; hash: string | null }[]> {
    return this.m.query(
      `SELECT e.id::text, e.occurred_at AS "occurredAt", e.action, e.actor_role AS "actorRole", e.entity_type AS "entityType", e.entity_id AS "entityId",
              l.seq::text AS seq, coalesce(l.hash, e.hash) AS hash
       FROM audit_events e LEFT JOIN audit_links l ON l.event_id = e.id
       WHERE (e.entity_type = 'case' AND e.entity_id = ANY($1::text[])) OR (e.entity_type = 'attachment' AND e.entity_id = ANY($2::text[]))
       ORDER BY e.id`,
      [caseIds, attachmentIds],
    );
  }

  async insertPacket(row: Omit<EvidencePacketView, 'createdAt'> & { storageKey: string; manifest: unknown; createdBy: string }): Promise<void> {
    await this.m.query(
      `INSERT INTO evidence_packets (id, case_id, purpose, file_count, size_bytes, sha256, sm3, storage_key, manifest, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [row.id, row.caseId, row.purpose, row.fileCount, row.size, row.sha256, row.sm3, row.storageKey, JSON.stringify(row.manifest), row.createdBy],
    );
  }

  async packets(caseId: string): Promise<EvidencePacketView[]> {
    return this.m.query(
      `SELECT id, case_id AS "caseId", purpose, file_count AS "fileCount", size_bytes::int AS size, sha256, sm3, created_at AS "createdAt" FROM evidence_packets WHERE case_id = $1 ORDER BY created_at`,
      [caseId],
    );
  }

  async packet(id: string): Promise<(EvidencePacketView & { storageKey: string; purgedAt: Date | null }) | undefined> {
    const [row] = await this.m.query(
      `SELECT id, case_id AS "caseId", purpose, file_count AS "fileCount", size_bytes::int AS size, sha256, sm3, storage_key AS "storageKey", created_at AS "createdAt", purged_at AS "purgedAt"
       FROM evidence_packets WHERE id = $1`,
      [id],
    );
    return row;
  }

  // ------------------------------------------------------------------------------------------
  // Platform requests

  async insertRequest(row: { caseId: string; zoneId: string; authorityId: string; platform: string; accounts: string[]; urls: string[]; measures: string[]; documentId: string; createdBy: string }): Promise<string> {
    const [{ id }] = await this.m.query(
      `INSERT INTO platform_requests (case_id, zone_id, authority_id, platform, accounts, urls, measures, document_id, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [row.caseId, row.zoneId, row.authorityId, row.platform, row.accounts, row.urls, row.measures, row.documentId, row.createdBy],
    );
    return id;
  }

  async requests(filter: { caseId?: string; id?: string }): Promise<PlatformRequestView[]> {
    return this.named(
      `SELECT r.id, r.case_id AS "caseId", r.platform, r.accounts, r.urls, r.measures, r.authority_id AS "authorityId", r.document_id AS "documentId",
              d.verification_code AS "verificationCode", r.created_at AS "createdAt",
              coalesce((SELECT json_agg(json_build_object('id', p.id, 'result', p.result, 'respondedOn', to_char(p.responded_on, 'YYYY-MM-DD'), 'note', p.note, 'recordedAt', p.recorded_at) ORDER BY p.recorded_at)
                        FROM platform_responses p WHERE p.request_id = r.id), '[]') AS responses
       FROM platform_requests r LEFT JOIN issued_documents d ON d.id = r.document_id
       WHERE ${filter.id ? 'r.id = :id' : 'r.case_id = :caseId'} ORDER BY r.created_at`,
      filter,
    );
  }

  async insertResponse(requestId: string, result: string, respondedOn: string, note: string, by: string): Promise<string> {
    const [{ id }] = await this.m.query(`INSERT INTO platform_responses (request_id, result, responded_on, note, recorded_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [requestId, result, respondedOn, note, by]);
    return id;
  }

  async responseStats(zoneClause: ScopeClause): Promise<PlatformResponseStats[]> {
    return this.named(
      `SELECT r.zone_id AS "zoneId", r.platform, count(DISTINCT r.id)::int AS requests,
              count(*) FILTER (WHERE p.result = 'deleted')::int AS deleted, count(*) FILTER (WHERE p.result = 'banned')::int AS banned,
              count(*) FILTER (WHERE p.result = 'not_handled')::int AS "notHandled", (count(DISTINCT r.id) - count(DISTINCT p.request_id))::int AS pending
       FROM platform_requests r LEFT JOIN platform_responses p ON p.request_id = r.id
       WHERE (${zoneClause.sql}) GROUP BY r.zone_id, r.platform ORDER BY r.zone_id, r.platform`,
      zoneClause.params,
    );
  }

  // ------------------------------------------------------------------------------------------
  // Police referrals

  async insertReferral(row: { caseId: string; zoneId: string; policeUnit: string; reason: string; referredOn: string; createdBy: string }): Promise<string> {
    const [{ id }] = await this.m.query(
      `INSERT INTO police_referrals (case_id, zone_id, police_unit, reason, referred_on, created_by, history)
       VALUES ($1, $2, $3, $4, $5, $6, jsonb_build_array(jsonb_build_object('status', 'referred', 'note', $4::text, 'at', now()))) RETURNING id`,
      [row.caseId, row.zoneId, row.policeUnit, row.reason, row.referredOn, row.createdBy],
    );
    return id;
  }

  async referrals(filter: { caseId?: string; id?: string; lock?: boolean }): Promise<PoliceReferralView[]> {
    return this.named(
      `SELECT id, case_id AS "caseId", police_unit AS "policeUnit", reason, to_char(referred_on, 'YYYY-MM-DD') AS "referredOn", status, receipt_no AS "receiptNo", history, updated_at AS "updatedAt"
       FROM police_referrals WHERE ${filter.id ? 'id = :id' : 'case_id = :caseId'} ORDER BY created_at ${filter.lock ? 'FOR UPDATE' : ''}`,
      filter,
    );
  }

  async updateReferral(id: string, status: string, note: string, receiptNo: string | null): Promise<void> {
    await this.m.query(
      `UPDATE police_referrals SET status = $2, receipt_no = coalesce($4, receipt_no), updated_at = now(),
         history = history || jsonb_build_array(jsonb_build_object('status', $2::text, 'note', $3::text, 'at', now())) WHERE id = $1`,
      [id, status, note, receiptNo],
    );
  }
}

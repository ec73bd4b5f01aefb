/**
 * Fixtures of the state machine specs: every status variant the rules distinguish, every actor
 * kind × relation flags, and the expected lifecycle table of DESIGN.md written independently of
 * the rules (so its predicates deliberately restate who may act instead of importing them).
 */
import { ROLES } from '@app/common';
import {
  type ActorKind,
  type ActorRelation,
  type AuthorityLevel,
  AUTO_CLOSE_RESOLVED_DAYS,
  CASE_STATUSES,
  type CaseAction,
  type CaseActionInput,
  type CaseSnapshot,
  type CaseStatus,
  CaseTransitionError,
  type CaseTransitionErrorCode,
  decide,
  draftSnapshot,
  FINAL_STATUSES,
  REOPEN_WINDOW_DAYS,
  SYSTEM_ACTOR,
  UNANSWERED_CLOSE_DAYS,
} from './index';

export const DAY = 24 * 60 * 60 * 1000;
export const NOW = new Date('2026-03-10T10:00:00+08:00');
const daysAgo = (d: number): Date => new Date(NOW.getTime() - d * DAY);

// ---------------------------------------------------------------------------------------------
// Snapshots: every status, in every variant the rules distinguish

export const base = draftSnapshot();
export const OWNER_ID = 'agent-1';

interface Variant {
  name: string;
  snapshot: CaseSnapshot;
}

export const VARIANTS: Variant[] = [
  { name: 'draft', snapshot: base },
  { name: 'submitted (unassigned)', snapshot: { ...base, status: 'submitted' } },
  { name: 'submitted (assigned)', snapshot: { ...base, status: 'submitted', assigneeId: OWNER_ID } },
  { name: 'accepted', snapshot: { ...base, status: 'accepted', assigneeId: OWNER_ID } },
  { name: 'in_progress', snapshot: { ...base, status: 'in_progress', assigneeId: OWNER_ID } },
  ...(['submitted', 'accepted', 'in_progress'] as const).flatMap((before) =>
    [1, UNANSWERED_CLOSE_DAYS + 1].map((age) => ({
      name: `awaiting_creator (from ${before}, ${age} days)`,
      snapshot: {
        ...base,
        status: 'awaiting_creator' as const,
        assigneeId: before === 'submitted' ? null : OWNER_ID,
        statusBeforeAwaiting: before,
        awaitingCreatorSince: daysAgo(age),
      },
    })),
  ),
  ...[false, true].map((ack) => ({
    name: `escalated (${ack ? 'acknowledged' : 'not acknowledged'})`,
    snapshot: {
      ...base,
      status: 'escalated' as const,
      assigneeId: OWNER_ID,
      escalationAuthorityId: 'cac_huangpu',
      escalationAcknowledged: ack,
    },
  })),
  ...[2, AUTO_CLOSE_RESOLVED_DAYS + 1].map((age) => ({
    name: `resolved (${age} days ago)`,
    snapshot: { ...base, status: 'resolved' as const, assigneeId: OWNER_ID, resolvedAt: daysAgo(age) },
  })),
  { name: 'closed', snapshot: { ...base, status: 'closed', assigneeId: OWNER_ID, resolvedAt: daysAgo(9) } },
  { name: 'rejected', snapshot: { ...base, status: 'rejected' } },
  { name: 'withdrawn', snapshot: { ...base, status: 'withdrawn' } },
];

// ---------------------------------------------------------------------------------------------
// Actors: every kind × every combination of relation flags

function allActors(): ActorRelation[] {
  const out: ActorRelation[] = [];
  const bools = [false, true];
  const levels: (AuthorityLevel | null)[] = [null, 'district', 'city'];
  for (const role of [...ROLES, 'system'] as const)
    for (const isCaseCreator of bools)
      for (const isAssignee of bools)
        for (const isZoneStaff of bools)
          for (const isEscalationOfficer of bools)
            for (const authorityLevel of levels)
              out.push({
                role,
                userId: role === 'system' ? null : isAssignee ? OWNER_ID : `${role}-x`,
                isCaseCreator,
                isAssignee,
                isZoneStaff,
                isEscalationOfficer,
                authorityLevel,
              });
  return out;
}
export const ACTORS = allActors();

export const describeActor = (a: ActorRelation): string =>
  `${a.role}[${[
    a.isCaseCreator && 'creator',
    a.isAssignee && 'assignee',
    a.isZoneStaff && 'zoneStaff',
    a.isEscalationOfficer && 'officer',
    a.authorityLevel,
  ]
    .filter(Boolean)
    .join(',')}]`;

// ---------------------------------------------------------------------------------------------
// The expected table (DESIGN.md, "Case lifecycle")

type Who = (a: ActorRelation, s: CaseSnapshot) => boolean;
const isCreator: Who = (a) => a.role === 'creator' && a.isCaseCreator;
const zoneAgent: Who = (a) => a.role === 'agent' && a.isZoneStaff;
/** A zone agent, and the case is not assigned to somebody else. */
const intakeAgent: Who = (a, s) => zoneAgent(a, s) && (s.assigneeId === null || a.isAssignee);
const owner: Who = (a) => (a.role === 'agent' || a.role === 'supervisor') && a.isZoneStaff && a.isAssignee;
const zoneSupervisor: Who = (a) => a.role === 'supervisor' && a.isZoneStaff;
const officer: Who = (a) => a.role === 'cac_officer' && a.isEscalationOfficer;
const districtOfficer: Who = (a, s) => officer(a, s) && a.authorityLevel === 'district';
const system: Who = (a) => a.role === 'system';

const notAcknowledged = (s: CaseSnapshot): CaseTransitionErrorCode | null =>
  s.escalationAcknowledged ? null : 'not_acknowledged';

interface Row {
  from: readonly CaseStatus[];
  action: CaseAction;
  /** `same`: status unchanged; `previous`: the status before awaiting_creator. */
  to: CaseStatus | 'same' | 'previous';
  who: Who;
  pre?: (s: CaseSnapshot) => CaseTransitionErrorCode | null;
}

const NON_FINAL: CaseStatus[] = CASE_STATUSES.filter((s) => !FINAL_STATUSES.includes(s));

const TABLE: Row[] = [
  { from: ['draft'], action: 'submit', to: 'submitted', who: (a, s) => isCreator(a, s) || zoneAgent(a, s) },
  { from: ['submitted'], action: 'accept', to: 'accepted', who: intakeAgent },
  { from: ['submitted'], action: 'reject', to: 'rejected', who: intakeAgent },
  { from: ['submitted'], action: 'request_materials', to: 'awaiting_creator', who: intakeAgent },
  { from: ['accepted', 'in_progress'], action: 'request_materials', to: 'awaiting_creator', who: owner },
  { from: ['awaiting_creator'], action: 'supply_materials', to: 'previous', who: isCreator },
  { from: ['accepted'], action: 'start', to: 'in_progress', who: owner },
  { from: ['accepted', 'in_progress'], action: 'escalate', to: 'escalated', who: owner },
  { from: ['accepted', 'in_progress'], action: 'escalate', to: 'escalated', who: system },
  {
    from: ['escalated'],
    action: 'acknowledge',
    to: 'escalated',
    who: officer,
    pre: (s) => (s.escalationAcknowledged ? 'already_acknowledged' : null),
  },
  { from: ['escalated'], action: 'escalate', to: 'escalated', who: districtOfficer, pre: notAcknowledged },
  { from: ['escalated'], action: 'return', to: 'in_progress', who: officer, pre: notAcknowledged },
  { from: ['escalated'], action: 'resolve', to: 'resolved', who: officer, pre: notAcknowledged },
  { from: ['in_progress'], action: 'resolve', to: 'resolved', who: owner },
  {
    from: ['resolved'],
    action: 'reopen',
    to: 'in_progress',
    // The creator, or the system after a return visit (回访) found the problem not solved.
    who: (a, s) => isCreator(a, s) || system(a, s),
    pre: (s) => (NOW.getTime() - s.resolvedAt!.getTime() < REOPEN_WINDOW_DAYS * DAY ? null : 'reopen_window_expired'),
  },
  { from: ['resolved'], action: 'rate', to: 'closed', who: isCreator },
  { from: ['resolved'], action: 'close', to: 'closed', who: zoneSupervisor },
  {
    from: ['resolved'],
    action: 'close',
    to: 'closed',
    who: system,
    pre: (s) => (NOW.getTime() - s.resolvedAt!.getTime() >= AUTO_CLOSE_RESOLVED_DAYS * DAY ? null : 'not_yet_due'),
  },
  {
    from: ['awaiting_creator'],
    action: 'close',
    to: 'closed',
    who: system,
    pre: (s) =>
      NOW.getTime() - s.awaitingCreatorSince!.getTime() >= UNANSWERED_CLOSE_DAYS * DAY ? null : 'not_yet_due',
  },
  { from: NON_FINAL.filter((s) => s !== 'draft'), action: 'assign', to: 'same', who: zoneSupervisor },
  { from: NON_FINAL.filter((s) => s !== 'resolved'), action: 'withdraw', to: 'withdrawn', who: isCreator },
];

/** A valid input for every action (the assignee differs from OWNER_ID, the target from cac_huangpu). */
export const VALID_INPUT: CaseActionInput = {
  reason: '理由说明',
  missingItems: ['身份证明', '侵权截图原图'],
  targetAuthorityId: 'cac_city',
  instructions: '请核实平台处置结果后再答复',
  outcome: 'takedown_done',
  summary: '已协调平台下架侵权内容。',
  assigneeId: 'agent-2',
  level: 2,
  comment: '处理及时',
};

type Expectation = { ok: true; to: CaseStatus } | { ok: false; code: CaseTransitionErrorCode };

export function expected(s: CaseSnapshot, action: CaseAction, a: ActorRelation): Expectation {
  if (a.role === 'sysadmin' || a.role === 'secadmin' || a.role === 'auditor') {
    return { ok: false, code: 'forbidden_actor' };
  }
  const rows = TABLE.filter((r) => r.action === action && r.from.includes(s.status));
  if (rows.length === 0) return { ok: false, code: 'illegal_transition' };
  const row = rows.find((r) => r.who(a, s));
  if (!row) return { ok: false, code: 'forbidden_actor' };
  const code = row.pre?.(s) ?? null;
  if (code) return { ok: false, code };
  const to = row.to === 'same' ? s.status : row.to === 'previous' ? s.statusBeforeAwaiting! : row.to;
  return { ok: true, to };
}

export function actual(s: CaseSnapshot, action: CaseAction, a: ActorRelation): Expectation {
  try {
    return { ok: true, to: decide(s, action, a, VALID_INPUT, NOW).to };
  } catch (e) {
    if (!(e instanceof CaseTransitionError)) throw e;
    return { ok: false, code: e.code };
  }
}

// ---------------------------------------------------------------------------------------------
// The usual cast: one realistic actor of each kind

export const rel = (role: ActorKind, flags: Partial<ActorRelation> = {}): ActorRelation => ({
  role,
  userId: role === 'system' ? null : `${role}-u`,
  isCaseCreator: false,
  isAssignee: false,
  isZoneStaff: false,
  isEscalationOfficer: false,
  authorityLevel: null,
  ...flags,
});

export const CAST: Record<string, ActorRelation> = {
  caseCreator: rel('creator', { isCaseCreator: true }),
  otherCreator: rel('creator'),
  owner: rel('agent', { userId: OWNER_ID, isZoneStaff: true, isAssignee: true }),
  zoneAgent: rel('agent', { isZoneStaff: true }),
  otherZoneAgent: rel('agent'),
  zoneSupervisor: rel('supervisor', { isZoneStaff: true }),
  otherZoneSupervisor: rel('supervisor'),
  districtOfficer: rel('cac_officer', { isEscalationOfficer: true, authorityLevel: 'district' }),
  cityOfficer: rel('cac_officer', { isEscalationOfficer: true, authorityLevel: 'city' }),
  otherOfficer: rel('cac_officer', { authorityLevel: 'district' }),
  system: SYSTEM_ACTOR,
  sysadmin: rel('sysadmin', { isZoneStaff: true }),
  secadmin: rel('secadmin'),
  auditor: rel('auditor'),
};

export const snap = (name: string): CaseSnapshot => VARIANTS.find((v) => v.name === name)!.snapshot;

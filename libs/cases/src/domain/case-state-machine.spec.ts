/**
 * Exhaustive check of the lifecycle table of DESIGN.md: every status (in every variant that
 * matters: assigned or not, acknowledged or not, inside or outside a time window) × every action
 * × every actor kind × every combination of relation flags. The expected table below is written
 * independently of the implementation; a combination that is not in it must be refused with the
 * right code.
 */
import { ROLES } from '@app/common';
import {
  type ActorKind,
  type ActorRelation,
  allowedActions,
  applyDecision,
  type AuthorityLevel,
  AUTO_CLOSE_RESOLVED_DAYS,
  CASE_ACTIONS,
  CASE_STATUSES,
  type CaseAction,
  type CaseActionInput,
  type CaseSnapshot,
  type CaseStatus,
  CaseTransitionError,
  type CaseTransitionErrorCode,
  checkAction,
  decide,
  draftSnapshot,
  FINAL_STATUSES,
  REOPEN_WINDOW_DAYS,
  SYSTEM_ACTOR,
  UNANSWERED_CLOSE_DAYS,
} from './index';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-03-10T10:00:00+08:00');
const daysAgo = (d: number): Date => new Date(NOW.getTime() - d * DAY);

// ---------------------------------------------------------------------------------------------
// Snapshots: every status, in every variant the rules distinguish

const base = draftSnapshot();
const OWNER_ID = 'agent-1';

interface Variant {
  name: string;
  snapshot: CaseSnapshot;
}

const VARIANTS: Variant[] = [
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
const ACTORS = allActors();

const describeActor = (a: ActorRelation): string =>
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
    who: isCreator,
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
const VALID_INPUT: CaseActionInput = {
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

function expected(s: CaseSnapshot, action: CaseAction, a: ActorRelation): Expectation {
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

function actual(s: CaseSnapshot, action: CaseAction, a: ActorRelation): Expectation {
  try {
    return { ok: true, to: decide(s, action, a, VALID_INPUT, NOW).to };
  } catch (e) {
    if (!(e instanceof CaseTransitionError)) throw e;
    return { ok: false, code: e.code };
  }
}

// ---------------------------------------------------------------------------------------------

describe('case state machine: exhaustive status × action × actor', () => {
  it('covers 18 status variants × 15 actions × 8 actor kinds × 16 flag sets × 3 authority levels', () => {
    expect(VARIANTS.length * CASE_ACTIONS.length * ACTORS.length).toBe(103_680);
    expect(new Set(VARIANTS.map((v) => v.snapshot.status))).toEqual(new Set(CASE_STATUSES));
  });

  describe.each(VARIANTS)('$name', ({ snapshot }) => {
    it.each([...CASE_ACTIONS])('%s: documented transition or the right refusal, for every actor', (action) => {
      const mismatches: string[] = [];
      for (const actor of ACTORS) {
        const want = expected(snapshot, action, actor);
        const got = actual(snapshot, action, actor);
        if (JSON.stringify(want) !== JSON.stringify(got)) {
          mismatches.push(`${describeActor(actor)}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
        }
        // checkAction agrees with decide on everything but the input
        const gate = checkAction(snapshot, action, actor, NOW);
        if ((gate === null) !== want.ok || (gate !== null && !want.ok && gate.code !== want.code)) {
          mismatches.push(`${describeActor(actor)}: checkAction disagrees (${gate?.code ?? 'allowed'})`);
        }
      }
      expect(mismatches).toEqual([]);
    });

    it('allowedActions lists exactly the documented actions, for every actor', () => {
      const mismatches: string[] = [];
      for (const actor of ACTORS) {
        const want = CASE_ACTIONS.filter((action) => expected(snapshot, action, actor).ok);
        const got = allowedActions(snapshot, actor, NOW);
        if (JSON.stringify(want) !== JSON.stringify(got)) {
          mismatches.push(`${describeActor(actor)}: expected ${want.join(',')}, got ${got.join(',')}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  });

  it('every refusal carries a Chinese message, the action and the status', () => {
    for (const { snapshot } of VARIANTS) {
      for (const action of CASE_ACTIONS) {
        for (const actor of ACTORS.filter((_, i) => i % 7 === 0)) {
          try {
            decide(snapshot, action, actor, VALID_INPUT, NOW);
          } catch (e) {
            expect(e).toBeInstanceOf(CaseTransitionError);
            const err = e as CaseTransitionError;
            expect(err.message).toMatch(/[\u4e00-\u9fff]/);
            expect(err.action).toBe(action);
            expect(err.status).toBe(snapshot.status);
          }
        }
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The same table, for the realistic actors, as a readable matrix

const rel = (role: ActorKind, flags: Partial<ActorRelation> = {}): ActorRelation => ({
  role,
  userId: role === 'system' ? null : `${role}-u`,
  isCaseCreator: false,
  isAssignee: false,
  isZoneStaff: false,
  isEscalationOfficer: false,
  authorityLevel: null,
  ...flags,
});

const CAST: Record<string, ActorRelation> = {
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

const MATRIX: Record<string, Partial<Record<keyof typeof CAST, CaseAction[]>>> = {
  draft: { caseCreator: ['submit', 'withdraw'], zoneAgent: ['submit'], owner: ['submit'] },
  'submitted (unassigned)': {
    caseCreator: ['withdraw'],
    zoneAgent: ['accept', 'reject', 'request_materials'],
    owner: ['accept', 'reject', 'request_materials'],
    zoneSupervisor: ['assign'],
  },
  'submitted (assigned)': {
    caseCreator: ['withdraw'],
    owner: ['accept', 'reject', 'request_materials'],
    zoneSupervisor: ['assign'],
  },
  accepted: {
    caseCreator: ['withdraw'],
    owner: ['start', 'request_materials', 'escalate'],
    zoneSupervisor: ['assign'],
    system: ['escalate'],
  },
  in_progress: {
    caseCreator: ['withdraw'],
    owner: ['request_materials', 'escalate', 'resolve'],
    zoneSupervisor: ['assign'],
    system: ['escalate'],
  },
  'awaiting_creator (from accepted, 1 days)': {
    caseCreator: ['supply_materials', 'withdraw'],
    zoneSupervisor: ['assign'],
  },
  'awaiting_creator (from accepted, 31 days)': {
    caseCreator: ['supply_materials', 'withdraw'],
    zoneSupervisor: ['assign'],
    system: ['close'],
  },
  'escalated (not acknowledged)': {
    caseCreator: ['withdraw'],
    zoneSupervisor: ['assign'],
    districtOfficer: ['acknowledge'],
    cityOfficer: ['acknowledge'],
  },
  'escalated (acknowledged)': {
    caseCreator: ['withdraw'],
    zoneSupervisor: ['assign'],
    districtOfficer: ['escalate', 'return', 'resolve'],
    cityOfficer: ['return', 'resolve'],
  },
  'resolved (2 days ago)': {
    caseCreator: ['reopen', 'rate'],
    zoneSupervisor: ['assign', 'close'],
  },
  'resolved (8 days ago)': {
    caseCreator: ['rate'],
    zoneSupervisor: ['assign', 'close'],
    system: ['close'],
  },
  closed: {},
  rejected: {},
  withdrawn: {},
};

describe('allowedActions for the usual cast', () => {
  const cases = Object.entries(MATRIX).flatMap(([variant, byActor]) =>
    Object.keys(CAST).map((actor) => ({ variant, actor, want: byActor[actor] ?? [] })),
  );
  it.each(cases)('$variant / $actor → $want', ({ variant, actor, want }) => {
    const { snapshot } = VARIANTS.find((v) => v.name === variant)!;
    expect(allowedActions(snapshot, CAST[actor], NOW)).toEqual(want);
  });
});

// ---------------------------------------------------------------------------------------------
// Field changes

const snap = (name: string): CaseSnapshot => VARIANTS.find((v) => v.name === name)!.snapshot;

describe('field changes', () => {
  it('submit stamps submittedAt', () => {
    const d = decide(snap('draft'), 'submit', CAST.caseCreator, {}, NOW);
    expect(d).toMatchObject({ from: 'draft', to: 'submitted', changes: { status: 'submitted', submittedAt: NOW } });
  });

  it('accept makes the accepting agent the owner (首问负责制)', () => {
    const agent = rel('agent', { userId: 'agent-9', isZoneStaff: true });
    const d = decide(snap('submitted (unassigned)'), 'accept', agent, {}, NOW);
    expect(d.changes).toEqual({ status: 'accepted', assigneeId: 'agent-9', acceptedAt: NOW });
  });

  it('accept of a case assigned to someone else is refused', () => {
    expect(() => decide(snap('submitted (assigned)'), 'accept', CAST.zoneAgent, {}, NOW)).toThrow(
      expect.objectContaining({ code: 'forbidden_actor' }),
    );
  });

  it('reject records the trimmed reason and is final', () => {
    const d = decide(snap('submitted (unassigned)'), 'reject', CAST.zoneAgent, { reason: '  不属于服务范围 ' }, NOW);
    expect(d.to).toBe('rejected');
    expect(d.changes.rejectionReason).toBe('不属于服务范围');
    expect(d.details.reason).toBe('不属于服务范围');
  });

  it.each(['submitted (unassigned)', 'accepted', 'in_progress'])(
    'request_materials from %s remembers where it came from, supply_materials goes back',
    (name) => {
      const s0 = snap(name);
      const actor = s0.status === 'submitted' ? CAST.zoneAgent : CAST.owner;
      const d1 = decide(s0, 'request_materials', actor, { missingItems: [' 身份证明 ', '', '身份证明', '授权书'] }, NOW);
      expect(d1.to).toBe('awaiting_creator');
      expect(d1.changes.statusBeforeAwaiting).toBe(s0.status);
      expect(d1.changes.awaitingCreatorSince).toEqual(NOW);
      expect(d1.details.missingItems).toEqual(['身份证明', '授权书']);
      const s1 = applyDecision(s0, d1);
      const d2 = decide(s1, 'supply_materials', CAST.caseCreator, {}, NOW);
      expect(d2.to).toBe(s0.status);
      expect(applyDecision(s1, d2)).toEqual(s0);
    },
  );

  it('escalate sets the authority and an unacknowledged escalation', () => {
    const d = decide(snap('in_progress'), 'escalate', CAST.owner, { reason: '需网信办协调平台', targetAuthorityId: 'cac_huangpu' }, NOW);
    expect(d.changes).toEqual({ status: 'escalated', escalationAuthorityId: 'cac_huangpu', escalationAcknowledged: false });
    expect(d.details).toEqual({ reason: '需网信办协调平台', targetAuthorityId: 'cac_huangpu', previousAuthorityId: null });
  });

  it('acknowledge marks the escalation acknowledged and keeps the status', () => {
    const d = decide(snap('escalated (not acknowledged)'), 'acknowledge', CAST.districtOfficer, {}, NOW);
    expect(d.changes).toEqual({ status: 'escalated', escalationAcknowledged: true });
  });

  it('a district officer escalates on to the city; acknowledgement is reset', () => {
    const d = decide(snap('escalated (acknowledged)'), 'escalate', CAST.districtOfficer, { reason: '涉及跨区', targetAuthorityId: 'cac_city' }, NOW);
    expect(d.changes).toEqual({ status: 'escalated', escalationAuthorityId: 'cac_city', escalationAcknowledged: false });
    expect(d.details.previousAuthorityId).toBe('cac_huangpu');
  });

  it('escalating on to the same authority is refused', () => {
    expect(() =>
      decide(snap('escalated (acknowledged)'), 'escalate', CAST.districtOfficer, { reason: '跨区', targetAuthorityId: 'cac_huangpu' }, NOW),
    ).toThrow(expect.objectContaining({ code: 'invalid_input', field: 'targetAuthorityId' }));
  });

  it('a city officer cannot escalate further', () => {
    expect(() =>
      decide(snap('escalated (acknowledged)'), 'escalate', CAST.cityOfficer, { reason: 'x', targetAuthorityId: 'cac_x' }, NOW),
    ).toThrow(expect.objectContaining({ code: 'forbidden_actor' }));
  });

  it('return sends the case back to the desk with instructions', () => {
    const d = decide(snap('escalated (acknowledged)'), 'return', CAST.districtOfficer, { instructions: '请联系平台核实' }, NOW);
    expect(d.changes).toEqual({ status: 'in_progress', escalationAuthorityId: null, escalationAcknowledged: false });
    expect(d.details).toEqual({ instructions: '请联系平台核实', previousAuthorityId: 'cac_huangpu' });
  });

  it.each([
    ['in_progress', 'owner'],
    ['escalated (acknowledged)', 'districtOfficer'],
  ])('resolve from %s by %s stamps resolvedAt, outcome and summary', (name, who) => {
    const d = decide(snap(name), 'resolve', CAST[who], { outcome: 'mediated', summary: '双方已和解' }, NOW);
    expect(d.changes).toEqual({ status: 'resolved', resolvedAt: NOW, outcome: 'mediated', resolutionSummary: '双方已和解' });
  });

  it('reopen clears the resolution', () => {
    const d = decide(snap('resolved (2 days ago)'), 'reopen', CAST.caseCreator, { reason: '侵权内容再次出现' }, NOW);
    expect(d.changes).toEqual({
      status: 'in_progress',
      resolvedAt: null,
      outcome: null,
      resolutionSummary: null,
      escalationAuthorityId: null,
      escalationAcknowledged: false,
    });
    expect(d.details.reason).toBe('侵权内容再次出现');
  });

  it('the reopen window is exactly REOPEN_WINDOW_DAYS', () => {
    const resolvedAt = new Date('2026-03-01T12:00:00+08:00');
    const s: CaseSnapshot = { ...base, status: 'resolved', assigneeId: OWNER_ID, resolvedAt };
    const justInside = new Date(resolvedAt.getTime() + REOPEN_WINDOW_DAYS * DAY - 1);
    const atEdge = new Date(resolvedAt.getTime() + REOPEN_WINDOW_DAYS * DAY);
    expect(decide(s, 'reopen', CAST.caseCreator, {}, justInside).to).toBe('in_progress');
    expect(() => decide(s, 'reopen', CAST.caseCreator, {}, atEdge)).toThrow(
      expect.objectContaining({ code: 'reopen_window_expired' }),
    );
    // the system may close from the same instant on, so the two never overlap
    expect(() => decide(s, 'close', SYSTEM_ACTOR, {}, justInside)).toThrow(expect.objectContaining({ code: 'not_yet_due' }));
    expect(decide(s, 'close', SYSTEM_ACTOR, {}, atEdge).changes).toEqual({ status: 'closed', closedAt: atEdge, closeReason: 'auto_unrated' });
  });

  it('an unanswered request for materials closes after exactly UNANSWERED_CLOSE_DAYS', () => {
    const since = new Date('2026-01-01T09:00:00+08:00');
    const s: CaseSnapshot = { ...base, status: 'awaiting_creator', assigneeId: OWNER_ID, statusBeforeAwaiting: 'accepted', awaitingCreatorSince: since };
    const due = new Date(since.getTime() + UNANSWERED_CLOSE_DAYS * DAY);
    expect(() => decide(s, 'close', SYSTEM_ACTOR, {}, new Date(due.getTime() - 1))).toThrow(
      expect.objectContaining({ code: 'not_yet_due' }),
    );
    expect(decide(s, 'close', SYSTEM_ACTOR, {}, due).changes).toEqual({
      status: 'closed',
      closedAt: due,
      closeReason: 'unanswered',
      statusBeforeAwaiting: null,
      awaitingCreatorSince: null,
    });
  });

  it('a supervisor may close a resolved case at any time', () => {
    expect(decide(snap('resolved (2 days ago)'), 'close', CAST.zoneSupervisor, {}, NOW).changes).toEqual({
      status: 'closed',
      closedAt: NOW,
      closeReason: 'supervisor',
    });
  });

  it.each([
    [1, false],
    [2, false],
    [3, false],
    [4, true],
    [5, true],
  ] as const)('rate %i closes the case; review required: %s', (level, review) => {
    const d = decide(snap('resolved (2 days ago)'), 'rate', CAST.caseCreator, { level, comment: '  ' }, NOW);
    expect(d.changes).toEqual({ status: 'closed', closedAt: NOW, closeReason: 'rated', rating: level, ratingComment: null });
    expect(d.reviewRequired).toBe(review);
  });

  it('assign keeps the status and records the previous assignee', () => {
    for (const name of ['submitted (unassigned)', 'accepted', 'escalated (acknowledged)', 'resolved (2 days ago)']) {
      const s = snap(name);
      const d = decide(s, 'assign', CAST.zoneSupervisor, { assigneeId: 'agent-7' }, NOW);
      expect(d.to).toBe(s.status);
      expect(d.changes).toEqual({ status: s.status, assigneeId: 'agent-7' });
      expect(d.details).toEqual({ assigneeId: 'agent-7', previousAssigneeId: s.assigneeId });
    }
  });

  it('withdraw from awaiting_creator clears the awaiting fields', () => {
    const d = decide(snap('awaiting_creator (from accepted, 1 days)'), 'withdraw', CAST.caseCreator, {}, NOW);
    expect(d.changes).toEqual({ status: 'withdrawn', statusBeforeAwaiting: null, awaitingCreatorSince: null });
  });
});

// ---------------------------------------------------------------------------------------------
// Inputs

describe('inputs', () => {
  const cases: [string, string, CaseAction, ActorRelation, CaseActionInput, CaseTransitionErrorCode, string][] = [
    ['reject without reason', 'submitted (unassigned)', 'reject', CAST.zoneAgent, {}, 'missing_input', 'reason'],
    ['reject with blank reason', 'submitted (unassigned)', 'reject', CAST.zoneAgent, { reason: ' \n ' }, 'missing_input', 'reason'],
    ['reject with overlong reason', 'submitted (unassigned)', 'reject', CAST.zoneAgent, { reason: '长'.repeat(1001) }, 'invalid_input', 'reason'],
    ['request_materials without list', 'accepted', 'request_materials', CAST.owner, {}, 'missing_input', 'missingItems'],
    ['request_materials with empty list', 'accepted', 'request_materials', CAST.owner, { missingItems: [] }, 'missing_input', 'missingItems'],
    ['request_materials with blank items', 'accepted', 'request_materials', CAST.owner, { missingItems: ['', '  '] }, 'missing_input', 'missingItems'],
    ['request_materials with an overlong item', 'accepted', 'request_materials', CAST.owner, { missingItems: ['ok', 'x'.repeat(201)] }, 'invalid_input', 'missingItems[1]'],
    ['request_materials with too many items', 'accepted', 'request_materials', CAST.owner, { missingItems: Array.from({ length: 31 }, (_, i) => `材料${i}`) }, 'invalid_input', 'missingItems'],
    ['escalate without reason', 'in_progress', 'escalate', CAST.owner, { targetAuthorityId: 'cac_huangpu' }, 'missing_input', 'reason'],
    ['escalate without authority', 'in_progress', 'escalate', CAST.owner, { reason: '需协调' }, 'missing_input', 'targetAuthorityId'],
    ['return without instructions', 'escalated (acknowledged)', 'return', CAST.districtOfficer, {}, 'missing_input', 'instructions'],
    ['resolve without outcome', 'in_progress', 'resolve', CAST.owner, { summary: '已处理' }, 'missing_input', 'outcome'],
    ['resolve without summary', 'in_progress', 'resolve', CAST.owner, { outcome: 'answered' }, 'missing_input', 'summary'],
    ['rate without level', 'resolved (2 days ago)', 'rate', CAST.caseCreator, {}, 'missing_input', 'level'],
    ['rate 0', 'resolved (2 days ago)', 'rate', CAST.caseCreator, { level: 0 }, 'invalid_input', 'level'],
    ['rate 6', 'resolved (2 days ago)', 'rate', CAST.caseCreator, { level: 6 }, 'invalid_input', 'level'],
    ['rate 2.5', 'resolved (2 days ago)', 'rate', CAST.caseCreator, { level: 2.5 }, 'invalid_input', 'level'],
    ['rate with overlong comment', 'resolved (2 days ago)', 'rate', CAST.caseCreator, { level: 1, comment: '好'.repeat(1001) }, 'invalid_input', 'comment'],
    ['assign without assignee', 'accepted', 'assign', CAST.zoneSupervisor, {}, 'missing_input', 'assigneeId'],
    ['assign to the current assignee', 'accepted', 'assign', CAST.zoneSupervisor, { assigneeId: OWNER_ID }, 'no_change', 'assigneeId'],
  ];

  it.each(cases)('%s → %s', (_label, name, action, actor, input, code, field) => {
    let error: unknown;
    try {
      decide(snap(name), action, actor, input, NOW);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CaseTransitionError);
    expect(error).toMatchObject({ code, field, action });
    expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a missing reason names the action in the message', () => {
    expect(() => decide(snap('submitted (unassigned)'), 'reject', CAST.zoneAgent, {}, NOW)).toThrow('「不予受理」须填写不予受理的理由');
  });

  it('input checks come after the actor checks', () => {
    expect(() => decide(snap('submitted (unassigned)'), 'reject', CAST.caseCreator, {}, NOW)).toThrow(
      expect.objectContaining({ code: 'forbidden_actor' }),
    );
  });

  it('inconsistent stored cases are reported, not guessed', () => {
    const broken: CaseSnapshot = { ...base, status: 'awaiting_creator', statusBeforeAwaiting: null, awaitingCreatorSince: null };
    expect(() => decide(broken, 'supply_materials', CAST.caseCreator, {}, NOW)).toThrow(
      expect.objectContaining({ code: 'inconsistent_case' }),
    );
    const noDate: CaseSnapshot = { ...base, status: 'resolved', resolvedAt: null };
    expect(() => decide(noDate, 'reopen', CAST.caseCreator, {}, NOW)).toThrow(expect.objectContaining({ code: 'inconsistent_case' }));
  });
});

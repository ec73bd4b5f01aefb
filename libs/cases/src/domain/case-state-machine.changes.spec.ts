/** What each action writes on the case, and how each bad input is refused (naming the field). */
import {
  type ActorRelation,
  applyDecision,
  type CaseAction,
  type CaseActionInput,
  type CaseSnapshot,
  CaseTransitionError,
  type CaseTransitionErrorCode,
  decide,
  REOPEN_WINDOW_DAYS,
  SYSTEM_ACTOR,
  UNANSWERED_CLOSE_DAYS,
} from './index';
import { base, CAST, DAY, NOW, OWNER_ID, rel, snap } from './case-state-machine.fixture';

// ---------------------------------------------------------------------------------------------
// Field changes


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

  // The details reach the timeline and the case event, from which libs/quality opens a 差评's rectification.
  it.each([1, 2, 3, 4, 5] as const)('rate %i closes the case and records the level (a blank comment is none)', (level) => {
    const d = decide(snap('resolved (2 days ago)'), 'rate', CAST.caseCreator, { level, comment: '  ' }, NOW);
    expect(d.changes).toEqual({ status: 'closed', closedAt: NOW, closeReason: 'rated', rating: level, ratingComment: null });
    expect(d.details).toEqual({ level });
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

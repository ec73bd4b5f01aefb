/**
 * Property tests: random sequences of actions by random (realistic) actors with random inputs,
 * starting from a draft. Whatever happens, the case stays in a defined, consistent state.
 */
import fc from 'fast-check';
import {
  type ActorKind,
  type ActorRelation,
  allowedActions,
  applyDecision,
  type AuthorityLevel,
  CASE_ACTIONS,
  CASE_STATUSES,
  CASE_TRANSITION_ERROR_CODES,
  type CaseAction,
  type CaseActionInput,
  type CaseSnapshot,
  CaseTransitionError,
  decide,
  draftSnapshot,
  isFinalStatus,
  type ResumableStatus,
} from './index';

// The world: a 黄浦 case filed by creator c1.
interface User {
  id: string;
  role: ActorKind;
  zone?: 'huangpu' | 'yangpu' | 'city';
  authority?: { id: string; level: AuthorityLevel };
}

const USERS: User[] = [
  { id: 'c1', role: 'creator' },
  { id: 'c2', role: 'creator' },
  { id: 'a1', role: 'agent', zone: 'huangpu' },
  { id: 'a2', role: 'agent', zone: 'huangpu' },
  { id: 'a3', role: 'agent', zone: 'yangpu' },
  { id: 's1', role: 'supervisor', zone: 'huangpu' },
  { id: 's2', role: 'supervisor', zone: 'city' },
  { id: 's3', role: 'supervisor', zone: 'yangpu' },
  { id: 'oh', role: 'cac_officer', authority: { id: 'cac_huangpu', level: 'district' } },
  { id: 'oy', role: 'cac_officer', authority: { id: 'cac_yangpu', level: 'district' } },
  { id: 'oc', role: 'cac_officer', authority: { id: 'cac_city', level: 'city' } },
  { id: 'system', role: 'system' },
  { id: 'sa', role: 'sysadmin' },
  { id: 'se', role: 'secadmin' },
  { id: 'au', role: 'auditor' },
];

function relation(user: User, s: CaseSnapshot): ActorRelation {
  const staff = user.role === 'agent' || user.role === 'supervisor';
  return {
    role: user.role,
    userId: user.role === 'system' ? null : user.id,
    isCaseCreator: user.id === 'c1',
    isAssignee: s.assigneeId === user.id,
    isZoneStaff: staff && (user.zone === 'huangpu' || (user.role === 'supervisor' && user.zone === 'city')),
    isEscalationOfficer: user.authority !== undefined && user.authority.id === s.escalationAuthorityId,
    authorityLevel: user.authority?.level ?? null,
  };
}

const text = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('理由', '请补充核实', '已协调平台处置') },
  { weight: 1, arbitrary: fc.constantFrom('', '   ') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

const inputArb: fc.Arbitrary<CaseActionInput> = fc.record(
  {
    reason: text,
    missingItems: fc.oneof(
      { weight: 5, arbitrary: fc.constant(['身份证明', '侵权截图']) },
      { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }) },
    ),
    targetAuthorityId: fc.constantFrom('cac_huangpu', 'cac_city', 'cac_yangpu'),
    instructions: text,
    outcome: fc.constantFrom('takedown_done', 'mediated', ''),
    summary: text,
    assigneeId: fc.constantFrom('a1', 'a2', 'a3', 's1'),
    level: fc.integer({ min: 0, max: 6 }),
    comment: text,
    note: text,
  },
  { requiredKeys: [] },
);

interface Step {
  /** Guided: pick among the (user, action) pairs that are allowed now, by `choice`. */
  guided: boolean;
  choice: number;
  /** Use a well-formed input rather than the random one. */
  wellFormed: boolean;
  user: User;
  action: CaseAction;
  input: CaseActionInput;
  advanceMs: number;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  guided: fc.boolean(),
  choice: fc.nat(),
  wellFormed: fc.boolean(),
  user: fc.constantFrom(...USERS),
  action: fc.constantFrom(...CASE_ACTIONS),
  input: inputArb,
  /** Time passing before the step, up to 40 days. */
  advanceMs: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 3_600_000 }),
    fc.integer({ min: 0, max: 40 * 86_400_000 }),
  ),
});

const stepsArb = fc.array(stepArb, { minLength: 1, maxLength: 80 });

function wellFormedInput(s: CaseSnapshot, choice: number): CaseActionInput {
  return {
    reason: '理由',
    missingItems: ['材料'],
    instructions: '意见',
    outcome: 'answered',
    summary: '说明',
    comment: '好',
    note: '已收到材料',
    level: (choice % 5) + 1,
    assigneeId: s.assigneeId === 'a2' ? 'a1' : 'a2',
    targetAuthorityId: s.status === 'escalated' ? 'cac_city' : 'cac_huangpu',
  };
}

const INPUT_CODES = new Set(['missing_input', 'invalid_input', 'no_change']);

function checkInvariants(s: CaseSnapshot): void {
  expect(CASE_STATUSES).toContain(s.status);
  expect(s.statusBeforeAwaiting !== null).toBe(s.status === 'awaiting_creator');
  expect(s.awaitingCreatorSince !== null).toBe(s.status === 'awaiting_creator');
  if (s.status === 'awaiting_creator') expect(['submitted', 'accepted', 'in_progress']).toContain(s.statusBeforeAwaiting);
  if (s.status === 'escalated') expect(s.escalationAuthorityId).not.toBeNull();
  if (['draft', 'submitted', 'accepted', 'in_progress', 'awaiting_creator'].includes(s.status)) {
    expect(s.escalationAuthorityId).toBeNull();
    expect(s.escalationAcknowledged).toBe(false);
  }
  if (['accepted', 'in_progress', 'escalated', 'resolved'].includes(s.status)) expect(s.assigneeId).not.toBeNull();
  if (s.status === 'resolved') expect(s.resolvedAt).not.toBeNull();
  if (['draft', 'submitted', 'accepted', 'in_progress', 'escalated'].includes(s.status)) expect(s.resolvedAt).toBeNull();
}

interface Walk {
  visited: Set<string>;
  transitions: number;
}

function walk(steps: Step[]): Walk {
  let s = draftSnapshot();
  let now = new Date('2026-03-02T09:00:00+08:00');
  let cameFrom: ResumableStatus | null = null;
  const visited = new Set<string>([s.status]);
  let transitions = 0;

  for (const step of steps) {
    now = new Date(now.getTime() + step.advanceMs);
    let { user, action } = step;
    if (step.guided) {
      const options = USERS.flatMap((u) => allowedActions(s, relation(u, s), now).map((a) => ({ u, a })));
      if (options.length > 0) ({ u: user, a: action } = options[step.choice % options.length]);
    }
    const actor = relation(user, s);
    const allowed = allowedActions(s, actor, now);
    const before = s;
    try {
      const d = decide(s, action, actor, step.wellFormed ? wellFormedInput(s, step.choice) : step.input, now);
      // success: the action was offered, nothing is decided from a final status
      expect(allowed).toContain(action);
      expect(isFinalStatus(before.status)).toBe(false);
      expect(d.from).toBe(before.status);
      expect(d.changes.status).toBe(d.to);
      s = applyDecision(s, d);
      transitions++;
      visited.add(s.status);

      // awaiting_creator returns to the status it came from
      if (d.to === 'awaiting_creator' && before.status !== 'awaiting_creator') {
        cameFrom = before.status as ResumableStatus;
        expect(s.statusBeforeAwaiting).toBe(cameFrom);
      }
      if (before.status === 'awaiting_creator' && d.to === 'awaiting_creator') {
        expect(s.statusBeforeAwaiting).toBe(cameFrom); // assign keeps it
      }
      if (action === 'supply_materials') {
        expect(d.to).toBe(cameFrom);
        cameFrom = null;
      }
    } catch (e) {
      if (!(e instanceof CaseTransitionError)) throw e;
      expect(CASE_TRANSITION_ERROR_CODES).toContain(e.code);
      expect(e.code).not.toBe('inconsistent_case');
      expect(e.message).toMatch(/[\u4e00-\u9fff]/);
      // refused only for its input iff it was offered
      expect(allowed.includes(action)).toBe(INPUT_CODES.has(e.code));
      if (isFinalStatus(before.status)) {
        expect(['illegal_transition', 'forbidden_actor']).toContain(e.code);
      }
    }
    checkInvariants(s);
    if (isFinalStatus(s.status)) {
      for (const user of USERS) expect(allowedActions(s, relation(user, s), now)).toEqual([]);
    }
  }
  return { visited, transitions };
}

/** Property runs are CPU-bound; leave room when the suites run in parallel on a small machine. */
jest.setTimeout(60_000);

describe('case state machine: properties', () => {
  it('random sequences by random actors keep the case in a defined, consistent status', () => {
    const visited = new Set<string>();
    let transitions = 0;
    fc.assert(
      fc.property(stepsArb, (steps) => {
        const w = walk(steps);
        w.visited.forEach((v) => visited.add(v));
        transitions += w.transitions;
      }),
      { numRuns: 300 },
    );
    // the walks went somewhere (which statuses they reach is left to chance; see the search below)
    expect(visited.size).toBeGreaterThan(3);
    expect(transitions).toBeGreaterThan(100);
  });

  it('final statuses accept nothing, from anyone, with any input, at any time', () => {
    const finalSnapshot = fc.record({
      status: fc.constantFrom('closed' as const, 'rejected' as const, 'withdrawn' as const),
      assigneeId: fc.constantFrom(null, 'a1'),
      escalationAuthorityId: fc.constantFrom(null, 'cac_huangpu', 'cac_city'),
      escalationAcknowledged: fc.boolean(),
      resolvedAt: fc.constantFrom(null, new Date('2026-03-01T00:00:00Z')),
    });
    fc.assert(
      fc.property(finalSnapshot, stepArb, (partial, step) => {
        const s: CaseSnapshot = { ...draftSnapshot(), ...partial };
        const actor = relation(step.user, s);
        expect(allowedActions(s, actor, new Date())).toEqual([]);
        expect(() => decide(s, step.action, actor, step.input, new Date())).toThrow(CaseTransitionError);
      }),
      { numRuns: 2000 },
    );
  });

  it('awaiting_creator always returns to the status it came from', () => {
    const path = fc.constantFrom<ResumableStatus>('submitted', 'accepted', 'in_progress');
    fc.assert(
      fc.property(path, fc.array(stepArb, { maxLength: 20 }), (origin, noise) => {
        // reach `origin`
        let s = draftSnapshot();
        const t0 = new Date('2026-03-02T09:00:00+08:00');
        const creator = USERS[0];
        const agent = USERS[2];
        s = applyDecision(s, decide(s, 'submit', relation(creator, s), {}, t0));
        if (origin !== 'submitted') s = applyDecision(s, decide(s, 'accept', relation(agent, s), {}, t0));
        if (origin === 'in_progress') s = applyDecision(s, decide(s, 'start', relation(agent, s), {}, t0));
        s = applyDecision(s, decide(s, 'request_materials', relation(agent, s), { missingItems: ['授权书'] }, t0));
        expect(s.statusBeforeAwaiting).toBe(origin);
        // random noise that does not leave awaiting_creator (refusals, reassignment...) keeps the memory
        let now = t0;
        for (const step of noise) {
          now = new Date(now.getTime() + Math.min(step.advanceMs, 86_400_000));
          if (['supply_materials', 'withdraw_materials_request', 'receive_materials', 'withdraw', 'close'].includes(step.action)) continue;
          try {
            s = applyDecision(s, decide(s, step.action, relation(step.user, s), step.input, now));
          } catch (e) {
            if (!(e instanceof CaseTransitionError)) throw e;
          }
          expect(s.status).toBe('awaiting_creator');
          expect(s.statusBeforeAwaiting).toBe(origin);
        }
        const back = decide(s, 'supply_materials', relation(creator, s), {}, now);
        expect(back.to).toBe(origin);
        // The desk withdrawing its request, or recording materials handed in at the window, goes back there too.
        // (Whoever may: the assignee, or a zone agent while unassigned; none if assigned out of the zone.)
        const handler = USERS.find((u) => allowedActions(s, relation(u, s), now).includes('receive_materials'));
        if (s.assigneeId === null || s.assigneeId === agent.id) expect(handler).toBeDefined();
        if (handler) {
          expect(decide(s, 'withdraw_materials_request', relation(handler, s), {}, now).to).toBe(origin);
          expect(decide(s, 'receive_materials', relation(handler, s), { note: '窗口收到授权书原件' }, now).to).toBe(origin);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('guided random walks (valid actions, valid input) always succeed and keep the invariants', () => {
    // Choose, at each step, among the actions some actor is allowed to take now.
    fc.assert(
      fc.property(
        fc.array(fc.record({ choice: fc.nat(), gap: fc.nat({ max: 9 * 86_400_000 }) }), { minLength: 5, maxLength: 40 }),
        (steps) => {
          let s = draftSnapshot();
          let now = new Date('2026-03-02T09:00:00+08:00');
          for (const { choice, gap } of steps) {
            now = new Date(now.getTime() + gap);
            const options = USERS.flatMap((u) => allowedActions(s, relation(u, s), now).map((a) => ({ u, a })));
            if (options.length === 0) {
              expect(isFinalStatus(s.status)).toBe(true);
              break;
            }
            const { u, a } = options[choice % options.length];
            s = applyDecision(s, decide(s, a, relation(u, s), wellFormedInput(s, choice), now));
            checkInvariants(s);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every status is reachable from a draft (exhaustive search over the cast and time)', () => {
    // Breadth-first search over lifecycle states; dates are reduced to "set / not set".
    const key = (s: CaseSnapshot): string =>
      JSON.stringify({ ...s, awaitingCreatorSince: s.awaitingCreatorSince !== null, resolvedAt: s.resolvedAt !== null });
    const start = { s: draftSnapshot(), now: new Date('2026-03-02T09:00:00+08:00') };
    const seen = new Map<string, typeof start>([[key(start.s), start]]);
    const queue = [start];
    const edges = new Set<string>();
    while (queue.length > 0) {
      const { s, now: t0 } = queue.shift()!;
      for (const days of [0, 8, 31]) {
        const now = new Date(t0.getTime() + days * 86_400_000);
        for (const u of USERS) {
          for (const a of allowedActions(s, relation(u, s), now)) {
            const next = applyDecision(s, decide(s, a, relation(u, s), wellFormedInput(s, 0), now));
            checkInvariants(next);
            edges.add(`${s.status} -${a}-> ${next.status}`);
            if (!seen.has(key(next))) {
              seen.set(key(next), { s: next, now });
              queue.push({ s: next, now });
            }
          }
        }
      }
    }
    const reached = new Set([...seen.values()].map((v) => v.s.status));
    expect([...reached].sort()).toEqual([...CASE_STATUSES].sort());
    // every row of the lifecycle table is exercised
    expect([...edges].sort()).toEqual(
      [
        'draft -submit-> submitted',
        'draft -withdraw-> withdrawn',
        'submitted -accept-> accepted',
        'submitted -reject-> rejected',
        'submitted -request_materials-> awaiting_creator',
        'submitted -assign-> submitted',
        'submitted -withdraw-> withdrawn',
        'accepted -start-> in_progress',
        'accepted -request_materials-> awaiting_creator',
        'accepted -escalate-> escalated',
        'accepted -assign-> accepted',
        'accepted -withdraw-> withdrawn',
        'in_progress -request_materials-> awaiting_creator',
        'in_progress -escalate-> escalated',
        'in_progress -resolve-> resolved',
        'in_progress -assign-> in_progress',
        'in_progress -withdraw-> withdrawn',
        'awaiting_creator -supply_materials-> submitted',
        'awaiting_creator -supply_materials-> accepted',
        'awaiting_creator -supply_materials-> in_progress',
        'awaiting_creator -assign-> awaiting_creator',
        'awaiting_creator -close-> closed',
        'awaiting_creator -receive_materials-> accepted',
        'awaiting_creator -receive_materials-> in_progress',
        'awaiting_creator -receive_materials-> submitted',
        'awaiting_creator -remind_materials-> awaiting_creator',
        'awaiting_creator -withdraw-> withdrawn',
        'awaiting_creator -withdraw_materials_request-> accepted',
        'awaiting_creator -withdraw_materials_request-> in_progress',
        'awaiting_creator -withdraw_materials_request-> submitted',
        'escalated -acknowledge-> escalated',
        'escalated -escalate-> escalated',
        'escalated -return-> in_progress',
        'escalated -resolve-> resolved',
        'escalated -assign-> escalated',
        'escalated -withdraw-> withdrawn',
        'resolved -reopen-> in_progress',
        'resolved -rate-> closed',
        'resolved -close-> closed',
        'resolved -assign-> resolved',
      ].sort(),
    );
  });
});

/**
 * Exhaustive check of the lifecycle table of DESIGN.md: every status (in every variant that
 * matters: assigned or not, acknowledged or not, inside or outside a time window) × every action
 * × every actor kind × every combination of relation flags. The expected table below is written
 * independently of the implementation; a combination that is not in it must be refused with the
 * right code.
 */
import {
  allowedActions,
  CASE_ACTIONS,
  CASE_STATUSES,
  type CaseAction,
  CaseTransitionError,
  checkAction,
  decide,
} from './index';
import { ACTORS, actual, CAST, describeActor, expected, NOW, VALID_INPUT, VARIANTS } from './case-state-machine.fixture';

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
    // A return visit (回访) that found the problem not solved.
    system: ['reopen'],
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

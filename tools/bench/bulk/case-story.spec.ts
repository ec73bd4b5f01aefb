import { CN_HOLIDAYS, provisionalHolidayYear, WorkingCalendar } from '@app/calendar';
import { ActorRelation, applyDecision, CaseAction, CaseSnapshot, decide, draftSnapshot, SYSTEM_ACTOR } from '@app/cases';
import { isBadRating } from '@app/contracts';
import { DEFAULT_SLA_POLICIES, pickPolicy, SlaPolicy } from '@app/sla';
import { BulkWorld, CaseStory, simulateCase, slaClocksOf, Who } from './case-story';
import { Rng } from './rng';

const NOW = Date.parse('2026-11-26T07:00:00Z');
const cal = new WorkingCalendar([...CN_HOLIDAYS, provisionalHolidayYear(2027)]);
const policies = new Map<string, SlaPolicy>(DEFAULT_SLA_POLICIES.map((p) => [`${p.programme}/${p.priority}`, p]));
const ALL = ['starlight', 'shield', 'compliance', 'legislation'];
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const OFFICERS = new Map([['cac_huangpu', uuid(901)], ['cac_yangpu', uuid(902)], ['cac_city', uuid(903)]]);
const LEVEL = new Map([[uuid(901), 'district'], [uuid(902), 'district'], [uuid(903), 'city']] as const);
const AUTHORITY_OF = new Map([...OFFICERS].map(([a, o]) => [o, a]));

function world(seed = 1): BulkWorld {
  let n = 0;
  const ids = new Rng(seed);
  return {
    cal,
    now: NOW,
    policy: (programme, priority) => pickPolicy(policies, programme, priority),
    zones: [
      { id: 'huangpu', code: 'HP', name: '黄浦区集聚区', authorityId: 'cac_huangpu', weight: 55, agents: [1, 2, 3].map((i) => ({ id: uuid(100 + i), skills: ALL })), supervisorId: uuid(199) },
      { id: 'yangpu', code: 'YP', name: '杨浦区集聚区', authorityId: 'cac_yangpu', weight: 45, agents: [{ id: uuid(201), skills: ['shield'] }, { id: uuid(202), skills: ALL }], supervisorId: uuid(299) },
    ],
    officers: OFFICERS,
    parentAuthority: new Map([['cac_huangpu', 'cac_city'], ['cac_yangpu', 'cac_city'], ['cac_city', null]]),
    creatorIds: [uuid(1), uuid(2), uuid(3)],
    rectificationDays: { contact: 1, rectify: 15 },
    reference: (zone, programme, at) => `${zone}-${programme}-${new Date(at).getUTCFullYear()}-${String(++n).padStart(6, '0')}`,
    newId: () => ids.uuid(),
  };
}

function stories(count: number, seed = 7): CaseStory[] {
  const w = world();
  const rng = new Rng(seed);
  const start = Date.parse('2026-01-05T01:00:00Z');
  return Array.from({ length: count }, (_, i) => simulateCase(w, rng, start + Math.floor(((NOW - start) * i) / count)));
}

function relation(who: Who, story: CaseStory, s: CaseSnapshot): ActorRelation {
  if (who === 'system') return SYSTEM_ACTOR;
  const authority = AUTHORITY_OF.get(who.id);
  return {
    role: who.role,
    userId: who.id,
    isCaseCreator: who.role === 'creator' && who.id === story.row.creatorId,
    isAssignee: s.assigneeId === who.id,
    isZoneStaff: (who.role === 'agent' || who.role === 'supervisor') && who.zone === story.row.zoneId,
    isEscalationOfficer: !!authority && s.escalationAuthorityId === authority,
    authorityLevel: LEVEL.get(who.id) ?? null,
  };
}

describe('bulk case stories', () => {
  const sample = stories(3000);

  it('takes only transitions the case state machine allows, and ends where the row says', () => {
    for (const story of sample) {
      let s: CaseSnapshot = draftSnapshot();
      for (const e of story.events) {
        const data = e.caseEvent?.data;
        if (!data || !('action' in data)) continue;
        if (data.from === null) {
          s = { ...s, status: data.to as CaseSnapshot['status'] };
          continue;
        }
        const input = { ...data, missingItems: data.missingItems as string[] | undefined } as Record<string, unknown>;
        const decision = decide(s, data.action as CaseAction, relation(e.actor, story, s), input, new Date(e.at));
        expect(decision.to).toBe(data.to);
        s = applyDecision(s, decision);
      }
      const r = story.row;
      expect(s.status).toBe(r.status);
      expect(s.assigneeId).toBe(r.assigneeId);
      expect(s.escalationAuthorityId).toBe(r.escalationAuthorityId);
      expect(s.statusBeforeAwaiting).toBe(r.statusBeforeAwaiting);
    }
  });

  it('keeps every event in order, before now, with one audit entry each', () => {
    const wrong: string[] = [];
    for (const story of sample) {
      story.events.forEach((e, i) => {
        if (i > 0 && e.at <= story.events[i - 1].at) wrong.push(`${story.row.reference}: event ${i} out of order`);
        if (e.at > NOW) wrong.push(`${story.row.reference}: event ${i} after now`);
        if (!/^(case|rectification)\./.test(e.audit.action)) wrong.push(`${story.row.reference}: audit action ${e.audit.action}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('covers every status and programme, with escalations, ratings and rectifications', () => {
    const statuses = new Set(sample.map((s) => s.row.status));
    for (const status of ['draft', 'submitted', 'in_progress', 'awaiting_creator', 'escalated', 'resolved', 'closed', 'rejected', 'withdrawn']) {
      expect(statuses).toContain(status);
    }
    expect(new Set(sample.map((s) => s.row.programme))).toEqual(new Set(ALL));
    expect(sample.filter((s) => s.escalations.length).length).toBeGreaterThan(100);
    expect(sample.filter((s) => s.escalations.some((e) => e.automatic)).length).toBeGreaterThan(0);
    expect(sample.filter((s) => s.row.rating !== null).length).toBeGreaterThan(1000);
  });

  it('opens a rectification for each 差评, with its deadlines, its steps in order and overdue marks where a step was late', () => {
    expect(sample.filter((s) => s.row.rating !== null && (s.rectification !== null) !== isBadRating(s.row.rating))).toEqual([]);
    const all = sample.flatMap((s) => (s.rectification ? [s.rectification] : []));
    expect(all.length).toBeGreaterThan(20);
    expect(new Set(all.map((r) => r.status))).toEqual(new Set(['contacting', 'rectifying', 'rectified']));
    for (const r of all) {
      expect(r.contactDueAt).toBe(cal.addWorkingDays(new Date(r.ratedAt), 1).getTime());
      expect(r.rectifyDueAt).toBe(cal.addWorkingDays(new Date(r.ratedAt), 15).getTime());
      expect({ contact: r.contactOverdueAt !== null, rectify: r.rectifyOverdueAt !== null }).toEqual({ contact: (r.contactedAt ?? NOW) > r.contactDueAt, rectify: (r.rectifiedAt ?? NOW) > r.rectifyDueAt });
      expect(r.contactedAt === null || r.contactedAt > r.ratedAt).toBe(true);
      expect(r.rectifiedAt === null || (r.contactedAt !== null && r.rectifiedAt > r.contactedAt)).toBe(true);
    }
    expect(all.some((r) => r.contactOverdueAt !== null) && all.some((r) => r.rectifyOverdueAt !== null)).toBe(true);
  });

  it('records escalations consistently with the timeline', () => {
    for (const story of sample) {
      const escalate = story.events.filter((e) => e.caseEvent?.data.action === 'escalate');
      expect(story.escalations).toHaveLength(escalate.length);
      expect(story.escalations.filter((e) => e.endedAt === null).length).toBe(story.row.status === 'escalated' ? 1 : 0);
    }
  });

  it('gives SLA clocks a deadline, met on time mostly', () => {
    const clocks = sample.flatMap((s) => slaClocksOf(world(), s));
    const met = clocks.filter((c) => c.state.stopReason === 'met');
    expect(met.length).toBeGreaterThan(5000);
    const late = met.filter((c) => c.state.breachedAt !== null).length / met.length;
    expect(late).toBeGreaterThan(0.01);
    expect(late).toBeLessThan(0.25);
  });

  it('is reproducible from its seed', () => {
    const a = stories(50, 11).map((s) => s.row);
    const b = stories(50, 11).map((s) => s.row);
    expect(a).toEqual(b);
  });
});

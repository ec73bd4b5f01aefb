import { shanghaiMinuteOfDay, type WorkingCalendar } from '@app/calendar';
import { defaultPriority, getProgramme, ProgrammeId, SHIELD_PLATFORMS, STARLIGHT_FORMS } from '@app/programmes';
import { isBadRating, isFinalStatus } from '@app/contracts';
import {
  buildClock,
  CaseClockFacts,
  clockTimes,
  ClockTimes,
  desiredClock,
  policyBudgetMs,
  Segment,
  segmentsBetween,
  settle,
  SLA_CLOCKS,
  SlaClockName,
  SlaClockState,
  SlaPolicy,
  startClock,
} from '@app/sla';
import { Rng } from './rng';
import * as V from './vocabulary';

/**
 * One generated case, lived through from filing to `now` the way the case service would have
 * recorded it: the row as it stands, every timeline event with its audit entry, the escalation
 * records, the 差评 review, and the periods spent waiting for the creator (for the SLA clocks).
 * Pure: the same world, seed and instants give the same story.
 */

export interface StaffRef {
  id: string;
  skills: readonly string[];
}

export interface BulkZone {
  id: string;
  code: string;
  name: string;
  authorityId: string;
  weight: number;
  agents: StaffRef[];
  supervisorId: string;
}

export interface BulkWorld {
  cal: WorkingCalendar;
  now: number;
  policy(programme: string, priority: string): SlaPolicy;
  zones: BulkZone[];
  /** Authority id → an officer of it, and its parent authority. */
  officers: Map<string, string>;
  parentAuthority: Map<string, string | null>;
  creatorIds: string[];
  /** Next human reference for a filing (zone, programme, year of filing). */
  reference(zoneCode: string, programmeCode: string, at: number): string;
  /** A new row id (random in the generator, so that runs never collide; seeded in specs). */
  newId(): string;
}

export type Who = { id: string; role: 'creator' | 'agent' | 'supervisor' | 'cac_officer'; zone: string | null } | 'system';

export interface StoryEvent {
  at: number;
  actor: Who;
  /** The timeline entry, or null for an audit-only event (a review follow-up). */
  caseEvent: { kind: string; visibility: 'public' | 'internal'; data: Record<string, unknown> } | null;
  audit: { action: string; entityType: string; entityId: string; before: unknown; after: unknown };
}

export interface CaseRow {
  id: string;
  reference: string;
  programme: ProgrammeId;
  category: string;
  zoneId: string;
  creatorId: string;
  filedBy: string;
  assigneeId: string | null;
  status: string;
  priority: string;
  channel: string;
  title: string;
  description: string;
  intake: Record<string, unknown>;
  statusBeforeAwaiting: string | null;
  awaitingCreatorSince: number | null;
  materialsRequest: { items: string[]; note: string | null } | null;
  escalationAuthorityId: string | null;
  escalationAcknowledged: boolean;
  rejectionReason: string | null;
  outcome: string | null;
  resolutionSummary: string | null;
  rating: number | null;
  ratingComment: string | null;
  closeReason: string | null;
  createdAt: number;
  submittedAt: number | null;
  acceptedAt: number | null;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  updatedAt: number;
  version: number;
}

export interface EscalationRecord {
  id: string;
  authorityId: string;
  reason: string;
  automatic: boolean;
  escalatedBy: string | null;
  escalatedAt: number;
  acknowledgedAt: number | null;
  acknowledgedBy: string | null;
  endedAt: number | null;
  outcome: string | null;
}

export interface ReviewRecord {
  id: string;
  level: number;
  comment: string | null;
  status: 'open' | 'done';
  followUp: string | null;
  followedUpBy: string | null;
  createdAt: number;
  doneAt: number | null;
}

export interface CaseStory {
  row: CaseRow;
  events: StoryEvent[];
  escalations: EscalationRecord[];
  review: ReviewRecord | null;
  pauses: Segment[];
}

export interface StoredSlaClock {
  state: SlaClockState;
  times: ClockTimes;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Thrown inside a story when the next step would happen after `now`: the case stays as it is. */
const CUT = Symbol('cut');

const PROGRAMME_WEIGHTS: readonly (readonly [ProgrammeId, number])[] = [
  ['shield', 40],
  ['compliance', 25],
  ['starlight', 20],
  ['legislation', 15],
];
const CATEGORY_WEIGHTS: Record<ProgrammeId, readonly (readonly [string, number])[]> = {
  shield: [['cyberviolence', 28], ['defamation', 22], ['smear', 14], ['impersonation', 14], ['extortion', 8], ['doxxing', 8], ['other', 6]],
  starlight: [['honour_recommendation', 70], ['self_nomination', 30]],
  compliance: [['policy_interpretation', 35], ['compliance_guidance', 45], ['tech_matching', 20]],
  legislation: [['law_revision_suggestion', 1]],
};
const PLATFORM_WEIGHTS: readonly (readonly [string, number])[] = [
  ['douyin', 24], ['bilibili', 20], ['weibo', 18], ['xiaohongshu', 16], ['kuaishou', 8], ['wechat_channels', 7], ['zhihu', 4], ['other', 3],
];
const CHANNEL_WEIGHTS: readonly (readonly [string, number])[] = [['online', 78], ['walk_in', 10], ['phone', 6], ['onsite', 3], ['salon', 3]];
/** Share of cases the desk escalates, per programme. */
const ESCALATE: Record<ProgrammeId, number> = { shield: 0.22, starlight: 0.15, compliance: 0.06, legislation: 0.18 };
const RATING: readonly (readonly [number, number])[] = [[5, 52], [4, 27], [3, 12], [2, 6], [1, 3]];
const RATING_WHEN_LATE: readonly (readonly [number, number])[] = [[5, 28], [4, 28], [3, 22], [2, 14], [1, 8]];

class StoryBuilder {
  readonly events: StoryEvent[] = [];
  readonly escalations: EscalationRecord[] = [];
  readonly pauses: Segment[] = [];
  review: ReviewRecord | null = null;
  private last = 0;

  constructor(
    readonly row: CaseRow,
    private readonly now: number,
    private readonly newId: () => string,
  ) {}

  /** The instant of the next step: after the previous one, and not after now. */
  private tick(at: number): number {
    const t = Math.max(Math.round(at), this.last + 1000);
    if (t > this.now) throw CUT;
    this.last = t;
    return t;
  }

  file(at: number, who: Who, status: 'draft' | 'submitted'): void {
    const t = this.tick(at);
    const c = this.row;
    Object.assign(c, { status, createdAt: t, submittedAt: status === 'submitted' ? t : null, updatedAt: t, version: 1 });
    this.events.push({
      at: t,
      actor: who,
      caseEvent: { kind: 'status_change', visibility: 'public', data: { action: 'submit', from: null, to: status, channel: c.channel } },
      audit: {
        action: 'case.file',
        entityType: 'case',
        entityId: c.id,
        before: null,
        after: { reference: c.reference, programme: c.programme, zoneId: c.zoneId, status, priority: c.priority, channel: c.channel },
      },
    });
  }

  /** A lifecycle action, recorded as CasesService.apply records it. Returns its instant. */
  act(at: number, who: Who, action: string, to: string, changes: Partial<CaseRow> | ((t: number) => Partial<CaseRow>) = {}, details: Record<string, unknown> = {}): number {
    const t = this.tick(at);
    const c = this.row;
    const before = { status: c.status, assigneeId: c.assigneeId, version: c.version, escalationAuthorityId: c.escalationAuthorityId };
    const from = c.status;
    Object.assign(c, typeof changes === 'function' ? changes(t) : changes, { status: to });
    const staff = who !== 'system' && who.role !== 'creator';
    if (staff && c.firstResponseAt === null && ['request_materials', 'reject', 'resolve'].includes(action)) c.firstResponseAt = t;
    c.updatedAt = t;
    c.version += 1;
    this.bookEscalation(action, from, who, t, details);
    this.bookPause(action, t);
    const kind = action === 'assign' ? 'assignment' : ['escalate', 'acknowledge', 'return'].includes(action) ? 'escalation' : 'status_change';
    const visibility = action === 'assign' || action === 'acknowledge' ? 'internal' : 'public';
    this.events.push({
      at: t,
      actor: who,
      caseEvent: { kind, visibility, data: { action, from, to, ...details } },
      audit: {
        action: `case.${action}`,
        entityType: 'case',
        entityId: c.id,
        before,
        after: { status: c.status, assigneeId: c.assigneeId, version: c.version, escalationAuthorityId: c.escalationAuthorityId, ...details },
      },
    });
    return t;
  }

  /** A public reply by staff: the first one is the first response. */
  reply(at: number, who: Who, body: string): number {
    const t = this.tick(at);
    const c = this.row;
    if (c.firstResponseAt === null) {
      c.firstResponseAt = t;
      c.updatedAt = t;
    }
    this.events.push({
      at: t,
      actor: who,
      caseEvent: { kind: 'public_reply', visibility: 'public', data: { body } },
      audit: { action: 'case.public_reply', entityType: 'case', entityId: c.id, before: null, after: { length: body.length } },
    });
    return t;
  }

  followUpReview(at: number, who: Who, note: string): void {
    const review = this.review;
    if (!review) return;
    const t = this.tick(at);
    Object.assign(review, { status: 'done', followUp: note, followedUpBy: who === 'system' ? null : who.id, doneAt: t });
    this.events.push({
      at: t,
      actor: who,
      caseEvent: null,
      audit: { action: 'review.follow_up', entityType: 'rating_review', entityId: review.id, before: { status: 'open' }, after: { status: 'done' } },
    });
  }

  private bookEscalation(action: string, from: string, who: Who, at: number, details: Record<string, unknown>): void {
    const open = this.escalations.find((e) => e.endedAt === null);
    const end = (outcome: string) => {
      if (open) Object.assign(open, { endedAt: at, outcome });
    };
    switch (action) {
      case 'escalate':
        if (from === 'escalated') end('escalated_on');
        this.escalations.push({
          id: this.newId(),
          authorityId: details.targetAuthorityId as string,
          reason: (details.reason as string) ?? '',
          automatic: who === 'system',
          escalatedBy: who === 'system' ? null : who.id,
          escalatedAt: at,
          acknowledgedAt: null,
          acknowledgedBy: null,
          endedAt: null,
          outcome: null,
        });
        break;
      case 'acknowledge':
        if (open) Object.assign(open, { acknowledgedAt: at, acknowledgedBy: who === 'system' ? null : who.id });
        break;
      case 'return':
        end('returned');
        break;
      case 'resolve':
      case 'withdraw':
        if (from === 'escalated') end(action === 'resolve' ? 'resolved' : 'withdrawn');
        break;
    }
  }

  private bookPause(action: string, at: number): void {
    const open = this.pauses.find((p) => p.end === null);
    if (action === 'request_materials' && !open) this.pauses.push({ start: at, end: null });
    else if (open && ['supply_materials', 'withdraw', 'close'].includes(action)) open.end = at;
  }
}

/** Simulates one case filed at `filedAt`. */
export function simulateCase(world: BulkWorld, rng: Rng, filedAt: number): CaseStory {
  const { cal } = world;
  const zone = rng.weighted(world.zones.map((z) => [z, z.weight] as const));
  const programme = rng.weighted(PROGRAMME_WEIGHTS);
  const definition = getProgramme(programme);
  const category = rng.weighted(CATEGORY_WEIGHTS[programme]);
  const workingHours = cal.isWorkingDay(new Date(filedAt)) && isDeskHours(filedAt);
  const channel = workingHours ? rng.weighted(CHANNEL_WEIGHTS) : 'online';
  const creatorId = rng.pick(world.creatorIds);
  const { intake, title, description } = content(rng, programme, category);
  const priority = defaultPriority(programme, intake);
  const policy = world.policy(programme, priority);
  const skilled = zone.agents.filter((a) => a.skills.includes(programme));
  const agents = skilled.length ? skilled : zone.agents;
  let owner = rng.pick(agents);
  const agent = (a: StaffRef): Who => ({ id: a.id, role: 'agent', zone: zone.id });
  const creator: Who = { id: creatorId, role: 'creator', zone: null };
  const supervisor: Who = { id: zone.supervisorId, role: 'supervisor', zone: zone.id };
  const officer = (authorityId: string): Who => ({ id: world.officers.get(authorityId) as string, role: 'cac_officer', zone: null });
  const filer = channel === 'online' ? creator : agent(rng.pick(zone.agents));

  const row: CaseRow = {
    id: world.newId(),
    reference: world.reference(zone.code, definition.code, filedAt),
    programme,
    category,
    zoneId: zone.id,
    creatorId,
    filedBy: (filer as { id: string }).id,
    assigneeId: null,
    status: 'draft',
    priority,
    channel,
    title,
    description,
    intake,
    statusBeforeAwaiting: null,
    awaitingCreatorSince: null,
    materialsRequest: null,
    escalationAuthorityId: null,
    escalationAcknowledged: false,
    rejectionReason: null,
    outcome: null,
    resolutionSummary: null,
    rating: null,
    ratingComment: null,
    closeReason: null,
    createdAt: filedAt,
    submittedAt: null,
    acceptedAt: null,
    firstResponseAt: null,
    resolvedAt: null,
    closedAt: null,
    updatedAt: filedAt,
    version: 1,
  };
  const b = new StoryBuilder(row, world.now, () => world.newId());
  const kind = policy.clockKind;
  const budget = (minutes: number) => minutes * 60_000;
  /** Staff work: `share` of a budget later, on the policy's clock (working time, or 24×7 for urgent). */
  const staffAfter = (t: number, minutes: number, share: number) => {
    const ms = Math.max(60_000, Math.round(budget(minutes) * share));
    return kind === 'continuous' ? t + ms : cal.addWorkingTime(new Date(t), ms).getTime();
  };
  const workDays = (t: number, days: number) => cal.addWorkingTime(new Date(t), Math.max(60_000, Math.round(days * cal.workingDayMs))).getTime();
  const creatorAfter = (t: number, medianHours: number, capDays = 29) => t + Math.min(capDays * DAY, rng.logNormal(medianHours, 0.9) * HOUR);
  const outcomes = definition.outcomes.map((o) => o.id);
  // Resolving needs a summary the creator can read; outcomes without a written one get the general line.
  const summaryOf = (outcome: string) => V.SUMMARIES[outcome] ?? V.SUMMARIES.other;
  const pickOutcome = () => (programme === 'shield' ? rng.weighted([['takedown_done', 45], ['mediated', 20], ['referred_to_police', 10], ['insufficient_evidence', 15], ['other', 10]] as const) : rng.pick(outcomes));

  /** Waiting for materials: supplied (returns the instant), or the case ends (throws CUT via `ended`). */
  const waitForMaterials = (t: number, who: Who): number => {
    const items = [rng.pick(V.MATERIAL_ITEMS), rng.pick(V.MATERIAL_ITEMS)].filter((x, i, all) => all.indexOf(x) === i);
    const from = row.status;
    const requested = b.act(t, who, 'request_materials', 'awaiting_creator', (at) => ({ statusBeforeAwaiting: from, awaitingCreatorSince: at, materialsRequest: { items, note: null } }), { missingItems: items });
    const answer = rng.weighted([['supply', 85], ['withdraw', 3], ['silence', 12]] as const);
    if (answer === 'supply') {
      return b.act(creatorAfter(requested, 30), creator, 'supply_materials', from, { statusBeforeAwaiting: null, awaitingCreatorSince: null, materialsRequest: null });
    }
    if (answer === 'withdraw') {
      b.act(creatorAfter(requested, 48), creator, 'withdraw', 'withdrawn', { statusBeforeAwaiting: null, awaitingCreatorSince: null }, { reason: rng.pick(V.WITHDRAW_REASONS) });
    } else {
      b.act(requested + 30 * DAY + rng.between(60_000, 15 * 60_000), 'system', 'close', 'closed', (at) => ({ closedAt: at, closeReason: 'unanswered', statusBeforeAwaiting: null, awaitingCreatorSince: null }));
    }
    throw CUT;
  };

  try {
    if (rng.chance(0.012)) {
      b.file(filedAt, filer, 'draft');
      throw CUT;
    }
    b.file(filedAt, filer, 'submitted');
    let t = filedAt;

    if (rng.chance(0.2)) {
      t = b.act(staffAfter(t, policy.acceptMinutes, rng.logNormal(0.08, 0.8)), supervisor, 'assign', 'submitted', { assigneeId: owner.id }, { assigneeId: owner.id, previousAssigneeId: null });
    }
    if (rng.chance(0.02)) {
      b.act(creatorAfter(t, 6), creator, 'withdraw', 'withdrawn', {}, { reason: rng.pick(V.WITHDRAW_REASONS) });
      throw CUT;
    }
    t = staffAfter(t, policy.acceptMinutes, rng.logNormal(0.3, 0.8));
    if (rng.chance(0.05)) t = staffAfter(waitForMaterials(t, agent(owner)), policy.acceptMinutes, rng.logNormal(0.2, 0.7));
    if (rng.chance(0.07)) {
      const reason = rng.pick(V.REJECTION_REASONS);
      b.act(t, agent(owner), 'reject', 'rejected', { rejectionReason: reason }, { reason });
      throw CUT;
    }
    const acceptedAt = b.act(t, agent(owner), 'accept', 'accepted', (at) => ({ assigneeId: owner.id, acceptedAt: at }));
    t = acceptedAt;
    if (rng.chance(0.88)) t = b.reply(staffAfter(t, policy.firstResponseMinutes, rng.logNormal(0.15, 0.9)), agent(owner), rng.pick(V.PUBLIC_REPLIES));
    t = b.act(staffAfter(t, policy.resolveMinutes, rng.logNormal(0.01, 0.8)), agent(owner), 'start', 'in_progress');

    if (rng.chance(0.03)) {
      const other = rng.pick(agents);
      if (other.id !== owner.id) {
        t = b.act(workDays(t, rng.between(0.1, 1)), supervisor, 'assign', 'in_progress', { assigneeId: other.id }, { assigneeId: other.id, previousAssigneeId: owner.id });
        owner = other;
      }
    }
    if (rng.chance(0.08)) t = waitForMaterials(staffAfter(t, policy.resolveMinutes, rng.logNormal(0.15, 0.6)), agent(owner));
    if (rng.chance(0.012)) {
      b.act(creatorAfter(t, 72), creator, 'withdraw', 'withdrawn', {}, { reason: rng.pick(V.WITHDRAW_REASONS) });
      throw CUT;
    }

    // When the desk would resolve, and when the resolve clock runs out (pauses included).
    let resolveAt = staffAfter(t, policy.resolveMinutes, rng.logNormal(0.4, 0.55));
    const clock = { ...startClock('resolve', kind, priority, budget(policy.resolveMinutes), acceptedAt), segments: segmentsBetween(acceptedAt, null, b.pauses) };
    const dueAt = clockTimes(cal, clock).dueAt;
    const district = zone.authorityId;
    const manual = rng.chance(ESCALATE[programme]);
    const automatic = !manual && programme === 'shield' && dueAt !== null && resolveAt > dueAt;
    if (manual || automatic) {
      const escalatedAt = manual ? staffAfter(t, policy.resolveMinutes, rng.between(0.1, 0.4)) : (dueAt as number);
      t = b.act(
        escalatedAt,
        manual ? agent(owner) : 'system',
        'escalate',
        'escalated',
        { escalationAuthorityId: district, escalationAcknowledged: false },
        { reason: manual ? rng.pick(V.ESCALATION_REASONS) : '办结时限已到，自动上报属地网信办', targetAuthorityId: district, previousAuthorityId: null },
      );
      let authority = district;
      let level: 'district' | 'city' = 'district';
      for (;;) {
        t = b.act(workDays(t, rng.logNormal(0.25, 0.8)), officer(authority), 'acknowledge', 'escalated', { escalationAcknowledged: true });
        const onward = world.parentAuthority.get(authority) ?? null;
        const goesUp = programme === 'starlight' || programme === 'legislation' ? 0.7 : 0.15;
        const decision =
          level === 'district' && onward
            ? rng.weighted([['escalate_on', goesUp], ['resolve', (1 - goesUp) * 0.65], ['return', (1 - goesUp) * 0.35]] as const)
            : rng.weighted([['resolve', 75], ['return', 25]] as const);
        t = workDays(t, rng.logNormal(level === 'district' ? 1.2 : 2.5, 0.7));
        if (decision === 'escalate_on' && onward) {
          t = b.act(t, officer(authority), 'escalate', 'escalated', { escalationAuthorityId: onward, escalationAcknowledged: false }, { reason: '报送市委网信办', targetAuthorityId: onward, previousAuthorityId: authority });
          authority = onward;
          level = 'city';
          continue;
        }
        if (decision === 'resolve') {
          const outcome = pickOutcome();
          t = b.act(t, officer(authority), 'resolve', 'resolved', (at) => ({ resolvedAt: at, outcome, resolutionSummary: summaryOf(outcome) }), { outcome, summary: summaryOf(outcome) });
          resolveAt = Number.NaN;
        } else {
          t = b.act(t, officer(authority), 'return', 'in_progress', { escalationAuthorityId: null, escalationAcknowledged: false }, { instructions: rng.pick(V.RETURN_INSTRUCTIONS), previousAuthorityId: authority });
          resolveAt = workDays(t, rng.logNormal(1.5, 0.6));
        }
        break;
      }
    }
    if (!Number.isNaN(resolveAt)) {
      const outcome = pickOutcome();
      t = b.act(resolveAt, agent(owner), 'resolve', 'resolved', (at) => ({ resolvedAt: at, outcome, resolutionSummary: summaryOf(outcome) }), { outcome, summary: summaryOf(outcome) });
    }

    if (rng.chance(0.02)) {
      t = b.act(row.resolvedAt! + rng.between(0.3, 5) * DAY, creator, 'reopen', 'in_progress', { resolvedAt: null, outcome: null, resolutionSummary: null, escalationAuthorityId: null, escalationAcknowledged: false }, { reason: rng.pick(V.REOPEN_REASONS) });
      const outcome = pickOutcome();
      const again = workDays(t, rng.logNormal(1.5, 0.5));
      t = b.act(again, agent(owner), 'resolve', 'resolved', (at) => ({ resolvedAt: at, outcome, resolutionSummary: summaryOf(outcome) }), { outcome, summary: summaryOf(outcome) });
    }

    const resolvedAt = row.resolvedAt as number;
    const after = rng.weighted([['rate', 68], ['supervisor', 2], ['auto', 30]] as const);
    if (after === 'rate') {
      const late = dueAt !== null && resolvedAt > dueAt;
      const level = rng.weighted(late ? RATING_WHEN_LATE : RATING);
      const comment = rng.chance(0.5) ? rng.pick(V.RATING_COMMENTS[level]) : null;
      const at = resolvedAt + Math.min(6.9 * DAY, rng.logNormal(16, 1.1) * HOUR);
      const rated = b.act(at, creator, 'rate', 'closed', (t2) => ({ closedAt: t2, closeReason: 'rated', rating: level, ratingComment: comment }), comment === null ? { level } : { level, comment });
      if (isBadRating(level)) {
        b.review = { id: world.newId(), level, comment, status: 'open', followUp: null, followedUpBy: null, createdAt: rated, doneAt: null };
        if (rng.chance(0.85)) b.followUpReview(rated + rng.logNormal(30, 0.8) * HOUR, supervisor, rng.pick(V.FOLLOW_UPS));
      }
    } else if (after === 'supervisor') {
      const at = resolvedAt + rng.between(1, 6) * DAY;
      b.act(at, supervisor, 'close', 'closed', (t2) => ({ closedAt: t2, closeReason: 'supervisor' }));
    } else {
      const at = resolvedAt + 7 * DAY + rng.between(60_000, 15 * 60_000);
      b.act(at, 'system', 'close', 'closed', (t2) => ({ closedAt: t2, closeReason: 'auto_unrated' }));
    }
  } catch (error) {
    if (error !== CUT) throw error;
  }
  return { row, events: b.events, escalations: b.escalations, review: b.review, pauses: b.pauses };
}

/** The SLA clocks of a story at `now`, as the SLA module would rebuild them from the case's history (past warnings and breaches recorded). */
export function slaClocksOf(world: BulkWorld, story: CaseStory): StoredSlaClock[] {
  const row = story.row;
  if (row.status === 'draft' || row.submittedAt === null) return [];
  const policy = world.policy(row.programme, row.priority);
  const d = (ms: number | null) => (ms === null ? null : new Date(ms));
  const facts: CaseClockFacts = {
    status: row.status,
    statusBeforeAwaiting: row.statusBeforeAwaiting,
    priority: row.priority,
    submittedAt: d(row.submittedAt),
    acceptedAt: d(row.acceptedAt),
    firstResponseAt: d(row.firstResponseAt),
    resolvedAt: d(row.resolvedAt),
    awaitingCreatorSince: d(row.awaitingCreatorSince),
    closedAt: d(row.closedAt ?? (isFinalStatus(row.status) ? row.updatedAt : null)),
  };
  const out: StoredSlaClock[] = [];
  for (const clock of SLA_CLOCKS as readonly SlaClockName[]) {
    const budget = { kind: policy.clockKind, priority: row.priority, budgetMs: policyBudgetMs(policy, clock) };
    const built = buildClock(clock, desiredClock(clock, facts, world.now), budget, story.pauses);
    if (!built) continue;
    const { state, times } = settle(world.cal, built);
    if (state.stoppedAt !== null) {
      out.push({ state, times });
      continue;
    }
    out.push({
      times,
      state: {
        ...state,
        warnedAt: state.warnedAt ?? (times.warnAt !== null && times.warnAt <= world.now ? times.warnAt : null),
        breachedAt: state.breachedAt ?? (times.dueAt !== null && times.dueAt <= world.now ? times.dueAt : null),
      },
    });
  }
  return out;
}

function isDeskHours(at: number): boolean {
  const minutes = shanghaiMinuteOfDay(at);
  return minutes >= 9 * 60 && minutes < 17 * 60 + 30;
}

function nickname(rng: Rng): string {
  return `${rng.pick(V.NICK_HEADS)}${rng.pick(V.NICK_TAILS)}`;
}

/** Title, description and intake for the programme and category (valid against the intake schemas). */
function content(rng: Rng, programme: ProgrammeId, category: string): { title: string; description: string; intake: Record<string, unknown> } {
  switch (programme) {
    case 'shield': {
      const platform = rng.weighted(PLATFORM_WEIGHTS);
      const label = SHIELD_PLATFORMS.find((p) => p.id === platform)?.label ?? platform;
      const ongoing = rng.chance(0.45);
      const minorInvolved = rng.chance(0.05);
      const title = rng.pick(V.SHIELD_TITLES[category] ?? V.SHIELD_TITLES.other);
      const intake: Record<string, unknown> = {
        platform,
        offendingAccounts: [nickname(rng), ...(rng.chance(0.4) ? [nickname(rng)] : [])].filter((x, i, all) => all.indexOf(x) === i),
        urls: [`https://example.com/${platform}/${Math.floor(rng.next() * 1e9).toString(36)}`],
        startedOn: '2026-01-01',
        ongoing,
        minorInvolved,
      };
      if (platform === 'other') intake.platformOther = '某短视频平台';
      return { title, description: `本人在${label}发布作品后，${title}，${ongoing ? '目前仍在持续，' : ''}严重影响正常创作，请求协助处置。`, intake };
    }
    case 'starlight': {
      const work = rng.pick(V.STARLIGHT_WORKS);
      const title = rng.pick(V.STARLIGHT_TITLES).replace('%s', work);
      const form = rng.pick(STARLIGHT_FORMS).id;
      return {
        title,
        description: `《${work}》记录上海城市生活中的普通人故事，全网累计播放 ${10 + rng.int(300)} 万次，申请推荐参评。`,
        intake: { nominationType: rng.chance(0.8) ? 'work' : 'creator', workTitle: work, form, links: [`https://example.com/works/${Math.floor(rng.next() * 1e9).toString(36)}`], reach: '全网播放逾百万次' },
      };
    }
    case 'compliance': {
      const title = rng.pick(V.COMPLIANCE_TITLES[category] ?? V.COMPLIANCE_TITLES.compliance_guidance);
      const model = rng.pick(V.MODELS);
      return { title, description: `工作室使用${model}进行内容创作，${title}，希望得到具体指导。`, intake: { productOrModel: model, question: `${title}？` } };
    }
    case 'legislation': {
      const law = rng.pick(V.LEGISLATION_LAWS);
      const title = rng.pick(V.LEGISLATION_TITLES).replace('%s', `《${law}》`);
      return {
        title,
        description: `结合创作实践，对《${law}》提出修改建议，便于平台和创作者执行。`,
        intake: { lawName: law, article: `第${1 + rng.int(30)}条`, suggestedWording: '建议增加列举式规定……', reason: '实践中认定尺度不一' },
      };
    }
  }
}

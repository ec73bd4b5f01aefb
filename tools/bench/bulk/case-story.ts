import { shanghaiMinuteOfDay, UnknownCalendarYearError } from '@app/calendar';
import { defaultPriority, getProgramme, ProgrammeId } from '@app/programmes';
import { isBadRating } from '@app/contracts';
import { clockTimes, Segment, segmentsBetween, startClock } from '@app/sla';
import { Rng } from './rng';
import * as V from './vocabulary';
import type { StaffRef, BulkWorld, Who, StoryEvent, CaseRow, EscalationRecord, RectificationRecord, CaseStory } from './case-story-types';
import { content } from './story-content';

export * from './case-story-types';
export { slaClocksOf } from './story-sla-clocks';

/**
 * One generated case, lived through from filing to `now` the way the case service would have
 * recorded it: the row as it stands, every timeline event with its audit entry, the escalation
 * records, the 差评's rectification, and the periods spent waiting for the creator (for the SLA clocks).
 * Pure: the same world, seed and instants give the same story.
 */

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
const CHANNEL_WEIGHTS: readonly (readonly [string, number])[] = [['online', 78], ['walk_in', 10], ['phone', 6], ['onsite', 3], ['salon', 3]];
/** Share of cases the desk escalates, per programme. */
const ESCALATE: Record<ProgrammeId, number> = { shield: 0.22, starlight: 0.15, compliance: 0.06, legislation: 0.18 };
const RATING: readonly (readonly [number, number])[] = [[5, 52], [4, 27], [3, 12], [2, 6], [1, 3]];
const RATING_WHEN_LATE: readonly (readonly [number, number])[] = [[5, 28], [4, 28], [3, 22], [2, 14], [1, 8]];

class StoryBuilder {
  readonly events: StoryEvent[] = [];
  readonly escalations: EscalationRecord[] = [];
  readonly pauses: Segment[] = [];
  rectification: RectificationRecord | null = null;
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

  /** A 差评 opens its rectification with its two deadlines, as libs/quality's listener does on the rating. */
  openRectification(ratedAt: number, who: Who, level: number, comment: string | null, contactDueAt: number, rectifyDueAt: number): void {
    const t = this.tick(ratedAt);
    this.rectification = {
      id: this.newId(), level, comment, status: 'contacting', ratedAt, contactDueAt, contactOverdueAt: null, contactedAt: null, contactMethod: null,
      contactOutcome: null, contactedBy: null, rectifyDueAt, rectifyOverdueAt: null, rectifiedAt: null, measures: null, rectifiedBy: null,
    };
    this.rectificationEvent(t, who, 'rectification.open', null, { caseId: this.row.id, level, status: 'contacting', contactDueAt: new Date(contactDueAt), rectifyDueAt: new Date(rectifyDueAt) });
  }

  /** 回访: the creator is contacted. Returns its instant. */
  contact(at: number, who: Who, method: 'phone' | 'in_person', outcome: string): number {
    this.markOverdue(at);
    const r = this.opened;
    const t = this.tick(at);
    Object.assign(r, { status: 'rectifying', contactedAt: t, contactMethod: method, contactOutcome: outcome, contactedBy: staffId(who) });
    this.rectificationEvent(t, who, 'rectification.contact', { status: 'contacting' }, { status: 'rectifying', method, contactedAt: new Date(t), late: t > r.contactDueAt });
    return t;
  }

  /** 整改: what was done. */
  rectify(at: number, who: Who, measures: string): void {
    this.markOverdue(at);
    const r = this.opened;
    const t = this.tick(at);
    Object.assign(r, { status: 'rectified', rectifiedAt: t, measures, rectifiedBy: staffId(who) });
    this.rectificationEvent(t, who, 'rectification.rectify', { status: 'rectifying' }, { status: 'rectified', rectifiedAt: new Date(t), late: t > r.rectifyDueAt });
  }

  /**
   * Before a step at `until`: each step not done whose deadline passed (by then, and by now) is
   * marked overdue at its deadline, by the system, as the quality timers mark it.
   */
  markOverdue(until: number): void {
    const r = this.opened;
    const steps = [
      { step: 'contact', dueAt: r.contactDueAt, open: r.contactedAt === null && r.contactOverdueAt === null, mark: (t: number) => (r.contactOverdueAt = t) },
      { step: 'rectify', dueAt: r.rectifyDueAt, open: r.rectifiedAt === null && r.rectifyOverdueAt === null, mark: (t: number) => (r.rectifyOverdueAt = t) },
    ];
    for (const s of steps) {
      if (!s.open || s.dueAt > Math.min(until, this.now)) continue;
      const t = this.tick(s.dueAt);
      s.mark(t);
      this.rectificationEvent(t, 'system', 'rectification.overdue', null, { step: s.step, dueAt: new Date(s.dueAt), markedAt: new Date(t) });
    }
  }

  private get opened(): RectificationRecord {
    if (!this.rectification) throw new Error(`${this.row.reference}: no rectification`);
    return this.rectification;
  }

  private rectificationEvent(at: number, who: Who, action: string, before: unknown, after: unknown): void {
    this.events.push({ at, actor: who, caseEvent: null, audit: { action, entityType: 'rectification', entityId: this.opened.id, before, after } });
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
  /** Working days as libs/quality counts a rectification's deadlines: calendar days (×7/5) into a year the calendar does not know. */
  const workingDaysLater = (t: number, days: number) => {
    try {
      return cal.addWorkingDays(new Date(t), days).getTime();
    } catch (error) {
      if (!(error instanceof UnknownCalendarYearError)) throw error;
      return t + Math.ceil((days * 7) / 5) * DAY;
    }
  };
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
        const days = world.rectificationDays;
        b.openRectification(rated, creator, level, comment, workingDaysLater(rated, days.contact), workingDaysLater(rated, days.rectify));
        const desk = () => (rng.chance(0.6) ? supervisor : agent(owner));
        if (rng.chance(0.95)) {
          const contacted = b.contact(workingDaysLater(rated, rng.logNormal(0.4, 1)), desk(), rng.chance(0.85) ? 'phone' : 'in_person', rng.pick(V.CONTACT_OUTCOMES));
          if (rng.chance(0.9)) b.rectify(workingDaysLater(contacted, rng.logNormal(5, 0.8)), desk(), rng.pick(V.RECTIFY_MEASURES));
        }
        b.markOverdue(world.now);
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
  return { row, events: b.events, escalations: b.escalations, rectification: b.rectification, pauses: b.pauses };
}


const staffId = (who: Who) => (who === 'system' ? null : who.id);

function isDeskHours(at: number): boolean {
  const minutes = shanghaiMinuteOfDay(at);
  return minutes >= 9 * 60 && minutes < 17 * 60 + 30;
}

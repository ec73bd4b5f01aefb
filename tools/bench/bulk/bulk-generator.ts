import { Client } from 'pg';
import { auditKey, redactFreeText, storableJson } from '@app/audit';
import { inShanghai, shanghaiDateTime, shanghaiDay, WorkingCalendar } from '@app/calendar';
import { bulkAuditHash } from './audit-chain';
import { CaseStory, simulateCase, slaClocksOf, StoryEvent } from './case-story';
import { CopyPipeline, CopyWriter } from './pg-copy';
import { Rng } from './rng';
import { type Pending, EventHeap } from './event-heap';
import { holidayYears, buildWorld } from './bulk-world';

/** Password of the `bulk.*` staff accounts the generator creates (supervisors for the benchmark and the demo). */
export const BULK_PASSWORD = 'Bulk@2026';
export const BULK_USER_AGENT = 'seed:bulk';

export interface BulkOptions {
  /** A superuser's URL of the database (the load skips triggers with session_replication_role). */
  databaseUrl: string;
  /** AUDIT_HMAC_KEY of the deployment: the generated audit events are linked into its keyed chain. */
  auditKey: string;
  cases: number;
  /** First filing day (Shanghai); defaults to 1 January of the first year the holiday calendar knows. */
  from?: string;
  now?: Date;
  seed?: number;
  /** Zones to file into (default: every active zone). */
  zones?: string[];
  /** `bulk.*` agents created per zone, on top of the zone's existing active agents. */
  agentsPerZone?: number;
  /** Creators per case (each creator files about 1 / this many cases). */
  creatorsPerCase?: number;
  /** VACUUM ANALYZE afterwards (default true; ANALYZE only otherwise). */
  vacuum?: boolean;
  /**
   * Drop the secondary indexes of the loaded tables and build them again after the load (much
   * faster for large loads; locks those tables for the run). Default: from 50,000 cases.
   */
  rebuildIndexes?: boolean;
  log?: (line: string) => void;
}

export interface BulkResult {
  cases: number;
  events: number;
  auditEvents: number;
  escalations: number;
  /** 差评整改 rows (libs/quality), with their steps and overdue marks. */
  rectifications: number;
  slaClocks: number;
  creators: number;
  staff: number;
  /** Wall-clock seconds: generating and loading, rebuilding the rollups, VACUUM ANALYZE. */
  seconds: { load: number; indexes: number; rebuild: number; vacuum: number; total: number };
}


const DAY = 86_400_000;

/**
 * Writes realistic cases straight into PostgreSQL: each case is lived through in memory (see
 * case-story.ts) and its rows streamed with COPY, events in global time order so that the
 * timeline ids and the audit chain follow the clock. One transaction: all or nothing. Foreign
 * keys and triggers are skipped during the load (session_replication_role = replica, so this
 * needs a superuser or the owner) and the dashboard rollups rebuilt at the end.
 */
export async function generateBulk(options: BulkOptions): Promise<BulkResult> {
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const now = (options.now ?? new Date()).getTime();
  const rng = new Rng(options.seed ?? 20261126);
  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  const counts = { cases: 0, events: 0, auditEvents: 0, escalations: 0, rectifications: 0, slaClocks: 0, creators: 0, staff: 0 };
  let loadSeconds = 0;
  let indexSeconds = 0;
  let rebuildSeconds = 0;
  const pipeline = new CopyPipeline(client);
  try {
    await client.query(`SET timezone = 'UTC'`);
    await client.query('BEGIN');
    await client.query(`SET LOCAL session_replication_role = replica`);
    await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    await client.query(`SET LOCAL work_mem = '256MB'`);
    // The chain goes on from the head: events get their ids here (nobody else inserts meanwhile)
    // and are linked as they are written, with the deployment's key.
    const chainKey = auditKey(options.auditKey);
    await client.query(`LOCK TABLE audit_events IN SHARE ROW EXCLUSIVE MODE`);
    const [head] = (await client.query(`SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE`)).rows;
    let prevHash: string = head.last_hash;
    let linkSeq = Number(head.last_seq);
    let eventId = Number((await client.query(`SELECT nextval(pg_get_serial_sequence('audit_events', 'id')) AS id`)).rows[0].id) - 1;
    const recreate = options.rebuildIndexes ?? options.cases >= 50_000 ? await dropSecondaryIndexes(client, log) : [];

    const cal = new WorkingCalendar(await holidayYears(client));
    const fromDay = options.from ?? `${cal.years[0]}-01-01`;
    const fromMs = shanghaiDay(fromDay).toMillis();
    if (!(fromMs < now)) throw new Error(`--from ${fromDay} must be before now`);

    const audit = new CopyWriter(pipeline, 'audit_events', [
      'id', 'occurred_at', 'actor_id', 'actor_role', 'actor_zone', 'action', 'entity_type', 'entity_id', 'before', 'after', 'ip', 'user_agent', 'request_id',
    ]);
    const links = new CopyWriter(pipeline, 'audit_links', ['seq', 'event_id', 'prev_hash', 'hash']);
    const recordAudit = async (at: number, actor: StoryEvent['actor'], action: string, entityType: string, entityId: string | null, before: unknown, after: unknown) => {
      // As AuditService stores them: free text as its length and digest, strings storable.
      const fields = {
        occurredAt: new Date(at),
        actorId: actor === 'system' ? 'system' : actor.id,
        actorRole: actor === 'system' ? 'system' : actor.role,
        actorZone: actor === 'system' ? null : actor.zone,
        action,
        entityType,
        entityId,
        before: storableJson(redactFreeText(before ?? null)),
        after: storableJson(redactFreeText(after ?? null)),
        ip: null,
        userAgent: BULK_USER_AGENT,
        requestId: null,
        seq: ++linkSeq,
        prevHash,
      };
      const hash = bulkAuditHash(fields, chainKey);
      eventId += 1;
      const full = audit.add([eventId, fields.occurredAt, fields.actorId, fields.actorRole, fields.actorZone, action, entityType, entityId, fields.before, fields.after, null, BULK_USER_AGENT, null]);
      const linksFull = links.add([fields.seq, eventId, prevHash, hash]);
      prevHash = hash;
      counts.auditEvents += 1;
      if (full) await audit.flush();
      if (linksFull) await links.flush();
    };

    // ---------------------------------------------------------------- people
    const world = await buildWorld(client, rng, cal, now, fromMs, options, recordAudit, counts, log);

    // ---------------------------------------------------------------- cases
    const cases = new CopyWriter(pipeline, 'cases', [
      'id', 'reference', 'programme', 'category', 'zone_id', 'creator_id', 'filed_by', 'assignee_id', 'status', 'priority', 'channel', 'title', 'description', 'intake',
      'status_before_awaiting', 'awaiting_creator_since', 'materials_request', 'escalation_authority_id', 'escalation_acknowledged', 'rejection_reason', 'outcome',
      'resolution_summary', 'rating', 'rating_comment', 'close_reason', 'created_at', 'submitted_at', 'accepted_at', 'first_response_at', 'resolved_at', 'closed_at',
      'updated_at', 'version',
    ]);
    const timeline = new CopyWriter(pipeline, 'case_events', ['case_id', 'kind', 'visibility', 'actor_id', 'actor_role', 'at', 'data']);
    const escalations = new CopyWriter(pipeline, 'escalations', [
      'id', 'case_id', 'authority_id', 'reason', 'automatic', 'escalated_by', 'escalated_at', 'acknowledged_at', 'acknowledged_by', 'ended_at', 'outcome',
    ]);
    const rectifications = new CopyWriter(pipeline, 'rectifications', [
      'id', 'case_id', 'zone_id', 'status', 'first_level', 'first_comment', 'rated_at', 'contact_due_at', 'contact_overdue_at', 'contacted_at', 'contact_method',
      'contact_outcome', 'contacted_by', 'rectify_due_at', 'rectify_overdue_at', 'rectified_at', 'measures', 'rectified_by', 'created_at',
    ]);
    const clocks = new CopyWriter(pipeline, 'sla_clocks', [
      'case_id', 'clock', 'kind', 'priority', 'budget_ms', 'segments', 'warn_at', 'due_at', 'warned_at', 'breached_at', 'escalated_to', 'stopped_at', 'stop_reason', 'generation', 'created_at', 'updated_at',
    ]);
    const d = (ms: number | null) => (ms === null ? null : new Date(ms));

    const heap = new EventHeap();
    let seq = 0;
    const emit = async (p: Pending) => {
      const e = p.event;
      if (e.caseEvent) {
        if (timeline.add([p.caseId, e.caseEvent.kind, e.caseEvent.visibility, e.actor === 'system' ? null : e.actor.id, e.actor === 'system' ? 'system' : e.actor.role, new Date(e.at), e.caseEvent.data])) {
          await timeline.flush();
        }
        counts.events += 1;
      }
      await recordAudit(e.at, e.actor, e.audit.action, e.audit.entityType, e.audit.entityId, e.audit.before, e.audit.after);
    };
    const writeStory = async (story: CaseStory) => {
      const c = story.row;
      cases.add([
        c.id, c.reference, c.programme, c.category, c.zoneId, c.creatorId, c.filedBy, c.assigneeId, c.status, c.priority, c.channel, c.title, c.description, c.intake,
        c.statusBeforeAwaiting, d(c.awaitingCreatorSince), c.materialsRequest, c.escalationAuthorityId, c.escalationAcknowledged, c.rejectionReason, c.outcome,
        c.resolutionSummary, c.rating, c.ratingComment, c.closeReason, d(c.createdAt), d(c.submittedAt), d(c.acceptedAt), d(c.firstResponseAt), d(c.resolvedAt),
        d(c.closedAt), d(c.updatedAt), c.version,
      ]);
      counts.cases += 1;
      for (const e of story.escalations) {
        escalations.add([e.id, c.id, e.authorityId, e.reason, e.automatic, e.escalatedBy, d(e.escalatedAt), d(e.acknowledgedAt), e.acknowledgedBy, d(e.endedAt), e.outcome]);
        counts.escalations += 1;
      }
      if (story.rectification) {
        const r = story.rectification;
        rectifications.add([
          r.id, c.id, c.zoneId, r.status, r.level, r.comment, d(r.ratedAt), d(r.contactDueAt), d(r.contactOverdueAt), d(r.contactedAt), r.contactMethod,
          r.contactOutcome, r.contactedBy, d(r.rectifyDueAt), d(r.rectifyOverdueAt), d(r.rectifiedAt), r.measures, r.rectifiedBy, d(r.ratedAt),
        ]);
        counts.rectifications += 1;
      }
      for (const { state, times } of slaClocksOf(world, story)) {
        clocks.add([
          c.id, state.clock, state.kind, state.priority, state.budgetMs, state.segments, d(times.warnAt), d(times.dueAt), d(state.warnedAt), d(state.breachedAt), null,
          d(state.stoppedAt), state.stopReason, state.generation, d(c.createdAt), d(c.updatedAt),
        ]);
        counts.slaClocks += 1;
      }
      for (const event of story.events) heap.push({ at: event.at, seq: seq++, caseId: c.id, event });
      for (const w of [cases, escalations, rectifications, clocks]) if (w.full) await w.flush();
    };

    const times = filingTimes(rng, cal, fromMs, now, options.cases);
    log(`simulating ${options.cases} cases filed ${fromDay} … ${shanghaiDateTime(now)}`);
    for (let i = 0; i < times.length; i++) {
      const filedAt = times[i];
      while (heap.size && heap.peek().at < filedAt) await emit(heap.pop());
      await writeStory(simulateCase(world, rng, filedAt));
      if ((i + 1) % 100_000 === 0) log(`  ${i + 1} cases, ${counts.events} timeline events (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    while (heap.size) await emit(heap.pop());
    for (const w of [cases, timeline, escalations, rectifications, clocks, audit, links]) await w.flush();
    await pipeline.drain();

    for (const [key, value] of world.counters) {
      const [zoneCode, programmeCode, year] = key.split('|');
      await client.query(
        `INSERT INTO case_reference_counters (zone_code, programme_code, year, last_value) VALUES ($1, $2, $3, $4)
         ON CONFLICT (zone_code, programme_code, year) DO UPDATE SET last_value = GREATEST(case_reference_counters.last_value, EXCLUDED.last_value)`,
        [zoneCode, programmeCode, Number(year), value],
      );
    }
    // Case numbers given from here on continue after the generated ones.
    await client.query(`SELECT case_reference_catch_up()`);
    if (counts.auditEvents) {
      await client.query(`SELECT setval(pg_get_serial_sequence('audit_events', 'id'), $1)`, [eventId]);
      await client.query(`UPDATE audit_chain_head SET last_seq = $1, last_id = $2, last_hash = $3, linked_at = now() WHERE id = 1`, [linkSeq, eventId, prevHash]);
    }
    loadSeconds = (Date.now() - started) / 1000;
    log(`loaded in ${loadSeconds.toFixed(1)} s`);
    if (recreate.length) {
      const indexStarted = Date.now();
      for (const statement of recreate) await client.query(statement);
      indexSeconds = (Date.now() - indexStarted) / 1000;
      log(`${recreate.length} indexes built again in ${indexSeconds.toFixed(1)} s`);
    }
    log('rebuilding the dashboard rollups');

    await client.query(`SET LOCAL session_replication_role = origin`);
    const rebuildStarted = Date.now();
    await client.query(`SELECT dashboard_rebuild()`);
    await client.query(`SELECT dispatch_rates_rebuild()`);
    rebuildSeconds = (Date.now() - rebuildStarted) / 1000;
    await client.query('COMMIT');
  } catch (error) {
    await pipeline.drain().catch(() => undefined);
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
    throw error;
  }

  let vacuumSeconds = 0;
  try {
    if (options.vacuum !== false) {
      log('VACUUM ANALYZE');
      const vacuumStarted = Date.now();
      await client.query(
        `VACUUM (ANALYZE) ${ANALYZED.join(', ')}`,
      );
      vacuumSeconds = (Date.now() - vacuumStarted) / 1000;
    } else {
      await client.query(`ANALYZE ${ANALYZED.join(', ')}`);
    }
  } finally {
    await client.end();
  }
  return { ...counts, seconds: { load: loadSeconds, indexes: indexSeconds, rebuild: rebuildSeconds, vacuum: vacuumSeconds, total: (Date.now() - started) / 1000 } };
}

/** What the load and the rebuilds wrote: every rollup the dashboard reads included, or its first queries plan on no statistics. */
const ANALYZED = [
  'cases', 'case_events', 'audit_events', 'sla_clocks', 'escalations', 'rectifications', 'users',
  'dashboard_daily', 'dashboard_resolutions', 'dashboard_sla_daily', 'dashboard_handling_daily', 'dashboard_agent_daily', 'dashboard_escalations', 'dashboard_rates_daily',
];

const LOADED_TABLES = ['cases', 'case_events', 'audit_events', 'sla_clocks', 'escalations'];

/**
 * Drops the secondary indexes (and unique constraints) of the tables about to be loaded and
 * returns the statements that build them again, exactly as they were. Primary keys stay. Inside
 * the load's transaction: if anything fails, the rollback restores them.
 */
async function dropSecondaryIndexes(client: Client, log: (line: string) => void): Promise<string[]> {
  const rows: { index: string; table: string; def: string; conname: string | null; condef: string | null }[] = (
    await client.query(
      `SELECT i.indexrelid::regclass::text AS index, t.relname AS table, pg_get_indexdef(i.indexrelid) AS def,
         c.conname, pg_get_constraintdef(c.oid) AS condef
       FROM pg_index i
         JOIN pg_class t ON t.oid = i.indrelid
         LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('u', 'x')
       WHERE t.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace AND NOT i.indisprimary
       ORDER BY t.relname, i.indexrelid`,
      [LOADED_TABLES],
    )
  ).rows;
  const recreate: string[] = [];
  for (const r of rows) {
    if (r.conname) {
      await client.query(`ALTER TABLE ${r.table} DROP CONSTRAINT ${r.conname}`);
      recreate.push(`ALTER TABLE ${r.table} ADD CONSTRAINT ${r.conname} ${r.condef}`);
    } else {
      await client.query(`DROP INDEX ${r.index}`);
      recreate.push(r.def);
    }
  }
  log(`dropped ${rows.length} secondary indexes of ${LOADED_TABLES.join(', ')} for the load`);
  return recreate;
}


/**
 * When the cases are filed, in order: more on working days than at weekends, growing over the
 * period (the service gets known), online at any hour, walk-ins during desk hours.
 */
export function filingTimes(rng: Rng, cal: WorkingCalendar, fromMs: number, nowMs: number, n: number): Float64Array {
  const days: { start: number; weight: number }[] = [];
  for (let day = inShanghai(fromMs).startOf('day'); day.toMillis() < nowMs; day = day.plus({ days: 1 })) {
    const start = day.toMillis();
    const share = Math.min(1, (nowMs - start) / DAY);
    days.push({ start, weight: (cal.isWorkingDay(new Date(start + 12 * 3_600_000)) ? 1 : 0.35) * share });
  }
  days.forEach((d, i) => (d.weight *= 0.6 + (0.8 * i) / Math.max(1, days.length - 1)));
  const total = days.reduce((s, d) => s + d.weight, 0);
  const out = new Float64Array(n);
  let k = 0;
  let cumulative = 0;
  for (const day of days) {
    const before = Math.round((cumulative / total) * n);
    cumulative += day.weight;
    const count = Math.round((cumulative / total) * n) - before;
    const end = Math.min(day.start + DAY, nowMs);
    const list: number[] = [];
    for (let j = 0; j < count; j++) {
      const desk = rng.chance(0.65);
      const hi = Math.min(end, desk ? day.start + 17.5 * 3_600_000 : day.start + DAY);
      const lo = Math.min(desk ? day.start + 9 * 3_600_000 : day.start + 7 * 3_600_000, hi - 60_000);
      list.push(Math.max(day.start, Math.floor(lo + (hi - lo) * rng.next())));
    }
    list.sort((a, b) => a - b);
    for (const t of list) out[k++] = t;
  }
  return out.subarray(0, k);
}

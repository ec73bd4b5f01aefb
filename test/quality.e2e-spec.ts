import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bull';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { bullRootOptions, JobsRelayModule, QUALITY_TIMERS_QUEUE } from '@app/jobs';
import { PiiModule } from '@app/pii';
import { QualityModule, QualityTimers, RectificationOverdueJob } from '@app/quality';
import { HolidayCalendar } from '@app/sla';
import { rectificationOf, ratedCase } from './support/quality-fixtures';
import { acrossRebuild } from './support/rollup-rebuild';
import { bearer, TestApp, TestUser } from './support/test-app';
import { until } from './support/until';

/**
 * The worker's side of 差评整改 in this process: the real outbox relay, Bull on the run's Redis and
 * the timer job; the minute sweep is run by the test itself (its repeat could come at any moment).
 */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    PiiModule,
    BullModule.forRootAsync({ inject: [AppConfig], useFactory: bullRootOptions }),
    JobsRelayModule,
    QualityModule,
    BullModule.registerQueue({ name: QUALITY_TIMERS_QUEUE }),
  ],
  providers: [RectificationOverdueJob],
})
class QualityWorkerTestModule {}

jest.setTimeout(120_000);

describe('好差评整改: rectification, timers, re-rating, appeals (e2e)', () => {
  let t: TestApp;
  let creator: TestUser, agent: TestUser, hpSupervisor: TestUser, citySupervisor: TestUser, ypAgent: TestUser, ypSupervisor: TestUser, otherCreator: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    [creator, otherCreator, agent, hpSupervisor, citySupervisor, ypAgent, ypSupervisor] = await Promise.all([
      t.user('creator'),
      t.user('creator'),
      t.user('agent', { zoneId: 'huangpu' }),
      t.user('supervisor', { zoneId: 'huangpu' }),
      t.user('supervisor', { zoneId: null }),
      t.user('agent', { zoneId: 'yangpu' }),
      t.user('supervisor', { zoneId: 'yangpu' }),
    ]);
  });
  // The worker context shares the process's transaction plumbing: closed only when everything is done.
  let worker: INestApplicationContext | undefined;
  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  const get = (u: TestUser | null, path: string) => (u ? t.http.get(`/api/v1${path}`).set(bearer(u)) : t.http.get(`/api/v1${path}`));
  const post = (u: TestUser, path: string, body: object) => t.http.post(`/api/v1${path}`).set(bearer(u)).send(body);
  const row = async (id: string) => (await t.db.query(`SELECT * FROM rectifications WHERE id = $1`, [id]))[0];
  const audits = async (entityId: string) => (await t.db.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [entityId])).map((r: { action: string }) => r.action);

  it('opens a rectification for a 差评 (1, 2) with deadlines on the working-day calendar, and none for 3–5', async () => {
    const bad = await ratedCase(t, creator, agent, 1, '答复敷衍');
    const r = await rectificationOf(t, agent, bad.id);
    expect(r).toMatchObject({ status: 'contacting', firstLevel: 1, firstComment: '答复敷衍', secondLevel: null, overdue: false });
    const cal = await t.app.get(HolidayCalendar).calendar();
    const ratedAt = new Date(r.ratedAt);
    expect(new Date(r.contactDueAt).toISOString()).toBe(cal.addWorkingDays(ratedAt, 1).toISOString());
    expect(new Date(r.rectifyDueAt).toISOString()).toBe(cal.addWorkingDays(ratedAt, 15).toISOString());
    expect(cal.workingTimeBetween(ratedAt, new Date(r.rectifyDueAt))).toBe(15 * cal.workingDayMs);
    // Both timers went to the job outbox with the rating's transaction, and the opening is audited.
    const jobs = await t.db.query(`SELECT job_id, run_at FROM job_outbox WHERE job_id LIKE $1 ORDER BY job_id`, [`rectification-overdue:${r.id}:%`]);
    expect(jobs.map((j: { job_id: string }) => j.job_id)).toEqual([`rectification-overdue:${r.id}:contact`, `rectification-overdue:${r.id}:rectify`]);
    expect(await audits(r.id)).toEqual(['rectification.open']);

    for (const level of [3, 4, 5]) expect(await rectificationOf(t, agent, (await ratedCase(t, creator, agent, level)).id)).toBeNull();
    expect(await rectificationOf(t, agent, (await ratedCase(t, creator, agent, 2)).id)).toMatchObject({ firstLevel: 2, status: 'contacting' });
  });

  it('is the one loop of a 差评: the old review routes are gone and the rating leaves exactly one follow-up record', async () => {
    for (const res of [
      await get(hpSupervisor, '/reviews?status=open'),
      await get(citySupervisor, '/reviews'),
      await post(hpSupervisor, '/reviews/00000000-0000-4000-8000-000000000000/follow-up', { note: '已回访' }),
    ]) {
      expect(res.status).toBe(404);
    }
    const bad = await ratedCase(t, creator, agent, 2, '答复太慢');
    expect(await t.db.query(`SELECT status, first_level FROM rectifications WHERE case_id = $1`, [bad.id])).toEqual([{ status: 'contacting', first_level: 2 }]);
    expect((await t.db.query(`SELECT to_regclass('rating_reviews') AS t`))[0].t).toBeNull();
  });

  it('takes the deadlines from the settings, which only a city-wide supervisor may change', async () => {
    expect((await t.http.put('/api/v1/quality/settings').set(bearer(hpSupervisor)).send({ contactWorkingDays: 2, rectifyWorkingDays: 10 })).status).toBe(403);
    const bad = await t.http.put('/api/v1/quality/settings').set(bearer(citySupervisor)).send({ contactWorkingDays: 0, rectifyWorkingDays: 10 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['contactWorkingDays']);
    await t.http.put('/api/v1/quality/settings').set(bearer(citySupervisor)).send({ contactWorkingDays: 2, rectifyWorkingDays: 10 }).expect(200);
    try {
      const r = await rectificationOf(t, agent, (await ratedCase(t, creator, agent, 1)).id);
      const cal = await t.app.get(HolidayCalendar).calendar();
      expect(new Date(r.contactDueAt).toISOString()).toBe(cal.addWorkingDays(new Date(r.ratedAt), 2).toISOString());
      expect(new Date(r.rectifyDueAt).toISOString()).toBe(cal.addWorkingDays(new Date(r.ratedAt), 10).toISOString());
    } finally {
      await t.http.put('/api/v1/quality/settings').set(bearer(citySupervisor)).send({ contactWorkingDays: 1, rectifyWorkingDays: 15 }).expect(200);
    }
  });

  it('fires the overdue timer through the outbox relay and Bull, once; the sweep redoes a timer Redis lost', async () => {
    const late = await rectificationOf(t, agent, (await ratedCase(t, creator, agent, 1)).id);
    const lost = await rectificationOf(t, agent, (await ratedCase(t, creator, agent, 2)).id);
    // Bring the contact deadline of `late` to now (its job too, still in the outbox); `lost` loses its jobs altogether.
    await t.db.query(`UPDATE rectifications SET contact_due_at = now() - interval '1 second' WHERE id = ANY($1)`, [[late.id, lost.id]]);
    await t.db.query(`UPDATE job_outbox SET run_at = now() WHERE job_id = $1`, [`rectification-overdue:${late.id}:contact`]);
    await t.db.query(`DELETE FROM job_outbox WHERE job_id LIKE $1`, [`rectification-overdue:${lost.id}:%`]);

    worker = await NestFactory.createApplicationContext(QualityWorkerTestModule, { logger: false });
    await worker.init();
    const marked: Date = await until('the contact step of the late rectification to be marked overdue', async () => (await row(late.id)).contact_overdue_at);
    expect(marked).toBeInstanceOf(Date);
    expect((await row(late.id)).rectify_overdue_at).toBeNull();
    expect((await row(lost.id)).contact_overdue_at).toBeNull();
    // The minute sweep, run now: it finds the step whose job was lost, and leaves the marked one as it was.
    expect(await worker.get(QualityTimers).sweepOnce()).toEqual({ overdue: 1 });
    expect((await row(lost.id)).contact_overdue_at).toBeInstanceOf(Date);
    expect((await row(late.id)).contact_overdue_at).toEqual(marked);
    expect(await worker.get(QualityTimers).sweepOnce()).toEqual({ overdue: 0 });
    expect(await audits(late.id)).toEqual(['rectification.open', 'rectification.overdue']);
    const inbox = (await get(hpSupervisor, '/notifications').expect(200)).body;
    expect(JSON.stringify(inbox)).toContain('差评回访已逾期');
    // The ledger lists overdue steps first.
    const ledger = (await get(hpSupervisor, '/quality/rectifications').expect(200)).body;
    expect(ledger.findIndex((x: { id: string }) => x.id === late.id)).toBeLessThan(ledger.findIndex((x: { overdue: boolean }) => !x.overdue));
    expect(ledger.find((x: { id: string }) => x.id === late.id)).toMatchObject({ overdue: true, contactOverdueAt: marked.toISOString() });
  });

  it('contacts, rectifies, and takes one re-rating from the creator, kept beside the first and counted in the figures', async () => {
    const c = await ratedCase(t, creator, agent, 2, '太慢');
    const r = await rectificationOf(t, agent, c.id);
    expect((await post(agent, `/quality/rectifications/${r.id}/rectify`, { measures: '已整改' })).body.code).toBe('quality.wrong_step');
    expect((await post(creator, `/quality/rectifications/${r.id}/contact`, { method: 'phone', outcome: 'x' })).status).toBe(403);
    const badMethod = await post(agent, `/quality/rectifications/${r.id}/contact`, { method: 'email', outcome: '已联系' });
    expect(badMethod.status).toBe(400);
    expect(badMethod.body.errors.map((e: { field: string }) => e.field)).toEqual(['method']);
    expect((await post(agent, `/quality/rectifications/${r.id}/contact`, { method: 'phone', outcome: '已电话联系并致歉' }).expect(201)).body).toMatchObject({ status: 'rectifying', contactMethod: 'phone' });
    expect((await post(creator, `/quality/rectifications/${r.id}/rerate`, { level: 5 })).body.code).toBe('quality.wrong_step');
    await post(agent, `/quality/rectifications/${r.id}/rectify`, { measures: '补充答复办理时限，优化答复模板' }).expect(201);

    const rated4 = async () => (await t.db.query(`SELECT coalesce(sum(rated_4), 0)::int AS n FROM dashboard_daily WHERE zone_id = 'huangpu'`))[0].n;
    const before = await rated4();
    expect((await post(otherCreator, `/quality/rectifications/${r.id}/rerate`, { level: 4 })).status).toBe(404);
    const after = (await post(creator, `/quality/rectifications/${r.id}/rerate`, { level: 4, comment: '整改后满意' }).expect(201)).body;
    expect(after).toMatchObject({ status: 'rerated', firstLevel: 2, secondLevel: 4, secondComment: '整改后满意' });
    expect((await post(creator, `/quality/rectifications/${r.id}/rerate`, { level: 5 })).body.code).toBe('quality.already_rerated');
    expect(await row(r.id)).toMatchObject({ first_level: 2, second_level: 4 });
    expect(await rated4()).toBe(before + 1);
    // The case keeps its first rating.
    expect((await t.db.query(`SELECT rating FROM cases WHERE id = $1`, [c.id]))[0].rating).toBe(2);
    expect(await audits(r.id)).toEqual(['rectification.open', 'rectification.contact', 'rectification.rectify', 'rectification.rerate']);
    const inbox = (await get(creator, '/notifications').expect(200)).body;
    expect(JSON.stringify(inbox)).toContain('您的差评已整改');
  });

  it('voids an appealed rating on the city supervisor’s decision: out of the figures, in the audit and the ledger', async () => {
    const c = await ratedCase(t, creator, agent, 1, '辱骂内容');
    const r = await rectificationOf(t, agent, c.id);
    const rated1 = async () => (await t.db.query(`SELECT coalesce(sum(rated_1), 0)::int AS n FROM dashboard_daily WHERE zone_id = 'huangpu'`))[0].n;
    const before = await rated1();
    expect((await post(agent, `/quality/rectifications/${r.id}/appeals`, { rating: 'second', reason: '恶意评价内容' })).body.code).toBe('quality.nothing_to_appeal');
    expect((await post(ypAgent, `/quality/rectifications/${r.id}/appeals`, { rating: 'first', reason: '恶意评价内容' })).status).toBe(404);
    const appeal = (await post(agent, `/quality/rectifications/${r.id}/appeals`, { rating: 'first', reason: '评价内容为辱骂，与办理无关' }).expect(201)).body;
    expect(appeal).toMatchObject({ status: 'pending', rating: 'first', level: 1 });
    expect((await post(agent, `/quality/rectifications/${r.id}/appeals`, { rating: 'first', reason: '再次申诉一下' })).body.code).toBe('quality.appeal_exists');
    // A zone supervisor does not decide; the city-wide one does.
    expect((await post(hpSupervisor, `/quality/appeals/${appeal.id}/decision`, { decision: 'voided', reason: '内容属实为辱骂' })).body.code).toBe('quality.city_supervisor_only');
    expect((await get(citySupervisor, '/quality/appeals?status=pending').expect(200)).body.map((a: { id: string }) => a.id)).toContain(appeal.id);
    const decided = (await post(citySupervisor, `/quality/appeals/${appeal.id}/decision`, { decision: 'voided', reason: '内容含人身攻击，予以作废' }).expect(201)).body;
    expect(decided).toMatchObject({ status: 'voided', decisionReason: '内容含人身攻击，予以作废' });
    expect((await post(citySupervisor, `/quality/appeals/${appeal.id}/decision`, { decision: 'upheld', reason: '改为维持原评价' })).body.code).toBe('quality.appeal_decided');

    expect(await rated1()).toBe(before - 1);
    expect(await row(r.id)).toMatchObject({ status: 'voided', first_voided: true });
    const [audit] = await t.db.query(`SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'rating_appeal.decide'`, [appeal.id]);
    expect(audit.after).toMatchObject({ status: 'voided', level: 1 });
    const inLedger = (await get(hpSupervisor, '/quality/rectifications').expect(200)).body.find((x: { id: string }) => x.id === r.id);
    expect(inLedger).toMatchObject({ status: 'voided', firstVoided: true, appeals: [{ status: 'voided' }] });
    // A voided rectification is never marked overdue.
    await t.db.query(`UPDATE rectifications SET contact_due_at = now() - interval '1 minute' WHERE id = $1`, [r.id]);
    expect(await t.app.get(QualityTimers).overdue(r.id, 'contact')).toBe('skipped');
    // An upheld appeal changes nothing in the figures.
    const kept = await rectificationOf(t, agent, (await ratedCase(t, creator, agent, 2)).id);
    const a2 = (await post(hpSupervisor, `/quality/rectifications/${kept.id}/appeals`, { rating: 'first', reason: '认为评价不实' }).expect(201)).body;
    const rated2 = async () => (await t.db.query(`SELECT coalesce(sum(rated_2), 0)::int AS n FROM dashboard_daily WHERE zone_id = 'huangpu'`))[0].n;
    const r2 = await rated2();
    await post(citySupervisor, `/quality/appeals/${a2.id}/decision`, { decision: 'upheld', reason: '评价与事实相符' }).expect(201);
    expect(await rated2()).toBe(r2);
    expect(await row(kept.id)).toMatchObject({ status: 'contacting', first_voided: false });
  });

  it('counts re-ratings and voids in the three rates, and both rebuilds give what the live counters hold', async () => {
    const satisfied = async () => ((await get(citySupervisor, '/dashboard').expect(200)).body.agents as { id: string; rates: { satisfied: { numerator: number; denominator: number } } }[]).find((a) => a.id === agent.id)!.rates.satisfied;
    const start = await satisfied();
    const reRated = await rectificationOf(t, agent, (await ratedCase(t, creator, agent, 2)).id);
    await post(agent, `/quality/rectifications/${reRated.id}/contact`, { method: 'phone', outcome: '已电话联系' }).expect(201);
    await post(agent, `/quality/rectifications/${reRated.id}/rectify`, { measures: '已重新办理' }).expect(201);
    await post(creator, `/quality/rectifications/${reRated.id}/rerate`, { level: 5 }).expect(201);
    // Both ratings count: one not satisfied, one satisfied.
    expect(await satisfied()).toMatchObject({ numerator: start.numerator + 1, denominator: start.denominator + 2 });
    const voided = await rectificationOf(t, agent, (await ratedCase(t, creator, agent, 1)).id);
    const appeal = (await post(agent, `/quality/rectifications/${voided.id}/appeals`, { rating: 'first', reason: '评价内容为辱骂，与办理无关' }).expect(201)).body;
    await post(citySupervisor, `/quality/appeals/${appeal.id}/decision`, { decision: 'voided', reason: '内容含人身攻击，予以作废' }).expect(201);
    // The voided one leaves the figure.
    expect(await satisfied()).toMatchObject({ numerator: start.numerator + 1, denominator: start.denominator + 2 });

    const { before, after } = await acrossRebuild(
      ['dashboard_rebuild', 'dispatch_rates_rebuild'],
      [
        `SELECT day, zone_id, programme, sum(rated_1 + 2 * rated_2 + 3 * rated_3 + 4 * rated_4 + 5 * rated_5)::int AS stars, sum(rated_1 + rated_2 + rated_3 + rated_4 + rated_5)::int AS n
           FROM dashboard_daily GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
        `SELECT * FROM dashboard_rates_daily ORDER BY day, zone_id, programme, assignee_id`,
      ],
    );
    expect(after).toEqual(before);
  });

  it('keeps each zone to its own: another zone’s desk and other creators see nothing', async () => {
    const c = await ratedCase(t, creator, agent, 1);
    const r = await rectificationOf(t, agent, c.id);
    expect((await get(ypAgent, `/quality/rectifications/${r.id}`)).status).toBe(404);
    expect((await get(ypSupervisor, `/quality/rectifications`).expect(200)).body.map((x: { id: string }) => x.id)).not.toContain(r.id);
    expect((await get(otherCreator, `/quality/rectifications/${r.id}`)).status).toBe(404);
    expect((await get(otherCreator, `/cases/${c.id}/rectification`)).status).toBe(404);
    expect((await get(ypAgent, `/cases/${c.id}/rectification`)).status).toBe(404);
    expect((await post(ypAgent, `/quality/rectifications/${r.id}/contact`, { method: 'phone', outcome: '越区操作' })).status).toBe(404);
    expect((await get(creator, `/quality/rectifications/${r.id}`).expect(200)).body).toMatchObject({ id: r.id, appeals: [] });
    expect((await get(citySupervisor, `/quality/rectifications?zoneId=huangpu`).expect(200)).body.map((x: { id: string }) => x.id)).toContain(r.id);
    expect((await get(creator, `/quality/rectifications`)).status).toBe(403);
    expect((await get(null, `/quality/rectifications`)).status).toBe(401);
  });
});

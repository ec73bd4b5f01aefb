import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

describe('大V沙龙 events (e2e)', () => {
  let t: TestApp;
  let supervisor: TestUser;
  let agent: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    agent = await t.user('agent', { zoneId: 'huangpu' });
  });
  afterAll(() => t.close());

  const inFuture = (days: number, hours = 2) => {
    const start = new Date(Date.now() + days * 24 * 3600_000);
    return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + hours * 3600_000).toISOString() };
  };
  const publish = async (capacity: number, by = supervisor) =>
    (await t.http
      .post('/api/v1/salons')
      .set(bearer(by))
      .send({ title: '大V沙龙：短视频创作者如何应对网络暴力', topicProgramme: 'shield', description: '律师与平台专家现场答疑', ...inFuture(7), venue: '黄浦区集聚区一站式服务点 2 楼多功能厅', capacity, experts: [{ name: '王律师', organisation: '上海某律师事务所' }, { name: '李专家', title: '平台治理专家' }] })
      .expect(201)).body as { id: string; capacity: number };
  const register = (creator: TestUser, id: string) => t.http.post(`/api/v1/salons/${id}/register`).set(bearer(creator)).send();
  const mine = async (creator: TestUser, id: string) => (await t.http.get(`/api/v1/salons/${id}`).set(bearer(creator)).expect(200)).body.mine;
  const kinds = async (user: TestUser) => ((await t.http.get('/api/v1/notifications').set(bearer(user)).expect(200)).body.items as { kind: string }[]).map((n) => n.kind);
  /** Moves the event so that it is on now (door open) or over. */
  const move = (id: string, startOffsetMinutes: number) =>
    t.db.query(`UPDATE salon_events SET starts_at = now() + make_interval(mins => $2), ends_at = now() + make_interval(mins => $2 + 120) WHERE id = $1`, [id, startOffsetMinutes]);

  it('registers until full, then waitlists in order and promotes in that order when seats free up, telling the promoted', async () => {
    const e = await publish(2);
    const people = await Promise.all(Array.from({ length: 5 }, () => t.user('creator')));
    for (const p of people) expect((await register(p, e.id)).status).toBe(201);
    const states = await Promise.all(people.map((p) => mine(p, e.id)));
    expect(states.map((s) => s.status)).toEqual(['registered', 'registered', 'waitlisted', 'waitlisted', 'waitlisted']);
    expect(states.map((s) => s.waitlistPosition)).toEqual([null, null, 1, 2, 3]);
    expect(states[0].checkInQr).toMatch(/^data:image\/png;base64,/);
    expect(await kinds(people[2])).toContain('salon_waitlisted');
    // Twice is refused.
    expect((await register(people[0], e.id)).status).toBe(409);

    await t.http.post(`/api/v1/salons/${e.id}/cancel-registration`).set(bearer(people[1])).send().expect(201);
    expect((await mine(people[2], e.id)).status).toBe('registered');
    expect((await mine(people[3], e.id)).waitlistPosition).toBe(1);
    expect(await kinds(people[2])).toContain('salon_promoted');
    const [sms] = await t.db.query(`SELECT payload FROM notification_outbox WHERE recipient_user_id = $1 AND template = 'salon_promoted'`, [people[2].id]);
    expect(sms.payload.code).toBe((await mine(people[2], e.id)).checkInCode);
    // A waitlisted one leaving promotes nobody; a registered one leaving promotes the next in line.
    await t.http.post(`/api/v1/salons/${e.id}/cancel-registration`).set(bearer(people[3])).send().expect(201);
    expect((await mine(people[4], e.id)).status).toBe('waitlisted');
    await t.http.post(`/api/v1/salons/${e.id}/cancel-registration`).set(bearer(people[0])).send().expect(201);
    expect((await mine(people[4], e.id)).status).toBe('registered');
    const detail = (await t.http.get(`/api/v1/salons/${e.id}`).set(bearer(supervisor)).expect(200)).body;
    expect(detail).toMatchObject({ registered: 2, waitlisted: 0 });
    const promotions = await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'salon.promote' AND entity_id IN (SELECT id::text FROM event_registrations WHERE event_id = $1)`, [e.id]);
    expect(promotions[0].n).toBe(2);
  });

  it('checks attendees in at the door by code, files a question as a salon case linked to the event, and takes ratings after', async () => {
    const e = await publish(10);
    const [a, b] = [await t.user('creator'), await t.user('creator')];
    await register(a, e.id);
    await register(b, e.id);
    const code = (await mine(a, e.id)).checkInCode;
    // Too early for the door.
    expect((await t.http.post(`/api/v1/salons/${e.id}/check-in`).set(bearer(agent)).send({ code })).status).toBe(409);
    await move(e.id, -10);
    const checked = (await t.http.post(`/api/v1/salons/${e.id}/check-in`).set(bearer(agent)).send({ code }).expect(201)).body;
    expect(checked.checkedInAt).not.toBeNull();
    expect((await t.http.post(`/api/v1/salons/${e.id}/check-in`).set(bearer(agent)).send({ code })).status).toBe(409);
    expect((await t.http.post(`/api/v1/salons/${e.id}/check-in`).set(bearer(agent)).send({ code: '000000' === code ? '000001' : '000000' })).status).toBe(404);

    const raised = (await t.http.post(`/api/v1/salons/${e.id}/cases`).set(bearer(agent)).send({ ...FILINGS.shield, registrationId: checked.id }).expect(201)).body;
    const [c] = await t.db.query(`SELECT channel, creator_id, zone_id FROM cases WHERE id = $1`, [raised.caseId]);
    expect(c).toEqual({ channel: 'salon', creator_id: a.id, zone_id: 'huangpu' });
    const [link] = await t.db.query(`SELECT event_id, registration_id FROM salon_event_cases WHERE case_id = $1`, [raised.caseId]);
    expect(link).toEqual({ event_id: e.id, registration_id: checked.id });
    const timeline = (await t.http.get(`/api/v1/cases/${raised.caseId}/timeline`).set(bearer(a)).expect(200)).body;
    expect(timeline.find((x: { kind: string }) => x.kind === 'salon')?.data).toMatchObject({ action: 'raised_at_salon', eventId: e.id });
    const regs = (await t.http.get(`/api/v1/salons/${e.id}/registrations`).set(bearer(agent)).expect(200)).body;
    expect(regs.find((r: { id: string }) => r.id === checked.id).caseIds).toEqual([raised.caseId]);

    // Not before the end; only attendees; once.
    expect((await t.http.post(`/api/v1/salons/${e.id}/rating`).set(bearer(a)).send({ level: 5 })).body.code).toBe('salon.not_over');
    await move(e.id, -180);
    await t.http.post(`/api/v1/salons/${e.id}/rating`).set(bearer(a)).send({ level: 5, comment: '专家解答很具体' }).expect(201);
    expect((await t.http.post(`/api/v1/salons/${e.id}/rating`).set(bearer(a)).send({ level: 4 })).body.code).toBe('salon.already_rated');
    expect((await t.http.post(`/api/v1/salons/${e.id}/rating`).set(bearer(b)).send({ level: 1 })).body.code).toBe('salon.not_attended');

    const figures = (await t.http.get('/api/v1/dashboard/salons').set(bearer(supervisor)).expect(200)).body;
    const row = figures.byEvent.find((x: { id: string }) => x.id === e.id);
    expect(row).toMatchObject({ registered: 2, attended: 1, cases: 1, averageRating: 5 });
    expect(figures.casesRaised).toBeGreaterThanOrEqual(1);
    expect(figures.attendanceRate).toBeGreaterThan(0);
    expect(figures.satisfaction).toBe(1);
    const yangpu = (await t.http.get('/api/v1/dashboard/salons').set(bearer(await t.user('supervisor', { zoneId: 'yangpu' }))).expect(200)).body;
    expect(yangpu.byEvent.some((x: { id: string }) => x.id === e.id)).toBe(false);
    const audits = (await t.db.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [checked.id])).map((r: { action: string }) => r.action);
    expect(audits).toEqual(['salon.register', 'salon.check_in', 'salon.rate']);
  });

  it('keeps other zones’ staff out of an event’s door, list and cases', async () => {
    const e = await publish(5);
    const creator = await t.user('creator');
    await register(creator, e.id);
    await move(e.id, -10);
    const code = (await mine(creator, e.id)).checkInCode;
    const yangpuAgent = await t.user('agent', { zoneId: 'yangpu' });
    await t.http.post(`/api/v1/salons/${e.id}/check-in`).set(bearer(yangpuAgent)).send({ code }).expect(404);
    await t.http.get(`/api/v1/salons/${e.id}/registrations`).set(bearer(yangpuAgent)).expect(404);
    const list = (await t.http.get('/api/v1/salons?when=all').set(bearer(yangpuAgent)).expect(200)).body;
    expect(list.some((x: { id: string }) => x.id === e.id)).toBe(false);
    // Creators see every zone's published events.
    const creators = (await t.http.get('/api/v1/salons?when=all').set(bearer(await t.user('creator'))).expect(200)).body;
    expect(creators.some((x: { id: string }) => x.id === e.id)).toBe(true);
  });

  it('answers bad input on every salon route with a 400 naming the field', async () => {
    const e = await publish(3);
    const creator = await t.user('creator');
    const base = { title: '大V沙龙测试', topicProgramme: 'shield', ...inFuture(3), venue: '多功能厅', capacity: 3, experts: [{ name: '王律师' }] };
    const cases: [TestUser, 'get' | 'post', string, object | undefined, string][] = [
      [supervisor, 'post', '/api/v1/salons', { ...base, title: '' }, 'title'],
      [supervisor, 'post', '/api/v1/salons', { ...base, topicProgramme: 'party' }, 'topicProgramme'],
      [supervisor, 'post', '/api/v1/salons', { ...base, capacity: -1 }, 'capacity'],
      [supervisor, 'post', '/api/v1/salons', { ...base, experts: [] }, 'experts'],
      [supervisor, 'post', '/api/v1/salons', { ...base, experts: [{ name: '' }] }, 'experts[0].name'],
      [supervisor, 'post', '/api/v1/salons', { ...base, onlineUrl: 'javascript:alert(1)' }, 'onlineUrl'],
      [supervisor, 'post', '/api/v1/salons', { ...base, venue: undefined }, 'venue'],
      [supervisor, 'post', '/api/v1/salons', { ...base, startsAt: 'soon' }, 'startsAt'],
      [supervisor, 'post', '/api/v1/salons', { ...base, endsAt: base.startsAt }, 'endsAt'],
      [creator, 'get', '/api/v1/salons?when=tomorrow', undefined, 'when'],
      [creator, 'get', '/api/v1/salons/not-a-uuid', undefined, 'id'],
      [creator, 'post', '/api/v1/salons/not-a-uuid/register', undefined, 'id'],
      [creator, 'post', '/api/v1/salons/not-a-uuid/cancel-registration', undefined, 'id'],
      [creator, 'post', `/api/v1/salons/${e.id}/rating`, { level: 6 }, 'level'],
      [creator, 'post', `/api/v1/salons/${e.id}/rating`, { level: 5, comment: 'x'.repeat(600) }, 'comment'],
      [agent, 'get', '/api/v1/salons/not-a-uuid/registrations', undefined, 'id'],
      [agent, 'post', `/api/v1/salons/${e.id}/check-in`, { code: '12' }, 'code'],
      [agent, 'post', `/api/v1/salons/${e.id}/cases`, { ...FILINGS.shield, registrationId: 'x' }, 'registrationId'],
      [agent, 'post', `/api/v1/salons/${e.id}/cases`, { ...FILINGS.shield, registrationId: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' }, 'registrationId'],
      [supervisor, 'get', '/api/v1/dashboard/salons?to=later', undefined, 'to'],
    ];
    const wrong: string[] = [];
    for (const [user, method, url, body, field] of cases) {
      const req = t.http[method](url).set(bearer(user));
      const res = body === undefined ? await req : await req.send(body);
      const fields = (res.body.errors ?? []).map((x: { field: string }) => x.field);
      if (res.status !== 400 || !fields.includes(field)) wrong.push(`${method} ${url} ${field}: ${res.status} ${JSON.stringify(fields)}`);
    }
    expect(wrong).toEqual([]);
  });
});

import { AppointmentTimers } from '@app/appointments';
import { extractPdfText } from '@app/documents';
import { HolidayCalendar } from '@app/sla';
import { FILINGS } from './support/case-fixtures';
import { book, moveSlot, openSlot, shanghai, workingDays } from './support/offline-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

describe('service-point appointments (e2e)', () => {
  let t: TestApp;
  let supervisor: TestUser;
  let agent: TestUser;
  let days: string[];
  beforeAll(async () => {
    t = await TestApp.start();
    supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    agent = await t.user('agent', { zoneId: 'huangpu' });
    days = await workingDays(t, 5);
  });
  afterAll(() => t.close());

  const inbox = async (user: TestUser) => (await t.http.get('/api/v1/notifications').set(bearer(user)).expect(200)).body.items as { kind: string; body: string }[];
  const sms = async (userId: string) => (await t.db.query(`SELECT template, payload FROM notification_outbox WHERE channel = 'sms' AND recipient_user_id = $1 ORDER BY id`, [userId])) as { template: string; payload: Record<string, string> }[];
  const pdfText = async (user: TestUser, receiptId: string) => {
    const res = await t.http.get(`/api/v1/receipts/${receiptId}/pdf`).set(bearer(user)).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    return (await extractPdfText(res.body as Buffer)).replace(/\s+/g, '');
  };

  it('lists each zone’s service point with its opening hours and working days (调休 included)', async () => {
    const creator = await t.user('creator');
    const points = (await t.http.get('/api/v1/service-points').set(bearer(creator)).expect(200)).body;
    expect(points.map((p: { zoneId: string }) => p.zoneId)).toEqual(['huangpu', 'yangpu']);
    expect(points[0]).toMatchObject({ name: '黄浦区集聚区一站式服务点', openingHours: [{ start: '09:00', end: '12:00' }, { start: '13:30', end: '17:30' }] });
    const cal = await t.app.get(HolidayCalendar).calendar();
    for (const day of points[0].openDays) expect(cal.isWorkingDay(shanghai(day, '12:00'))).toBe(true);
  });

  it('books a seat: confirmation in the inbox and by SMS with the check-in code and QR, a receipt, a reminder timer, audited', async () => {
    const creator = await t.user('creator');
    const slot = await openSlot(t, supervisor, days[0], { capacity: 2 });
    const res = await book(t, creator, slot.id);
    expect(res.status).toBe(201);
    const a = res.body;
    expect(a).toMatchObject({ status: 'booked', statusLabel: '已预约', programme: 'shield', slotId: slot.id });
    expect(a.reference).toMatch(/^HP-YY-\d{4}-\d{6}$/);
    expect(a.checkInCode).toMatch(/^\d{6}$/);
    expect(a.checkInQr).toMatch(/^data:image\/png;base64,/);
    expect((await inbox(creator)).find((n) => n.kind === 'appointment_booked')?.body).toContain(a.checkInCode);
    expect((await sms(creator.id)).find((m) => m.template === 'appointment_booked')?.payload.code).toBe(a.checkInCode);
    const [job] = await t.db.query(`SELECT queue, name, run_at FROM job_outbox WHERE job_id = $1`, [`appointment-reminder:${a.id}`]);
    expect(job).toMatchObject({ queue: 'offline-timers', name: 'appointment-reminder' });
    expect(new Date(job.run_at).getTime()).toBe(new Date(a.startsAt).getTime() - 24 * 3600_000);
    const slots = (await t.http.get('/api/v1/appointment-slots').query({ zoneId: 'huangpu', from: slot.startsAt, to: slot.endsAt }).set(bearer(creator)).expect(200)).body;
    expect(slots.find((s: { id: string }) => s.id === slot.id)).toMatchObject({ booked: 1, remaining: 1, bookable: true });
    const text = await pdfText(creator, a.receiptId);
    for (const s of ['预约确认单', a.reference, a.checkInCode, '黄浦区集聚区一站式服务点', '盾牌行动']) expect(text).toContain(s);
    const [audit] = await t.db.query(`SELECT actor_id FROM audit_events WHERE action = 'appointment.book' AND entity_id = $1`, [a.id]);
    expect(audit.actor_id).toBe(creator.id);
    // Another creator cannot read it.
    await t.http.get(`/api/v1/receipts/${a.receiptId}/pdf`).set(bearer(await t.user('creator'))).expect(404);
  });

  it('gives the last seat to exactly one of 50 concurrent requests', async () => {
    const slot = await openSlot(t, supervisor, days[1], { capacity: 3 });
    for (let i = 0; i < 2; i++) expect((await book(t, await t.user('creator'), slot.id)).status).toBe(201);
    const creators = await Promise.all(Array.from({ length: 50 }, () => t.user('creator')));
    const answers = await Promise.all(creators.map((c) => book(t, c, slot.id)));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(answers.find((r) => r.status === 409)?.body.code).toBe('appointment.slot_full');
    const [row] = await t.db.query(`SELECT booked, (SELECT count(*)::int FROM appointments WHERE slot_id = $1 AND status = 'booked') AS n FROM appointment_slots WHERE id = $1`, [slot.id]);
    expect(row).toEqual({ booked: 3, n: 3 });
  });

  it('refuses a second booking of the same slot and an overlapping slot, even in the other zone', async () => {
    const creator = await t.user('creator');
    const first = await openSlot(t, supervisor, days[2], { start: '14:00', end: '14:30' });
    const yangpu = await t.user('supervisor', { zoneId: 'yangpu' });
    const overlapping = await openSlot(t, yangpu, days[2], { start: '14:15', end: '14:45' });
    const after = await openSlot(t, supervisor, days[2], { start: '14:30', end: '15:00' });
    expect((await book(t, creator, first.id)).status).toBe(201);
    const again = await book(t, creator, first.id);
    expect([again.status, again.body.code]).toEqual([409, 'appointment.overlapping_booking']);
    const clash = await book(t, creator, overlapping.id);
    expect([clash.status, clash.body.code]).toEqual([409, 'appointment.overlapping_booking']);
    // The refused booking took no seat.
    expect((await t.db.query(`SELECT booked FROM appointment_slots WHERE id = $1`, [overlapping.id]))[0].booked).toBe(0);
    // Back to back is not overlapping.
    expect((await book(t, creator, after.id)).status).toBe(201);
  });

  it('lets a creator cancel until the cut-off, frees the seat, and refuses it after', async () => {
    const creator = await t.user('creator');
    const slot = await openSlot(t, supervisor, days[3], { capacity: 1 });
    const a = (await book(t, creator, slot.id)).body;
    await t.http.post(`/api/v1/appointments/${a.id}/cancel`).set(bearer(await t.user('creator'))).send({}).expect(404);
    const cancelled = (await t.http.post(`/api/v1/appointments/${a.id}/cancel`).set(bearer(creator)).send({ reason: '临时有事' }).expect(201)).body;
    expect(cancelled.status).toBe('cancelled');
    expect((await t.db.query(`SELECT booked FROM appointment_slots WHERE id = $1`, [slot.id]))[0].booked).toBe(0);
    const b = (await book(t, creator, slot.id)).body;
    // An hour before the slot, inside the two-hour cut-off.
    await moveSlot(t, slot.id, 60);
    const late = await t.http.post(`/api/v1/appointments/${b.id}/cancel`).set(bearer(creator)).send({});
    expect([late.status, late.body.code]).toEqual([409, 'appointment.past_cutoff']);
    const mine = (await t.http.get('/api/v1/appointments/mine').set(bearer(creator)).expect(200)).body;
    expect(mine.map((x: { status: string }) => x.status).sort()).toEqual(['booked', 'cancelled']);
  });

  it('closes the slots of a day that becomes a holiday and tells the booked creators', async () => {
    const sysadmin = await t.user('sysadmin', { zoneId: null });
    const creator = await t.user('creator');
    const day = days[4];
    const slot = await openSlot(t, supervisor, day);
    const a = (await book(t, creator, slot.id)).body;
    const year = Number(day.slice(0, 4));
    const before = (await t.http.get('/api/v1/admin/holiday-years').set(bearer(sysadmin)).expect(200)).body.years.find((y: { year: number }) => y.year === year);
    await t.http.put(`/api/v1/admin/holiday-years/${year}`).set(bearer(sysadmin)).send({ source: before.source, holidays: [...before.holidays, day], makeupWorkdays: before.makeupWorkdays, provisional: before.provisional }).expect(200);
    try {
      const report = await t.app.get(AppointmentTimers).sweepOnce();
      expect(report.closedSlots).toBeGreaterThanOrEqual(1);
      const [row] = await t.db.query(`SELECT s.status, s.closed_reason, a.status AS appointment FROM appointment_slots s JOIN appointments a ON a.slot_id = s.id WHERE a.id = $1`, [a.id]);
      expect(row).toMatchObject({ status: 'closed', appointment: 'cancelled' });
      expect(row.closed_reason).toContain('节假日');
      expect((await inbox(creator)).find((n) => n.kind === 'appointment_closed')?.body).toContain(a.reference);
      expect((await sms(creator.id)).map((m) => m.template)).toContain('appointment_closed');
      const [audit] = await t.db.query(`SELECT actor_id FROM audit_events WHERE action = 'appointment_slot.close' AND entity_id = $1`, [slot.id]);
      expect(audit.actor_id).toBe('system');
      // Nothing can be booked there now, nor opened again on that day.
      expect((await book(t, await t.user('creator'), slot.id)).body.code).toBe('appointment.slot_closed');
      const reopen = await t.http.post('/api/v1/appointment-slots').set(bearer(supervisor)).send({ startsAt: shanghai(day, '16:00'), endsAt: shanghai(day, '16:30'), capacity: 1, programmes: ['shield'] });
      expect(reopen.status).toBe(400);
      expect(reopen.body.errors[0].field).toBe('startsAt');
    } finally {
      await t.http.put(`/api/v1/admin/holiday-years/${year}`).set(bearer(sysadmin)).send({ source: before.source, holidays: before.holidays, makeupWorkdays: before.makeupWorkdays, provisional: before.provisional }).expect(200);
    }
  });

  it('opens a weekly pattern on working days only and reports what it skipped', async () => {
    const res = (await t.http
      .post('/api/v1/appointment-slots/pattern')
      .set(bearer(supervisor))
      .send({ from: days[0], to: days[4], weekdays: [1, 2, 3, 4, 5], times: [{ start: '15:00', end: '15:30' }, { start: '12:00', end: '12:30' }], capacity: 2, programmes: ['starlight'] })
      .expect(201)).body;
    expect(res.created).toBeGreaterThanOrEqual(5);
    expect(res.skipped.every((s: { reason: string }) => /开放时间|不是工作日/.test(s.reason))).toBe(true);
    const [pattern] = await t.db.query(`SELECT slots_created FROM appointment_patterns WHERE id = $1`, [res.patternId]);
    expect(pattern.slots_created).toBe(res.created);
  });
});

describe('the desk’s day: check-in, cases, no-shows, zone scope (e2e)', () => {
  let t: TestApp;
  let supervisor: TestUser;
  let agent: TestUser;
  let days: string[];
  beforeAll(async () => {
    t = await TestApp.start();
    supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    agent = await t.user('agent', { zoneId: 'huangpu' });
    days = await workingDays(t, 2);
  });
  afterAll(() => t.close());

  /** A booking whose slot is moved to start soon, today. */
  const bookedToday = async (creator: TestUser) => {
    const slot = await openSlot(t, supervisor, days[0]);
    const a = (await book(t, creator, slot.id)).body;
    await moveSlot(t, slot.id, 10, { today: true });
    return a as { id: string; reference: string; checkInCode: string; slotId: string };
  };

  it('finds today’s visitor by code or phone, checks them in and opens a walk-in case with a printable 登记回执', async () => {
    const creator = await t.user('creator');
    const a = await bookedToday(creator);
    const byCode = (await t.http.get('/api/v1/desk/appointments').query({ code: a.checkInCode }).set(bearer(agent)).expect(200)).body;
    expect(byCode.map((x: { id: string }) => x.id)).toEqual([a.id]);
    expect(byCode[0].creator).toMatchObject({ id: creator.id, phone: expect.stringMatching(/^\d{3}\*{4}\d{4}$/), noShows: 0 });
    const byPhone = (await t.http.get('/api/v1/desk/appointments').query({ phone: creator.login }).set(bearer(agent)).expect(200)).body;
    expect(byPhone.map((x: { id: string }) => x.id)).toEqual([a.id]);

    const { zoneId: _zone, ...filing } = { ...FILINGS.shield, zoneId: 'huangpu' };
    const checked = (await t.http.post(`/api/v1/appointments/${a.id}/check-in`).set(bearer(agent)).send({ newCase: filing }).expect(201)).body;
    expect(checked).toMatchObject({ status: 'checked_in', caseId: expect.any(String) });
    const [c] = await t.db.query(`SELECT channel, creator_id, zone_id, filed_by FROM cases WHERE id = $1`, [checked.caseId]);
    expect(c).toEqual({ channel: 'walk_in', creator_id: creator.id, zone_id: 'huangpu', filed_by: agent.id });
    const timeline = (await t.http.get(`/api/v1/cases/${checked.caseId}/timeline`).set(bearer(creator)).expect(200)).body;
    expect(timeline.find((e: { kind: string }) => e.kind === 'appointment')?.data).toMatchObject({ action: 'opened_by_visit', reference: a.reference });
    // The desk prints the 登记回执 straight away; the creator sees the same one on the case page.
    const receipts = (await t.http.get(`/api/v1/cases/${checked.caseId}/receipts`).set(bearer(agent)).expect(200)).body;
    expect(receipts.map((r: { kindLabel: string }) => r.kindLabel)).toEqual(['登记回执']);
    expect((await t.http.get(`/api/v1/cases/${checked.caseId}/receipts`).set(bearer(creator)).expect(200)).body[0].id).toBe(receipts[0].id);
    // The check-in, the filing and the link are one transaction, audited together.
    const audits = await t.db.query(`SELECT action, after FROM audit_events WHERE entity_id = $1 ORDER BY id`, [a.id]);
    expect(audits.map((r: { action: string }) => r.action)).toEqual(['appointment.book', 'appointment.check_in']);
    expect(audits[1].after).toMatchObject({ status: 'checked_in', caseId: checked.caseId, opened: true });
    // Checked in once: a second check-in is refused.
    const again = await t.http.post(`/api/v1/appointments/${a.id}/check-in`).set(bearer(agent)).send({ newCase: filing });
    expect(again.status).toBe(409);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM cases WHERE creator_id = $1`, [creator.id]))[0].n).toBe(1);
  });

  it('links the visit to the creator’s existing case, never to someone else’s', async () => {
    const creator = await t.user('creator');
    const own = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201)).body;
    const stranger = await t.user('creator');
    const other = (await t.http.post('/api/v1/cases').set(bearer(stranger)).send({ ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201)).body;
    const a = await bookedToday(creator);
    const wrong = await t.http.post(`/api/v1/appointments/${a.id}/check-in`).set(bearer(agent)).send({ caseId: other.id });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('caseId');
    const linked = (await t.http.post(`/api/v1/appointments/${a.id}/check-in`).set(bearer(agent)).send({ caseId: own.id }).expect(201)).body;
    expect(linked).toMatchObject({ status: 'checked_in', caseId: own.id });
    const timeline = (await t.http.get(`/api/v1/cases/${own.id}/timeline`).set(bearer(agent)).expect(200)).body;
    expect(timeline.some((e: { kind: string; data: { action?: string } }) => e.kind === 'appointment' && e.data.action === 'visit_linked')).toBe(true);
  });

  it('keeps a 杨浦 agent and supervisor out of 黄浦 appointments', async () => {
    const creator = await t.user('creator');
    const a = await bookedToday(creator);
    const yangpuAgent = await t.user('agent', { zoneId: 'yangpu' });
    const yangpuSupervisor = await t.user('supervisor', { zoneId: 'yangpu' });
    const seen = (await t.http.get('/api/v1/desk/appointments').query({ code: a.checkInCode }).set(bearer(yangpuAgent)).expect(200)).body;
    expect(seen).toEqual([]);
    await t.http.post(`/api/v1/appointments/${a.id}/check-in`).set(bearer(yangpuAgent)).send({ caseId: a.id }).expect(404);
    await t.http.post(`/api/v1/appointments/${a.id}/no-show`).set(bearer(yangpuSupervisor)).expect(404);
    await t.http.post(`/api/v1/appointment-slots/${a.slotId}/close`).set(bearer(yangpuSupervisor)).send({ reason: '越区关闭' }).expect(404);
    const slots = (await t.http.get('/api/v1/appointment-slots').set(bearer(yangpuSupervisor)).expect(200)).body;
    expect(slots.every((s: { zoneId: string }) => s.zoneId === 'yangpu')).toBe(true);
    expect((await t.db.query(`SELECT status FROM appointments WHERE id = $1`, [a.id]))[0].status).toBe('booked');
  });

  it('records no-shows after the slot, counts them per creator and on the dashboard, in scope', async () => {
    const creator = await t.user('creator');
    const a = await bookedToday(creator);
    await moveSlot(t, a.slotId, -120);
    const report = await t.app.get(AppointmentTimers).sweepOnce();
    expect(report.noShows).toBeGreaterThanOrEqual(1);
    const [row] = await t.db.query(`SELECT status, no_show_at FROM appointments WHERE id = $1`, [a.id]);
    expect(row.status).toBe('no_show');
    const b = await bookedToday(creator);
    await moveSlot(t, b.slotId, -5);
    const marked = (await t.http.post(`/api/v1/appointments/${b.id}/no-show`).set(bearer(agent)).expect(201)).body;
    expect(marked.creator.noShows).toBe(2);
    const figures = (await t.http.get('/api/v1/dashboard/appointments').set(bearer(supervisor)).expect(200)).body;
    expect(figures.noShows).toBeGreaterThanOrEqual(2);
    const yangpu = (await t.http.get('/api/v1/dashboard/appointments').set(bearer(await t.user('supervisor', { zoneId: 'yangpu' }))).expect(200)).body;
    expect(yangpu.noShows).toBe(0);
    const audits = (await t.db.query(`SELECT action, actor_id FROM audit_events WHERE entity_id = ANY($1) AND action = 'appointment.no_show' ORDER BY id`, [[a.id, b.id]]));
    expect(audits.map((x: { actor_id: string }) => x.actor_id)).toEqual(['system', agent.id]);
  });

  it('sends the reminder once, whether the job or the sweep gets there first', async () => {
    const creator = await t.user('creator');
    const slot = await openSlot(t, supervisor, days[1]);
    const a = (await book(t, creator, slot.id)).body;
    const timers = t.app.get(AppointmentTimers);
    expect(await timers.remind(a.id)).toBe('not_due');
    await t.db.query(`UPDATE appointments SET remind_at = now() - interval '1 minute' WHERE id = $1`, [a.id]);
    expect(await timers.remind(a.id)).toBe('sent');
    expect(await timers.remind(a.id)).toBe('skipped');
    await timers.sweepOnce();
    const reminders = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'appointment_reminder'`, [creator.id]);
    expect(reminders[0].n).toBe(1);
    const [text] = await t.db.query(`SELECT payload FROM notification_outbox WHERE recipient_user_id = $1 AND template = 'appointment_reminder'`, [creator.id]);
    expect(text.payload.code).toBe(a.checkInCode);
  });

  it('answers bad input on every appointment route with a 400 naming the field', async () => {
    const creator = await t.user('creator');
    const slot = await openSlot(t, supervisor, days[1]);
    const cases: [TestUser, 'get' | 'post', string, object | undefined, string][] = [
      [supervisor, 'post', '/api/v1/appointment-slots', { startsAt: 'tomorrow', endsAt: shanghai(days[1], '10:00'), capacity: 1, programmes: ['shield'] }, 'startsAt'],
      [supervisor, 'post', '/api/v1/appointment-slots', { startsAt: shanghai(days[1], '09:00'), endsAt: shanghai(days[1], '09:30'), capacity: 0, programmes: ['shield'] }, 'capacity'],
      [supervisor, 'post', '/api/v1/appointment-slots', { startsAt: shanghai(days[1], '09:00'), endsAt: shanghai(days[1], '09:30'), capacity: 1, programmes: ['mystery'] }, 'programmes[0]'],
      [supervisor, 'post', '/api/v1/appointment-slots/pattern', { from: '2026-13-01', to: days[1], weekdays: [1], times: [{ start: '09:00', end: '09:30' }], capacity: 1, programmes: ['shield'] }, 'from'],
      [supervisor, 'post', '/api/v1/appointment-slots/pattern', { from: days[0], to: days[1], weekdays: [8], times: [{ start: '09:00', end: '09:30' }], capacity: 1, programmes: ['shield'] }, 'weekdays[0]'],
      [supervisor, 'post', '/api/v1/appointment-slots/pattern', { from: days[0], to: days[1], weekdays: [1], times: [{ start: '9am', end: '09:30' }], capacity: 1, programmes: ['shield'] }, 'times[0].start'],
      [supervisor, 'post', `/api/v1/appointment-slots/${slot.id}/close`, { reason: '' }, 'reason'],
      [supervisor, 'post', '/api/v1/appointment-slots/not-a-uuid/close', { reason: '闭馆' }, 'id'],
      [creator, 'post', '/api/v1/appointments', { slotId: 'x', programme: 'shield' }, 'slotId'],
      [creator, 'post', '/api/v1/appointments', { slotId: slot.id, programme: 'legislation' }, 'programme'],
      [creator, 'post', '/api/v1/appointments', { slotId: slot.id, programme: 'shield', extra: 1 }, 'extra'],
      [creator, 'post', '/api/v1/appointments/not-a-uuid/cancel', {}, 'id'],
      [creator, 'post', `/api/v1/appointments/${slot.id}/cancel`, { reason: 7 }, 'reason'],
      [creator, 'get', '/api/v1/appointment-slots?from=yesterday', undefined, 'from'],
      [creator, 'get', '/api/v1/appointments/not-a-uuid/receipts', undefined, 'id'],
      [agent, 'get', '/api/v1/desk/appointments?phone=123', undefined, 'phone'],
      [agent, 'get', '/api/v1/desk/appointments?code=abc', undefined, 'code'],
      [agent, 'post', `/api/v1/appointments/${slot.id}/check-in`, {}, 'caseId'],
      [agent, 'post', `/api/v1/appointments/${slot.id}/check-in`, { newCase: { programme: 'shield' } }, 'newCase.category'],
      [agent, 'post', '/api/v1/appointments/not-a-uuid/no-show', undefined, 'id'],
      [supervisor, 'get', '/api/v1/dashboard/appointments?from=soon', undefined, 'from'],
      [creator, 'get', '/api/v1/receipts/not-a-uuid/pdf', undefined, 'id'],
      [creator, 'get', '/api/v1/cases/not-a-uuid/receipts', undefined, 'id'],
    ];
    const wrong: string[] = [];
    for (const [user, method, url, body, field] of cases) {
      const req = t.http[method](url).set(bearer(user));
      const res = body === undefined ? await req : await req.send(body);
      const fields = (res.body.errors ?? []).map((e: { field: string }) => e.field);
      if (res.status !== 400 || !fields.includes(field) || !String(res.headers['content-type']).includes('problem+json')) wrong.push(`${method} ${url}: ${res.status} ${JSON.stringify(fields)} (wanted ${field})`);
    }
    expect(wrong).toEqual([]);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM appointments WHERE slot_id = $1`, [slot.id]))[0].n).toBe(0);
  });
});

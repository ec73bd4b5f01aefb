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
    const cal = await t.app.get(HolidayCalendar).calendar(t.db.manager);
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

import { createServer, Server, Socket } from 'node:net';
import { AddressInfo } from 'node:net';
import { AppConfig } from '@app/config';
import { TransactionHost } from '@app/database';
import { DeliveryJobs, EmailTransport, NotificationDelivery, NotificationRepository, Notifier, SmsMessage, SmsTransport, SmtpEmailTransport } from '@app/notifications';
import { UserDirectory } from '@app/users';
import { PiiCipher } from '@app/pii';
import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

interface InboxItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  caseId: string | null;
  caseReference: string | null;
  readAt: string | null;
}

/** Just enough SMTP to receive what nodemailer sends. */
function fakeSmtp(): Promise<{ server: Server; port: number; messages: { to: string[]; data: string }[] }> {
  const messages: { to: string[]; data: string }[] = [];
  const server = createServer((socket: Socket) => {
    let buffer = '';
    let inData = false;
    let current = { to: [] as string[], data: '' };
    socket.write('220 localhost fake ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (let i = buffer.indexOf('\r\n'); i >= 0; i = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push(current);
            current = { to: [], data: '' };
            socket.write('250 queued\r\n');
          } else current.data += `${line}\r\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250-localhost\r\n250 8BITMIME\r\n');
        else if (verb === 'MAIL') socket.write('250 ok\r\n');
        else if (verb === 'RCPT') {
          current.to.push(/<([^>]+)>/.exec(line)?.[1] ?? '');
          socket.write('250 ok\r\n');
        } else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') {
          socket.end('221 bye\r\n');
        } else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, port: (server.address() as AddressInfo).port, messages })));
}

/** Decodes RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) in a header. */
function decodeHeader(value: string): string {
  return value.replace(/\s*=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
}

describe('notifications (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  const file = (user: TestUser, body: object) => t.http.post('/api/v1/cases').set(bearer(user)).send(body);
  const act = (user: TestUser, id: string, action: string, body: object) => t.http.post(`/api/v1/cases/${id}/actions/${action}`).set(bearer(user)).send(body);
  const inbox = async (user: TestUser, query = '') => (await t.http.get(`/api/v1/notifications${query}`).set(bearer(user)).expect(200)).body as { items: InboxItem[]; total: number; unread: number };
  const kinds = async (user: TestUser, caseId: string) => (await inbox(user)).items.filter((n) => n.caseId === caseId).map((n) => n.kind).reverse();

  it('feeds every user’s inbox from case events, written with the change', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const other = await t.user('agent', { zoneId: 'huangpu' });
    const supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    const officer = await t.user('cac_officer', { authorityId: 'cac_huangpu' });
    let c = (await file(creator, { ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    c = (await act(agent, c.id, 'accept', { version: c.version }).expect(201)).body;
    c = (await act(agent, c.id, 'request_materials', { version: c.version, items: ['侵权页面截图', '首次发现时间说明'] }).expect(201)).body;
    c = (await act(creator, c.id, 'supply_materials', { version: c.version }).expect(201)).body;
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(agent)).send({ body: '已收到补充材料，正在核实。' }).expect(201);
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(agent)).send({ body: '内部：请法务看一下', visibility: 'internal' }).expect(201);
    c = (await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(agent)).expect(200)).body;
    c = (await act(supervisor, c.id, 'assign', { version: c.version, assigneeId: other.id }).expect(201)).body;
    c = (await act(other, c.id, 'start', { version: c.version }).expect(201)).body;
    c = (await act(other, c.id, 'escalate', { version: c.version, reason: '需平台下架' }).expect(201)).body;
    c = (await act(officer, c.id, 'acknowledge', { version: c.version }).expect(201)).body;
    c = (await act(officer, c.id, 'resolve', { version: c.version, outcome: 'takedown_done', summary: '已协调平台下架侵权内容' }).expect(201)).body;

    // The filing: a receipt (受理回执) for the creator, and the zone's shield queue hears of it.
    expect(await kinds(creator, c.id)).toEqual(['case_received', 'case_accepted', 'materials_requested', 'public_reply', 'case_escalated', 'case_resolved']);
    expect(await kinds(agent, c.id)).toEqual(['case_queued', 'materials_supplied', 'case_reassigned']);
    expect(await kinds(other, c.id)).toEqual(['case_queued', 'case_assigned']);
    expect(await kinds(supervisor, c.id)).toEqual([]);
    expect(await kinds(officer, c.id)).toEqual(['escalation_received']);
    const [request] = (await inbox(creator)).items.filter((n) => n.caseId === c.id && n.kind === 'materials_requested');
    expect(request).toMatchObject({ title: '请补充材料', caseReference: c.reference });
    expect(request.body).toContain('1. 侵权页面截图；2. 首次发现时间说明');
    // Internal notes never reach the creator.
    expect((await inbox(creator)).items.some((n) => n.body.includes('法务'))).toBe(false);

    // SMS for what a creator must not miss, to the phone on file, in the outbox.
    const sms = await t.db.query(
      `SELECT o.template, o.recipient_cipher FROM notification_outbox o WHERE o.channel = 'sms' AND o.recipient_user_id = $1 ORDER BY o.id`,
      [creator.id],
    );
    expect(sms.map((r: { template: string }) => r.template)).toEqual(['materials_requested', 'case_resolved']);
    expect(t.app.get(PiiCipher).decrypt(sms[0].recipient_cipher)).toBe(creator.login);
  });

  it('counts unread, marks one or all read, and keeps each inbox to its owner', async () => {
    const creator = await t.user('creator');
    const stranger = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'yangpu' });
    let c = (await file(creator, { ...FILINGS.compliance, zoneId: 'yangpu' }).expect(201)).body;
    c = (await act(agent, c.id, 'accept', { version: c.version }).expect(201)).body;
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(agent)).send({ body: '您好，请问模型是否已备案？' }).expect(201);
    const before = await inbox(creator);
    expect(before).toMatchObject({ total: 3, unread: 3 });
    expect(before.items.map((n) => n.kind)).toEqual(['public_reply', 'case_accepted', 'case_received']);
    expect((await t.http.get('/api/v1/notifications/unread-count').set(bearer(creator)).expect(200)).body).toEqual({ unread: 3 });

    const [latest] = before.items;
    await t.http.post(`/api/v1/notifications/${latest.id}/read`).set(bearer(stranger)).expect(404);
    await t.http.post(`/api/v1/notifications/not-a-number/read`).set(bearer(creator)).expect(400);
    const read = (await t.http.post(`/api/v1/notifications/${latest.id}/read`).set(bearer(creator)).expect(201)).body;
    expect(read.readAt).toBeTruthy();
    expect((await inbox(creator, '?unread=true')).items.map((n) => n.id)).not.toContain(latest.id);
    expect((await t.http.post('/api/v1/notifications/read-all').set(bearer(creator)).expect(201)).body).toEqual({ updated: 2 });
    expect((await t.http.get('/api/v1/notifications/unread-count').set(bearer(creator)).expect(200)).body).toEqual({ unread: 0 });
    expect((await inbox(stranger)).total).toBe(0);
    await t.http.get('/api/v1/notifications').expect(401);
  });

  it('keeps an e-mail address encrypted and masked in notification settings', async () => {
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    await t.http.put('/api/v1/me/notification-settings').set(bearer(agent)).send({ email: 'not-an-address' }).expect(400);
    const saved = (await t.http.put('/api/v1/me/notification-settings').set(bearer(agent)).send({ email: 'Li.Zhuanyuan@Example.com', smsEnabled: false }).expect(200)).body;
    expect(saved).toEqual({ email: 'li***@example.com', emailEnabled: true, phone: null, smsEnabled: false });
    const [row] = await t.db.query(`SELECT email_cipher FROM notification_contacts WHERE user_id = $1`, [agent.id]);
    expect(row.email_cipher).not.toContain('example.com');
    expect(t.app.get(PiiCipher).decrypt(row.email_cipher)).toBe('li.zhuanyuan@example.com');
  });

  it('delivers SMS with recorded attempts, retrying failures with backoff, without blocking anything', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    let c = (await file(creator, { ...FILINGS.legislation, zoneId: 'huangpu' }).expect(201)).body;
    // The carrier is down: the action still succeeds, the SMS waits in the outbox.
    c = (await act(agent, c.id, 'request_materials', { version: c.version, items: ['条文修改依据'] }).expect(201)).body;
    const [row] = await t.db.query(`SELECT id FROM notification_outbox WHERE channel = 'sms' AND recipient_user_id = $1`, [creator.id]);
    const sent: SmsMessage[] = [];
    let failuresLeft = 2;
    const carrier: SmsTransport = {
      send: async (m) => {
        if (m.to === creator.login && failuresLeft-- > 0) throw new Error('carrier timeout');
        sent.push(m);
      },
    };
    const delivery = new NotificationDelivery(t.app.get(NotificationRepository), t.app.get(PiiCipher), carrier, { send: async () => undefined } as EmailTransport);
    const attempt = async () => {
      await delivery.attempt(row.id);
      const [state] = await t.db.query(`SELECT status, attempts, next_attempt_at > now() + interval '5 seconds' AS backing_off FROM notification_outbox WHERE id = $1`, [row.id]);
      await t.db.query(`UPDATE notification_outbox SET next_attempt_at = now() WHERE id = $1 AND status = 'pending'`, [row.id]);
      return state;
    };
    expect(await attempt()).toEqual({ status: 'pending', attempts: 1, backing_off: true });
    expect(await attempt()).toEqual({ status: 'pending', attempts: 2, backing_off: true });
    expect(await attempt()).toMatchObject({ status: 'sent', attempts: 3 });
    const attempts = await t.db.query(`SELECT attempt, ok, error FROM notification_attempts WHERE outbox_id = $1 ORDER BY attempt`, [row.id]);
    expect(attempts).toEqual([
      { attempt: 1, ok: false, error: 'carrier timeout' },
      { attempt: 2, ok: false, error: 'carrier timeout' },
      { attempt: 3, ok: true, error: null },
    ]);
    const mine = sent.filter((m) => m.to === creator.login);
    expect(mine).toHaveLength(1);
    expect(mine[0].text).toBe(`【集聚区创作者服务台】您的案件 ${c.reference} 需要补充材料，请在 30 天内登录服务台查看清单并补充。`);
  });

  it('sends e-mail through SMTP when SMTP_URL is set', async () => {
    const smtp = await fakeSmtp();
    try {
      const supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
      await t.http.put('/api/v1/me/notification-settings').set(bearer(supervisor)).send({ email: 'zhou.zhuguan@example.com' }).expect(200);
      const config = Object.assign(new AppConfig(), { SMTP_URL: `smtp://desk%40example.com:pw@127.0.0.1:${smtp.port}` });
      const notifier = new Notifier(config, t.app.get(NotificationRepository), t.app.get(UserDirectory), t.app.get(DeliveryJobs));
      const creator = await t.user('creator');
      const c = (await file(creator, { ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201)).body;
      await t.app.get(TransactionHost).withTransaction(() =>
        notifier.notify([{ userIds: [supervisor.id], kind: 'sla_warning', caseId: c.id, params: { reference: c.reference, title: c.title, clock: '受理时限', dueAt: '2026-11-27 10:00' } }]),
      );
      const pii = t.app.get(PiiCipher);
      const delivery = new NotificationDelivery(t.app.get(NotificationRepository), pii, { send: async () => undefined }, new SmtpEmailTransport(config));
      const [row] = await t.db.query(`SELECT id FROM notification_outbox WHERE channel = 'email' AND recipient_user_id = $1`, [supervisor.id]);
      // The delivery's job went to the job outbox with it.
      expect(await t.db.query(`SELECT name FROM job_outbox WHERE job_id = $1`, [`notification-deliver:${row.id}`])).toEqual([{ name: 'notification-deliver' }]);
      for (let i = 0; i < 20; i++) {
        await delivery.attempt(row.id);
        if (smtp.messages.some((m) => m.to.includes('zhou.zhuguan@example.com'))) break;
      }
      const message = smtp.messages.find((m) => m.to.includes('zhou.zhuguan@example.com'));
      expect(message).toBeDefined();
      const subject = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(message!.data)?.[1] ?? '';
      expect(decodeHeader(subject.replace(/\r\n/g, ''))).toBe('受理时限即将到期');
      expect(message!.data).toMatch(/^From: =\?UTF-8\?.+<desk@example\.com>/m);
      const [state] = await t.db.query(`SELECT status FROM notification_outbox WHERE id = $1`, [row.id]);
      expect(state.status).toBe('sent');
    } finally {
      smtp.server.close();
    }
  });

  it('forgets a purged case’s message texts, keeping their kind and time', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    let c = (await file(creator, { ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    c = (await act(agent, c.id, 'request_materials', { version: c.version, items: ['身份证明'] }).expect(201)).body;
    await t.app.get(TransactionHost).withTransaction(() => t.app.get(NotificationRepository).forgetCase(c.id));
    const [item] = (await inbox(creator)).items.filter((n) => n.caseId === c.id);
    expect(item).toMatchObject({ kind: 'materials_requested', title: '（已按保存期限清除）', body: '（已按保存期限清除）', caseReference: null });
    const [sms] = await t.db.query(`SELECT payload, status FROM notification_outbox WHERE recipient_user_id = $1`, [creator.id]);
    expect(sms).toEqual({ payload: {}, status: 'failed' });
  });
});

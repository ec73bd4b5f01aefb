import { createHash } from 'node:crypto';
import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp } from './support/test-app';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  Buffer.from('截图内容'.repeat(50)),
]);

describe('evidence and creator profiles (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  async function openCase() {
    const creator = await t.user('creator');
    const c = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    return { creator, c };
  }

  it('keeps the original bytes with SHA-256 and SM3 fingerprints, and audits every download', async () => {
    const { creator, c } = await openCase();
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const up = await t.http.post(`/api/v1/cases/${c.id}/attachments`).set(bearer(creator)).attach('file', PNG, '侵权截图.png').expect(201);
    expect(up.body).toMatchObject({
      fileName: '侵权截图.png',
      mimeType: 'image/png',
      size: PNG.length,
      sha256: createHash('sha256').update(PNG).digest('hex'),
      sm3: createHash('sm3').update(PNG).digest('hex'),
      uploadedBy: { id: creator.id },
    });
    const list = (await t.http.get(`/api/v1/cases/${c.id}/attachments`).set(bearer(agent)).expect(200)).body;
    expect(list.map((a: { id: string }) => a.id)).toEqual([up.body.id]);

    const download = await t.http.get(`/api/v1/attachments/${up.body.id}/content`).set(bearer(agent)).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(Buffer.compare(download.body as Buffer, PNG)).toBe(0);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''");
    const [audit] = await t.db.query(`SELECT actor_id FROM audit_events WHERE action = 'attachment.download' AND entity_id = $1`, [up.body.id]);
    expect(audit.actor_id).toBe(agent.id);
  });

  it('refuses a file that lies about its type, an archive, an empty file and a missing file, storing nothing', async () => {
    const { creator, c } = await openCase();
    const before = await t.count('attachments');
    const lying = await t.http.post(`/api/v1/cases/${c.id}/attachments`).set(bearer(creator)).attach('file', PNG, 'contract.pdf').expect(415);
    expect(lying.headers['content-type']).toContain('application/problem+json');
    expect(lying.body.errors[0].field).toBe('file');
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0, 0, 0]);
    await t.http.post(`/api/v1/cases/${c.id}/attachments`).set(bearer(creator)).attach('file', zip, 'bomb.zip').expect(415);
    await t.http.post(`/api/v1/cases/${c.id}/attachments`).set(bearer(creator)).attach('file', Buffer.alloc(0), 'empty.png').expect(400);
    await t.http.post(`/api/v1/cases/${c.id}/attachments`).set(bearer(creator)).field('x', '1').expect(400);
    expect(await t.count('attachments')).toBe(before);
  });

  it('keeps evidence within the case scope: another zone or creator can neither add nor read it', async () => {
    const { creator, c } = await openCase();
    const up = (await t.http.post(`/api/v1/cases/${c.id}/attachments`).set(bearer(creator)).attach('file', PNG, 'a.png').expect(201)).body;
    const otherAgent = await t.user('agent', { zoneId: 'yangpu' });
    const stranger = await t.user('creator');
    for (const outsider of [otherAgent, stranger]) {
      await t.http.post(`/api/v1/cases/${c.id}/attachments`).set(bearer(outsider)).attach('file', PNG, 'b.png').expect(404);
      await t.http.get(`/api/v1/cases/${c.id}/attachments`).set(bearer(outsider)).expect(404);
      await t.http.get(`/api/v1/attachments/${up.id}/content`).set(bearer(outsider)).expect(404);
    }
  });

  it('previews images inline with nosniff and a sandbox CSP, keeps other types as attachments, and scopes and audits the preview', async () => {
    const { creator, c } = await openCase();
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const img = (await t.http.post(`/api/v1/cases/${c.id}/attachments`).set(bearer(creator)).attach('file', PNG, '截图.png').expect(201)).body;
    const txt = (await t.http.post(`/api/v1/cases/${c.id}/attachments`).set(bearer(creator)).attach('file', Buffer.from('<html><script>alert(1)</script></html>'), '说明.txt').expect(201)).body;

    const inline = await t.http.get(`/api/v1/attachments/${img.id}/content?disposition=inline`).set(bearer(agent)).buffer(true).expect(200);
    expect(inline.headers['content-type']).toBe('image/png');
    expect(inline.headers['content-disposition']).toMatch(/^inline;/);
    expect(inline.headers['x-content-type-options']).toBe('nosniff');
    expect(inline.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    const [audit] = await t.db.query(`SELECT actor_id, after FROM audit_events WHERE action = 'attachment.download' AND entity_id = $1`, [img.id]);
    expect(audit).toMatchObject({ actor_id: agent.id, after: { caseId: c.id, disposition: 'inline' } });

    const text = await t.http.get(`/api/v1/attachments/${txt.id}/content?disposition=inline`).set(bearer(agent)).buffer(true).expect(200);
    expect(text.headers['content-disposition']).toMatch(/^attachment;/);
    expect(text.headers['x-content-type-options']).toBe('nosniff');
    const [textAudit] = await t.db.query(`SELECT after FROM audit_events WHERE action = 'attachment.download' AND entity_id = $1`, [txt.id]);
    expect(textAudit.after.disposition).toBeUndefined();

    const bad = await t.http.get(`/api/v1/attachments/${img.id}/content?disposition=render`).set(bearer(agent)).expect(400);
    expect(bad.body.errors[0].field).toBe('disposition');

    const otherAgent = await t.user('agent', { zoneId: 'yangpu' });
    await t.http.get(`/api/v1/attachments/${img.id}/content?disposition=inline`).set(bearer(otherAgent)).expect(404);
    const reads = await t.db.query(`SELECT actor_id FROM audit_events WHERE action = 'attachment.download' AND entity_id = $1`, [img.id]);
    expect(reads.map((r: { actor_id: string }) => r.actor_id)).toEqual([agent.id]);
  });

  it('encrypts and masks the identity, and audits the desk reading it in full', async () => {
    const { creator } = await openCase();
    await t.http.put('/api/v1/creator-profile').set(bearer(creator)).send({ idCardNumber: '110105194912310021' }).expect(400);
    const profile = (await t.http.put('/api/v1/creator-profile').set(bearer(creator))
      .send({ realName: '张小喵', idCardNumber: '11010519491231002X', platformAccounts: [{ platform: 'bilibili', accountId: '123456', url: 'https://space.bilibili.com/123456' }], studio: '喵喵工作室' })
      .expect(200)).body;
    expect(profile).toMatchObject({ realName: '张**', idCardNumber: '110***********002X', verified: false });
    const [row] = await t.db.query(`SELECT id_card_cipher FROM creator_profiles WHERE user_id = $1`, [creator.id]);
    expect(row.id_card_cipher).not.toContain('11010519491231002X');

    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const otherAgent = await t.user('agent', { zoneId: 'yangpu' });
    await t.http.get(`/api/v1/creators/${creator.id}/identity`).set(bearer(otherAgent)).expect(404);
    const identity = (await t.http.get(`/api/v1/creators/${creator.id}/identity`).set(bearer(agent)).expect(200)).body;
    expect(identity).toMatchObject({ realName: '张小喵', idCardNumber: '11010519491231002X' });
    const [read] = await t.db.query(`SELECT actor_id FROM audit_events WHERE action = 'pii.read' AND entity_id = $1`, [creator.id]);
    expect(read.actor_id).toBe(agent.id);
    const verified = (await t.http.post(`/api/v1/creators/${creator.id}/verify`).set(bearer(agent)).expect(201)).body;
    expect(verified.verified).toBe(true);
  });
});

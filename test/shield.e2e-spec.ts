import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { extractPdfText } from '@app/documents';
import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), Buffer.from('侵权截图'.repeat(50))]);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- superagent hands the raw response stream
const binary = (res: any, cb: (e: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('盾牌行动: linked cases, evidence packets, platform requests, police referrals (e2e)', () => {
  let t: TestApp;
  let agent: TestUser;
  let officer: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    agent = await t.user('agent', { zoneId: 'huangpu' });
    officer = await t.user('cac_officer', { authorityId: 'cac_huangpu' });
  });
  afterAll(() => t.close());

  const post = (user: TestUser, path: string, body: object = {}) => t.http.post(`/api/v1${path}`).set(bearer(user)).send(body);
  const get = (user: TestUser, path: string) => t.http.get(`/api/v1${path}`).set(bearer(user));
  const tag = Math.random().toString(36).slice(2, 8);
  const shield = (intake: object, zoneId = 'huangpu') => ({ ...FILINGS.shield, zoneId, intake: { ...FILINGS.shield.intake, ...intake } });
  const account = `造谣号${tag}`;
  const url = `https://weibo.com/1234567890/Ab${tag}`;

  it('matches cases on the same account and link, links them, merges a duplicate, and the creator learns nobody else', async () => {
    const [a, b, yp] = await Promise.all([t.user('creator'), t.user('creator'), t.user('creator')]);
    const caseA = (await post(a, '/cases', shield({ platform: 'weibo', offendingAccounts: [`@${account}`], urls: [`${url}?utm_source=wechat&share_from=app`] })).expect(201)).body;
    const caseB = (await post(b, '/cases', shield({ platform: 'weibo', offendingAccounts: [` ${account.toUpperCase()} `], urls: [url] })).expect(201)).body;
    const caseYp = (await post(yp, '/cases', shield({ platform: 'weibo', offendingAccounts: [account] }, 'yangpu')).expect(201)).body;
    const dupA = (await post(a, '/cases', shield({ platform: 'weibo', offendingAccounts: [account] })).expect(201)).body;

    const matches = (await get(agent, `/shield/cases/${caseA.id}/matches`).expect(200)).body;
    expect(matches.map((x: { caseId: string }) => x.caseId).sort()).toEqual([caseB.id, dupA.id].sort());
    expect(matches.find((x: { caseId: string }) => x.caseId === caseB.id)).toMatchObject({ sameCreator: false, shared: expect.arrayContaining([{ kind: 'account', key: `weibo:${account.toLowerCase()}` }, { kind: 'url', key: `weibo.com/1234567890/Ab${tag}` }]) });
    expect(matches.find((x: { caseId: string }) => x.caseId === dupA.id).sameCreator).toBe(true);
    expect(JSON.stringify(matches)).not.toContain(caseYp.id);
    await get(a, `/shield/cases/${caseA.id}/matches`).expect(403);

    expect((await post(agent, `/shield/cases/${caseA.id}/links`, { caseIds: ['nope'] }).expect(400)).body.errors[0].field).toBe('caseIds[0]');
    const ypAgent = await t.user('agent', { zoneId: 'yangpu' });
    await post(ypAgent, `/shield/cases/${caseA.id}/links`, { caseIds: [caseB.id] }).expect(404);
    await post(agent, `/shield/cases/${caseA.id}/links`, { caseIds: [caseYp.id] }).expect(404);
    const group = (await post(agent, `/shield/cases/${caseA.id}/links`, { caseIds: [caseB.id], note: '同一账号' }).expect(201)).body;
    expect(group.members.map((x: { caseId: string }) => x.caseId).sort()).toEqual([caseA.id, caseB.id].sort());

    await post(agent, `/shield/cases/${caseA.id}/merge`, { duplicateCaseId: caseB.id }).expect(409);
    const merged = (await post(agent, `/shield/cases/${caseA.id}/merge`, { duplicateCaseId: dupA.id }).expect(201)).body;
    expect(merged.merged).toEqual([{ caseId: dupA.id, reference: dupA.reference }]);
    expect((await get(a, `/cases/${dupA.id}`).expect(200)).body).toMatchObject({ status: 'rejected' });
    expect((await get(a, `/cases/${dupA.id}`)).body.rejectionReason).toContain(caseA.reference);
    // Both histories stay.
    expect((await get(a, `/cases/${dupA.id}/timeline`).expect(200)).body.length).toBeGreaterThan(1);

    // What creator A's own answers say: their case is handled together, never with whom.
    const answers = JSON.stringify([
      (await get(a, `/cases/${caseA.id}`).expect(200)).body,
      (await get(a, `/cases/${caseA.id}/timeline`).expect(200)).body,
      (await get(a, '/cases').expect(200)).body,
      (await get(a, '/notifications').expect(200)).body,
    ]);
    expect(answers).toContain('并案处理');
    for (const secret of [caseB.id, caseB.reference, b.id, group.id]) expect(answers).not.toContain(secret);
    await get(a, `/shield/cases/${caseA.id}`).expect(403);
    await get(a, `/cases/${caseB.id}`).expect(404);

    // Escalated together; the officer resolves together; each creator rates their own case.
    await post(agent, `/shield/groups/${group.id}/escalate`, { reason: '同一账号多人受害' }).expect(201);
    for (const id of [caseA.id, caseB.id]) expect((await get(agent, `/cases/${id}`).expect(200)).body).toMatchObject({ status: 'escalated', escalationAuthorityId: 'cac_huangpu' });
    expect((await post(officer, `/shield/groups/${group.id}/resolve`, { outcome: 'maybe', summary: 'x x' }).expect(400)).body.errors[0].field).toBe('outcome');
    await post(officer, `/shield/groups/${group.id}/resolve`, { outcome: 'takedown_done', summary: '平台已删除侵权内容并封禁账号。' }).expect(201);
    const ra = (await get(a, `/cases/${caseA.id}`).expect(200)).body;
    const rb = (await get(b, `/cases/${caseB.id}`).expect(200)).body;
    expect([ra.status, rb.status]).toEqual(['resolved', 'resolved']);
    await post(a, `/cases/${caseA.id}/actions/rate`, { version: ra.version, level: 5 }).expect(201);
    expect((await get(b, `/cases/${caseB.id}`).expect(200)).body).toMatchObject({ status: 'resolved', rating: null });
    const audit = await t.db.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [group.id]);
    expect(audit.map((x: { action: string }) => x.action)).toEqual(['case_link.link', 'case_link.escalate', 'case_link.resolve']);
  });

  it('builds an evidence packet: files, JSON and PDF manifests with SHA-256 and SM3, custody events; fingerprinted, downloads audited', async () => {
    const creator = await t.user('creator');
    const c = (await post(creator, '/cases', shield({ offendingAccounts: [`证据${tag}`] })).expect(201)).body;
    await post(agent, `/shield/cases/${c.id}/evidence-packets`, { purpose: 'police' }).expect(409);
    const up = (await t.http.post(`/api/v1/cases/${c.id}/attachments`).set(bearer(creator)).attach('file', PNG, '侵权截图.png').expect(201)).body;
    expect((await post(agent, `/shield/cases/${c.id}/evidence-packets`, { purpose: 'prison' }).expect(400)).body.errors[0].field).toBe('purpose');
    const packet = (await post(agent, `/shield/cases/${c.id}/evidence-packets`, { purpose: 'police' }).expect(201)).body;
    expect(packet).toMatchObject({ fileCount: 1, purpose: 'police' });

    const ypAgent = await t.user('agent', { zoneId: 'yangpu' });
    await get(ypAgent, `/shield/evidence-packets/${packet.id}/content`).expect(404);
    const res = await get(agent, `/shield/evidence-packets/${packet.id}/content`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zipBytes = res.body as Buffer;
    expect(createHash('sha256').update(zipBytes).digest('hex')).toBe(packet.sha256);
    expect(createHash('sm3').update(zipBytes).digest('hex')).toBe(packet.sm3);
    const zip = await JSZip.loadAsync(zipBytes);
    expect(Object.keys(zip.files).sort()).toEqual(['files/001-侵权截图.png', 'manifest.json', 'manifest.pdf']);
    expect(Buffer.compare(await zip.file('files/001-侵权截图.png')!.async('nodebuffer'), PNG)).toBe(0);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest).toMatchObject({ reference: c.reference, files: [{ fileName: '侵权截图.png', sha256: up.sha256, sm3: up.sm3, uploadedBy: '测试creator', size: PNG.length }] });
    expect(manifest.custody.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['case.file', 'attachment.upload']));
    const text = await extractPdfText(await zip.file('manifest.pdf')!.async('nodebuffer'));
    expect(text).toContain('电子证据清单');
    expect(text).toContain(c.reference);
    expect(text).toContain(up.sha256);
    expect(text).toContain('侵权截图.png');
    const downloads = await t.db.query(`SELECT actor_id FROM audit_events WHERE action = 'evidence_packet.download' AND entity_id = $1`, [packet.id]);
    expect(downloads).toEqual([{ actor_id: agent.id }]);
  });

  it('sends the platform a request letter (PDF) from the district authority and counts its response', async () => {
    const creator = await t.user('creator');
    const supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    const c = (await post(creator, '/cases', shield({ platform: 'douyin', offendingAccounts: [`处置号${tag}`], urls: [`https://www.douyin.com/video/7${tag}`] })).expect(201)).body;
    let v = (await post(agent, `/cases/${c.id}/actions/accept`, { version: c.version }).expect(201)).body;
    await post(agent, `/cases/${c.id}/actions/escalate`, { version: v.version, reason: '需要平台处置' }).expect(201);
    await post(agent, `/shield/cases/${c.id}/platform-requests`, { measures: ['delete_content'] }).expect(403);
    expect((await post(officer, `/shield/cases/${c.id}/platform-requests`, { measures: [] }).expect(400)).body.errors[0].field).toBe('measures');
    const request = (await post(officer, `/shield/cases/${c.id}/platform-requests`, { measures: ['delete_content', 'ban_account'] }).expect(201)).body;
    expect(request).toMatchObject({ platform: 'douyin', accounts: [`处置号${tag}`], verificationCode: expect.stringMatching(/^[0-9A-Z]{4}-/) });
    const pdf = (await get(officer, `/shield/platform-requests/${request.id}/letter`).buffer(true).parse(binary).expect(200)).body as Buffer;
    const text = await extractPdfText(pdf);
    for (const s of ['关于依法处置网络侵权信息的函', '黄浦区委网信办', '抖音', c.reference, `处置号${tag}`, `https://www.douyin.com/video/7${tag}`, '删除侵权信息', '关闭（封禁）侵权账号', request.verificationCode]) expect(text.replace(/\s+/g, '')).toContain(s.replace(/\s+/g, ''));

    const before = (await get(supervisor, '/shield/stats').expect(200)).body.find((s: { platform: string }) => s.platform === 'douyin') ?? { requests: 0, deleted: 0, pending: 0 };
    expect((await post(agent, `/shield/platform-requests/${request.id}/responses`, { result: 'gone', respondedOn: '2026-03-05' }).expect(400)).body.errors[0].field).toBe('result');
    await post(agent, `/shield/platform-requests/${request.id}/responses`, { result: 'deleted', respondedOn: '2026-03-05', note: '已删除 3 条视频' }).expect(201);
    const after = (await get(supervisor, '/shield/stats').expect(200)).body.find((s: { platform: string }) => s.platform === 'douyin');
    expect(after.deleted - before.deleted).toBe(1);
    expect((await get(await t.user('supervisor', { zoneId: 'yangpu' }), '/shield/stats').expect(200)).body.map((s: { zoneId: string }) => s.zoneId)).not.toContain('huangpu');
    const timeline = (await get(creator, `/cases/${c.id}/timeline`).expect(200)).body;
    expect(timeline.map((e: { data: { label?: string } }) => e.data.label)).toEqual(expect.arrayContaining(['平台处置结果：删除（2026-03-05）']));
    expect(JSON.stringify(timeline)).not.toContain(request.verificationCode);
  });

  it('网络暴力 lane: a minor comes first in every queue; reach above 5,000 views prompts a referral, which is tracked', async () => {
    const creator = await t.user('creator');
    const minor = (await post(creator, '/cases', shield({ minorInvolved: true, ongoing: false })).expect(201)).body;
    const later = (await post(creator, '/cases', shield({ ongoing: true, views: 6200, reposts: 10 })).expect(201)).body;
    expect(minor.priority).toBe('urgent');
    for (const sort of ['-createdAt', 'createdAt', 'priority']) {
      const ids = (await get(agent, `/cases?programme=shield&pageSize=100&sort=${sort}`).expect(200)).body.items.map((x: { id: string }) => x.id);
      expect(ids.indexOf(minor.id)).toBeLessThan(ids.indexOf(later.id));
      expect(ids.indexOf(minor.id)).toBeGreaterThanOrEqual(0);
    }
    const view = (await get(agent, `/shield/cases/${later.id}`).expect(200)).body;
    expect(view).toMatchObject({ referralPrompted: true, reach: { views: 6200, reposts: 10 } });
    expect((await get(agent, `/shield/cases/${minor.id}`).expect(200)).body).toMatchObject({ referralPrompted: false, minorInvolved: true });
    const staffTimeline = (await get(agent, `/cases/${later.id}/timeline`).expect(200)).body;
    expect(staffTimeline.some((e: { kind: string; data: { prompt?: boolean } }) => e.kind === 'police_referral' && e.data.prompt)).toBe(true);
    expect(JSON.stringify((await get(creator, `/cases/${later.id}/timeline`).expect(200)).body)).not.toContain('请评估并登记移送');

    expect((await post(agent, `/shield/cases/${later.id}/police-referrals`, { policeUnit: '上海市公安局黄浦分局', reason: '浏览逾五千次', referredOn: '5 March' }).expect(400)).body.errors[0].field).toBe('referredOn');
    const referral = (await post(agent, `/shield/cases/${later.id}/police-referrals`, { policeUnit: '上海市公安局黄浦分局', reason: '诽谤信息浏览逾五千次', referredOn: '2026-03-05' }).expect(201)).body;
    const updated = (await post(agent, `/shield/police-referrals/${referral.id}/status`, { status: 'filed', note: '已立案侦查', receiptNo: '黄公立字2026-001' }).expect(201)).body;
    expect(updated).toMatchObject({ status: 'filed', receiptNo: '黄公立字2026-001' });
    expect(updated.history.map((h: { status: string }) => h.status)).toEqual(['referred', 'filed']);
    expect((await get(agent, `/shield/cases/${later.id}`).expect(200)).body.referrals).toEqual([expect.objectContaining({ id: referral.id, status: 'filed' })]);
    expect(JSON.stringify((await get(creator, `/cases/${later.id}/timeline`).expect(200)).body)).toContain('公安机关处理情况：已立案');
    await post(await t.user('agent', { zoneId: 'yangpu' }), `/shield/police-referrals/${referral.id}/status`, { status: 'closed', note: 'x' }).expect(404);
  });
});

import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { PURGED_NAME } from '@app/documents';
import { PiiModule } from '@app/pii';
import { PURGED_TEXT, RetentionModule, RetentionService } from '@app/retention';
import { openHonourRound } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

@Module({ imports: [ConfigModule, DatabaseModule, PiiModule, RetentionModule] })
class RetentionTestModule {}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), Buffer.alloc(64)]);
const DAY = 24 * 3600_000;

/** The programmes' tables under the retention purge: each owning module erases its part of a finished case. */
describe('retention of the programmes\' personal data (e2e)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let retention: RetentionService;
  beforeAll(async () => {
    t = await TestApp.start();
    worker = await NestFactory.createApplicationContext(RetentionTestModule, { logger: false });
    retention = worker.get(RetentionService);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  const post = async (user: TestUser, path: string, body: object = {}) => {
    const res = await t.http.post(`/api/v1${path}`).set(bearer(user)).send(body);
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  /** Withdrawn four years ago: due for the purge. */
  const finishLongAgo = async (creator: TestUser, caseId: string) => {
    const [{ version }] = await t.db.query(`SELECT version FROM cases WHERE id = $1`, [caseId]);
    await post(creator, `/cases/${caseId}/actions/withdraw`, { version });
    await t.db.query(`UPDATE cases SET updated_at = now() - interval '4 years', closed_at = now() - interval '4 years' WHERE id = $1`, [caseId]);
  };

  it('erases evidence packets, targets, decision reasons, questions, suggestions and the creator\'s name in issued documents; keeps fingerprints and outcomes', async () => {
    const creator = await t.user('creator');
    const name = `留存测试·李${Math.random().toString(36).slice(2, 6)}`;
    await t.db.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [creator.id, name]);
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const city = await t.user('cac_officer', { authorityId: 'cac_city' });

    // 盾牌行动: a case with a target, evidence and a packet.
    const shield = await post(creator, '/cases', {
      programme: 'shield', category: 'defamation', zoneId: 'huangpu', title: '留存侵权', description: '留存侵权的说明。',
      intake: { platform: 'weibo', offendingAccounts: ['留存号甲'], urls: ['https://weibo.com/1/retention'], startedOn: '2026-03-01', ongoing: false, minorInvolved: false, views: 10 },
    });
    await t.http.post(`/api/v1/cases/${shield.id}/attachments`).set(bearer(creator)).attach('file', PNG, '截图.png').expect(201);
    const packet = await post(agent, `/shield/cases/${shield.id}/evidence-packets`, { purpose: 'court' });
    const [packetRow] = await t.db.query(`SELECT storage_key, manifest FROM evidence_packets WHERE id = $1`, [packet.id]);
    const packetFile = join(resolve(process.env.UPLOAD_DIR!), packetRow.storage_key);
    expect(existsSync(packetFile)).toBe(true);
    expect(JSON.stringify(packetRow.manifest)).toContain('截图.png');
    expect(await t.db.query(`SELECT 1 FROM shield_targets WHERE case_id = $1`, [shield.id])).not.toHaveLength(0);

    // 星光计划: a self-nomination with a desk decision.
    const round = await openHonourRound(t, { categories: ['image'] });
    const nominationCase = await post(creator, `/starlight/rounds/${round.id}/nominations`, {
      zoneId: 'huangpu', category: 'self_nomination', title: '留存自荐', description: '留存自荐作品的说明。',
      intake: { nominationType: 'work', workTitle: '留存', form: 'image', links: ['https://example.com/r'], reach: '一万' },
    });
    const [{ id: nominationId }] = await t.db.query(`SELECT id FROM nominations WHERE case_id = $1`, [nominationCase.id]);
    await post(agent, `/starlight/nominations/${nominationId}/decisions`, { stage: 'desk_reviewed', decision: 'pass', reason: `${name}材料齐全` });

    // 合规引擎: a question that became a case, one that did not (old), one that did not (recent).
    const asked = await post(creator, '/compliance/starts', { zoneId: 'huangpu', question: '留存：标识怎么加' });
    const complianceCase = await post(creator, `/compliance/starts/${asked.id}/case`, { category: 'compliance_guidance', title: '留存咨询', description: '留存咨询的说明', intake: { productOrModel: '模型', question: '问题' } });
    const oldQuestion = await post(creator, '/compliance/starts', { zoneId: 'huangpu', question: '留存：旧问题' });
    await post(creator, `/compliance/starts/${oldQuestion.id}/end`, { helpful: true });
    await t.db.query(`UPDATE compliance_starts SET created_at = now() - interval '4 years' WHERE id = $1`, [oldQuestion.id]);
    const newQuestion = await post(creator, '/compliance/starts', { zoneId: 'huangpu', question: '留存：新问题' });

    // 众智平台: a named suggestion.
    const consultation = await post(city, '/legislation/consultations', {
      title: '留存征集稿', issuingBody: '中共上海市委网络安全和信息化委员会办公室', articles: [{ no: '第一条', text: '条文' }],
      opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.now() + 40 * DAY).toISOString(),
    });
    const suggestion = await post(creator, `/legislation/consultations/${consultation.id}/suggestions`, { zoneId: 'huangpu', articleNo: '第一条', suggestedWording: '留存建议措辞', reason: '留存理由', named: true });
    const [{ case_id: suggestionCaseId }] = await t.db.query(`SELECT case_id FROM suggestions WHERE id = $1`, [suggestion.id]);

    const cases = [shield.id, nominationCase.id, complianceCase.id, suggestionCaseId];
    const documentsBefore = await t.db.query(`SELECT id, attests, spec FROM issued_documents WHERE case_id = ANY($1::uuid[])`, [cases]);
    expect(JSON.stringify(documentsBefore)).toContain(name);
    for (const id of cases) await finishLongAgo(creator, id);

    expect(await retention.purgeDue()).toBeGreaterThanOrEqual(4);

    // Shield: the manifest and bytes are gone, the fingerprints stay; the targets and the packet download are gone.
    const [p] = await t.db.query(`SELECT manifest, purged_at, sha256, file_count FROM evidence_packets WHERE id = $1`, [packet.id]);
    expect(p.purged_at).not.toBeNull();
    expect(p.manifest).toEqual({ purged: true, fileCount: p.file_count, sha256: p.sha256, sm3: expect.any(String) });
    expect(p.sha256).toBe(packet.sha256);
    expect(existsSync(packetFile)).toBe(false);
    expect(await t.db.query(`SELECT 1 FROM shield_targets WHERE case_id = $1`, [shield.id])).toHaveLength(0);
    const gone = await t.http.get(`/api/v1/shield/evidence-packets/${packet.id}/content`).set(bearer(agent)).expect(404);
    expect(gone.body.code).toBe('shield.packet_purged');

    // 星光计划: the reason is erased, the decision stays.
    const [decision] = await t.db.query(`SELECT stage, decision, reason FROM nomination_decisions WHERE nomination_id = $1`, [nominationId]);
    expect(decision).toEqual({ stage: 'desk_reviewed', decision: 'pass', reason: PURGED_TEXT });

    // 合规引擎: the case's question and the old one are erased, the recent one stays.
    const questions = await t.db.query(`SELECT id, question FROM compliance_starts WHERE id = ANY($1::uuid[])`, [[asked.id, oldQuestion.id, newQuestion.id]]);
    expect(Object.fromEntries(questions.map((q: { id: string; question: string }) => [q.id, q.question]))).toEqual({
      [asked.id]: PURGED_TEXT,
      [oldQuestion.id]: PURGED_TEXT,
      [newQuestion.id]: '留存：新问题',
    });

    // 众智平台: wording and reason erased, no longer named.
    const [s] = await t.db.query(`SELECT suggested_wording, reason, named, article_no FROM suggestions WHERE id = $1`, [suggestion.id]);
    expect(s).toEqual({ suggested_wording: PURGED_TEXT, reason: PURGED_TEXT, named: false, article_no: '第一条' });

    // Documents: the same documents, without the creator's name.
    const documentsAfter = await t.db.query(`SELECT id, attests, spec FROM issued_documents WHERE case_id = ANY($1::uuid[]) ORDER BY id`, [cases]);
    expect(documentsAfter.map((d: { id: string }) => d.id).sort()).toEqual(documentsBefore.map((d: { id: string }) => d.id).sort());
    expect(JSON.stringify(documentsAfter)).not.toContain(name);
    expect(JSON.stringify(documentsAfter)).toContain(PURGED_NAME);

    const [audit] = await t.db.query(`SELECT after FROM audit_events WHERE action = 'retention.purge' AND entity_id = $1`, [shield.id]);
    expect(audit.after).toMatchObject({ attachments: 1, evidencePackets: 1 });
    expect(await t.verifyAudit()).toMatchObject({ ok: true, unlinked: { count: 0 } });
    // A second run has nothing left to do.
    expect(await retention.purgeDue()).toBe(0);
  });
});

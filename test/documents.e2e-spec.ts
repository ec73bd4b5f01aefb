import { TransactionHost } from '@app/database';
import { DocumentRegistry, extractPdfText } from '@app/documents';
import { TestApp } from './support/test-app';

describe('issued documents and their public verification (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  /** Issued in a transaction of the spec's own, as a module issuing from its listener would. */
  const issue = () =>
    t.app.get(TransactionHost).withTransaction(() =>
      t.app.get(DocumentRegistry).issue({
        kind: 'test.letter',
        subjectType: 'test',
        subjectId: 'letter-1',
        zoneId: 'huangpu',
        attests: [['文书编号', 'HP-TEST-0001']],
        spec: { title: '测试告知书', issuer: '黄浦区集聚区创作者服务台', sections: [{ paragraphs: ['这是一份测试文书。'] }] },
        actor: 'system',
      }),
    );

  it('records the document with an unguessable code, audited, and draws it as a PDF carrying that code', async () => {
    const doc = await issue();
    expect(doc.verificationCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(doc.verificationUrl).toBe(`http://localhost:3000/verify/${doc.verificationCode}`);
    const [audit] = await t.db.query(`SELECT action, entity_id FROM audit_events WHERE entity_type = 'document' AND entity_id = $1`, [doc.id]);
    expect(audit.action).toBe('document.issue');
    const registry = t.app.get(DocumentRegistry);
    const text = (await extractPdfText(await registry.pdf(await registry.get(doc.id)))).replace(/\s+/g, '');
    expect(text).toContain('测试告知书');
    expect(text).toContain(`核验码：${doc.verificationCode}`);
  });

  it('answers anyone, without a login, whether a code is genuine; an unknown code is not', async () => {
    const doc = await issue();
    const genuine = (await t.http.get(`/api/v1/verify/${doc.verificationCode.toLowerCase().replace(/-/g, '')}`).expect(200)).body;
    expect(genuine).toMatchObject({ code: doc.verificationCode, genuine: true, document: { title: '测试告知书', issuer: '黄浦区集聚区创作者服务台', facts: [['文书编号', 'HP-TEST-0001']] } });
    const unknown = (await t.http.get('/api/v1/verify/7KQ2-M9XD-4HRT-PW3C').expect(200)).body;
    expect(unknown).toEqual({ code: '7KQ2-M9XD-4HRT-PW3C', genuine: false });
  });

  it('refuses a malformed code with a 400 naming the field', async () => {
    const res = await t.http.get('/api/v1/verify/not-a-code').expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'code' })]);
  });
});

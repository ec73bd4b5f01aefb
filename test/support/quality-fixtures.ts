import { FILINGS } from './case-fixtures';
import { bearer, TestApp, TestUser } from './test-app';

export interface RatedCase {
  id: string;
  reference: string;
  zoneId: string;
}

/** A compliance case filed by `creator`, answered by `agent` and rated `level` by the creator. */
export async function ratedCase(t: TestApp, creator: TestUser, agent: TestUser, level: number, comment?: string): Promise<RatedCase> {
  const post = async (u: TestUser, path: string, body: object) => (await t.http.post(`/api/v1${path}`).set(bearer(u)).send(body).expect(201)).body;
  let c = await post(creator, '/cases', { ...FILINGS.compliance, zoneId: agent.zoneId });
  for (const [action, body] of [['accept', {}], ['start', {}], ['resolve', { outcome: 'answered', summary: '已答复' }]] as const) {
    c = await post(agent, `/cases/${c.id}/actions/${action}`, { version: c.version, ...body });
  }
  await post(creator, `/cases/${c.id}/actions/rate`, { version: c.version, level, ...(comment ? { comment } : {}) });
  return { id: c.id, reference: c.reference, zoneId: c.zoneId };
}

/** The rectification of a case as `user` sees it (null when there is none). */
export async function rectificationOf(t: TestApp, user: TestUser, caseId: string) {
  const res = await t.http.get(`/api/v1/cases/${caseId}/rectification`).set(bearer(user)).expect(200);
  // None: an empty answer.
  return res.text ? res.body : null;
}

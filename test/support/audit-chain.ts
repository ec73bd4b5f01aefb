import { bearer, TestApp, TestUser } from './test-app';

/**
 * The one place specs ask whether the audit chain verifies, as the auditor does through the api.
 * When verification changes shape (e.g. becomes a job to start and poll), only this file follows.
 */
export async function auditChainReport(t: TestApp, auditor: TestUser): Promise<{ ok: boolean; [key: string]: unknown }> {
  const res = await t.http.get('/api/v1/audit/verify').set(bearer(auditor));
  if (res.status !== 200) throw new Error(`audit verify answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Fails with the report when the chain does not verify. */
export async function expectAuditChainIntact(t: TestApp, auditor: TestUser, label = ''): Promise<void> {
  const report = await auditChainReport(t, auditor);
  if (report.ok !== true) throw new Error(`audit chain broken${label ? ` after ${label}` : ''}: ${JSON.stringify(report)}`);
}

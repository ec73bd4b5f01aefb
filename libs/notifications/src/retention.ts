import { EntityManager } from 'typeorm';

/**
 * For the retention purge: message texts repeat the case title, reasons, replies and lists of
 * materials, so a purged case's messages keep only their kind and time. Undelivered e-mail and
 * SMS of the case are dropped with them.
 */
export async function purgeCaseNotifications(m: EntityManager, caseId: string): Promise<void> {
  await m.query(
    `UPDATE notification_outbox SET payload = '{}', status = CASE WHEN status = 'pending' THEN 'failed' ELSE status END,
       last_error = CASE WHEN status = 'pending' THEN 'purged by retention' ELSE last_error END
     WHERE notification_id IN (SELECT id FROM notifications WHERE case_id = $1)`,
    [caseId],
  );
  await m.query(`UPDATE notifications SET title = '（已按保存期限清除）', body = '（已按保存期限清除）', data = '{}' WHERE case_id = $1`, [caseId]);
}

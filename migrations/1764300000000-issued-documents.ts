import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every document the desk issues (回执, 告知书, letters, manifests) with its public verification
 * code, the facts it attests (public: no personal data) and its content, so it can be drawn again
 * and checked by anyone holding the paper. Issued documents are never removed (their content may one day be purged with their case, hence no REVOKE UPDATE).
 */
export class IssuedDocuments1764300000000 implements MigrationInterface {
  name = 'IssuedDocuments1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE issued_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        verification_code text NOT NULL UNIQUE CHECK (verification_code ~ '^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$'),
        kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 60),
        title text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        zone_id text REFERENCES zones(id),
        case_id uuid REFERENCES cases(id),
        attests jsonb NOT NULL DEFAULT '[]',
        spec jsonb NOT NULL,
        issued_by uuid REFERENCES users(id),
        issued_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX issued_documents_subject_idx ON issued_documents (subject_type, subject_id, issued_at)`);
    await q.query(`CREATE INDEX issued_documents_case_idx ON issued_documents (case_id, issued_at) WHERE case_id IS NOT NULL`);
    await q.query(`REVOKE DELETE, TRUNCATE ON issued_documents FROM csd_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS issued_documents`);
  }
}

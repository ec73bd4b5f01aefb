import { MigrationInterface, QueryRunner } from 'typeorm';
// Relative imports: migrations also run from jest's global setup, where `@app/*` is not mapped.
import { CN_HOLIDAYS } from '../libs/calendar/src/holiday-data';
import { provisionalHolidayYear } from '../libs/sla/src/calendar/provisional-holidays';
import { DEFAULT_SLA_POLICIES } from '../libs/sla/src/domain/sla-policy';

/**
 * SLA time limits and notifications: the holiday calendar (editable), the SLA policy per
 * programme × priority, the clocks of each case, the outbox of queue jobs, the in-app inbox,
 * notification contacts and delivery attempts.
 */
export class SlaNotifications1764170000000 implements MigrationInterface {
  name = 'SlaNotifications1764170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE holiday_years (
        year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        holidays date[] NOT NULL,
        makeup_workdays date[] NOT NULL,
        source text NOT NULL CHECK (length(source) > 0),
        provisional boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id)
      )`);
    for (const y of CN_HOLIDAYS) {
      await q.query(`INSERT INTO holiday_years (year, holidays, makeup_workdays, source, provisional) VALUES ($1, $2, $3, $4, false)`, [
        y.year,
        y.holidays,
        y.makeupWorkdays,
        y.source,
      ]);
    }
    // The 2027 notice is not published yet (today is late 2026); deadlines already reach into it.
    const provisional = provisionalHolidayYear(2027);
    await q.query(
      `INSERT INTO holiday_years (year, holidays, makeup_workdays, source, provisional) VALUES ($1, $2, $3, $4, true) ON CONFLICT (year) DO NOTHING`,
      [provisional.year, provisional.holidays, provisional.makeupWorkdays, provisional.source],
    );

    await q.query(`
      CREATE TABLE sla_policies (
        programme text NOT NULL,
        priority text NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        clock_kind text NOT NULL CHECK (clock_kind IN ('working', 'continuous')),
        accept_minutes integer NOT NULL CHECK (accept_minutes > 0),
        first_response_minutes integer NOT NULL CHECK (first_response_minutes > 0),
        resolve_minutes integer NOT NULL CHECK (resolve_minutes > 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id),
        PRIMARY KEY (programme, priority)
      )`);
    for (const p of DEFAULT_SLA_POLICIES) {
      await q.query(
        `INSERT INTO sla_policies (programme, priority, clock_kind, accept_minutes, first_response_minutes, resolve_minutes) VALUES ($1, $2, $3, $4, $5, $6)`,
        [p.programme, p.priority, p.clockKind, p.acceptMinutes, p.firstResponseMinutes, p.resolveMinutes],
      );
    }
    await q.query(`INSERT INTO settings (key, value) VALUES ('sla', '{"sweepEverySeconds": 10}') ON CONFLICT (key) DO NOTHING`);

    // One row per case and clock. `segments` is the history the deadline is derived from;
    // warn_at / due_at are cached for the timers and the sweep.
    await q.query(`
      CREATE TABLE sla_clocks (
        case_id uuid NOT NULL REFERENCES cases(id),
        clock text NOT NULL CHECK (clock IN ('accept', 'first_response', 'resolve')),
        kind text NOT NULL CHECK (kind IN ('working', 'continuous')),
        priority text NOT NULL,
        budget_ms bigint NOT NULL CHECK (budget_ms > 0),
        segments jsonb NOT NULL,
        warn_at timestamptz,
        due_at timestamptz,
        warned_at timestamptz,
        breached_at timestamptz,
        escalated_to text CHECK (escalated_to IN ('supervisor', 'authority')),
        stopped_at timestamptz,
        stop_reason text CHECK (stop_reason IN ('met', 'cancelled')),
        generation integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, clock),
        CONSTRAINT sla_clocks_stop_reason CHECK ((stopped_at IS NULL) = (stop_reason IS NULL))
      )`);
    // What the sweep looks for: warnings and breaches that are due and not yet recorded.
    await q.query(`CREATE INDEX sla_clocks_warning_due_idx ON sla_clocks (warn_at) WHERE warned_at IS NULL AND stopped_at IS NULL AND warn_at IS NOT NULL`);
    await q.query(`CREATE INDEX sla_clocks_breach_due_idx ON sla_clocks (due_at) WHERE breached_at IS NULL AND stopped_at IS NULL AND due_at IS NOT NULL`);
    // Next deadline / overdue per case (case lists, dashboards).
    await q.query(`CREATE INDEX sla_clocks_open_idx ON sla_clocks (case_id, due_at) WHERE stopped_at IS NULL`);
    await q.query(`CREATE INDEX sla_clocks_stopped_idx ON sla_clocks (clock, stopped_at) WHERE stopped_at IS NOT NULL`);

    // Jobs that must reach the queue, written in the transaction of the change that causes them.
    await q.query(`
      CREATE TABLE job_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        queue text NOT NULL,
        name text NOT NULL,
        job_id text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        run_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // The in-app inbox of every user.
    await q.query(`
      CREATE TABLE notifications (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        case_id uuid REFERENCES cases(id),
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
    await q.query(`CREATE INDEX notifications_case_idx ON notifications (case_id)`);

    // Where a user wants e-mail and SMS; the address is personal data, encrypted and masked.
    await q.query(`
      CREATE TABLE notification_contacts (
        user_id uuid PRIMARY KEY REFERENCES users(id),
        email_cipher text,
        email_masked text,
        email_enabled boolean NOT NULL DEFAULT true,
        sms_enabled boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`ALTER TABLE notification_outbox ADD COLUMN notification_id bigint REFERENCES notifications(id)`);
    await q.query(`
      CREATE TABLE notification_attempts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        outbox_id bigint NOT NULL REFERENCES notification_outbox(id),
        attempt integer NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        ok boolean NOT NULL,
        error text
      )`);
    await q.query(`CREATE INDEX notification_attempts_outbox_idx ON notification_attempts (outbox_id, attempt)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification_attempts`);
    await q.query(`ALTER TABLE notification_outbox DROP COLUMN IF EXISTS notification_id`);
    for (const table of ['notification_contacts', 'notifications', 'job_outbox', 'sla_clocks', 'sla_policies', 'holiday_years']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DELETE FROM settings WHERE key = 'sla'`);
  }
}

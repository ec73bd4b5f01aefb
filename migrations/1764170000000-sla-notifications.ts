import { MigrationInterface, QueryRunner } from 'typeorm';

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
    for (const y of HOLIDAY_YEARS.filter((h) => !h.provisional)) {
      await q.query(`INSERT INTO holiday_years (year, holidays, makeup_workdays, source, provisional) VALUES ($1, $2, $3, $4, false)`, [
        y.year,
        y.holidays,
        y.makeupWorkdays,
        y.source,
      ]);
    }
    // The 2027 notice is not published yet (today is late 2026); deadlines already reach into it.
    for (const provisional of HOLIDAY_YEARS.filter((h) => h.provisional)) {
      await q.query(
        `INSERT INTO holiday_years (year, holidays, makeup_workdays, source, provisional) VALUES ($1, $2, $3, $4, true) ON CONFLICT (year) DO NOTHING`,
        [provisional.year, provisional.holidays, provisional.makeupWorkdays, provisional.source],
      );
    }

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
    for (const p of SLA_POLICIES) {
      await q.query(
        `INSERT INTO sla_policies (programme, priority, clock_kind, accept_minutes, first_response_minutes, resolve_minutes) VALUES ($1, $2, $3, $4, $5, $6)`,
        [...p],
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

/**
 * The holiday years as this migration first seeded them (frozen: later edits of the calendar
 * data in libs/ do not change what a fresh database starts with). 2027 is provisional: the
 * State Council notice was not published yet, so it holds only the statutory holidays.
 */
const HOLIDAY_YEARS: readonly { year: number; source: string; holidays: string[]; makeupWorkdays: string[]; provisional: boolean }[] = [
  {
    year: 2025,
    source:
      '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号），https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
    holidays: [
      "2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02", "2025-02-03",
      "2025-02-04", "2025-04-04", "2025-04-05", "2025-04-06", "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04",
      "2025-05-05", "2025-05-31", "2025-06-01", "2025-06-02", "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04",
      "2025-10-05", "2025-10-06", "2025-10-07", "2025-10-08",
    ],
    makeupWorkdays: [
      "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
    ],
    provisional: false,
  },
  {
    year: 2026,
    source:
      '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日），https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
    holidays: [
      "2026-01-01", "2026-01-02", "2026-01-03", "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
      "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23", "2026-04-04", "2026-04-05", "2026-04-06", "2026-05-01",
      "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05", "2026-06-19", "2026-06-20", "2026-06-21", "2026-09-25",
      "2026-09-26", "2026-09-27", "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06",
      "2026-10-07",
    ],
    makeupWorkdays: [
      "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    ],
    provisional: false,
  },
  {
    year: 2027,
    source:
      '临时数据：国务院办公厅2027年部分节假日安排通知发布前，按《全国年节及纪念日放假办法》（2024年11月修订）推算的法定节假日（元旦 1/1；春节 2/5、2/6、2/7、2/8；清明节 4/5；劳动节 5/1、5/2；端午节 6/9；中秋节 9/15；国庆节 10/1、10/2、10/3），逢周末的法定节假日按第六条在工作日补假（2/9、2/10、5/3、5/4、10/4、10/5）；未包含调休上班日。通知发布后请系统管理员按通知逐日更新。',
    holidays: [
      "2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10", "2027-04-05",
      "2027-05-01", "2027-05-02", "2027-05-03", "2027-05-04", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02",
      "2027-10-03", "2027-10-04", "2027-10-05",
    ],
    makeupWorkdays: [],
    provisional: true,
  },
];

/** The SLA policies as first seeded, in minutes (a working day is 510 minutes, 09:00–17:30). */
const SLA_POLICIES: readonly [programme: string, priority: string, clockKind: string, accept: number, firstResponse: number, resolve: number][] = [
  ['shield', 'urgent', 'continuous', 120, 240, 1440],
  ['shield', 'high', 'working', 510, 510, 2550],
  ['shield', 'normal', 'working', 510, 1020, 5100],
  ['shield', 'low', 'working', 1020, 1530, 7650],
  ['compliance', 'urgent', 'working', 255, 510, 2550],
  ['compliance', 'high', 'working', 510, 510, 3570],
  ['compliance', 'normal', 'working', 510, 1020, 5100],
  ['compliance', 'low', 'working', 1020, 1530, 7650],
  ['starlight', 'urgent', 'working', 510, 1020, 5100],
  ['starlight', 'high', 'working', 1020, 1530, 7650],
  ['starlight', 'normal', 'working', 1530, 2550, 10200],
  ['starlight', 'low', 'working', 1530, 2550, 15300],
  ['legislation', 'urgent', 'working', 510, 1020, 7650],
  ['legislation', 'high', 'working', 1020, 1530, 10200],
  ['legislation', 'normal', 'working', 1530, 2550, 15300],
  ['legislation', 'low', 'working', 1530, 2550, 15300],
];

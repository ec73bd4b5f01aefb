import { MigrationInterface, QueryRunner } from 'typeorm';

/** Timeline entries of the offline service, added to whatever kinds `case_events` allows already. */
const OFFLINE_EVENT_KINDS = ['appointment', 'salon', 'onsite_visit'];

/**
 * The offline half of the service (线下): each zone's one-stop service point (一站式服务点) with
 * opening hours and what it offers, appointment slots (one by one or from a weekly pattern) and
 * bookings with a check-in code, 大V沙龙 events with registrations and a waiting list, the cases
 * raised at them, and on-site expert visits (上门服务).
 *
 * No double booking: a slot's `booked` never exceeds its capacity (a CHECK, and the booking is one
 * conditional UPDATE). No creator holds two overlapping appointments: an exclusion constraint.
 */
export class OfflineService1764330000000 implements MigrationInterface {
  name = 'OfflineService1764330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`
      CREATE TABLE service_points (
        id text PRIMARY KEY,
        zone_id text NOT NULL UNIQUE REFERENCES zones(id),
        name text NOT NULL,
        address text NOT NULL,
        phone text,
        opening_hours jsonb NOT NULL,
        offers text[] NOT NULL DEFAULT '{}',
        programmes text[] NOT NULL,
        booking_cutoff_minutes integer NOT NULL DEFAULT 120 CHECK (booking_cutoff_minutes BETWEEN 0 AND 10080),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    const points = [
      ['huangpu', '黄浦区集聚区一站式服务点', '黄浦区中山东一路 18 号 2 楼服务大厅', '021-63210000'],
      ['yangpu', '杨浦区集聚区一站式服务点', '杨浦区长阳路 1687 号长阳创谷 3 号楼 1 楼', '021-65430000'],
    ];
    for (const [zone, name, address, phone] of points) {
      await q.query(
        `INSERT INTO service_points (id, zone_id, name, address, phone, opening_hours, offers, programmes) VALUES ($1, $1, $2, $3, $4, $5, $6, $7)`,
        [
          zone,
          name,
          address,
          phone,
          JSON.stringify([{ start: '09:00', end: '12:00' }, { start: '13:30', end: '17:30' }]),
          ['政策咨询与解读', '权益保护受理（盾牌行动）', '生成式 AI 合规辅导', '星光计划申报辅导', '立法建议征集', '证据固定指导'],
          ['starlight', 'shield', 'compliance', 'legislation'],
        ],
      );
    }

    await q.query(`
      CREATE TABLE appointment_patterns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zone_id text NOT NULL REFERENCES zones(id),
        spec jsonb NOT NULL,
        slots_created integer NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE appointment_slots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zone_id text NOT NULL REFERENCES zones(id),
        service_point_id text NOT NULL REFERENCES service_points(id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 200),
        booked integer NOT NULL DEFAULT 0,
        programmes text[] NOT NULL CHECK (cardinality(programmes) > 0),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        closed_reason text,
        closed_at timestamptz,
        pattern_id uuid REFERENCES appointment_patterns(id),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT appointment_slots_times CHECK (ends_at > starts_at),
        CONSTRAINT appointment_slots_not_overbooked CHECK (booked BETWEEN 0 AND capacity),
        CONSTRAINT appointment_slots_unique_start UNIQUE (service_point_id, starts_at)
      )`);
    await q.query(`CREATE INDEX appointment_slots_zone_time_idx ON appointment_slots (zone_id, starts_at)`);

    await q.query(`CREATE SEQUENCE appointment_reference_seq`);
    await q.query(`
      CREATE TABLE appointments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        slot_id uuid NOT NULL REFERENCES appointment_slots(id),
        zone_id text NOT NULL REFERENCES zones(id),
        creator_id uuid NOT NULL REFERENCES users(id),
        programme text NOT NULL,
        topic text,
        during tstzrange NOT NULL,
        status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled', 'checked_in', 'no_show')),
        check_in_code text NOT NULL CHECK (check_in_code ~ '^[0-9]{6}$'),
        booked_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        cancel_reason text,
        cancelled_by_role text,
        checked_in_at timestamptz,
        checked_in_by uuid REFERENCES users(id),
        case_id uuid REFERENCES cases(id),
        no_show_at timestamptz,
        remind_at timestamptz,
        reminded_at timestamptz,
        CONSTRAINT appointments_no_overlap EXCLUDE USING gist (creator_id WITH =, during WITH &&) WHERE (status IN ('booked', 'checked_in'))
      )`);
    // A check-in code identifies one live booking in its zone.
    await q.query(`CREATE UNIQUE INDEX appointments_live_code_idx ON appointments (zone_id, check_in_code) WHERE status = 'booked'`);
    await q.query(`CREATE INDEX appointments_slot_idx ON appointments (slot_id)`);
    await q.query(`CREATE INDEX appointments_creator_idx ON appointments (creator_id, booked_at DESC)`);
    await q.query(`CREATE INDEX appointments_reminder_due_idx ON appointments (remind_at) WHERE status = 'booked' AND reminded_at IS NULL`);
    await q.query(`CREATE INDEX appointments_zone_day_idx ON appointments (zone_id, lower(during))`);

    await q.query(`
      CREATE TABLE salon_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zone_id text NOT NULL REFERENCES zones(id),
        title text NOT NULL,
        topic_programme text NOT NULL,
        description text NOT NULL DEFAULT '',
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        venue text,
        online_url text,
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 5000),
        experts jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'cancelled')),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT salon_events_times CHECK (ends_at > starts_at),
        CONSTRAINT salon_events_place CHECK (venue IS NOT NULL OR online_url IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX salon_events_zone_time_idx ON salon_events (zone_id, starts_at)`);

    await q.query(`
      CREATE TABLE event_registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES salon_events(id),
        creator_id uuid NOT NULL REFERENCES users(id),
        status text NOT NULL CHECK (status IN ('registered', 'waitlisted', 'cancelled')),
        check_in_code text NOT NULL CHECK (check_in_code ~ '^[0-9]{6}$'),
        registered_at timestamptz NOT NULL DEFAULT now(),
        waitlisted_at timestamptz,
        promoted_at timestamptz,
        cancelled_at timestamptz,
        checked_in_at timestamptz,
        checked_in_by uuid REFERENCES users(id),
        rating smallint CHECK (rating BETWEEN 1 AND 5),
        rating_comment text,
        rated_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX event_registrations_live_idx ON event_registrations (event_id, creator_id) WHERE status <> 'cancelled'`);
    await q.query(`CREATE UNIQUE INDEX event_registrations_code_idx ON event_registrations (event_id, check_in_code) WHERE status <> 'cancelled'`);
    await q.query(`CREATE INDEX event_registrations_waitlist_idx ON event_registrations (event_id, waitlisted_at, id) WHERE status = 'waitlisted'`);
    await q.query(`CREATE INDEX event_registrations_creator_idx ON event_registrations (creator_id)`);

    await q.query(`
      CREATE TABLE salon_event_cases (
        event_id uuid NOT NULL REFERENCES salon_events(id),
        case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
        registration_id uuid REFERENCES event_registrations(id),
        raised_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, case_id)
      )`);

    await q.query(`
      CREATE TABLE onsite_visits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        zone_id text NOT NULL REFERENCES zones(id),
        requested_by uuid NOT NULL REFERENCES users(id),
        requested_by_role text NOT NULL CHECK (requested_by_role IN ('creator', 'agent', 'supervisor')),
        request_note text NOT NULL,
        preferred_time text,
        status text NOT NULL CHECK (status IN ('requested', 'scheduled', 'confirmed', 'reschedule_requested', 'done', 'cancelled')),
        expert_user_id uuid REFERENCES users(id),
        expert_name text,
        expert_org text,
        scheduled_at timestamptz,
        address text,
        creator_note text,
        what_was_done text,
        advice text,
        outcome text,
        attachment_ids uuid[] NOT NULL DEFAULT '{}',
        recorded_at timestamptz,
        recorded_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX onsite_visits_case_idx ON onsite_visits (case_id, created_at)`);
    await q.query(`CREATE INDEX onsite_visits_zone_idx ON onsite_visits (zone_id, status, scheduled_at)`);

    await extendEventKinds(q, OFFLINE_EVENT_KINDS);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['onsite_visits', 'salon_event_cases', 'event_registrations', 'salon_events', 'appointments', 'appointment_slots', 'appointment_patterns', 'service_points']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP SEQUENCE IF EXISTS appointment_reference_seq`);
  }
}

/**
 * Adds kinds to the CHECK on `case_events.kind` keeping every kind it allows now, so that this
 * migration and another module's, run in either order, never drop each other's kinds.
 */
async function extendEventKinds(q: QueryRunner, kinds: string[]): Promise<void> {
  const rows: { name: string; def: string }[] = await q.query(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE conrelid = 'case_events'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%kind%'`,
  );
  const current = rows.flatMap((r) => [...r.def.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]));
  const all = [...new Set([...current, ...kinds])];
  for (const r of rows) await q.query(`ALTER TABLE case_events DROP CONSTRAINT "${r.name}"`);
  await q.query(`ALTER TABLE case_events ADD CONSTRAINT case_events_kind_check CHECK (kind IN (${all.map((k) => `'${k}'`).join(', ')}))`);
}

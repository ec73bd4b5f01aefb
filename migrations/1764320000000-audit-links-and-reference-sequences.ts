import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * No lock that every writer takes.
 *
 * Audit chain: a writer only inserts its event (with the id of its transaction, `xid`). The
 * linker — one at a time, holding `audit_chain_head` — puts committed events into the keyed
 * chain afterwards: an event whose transaction id is below every transaction still running is
 * settled (no event with a smaller transaction id can appear any more), so settled events are
 * linked in id order, each link numbered (`seq`) and HMAC-SM3-hashed with a key the database does
 * not hold. `audit_links` is append-only like `audit_events`. The unkeyed `prev_hash`/`hash` of
 * the events written before stay as they were; those events are linked like any other.
 *
 * The dashboard's lock-order trigger made every timeline insert take the chain head; writers no
 * longer touch the head, so it goes.
 *
 * Case numbers: one sequence per zone × programme × year in schema `case_references`, created by
 * the first filing that needs it (continuing after the old counter row and any reference already
 * given), so concurrent filings never wait for each other. The app may only call
 * `case_reference_next`; the sequences belong to the owner.
 */
export class AuditLinksAndReferenceSequences1764320000000 implements MigrationInterface {
  name = 'AuditLinksAndReferenceSequences1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_events ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id()`);
    await q.query(`ALTER TABLE audit_events ALTER COLUMN prev_hash DROP NOT NULL, ALTER COLUMN hash DROP NOT NULL`);
    await q.query(`COMMENT ON COLUMN audit_events.xid IS 'Top-level transaction that wrote the event; the linker links an event once every transaction below it has ended.'`);
    await q.query(`COMMENT ON COLUMN audit_events.hash IS 'Unkeyed SM3 chain of the events written before audit_links existed; NULL since. The chain is audit_links.'`);
    await q.query(`CREATE INDEX audit_events_xid_idx ON audit_events (xid)`);

    await q.query(`
      CREATE TABLE audit_links (
        seq bigint PRIMARY KEY CHECK (seq > 0),
        event_id bigint NOT NULL UNIQUE REFERENCES audit_events (id),
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL,
        linked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`COMMENT ON TABLE audit_links IS 'The keyed audit chain: link seq covers event event_id, seq and prev_hash with HMAC-SM3 (key outside the database).'`);
    await q.query(`CREATE TRIGGER audit_links_append_only BEFORE UPDATE OR DELETE ON audit_links FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
    await q.query(`CREATE TRIGGER audit_links_no_truncate BEFORE TRUNCATE ON audit_links FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`);
    await q.query(`GRANT SELECT, INSERT ON audit_links TO csd_app`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_links FROM csd_app`);

    await q.query(`
      ALTER TABLE audit_chain_head
        ADD COLUMN last_seq bigint NOT NULL DEFAULT 0,
        ADD COLUMN linked_below xid8 NOT NULL DEFAULT '0',
        ADD COLUMN linked_at timestamptz`);
    await q.query(`UPDATE audit_chain_head SET last_id = NULL, last_hash = repeat('0', 64) WHERE id = 1`);
    await q.query(
      `COMMENT ON TABLE audit_chain_head IS 'The last link (last_seq, last_id, last_hash); every event of a transaction below linked_below is linked. Only the linker locks this row.'`,
    );

    await q.query(`DROP TRIGGER IF EXISTS dashboard_lock_order ON case_events`);
    await q.query(`DROP FUNCTION IF EXISTS dashboard_lock_audit_head()`);

    await q.query(`CREATE SCHEMA case_references`);
    await q.query(`COMMENT ON SCHEMA case_references IS 'One sequence per zone × programme × year (hp_shd_2026), created by case_reference_next.'`);
    await q.query(`
      CREATE FUNCTION case_reference_next(p_zone text, p_programme text, p_year integer) RETURNS bigint
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        seq_name text;
        seq regclass;
        start bigint;
      BEGIN
        IF p_zone !~ '^[A-Z0-9]{1,8}$' OR p_programme !~ '^[A-Z0-9]{1,8}$' OR p_year NOT BETWEEN 2000 AND 9999 THEN
          RAISE EXCEPTION 'invalid case reference key %-%-%', p_zone, p_programme, p_year USING ERRCODE = 'invalid_parameter_value';
        END IF;
        seq_name := lower(p_zone || '_' || p_programme || '_' || p_year);
        FOR attempt IN 1..3 LOOP
          seq := to_regclass('case_references.' || quote_ident(seq_name));
          IF seq IS NOT NULL THEN
            RETURN nextval(seq);
          END IF;
          -- The first filing of this key: continue after the old counter and any reference given.
          SELECT greatest(
            coalesce((SELECT c.last_value FROM public.case_reference_counters c
                      WHERE c.zone_code = p_zone AND c.programme_code = p_programme AND c.year = p_year), 0),
            coalesce((SELECT max(substring(r.reference FROM '(\\d+)$')::bigint) FROM public.cases r
                      WHERE r.reference LIKE p_zone || '-' || p_programme || '-' || p_year || '-%'), 0)
          ) + 1 INTO start;
          BEGIN
            EXECUTE format('CREATE SEQUENCE case_references.%I AS bigint START WITH %s', seq_name, start);
          EXCEPTION WHEN duplicate_table OR unique_violation THEN
            NULL; -- another filing created it at the same moment: take a number from that one
          END;
        END LOOP;
        RAISE EXCEPTION 'case reference sequence % could not be created', seq_name;
      END $$`);
    await q.query(`
      CREATE FUNCTION case_reference_last_values() RETURNS TABLE (zone_code text, programme_code text, year integer, last_value bigint)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        s record;
        v bigint;
        called boolean;
      BEGIN
        RETURN QUERY SELECT c.zone_code, c.programme_code, c.year, c.last_value::bigint FROM public.case_reference_counters c
          WHERE to_regclass('case_references.' || quote_ident(lower(c.zone_code || '_' || c.programme_code || '_' || c.year))) IS NULL;
        FOR s IN SELECT k.relname FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace WHERE n.nspname = 'case_references' AND k.relkind = 'S' LOOP
          EXECUTE format('SELECT last_value, is_called FROM case_references.%I', s.relname) INTO v, called;
          zone_code := upper(split_part(s.relname, '_', 1));
          programme_code := upper(split_part(s.relname, '_', 2));
          year := split_part(s.relname, '_', 3)::integer;
          last_value := CASE WHEN called THEN v ELSE v - 1 END;
          RETURN NEXT;
        END LOOP;
      END $$`);
    // After a bulk load that wrote counters: no sequence may stay behind its counter.
    await q.query(`
      CREATE FUNCTION case_reference_catch_up() RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        c record;
        seq regclass;
        v bigint;
        called boolean;
      BEGIN
        FOR c IN SELECT * FROM public.case_reference_counters LOOP
          seq := to_regclass('case_references.' || quote_ident(lower(c.zone_code || '_' || c.programme_code || '_' || c.year)));
          CONTINUE WHEN seq IS NULL;
          EXECUTE format('SELECT last_value, is_called FROM %s', seq) INTO v, called;
          IF (CASE WHEN called THEN v ELSE v - 1 END) < c.last_value THEN
            PERFORM setval(seq, c.last_value, true);
          END IF;
        END LOOP;
      END $$`);
    for (const fn of ['case_reference_next(text, text, integer)', 'case_reference_last_values()', 'case_reference_catch_up()']) {
      await q.query(`REVOKE EXECUTE ON FUNCTION ${fn} FROM PUBLIC`);
    }
    await q.query(`GRANT EXECUTE ON FUNCTION case_reference_next(text, text, integer) TO csd_app`);
    // Tables and sequences later migrations create (as the owner running them) are the app's too.
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO csd_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO csd_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS case_reference_catch_up()`);
    await q.query(`DROP FUNCTION IF EXISTS case_reference_last_values()`);
    await q.query(`DROP FUNCTION IF EXISTS case_reference_next(text, text, integer)`);
    await q.query(`DROP SCHEMA IF EXISTS case_references CASCADE`);
    await q.query(`
      CREATE FUNCTION dashboard_lock_audit_head() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM audit_chain_head WHERE id = 1 FOR UPDATE;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER dashboard_lock_order BEFORE INSERT ON case_events FOR EACH STATEMENT EXECUTE FUNCTION dashboard_lock_audit_head()`);
    await q.query(`ALTER TABLE audit_chain_head DROP COLUMN linked_at, DROP COLUMN linked_below, DROP COLUMN last_seq`);
    await q.query(`DROP TABLE IF EXISTS audit_links`);
    await q.query(`DROP INDEX IF EXISTS audit_events_xid_idx`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN xid`);
  }
}

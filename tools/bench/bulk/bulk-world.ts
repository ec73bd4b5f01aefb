import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { HolidayYear, shanghaiYear, WorkingCalendar } from '@app/calendar';
import { DEFAULT_CONTACT_WORKING_DAYS, DEFAULT_RECTIFY_WORKING_DAYS } from '@app/contracts';
import { pickPolicy, SlaPolicy } from '@app/sla';
import { hashPassword } from '@app/users';
import { BulkWorld, BulkZone, StoryEvent } from './case-story';
import { Rng } from './rng';
import { type BulkOptions, BULK_PASSWORD, BULK_USER_AGENT } from './bulk-generator';

const DAY = 86_400_000;

export async function holidayYears(client: Client): Promise<HolidayYear[]> {
  const rows = (await client.query(`SELECT year, holidays::text[] AS holidays, makeup_workdays::text[] AS makeup_workdays, source FROM holiday_years ORDER BY year`)).rows;
  return rows.map((r) => ({ year: r.year, holidays: r.holidays, makeupWorkdays: r.makeup_workdays, source: r.source }));
}

export type AuditFn = (at: number, actor: StoryEvent['actor'], action: string, entityType: string, entityId: string | null, before: unknown, after: unknown) => Promise<void>;

/** Zones, staff (existing and `bulk.*`), officers, creators and SLA policies. */
export async function buildWorld(
  client: Client,
  rng: Rng,
  cal: WorkingCalendar,
  now: number,
  fromMs: number,
  options: BulkOptions,
  recordAudit: AuditFn,
  counts: { creators: number; staff: number },
  log: (line: string) => void,
): Promise<BulkWorld & { counters: Map<string, number> }> {
  const zoneRows: { id: string; code: string; name: string; authority_id: string }[] = (
    await client.query(`SELECT id, code, name, authority_id FROM zones WHERE active AND ($1::text[] IS NULL OR id = ANY($1::text[])) ORDER BY code`, [options.zones ?? null])
  ).rows;
  if (!zoneRows.length) throw new Error(`no active zones among ${options.zones?.join(', ') ?? 'the zones table'}`);
  const authorities: { id: string; parent_id: string | null }[] = (await client.query(`SELECT id, parent_id FROM authorities`)).rows;
  const passwordHash = await hashPassword(BULK_PASSWORD);
  const staffAt = fromMs - DAY;

  const ensureStaff = async (username: string, role: string, displayName: string, zoneId: string | null, authorityId: string | null): Promise<string> => {
    const inserted = (
      await client.query(
        `INSERT INTO users (role, zone_id, authority_id, username, display_name, password_hash, skills, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) ON CONFLICT (username) DO NOTHING RETURNING id`,
        [role, zoneId, authorityId, username, displayName, passwordHash, role === 'agent' ? ['starlight', 'shield', 'compliance', 'legislation'] : [], new Date(staffAt)],
      )
    ).rows[0];
    if (inserted) {
      counts.staff += 1;
      await recordAudit(staffAt, 'system', 'user.seed', 'user', inserted.id, null, { role, zoneId, authorityId, username, source: BULK_USER_AGENT });
      return inserted.id;
    }
    return (await client.query(`SELECT id FROM users WHERE username = $1`, [username])).rows[0].id;
  };

  const zones: BulkZone[] = [];
  const agentsPerZone = options.agentsPerZone ?? 10;
  for (const [i, z] of zoneRows.entries()) {
    const existing: { id: string; skills: string[] }[] = (
      await client.query(`SELECT id, skills FROM users WHERE role = 'agent' AND status = 'active' AND zone_id = $1 AND (username IS NULL OR username NOT LIKE 'bulk.%') ORDER BY id`, [z.id])
    ).rows;
    const agents = [...existing];
    const short = z.name.replace(/区?集聚区$/, '');
    for (let n = 1; n <= agentsPerZone; n++) {
      const id = await ensureStaff(`bulk.${z.id}.agent${String(n).padStart(2, '0')}`, 'agent', `${short}·专员${String(n).padStart(2, '0')}`, z.id, null);
      agents.push({ id, skills: ['starlight', 'shield', 'compliance', 'legislation'] });
    }
    const supervisorId = await ensureStaff(`bulk.${z.id}.supervisor`, 'supervisor', `${short}·主管（批量）`, z.id, null);
    zones.push({ id: z.id, code: z.code, name: z.name, authorityId: z.authority_id, weight: i === 0 ? 55 : 45, agents, supervisorId });
  }
  await ensureStaff('bulk.city.supervisor', 'supervisor', '全市·主管（批量）', null, null);
  const officers = new Map<string, string>();
  for (const a of authorities) {
    const [existing] = (await client.query(`SELECT id FROM users WHERE role = 'cac_officer' AND authority_id = $1 AND status = 'active' ORDER BY created_at LIMIT 1`, [a.id])).rows;
    officers.set(a.id, existing?.id ?? (await ensureStaff(`bulk.${a.id}.officer`, 'cac_officer', `${a.id}·联络员（批量）`, null, a.id)));
  }

  const creatorCount = Math.max(1, Math.ceil(options.cases * (options.creatorsPerCase ?? 0.25)));
  const salt = `${options.seed ?? 20261126}:${Date.now()}`;
  const creatorIds: string[] = (
    await client.query(
      `INSERT INTO users (role, phone_hash, phone_masked, display_name, password_hash, created_at, updated_at)
       SELECT 'creator', 'bulk:' || md5($1 || ':' || g), '13' || (g % 10) || '****' || lpad((g % 10000)::text, 4, '0'),
         (ARRAY['阿喵','老王','小鹿','大橙子','山海','知秋','夜航','小满','青柠','木子','南风','北辰','一只','胖虎','糖豆','阿飞','墨白','星河','柚子','七月'])[1 + g % 20]
           || (ARRAY['UP主','说法','的日常','Vlog','看世界','工作室','在上海','的厨房','聊科技','读书会','拍城市','学长','老师','不加班','旅行记'])[1 + (g / 20) % 15],
         '!bulk-no-login', $2, $2
       FROM generate_series(1, $3::int) g
       RETURNING id`,
      [salt, new Date(staffAt), creatorCount],
    )
  ).rows.map((r: { id: string }) => r.id);
  counts.creators = creatorIds.length;
  await recordAudit(staffAt, 'system', 'user.bulk_seed', 'user', null, null, { role: 'creator', count: creatorIds.length, source: BULK_USER_AGENT });
  log(`${counts.staff} bulk staff accounts (password ${BULK_PASSWORD}), ${creatorIds.length} creators`);

  const policies = new Map<string, SlaPolicy>(
    (await client.query(`SELECT programme, priority, clock_kind, accept_minutes, first_response_minutes, resolve_minutes FROM sla_policies`)).rows.map(
      (r: { programme: string; priority: string; clock_kind: 'working' | 'continuous'; accept_minutes: number; first_response_minutes: number; resolve_minutes: number }) => [
        `${r.programme}/${r.priority}`,
        { programme: r.programme, priority: r.priority, clockKind: r.clock_kind, acceptMinutes: r.accept_minutes, firstResponseMinutes: r.first_response_minutes, resolveMinutes: r.resolve_minutes },
      ],
    ),
  );
  const [quality] = (await client.query(`SELECT value FROM settings WHERE key = 'quality'`)).rows;
  const rectificationDays = {
    contact: Number(quality?.value?.contactWorkingDays ?? DEFAULT_CONTACT_WORKING_DAYS),
    rectify: Number(quality?.value?.rectifyWorkingDays ?? DEFAULT_RECTIFY_WORKING_DAYS),
  };
  const counters = new Map<string, number>(
    (await client.query(`SELECT zone_code, programme_code, year, last_value FROM case_reference_last_values()`)).rows.map(
      (r: { zone_code: string; programme_code: string; year: number; last_value: string }) => [`${r.zone_code}|${r.programme_code}|${r.year}`, Number(r.last_value)],
    ),
  );
  return {
    cal,
    now,
    policy: (programme, priority) => pickPolicy(policies, programme, priority),
    zones,
    officers,
    parentAuthority: new Map(authorities.map((a) => [a.id, a.parent_id])),
    creatorIds,
    rectificationDays,
    counters,
    newId: randomUUID,
    reference: (zoneCode, programmeCode, at) => {
      const year = shanghaiYear(at);
      const key = `${zoneCode}|${programmeCode}|${year}`;
      const next = (counters.get(key) ?? 0) + 1;
      counters.set(key, next);
      return `${zoneCode}-${programmeCode}-${year}-${String(next).padStart(6, '0')}`;
    },
  };
}

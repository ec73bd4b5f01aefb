import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { runMigrations } from '@app/database';
import { BULK_PASSWORD, generateBulk } from './bulk/bulk-generator';
import { provisionDatabase } from '../dev-start/database-roles';
import { developmentRoles, developmentSecrets, withDatabase } from '../dev-start/local-services';

const USAGE = `npm run seed:bulk -- --cases 1000000 [--from 2025-01-01] [--seed 20261126] [--zones huangpu,yangpu] [--agents-per-zone 10] [--no-vacuum]

Writes realistic cases (timelines, escalations, ratings and 差评 rectifications, SLA clocks, a valid audit
chain) straight into the database at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/creator_desk),
creating it (owned by csd_owner) and running the migrations if needed; links the audit events
with AUDIT_HMAC_KEY (default: the development key in .data/secrets.json). Use a separate database for benchmarks, e.g.
DATABASE_URL=postgres://postgres@127.0.0.1:5432/creator_desk_bench.`;

function parse(argv: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}\n\n${USAGE}`);
    const [key, inline] = arg.slice(2).split('=', 2);
    if (inline !== undefined) out[key] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) out[key] = argv[++i];
    else out[key] = true;
  }
  return out;
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const args = parse(process.argv.slice(2));
  if (args.help || !args.cases) {
    console.log(USAGE);
    process.exit(args.help ? 0 : 1);
  }
  const cases = Number(args.cases);
  if (!Number.isInteger(cases) || cases < 1) throw new Error('--cases must be a positive integer');
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/creator_desk';
  const url = new URL(databaseUrl);
  // The development roles own the database and run the migrations; the load itself needs the superuser.
  const { ownerUrl } = await provisionDatabase(withDatabase(databaseUrl, 'postgres'), url.pathname.slice(1), developmentRoles());
  const applied = await runMigrations(ownerUrl);
  if (applied.length) console.log(`[seed:bulk] applied migrations: ${applied.join(', ')}`);

  console.log(`[seed:bulk] ${cases} cases into ${url.host}${url.pathname} (${cpus().length} cores)`);
  const auditKey = process.env.AUDIT_HMAC_KEY ?? developmentSecrets().AUDIT_HMAC_KEY;
  const result = await generateBulk({
    databaseUrl,
    auditKey,
    cases,
    from: typeof args.from === 'string' ? args.from : undefined,
    seed: typeof args.seed === 'string' ? Number(args.seed) : undefined,
    zones: typeof args.zones === 'string' ? args.zones.split(',') : undefined,
    agentsPerZone: typeof args['agents-per-zone'] === 'string' ? Number(args['agents-per-zone']) : undefined,
    vacuum: args['no-vacuum'] !== true,
    log: (line) => console.log(`[seed:bulk] ${line}`),
  });
  const s = result.seconds;
  console.log(
    `[seed:bulk] done: ${result.cases} cases, ${result.events} timeline events, ${result.auditEvents} audit events, ` +
      `${result.escalations} escalations, ${result.rectifications} 差评 rectifications, ${result.slaClocks} SLA clocks, ${result.creators} creators, ${result.staff} new staff accounts\n` +
      `[seed:bulk] time: generate+load ${s.load.toFixed(1)} s, index build ${s.indexes.toFixed(1)} s, rollup rebuild ${s.rebuild.toFixed(1)} s, VACUUM ANALYZE ${s.vacuum.toFixed(1)} s, total ${s.total.toFixed(1)} s\n` +
      `[seed:bulk] supervisors: bulk.<zone>.supervisor and bulk.city.supervisor, password ${BULK_PASSWORD}`,
  );
}

void main().catch((error: Error) => {
  console.error(`[seed:bulk] ${error.stack ?? error.message}`);
  process.exit(1);
});

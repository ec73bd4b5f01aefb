import { Test } from 'supertest';
import { FILINGS } from './support/case-fixtures';
import { expectAuditChainIntact } from './support/audit-chain';
import { hostileQueryValues, QueryParameter } from './support/hostile-query';
import { bodySchema, exampleOf, fillPath, isWrite, leaves, objectsIn, OpenApiDocument, openApi, Operation, operations, resolve, Schema, withLeaf } from './support/openapi';
import { bearer, TestApp, TestUser } from './support/test-app';

/**
 * Hostile input against every write route of the OpenAPI document (a new route is covered the
 * moment it is documented): bad strings in every field, top-level and nested, bytes that are not
 * UTF-8, wrong types, missing required fields, unknown fields, wrong content types and whole-body
 * attacks. Each must get a 4xx application/problem+json naming the field in Chinese, and change
 * nothing: every table's row count is compared around each route, and the audit chain verified.
 */
const BAD_STRINGS: [string, string][] = [
  ['NUL', '\u0000'],
  ['a lone high surrogate', '\ud800'],
  ['a lone low surrogate', '\udc00'],
  ['a bell', '\u0007'],
  ['an escape sequence', '\u001b[2J'],
  ['a C1 control', '\u0085'],
  ['a bare carriage return', '\rX'],
  ['a right-to-left override', '\u202e'],
];
const INVALID_UTF8 = Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff]);
const MARK = '\u2063MARK\u2063';

const SQL = "'; DROP TABLE cases; --";
const SCRIPT = '<script>alert(document.cookie)</script>';
const deep = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
/** Whole-body attacks on a JSON route, sent as raw bytes. */
const RAW_BODIES: [string, string][] = [
  ['an array', '[]'],
  ['a bare string', '"hello"'],
  ['a number', '42'],
  ['null', 'null'],
  ['malformed JSON', '{"a":'],
  ['prototype pollution through __proto__', '{"__proto__":{"isAdmin":true,"role":"sysadmin"}}'],
  ['prototype pollution through constructor', '{"constructor":{"prototype":{"isAdmin":true}}}'],
  ['deeply nested JSON', deep(5000)],
  ['a body over the size limit', JSON.stringify({ title: 'x'.repeat(300 * 1024) })],
];
/** Bodies of other types than JSON: refused with 415 on a JSON route. */
const OTHER_TYPES: [string, (req: Test) => Test][] = [
  ['text/plain', (req) => req.set('content-type', 'text/plain').send('{"version":1}')],
  ['XML', (req) => req.set('content-type', 'application/xml').send('<case><version>1</version></case>')],
  ['form-encoded (a cross-site HTML form)', (req) => req.type('form').send('phone=13800001234&version=1')],
  ['multipart', (req) => req.field('version', '1')],
];

const CHINESE = /[\u3400-\u9fff]/;
const ENGLISH_VALIDATOR = /should not exist|must be|must not|property |an unknown value/i;

type Role = 'creator' | 'agent' | 'supervisor' | 'cac_officer' | 'sysadmin' | 'secadmin' | 'auditor';

interface Probe {
  label: string;
  send: (req: Test) => Test;
  status: number;
  /** The field the problem must name (exactly, in `errors[].field`). */
  field?: string;
  /** Also accept the array that holds `field` (a rule on every item names the list). */
  orList?: boolean;
  /** Also accept an item of `field` (`status[0]` for a list parameter). */
  orItem?: boolean;
  message?: string;
  /** A query string to append instead of the route's own. */
  query?: string;
}

/** Raw JSON with invalid UTF-8 bytes where MARK is. */
function withInvalidUtf8(body: unknown, path: string): Buffer {
  const [head, tail] = JSON.stringify(withLeaf(body, path, MARK)).split(MARK);
  return Buffer.concat([Buffer.from(head), INVALID_UTF8, Buffer.from(tail)]);
}

const json = (body: unknown) => (req: Test) => req.send(body as object);
// serialize: superagent would otherwise send a Buffer as JSON ({"type":"Buffer",...}), not as its bytes.
const raw = (bytes: string | Buffer) => (req: Test) => req.set('content-type', 'application/json').serialize((b: unknown) => b as string).send(bytes as string);

/** A value of the wrong type for a leaf. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'not a number';
  if (typeof value === 'boolean') return 'yes';
  return 'x';
}

/** Required properties, top-level and in nested DTOs present in the example body. */
function requiredPaths(doc: OpenApiDocument, schema: Schema | undefined, value: unknown, path = ''): string[] {
  const s = resolve(doc, schema);
  if (!s || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => requiredPaths(doc, s.items, v, `${path}[${i}]`));
  const own = (s.required ?? []).map((name) => (path ? `${path}.${name}` : name));
  const nested = Object.entries(s.properties ?? {}).flatMap(([name, prop]) => requiredPaths(doc, prop, (value as Record<string, unknown>)[name], path ? `${path}.${name}` : name));
  return [...own, ...nested];
}

/** Everything to try on a JSON write route. */
function jsonProbes(doc: OpenApiDocument, op: Operation): Probe[] {
  const schema = bodySchema(doc, op);
  const probes: Probe[] = [
    { label: 'a text query parameter with NUL', send: (r) => (schema ? r.send(exampleOf(doc, schema, op.key) as object) : r), query: 'probe=a%00b', status: 400, field: 'probe' },
    { label: 'a query parameter that is not UTF-8', send: (r) => (schema ? r.send(exampleOf(doc, schema, op.key) as object) : r), query: 'probe=%C3%28', status: 400, field: 'probe' },
    { label: 'a query parameter the route does not read', send: (r) => (schema ? r.send(exampleOf(doc, schema, op.key) as object) : r), query: 'unknownParam=1', status: 400, field: 'unknownParam' },
    ...OTHER_TYPES.map(([label, send]) => ({ label: `a ${label} body`, send, status: 415 })),
  ];
  if (!schema) {
    // A route that reads no body: works without one, and refuses a field it would ignore.
    probes.push({ label: 'a JSON field the route does not read', send: json({ comment: '请处理' }), status: 400, field: 'comment' });
    return probes;
  }
  const body = exampleOf(doc, schema, op.key);
  probes.push({ label: 'no body', send: (r) => r, status: 415 });
  for (const [label, rawBody] of RAW_BODIES) probes.push({ label, send: raw(rawBody), status: -1 });
  probes.push({ label: 'an unknown top-level field', send: json({ ...(body as object), isAdmin: true }), status: 400, field: 'isAdmin' });
  for (const objectPath of objectsIn(body).filter(Boolean)) {
    const nested = withLeaf(body, `${objectPath}.unexpectedField`, 'x');
    probes.push({ label: `an unknown field in ${objectPath}`, send: json(nested), status: 400, field: `${objectPath}.unexpectedField` });
  }
  for (const path of requiredPaths(doc, schema, body)) {
    probes.push({ label: `${path} missing`, send: json(withLeaf(body, path, undefined)), status: 400, field: path });
  }
  for (const leaf of leaves(body)) {
    probes.push({ label: `${leaf.path} of the wrong type`, send: json(withLeaf(body, leaf.path, wrongType(leaf.value))), status: 400, field: leaf.path, orList: true });
    if (typeof leaf.value !== 'string') continue;
    for (const [label, bad] of BAD_STRINGS) {
      probes.push({ label: `${label} in ${leaf.path}`, send: json(withLeaf(body, leaf.path, `${leaf.value}${bad}`)), status: 400, field: leaf.path });
    }
    probes.push({ label: `bytes that are not UTF-8 in ${leaf.path}`, send: raw(withInvalidUtf8(body, leaf.path)), status: 400, field: leaf.path });
  }
  // Nested free text the example does not show: a new key in every nested object, and a bad key name.
  for (const objectPath of objectsIn(body).filter(Boolean)) {
    for (const [label, bad] of BAD_STRINGS.slice(0, 2)) {
      probes.push({ label: `${label} in a key inside ${objectPath}`, send: json(withLeaf(body, `${objectPath}.k${bad}`, 'x')), status: 400, field: objectPath });
    }
  }
  return probes;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);

/** A multipart body built byte by byte, so a file name can carry exactly the bytes an attacker sends. */
function multipart(parts: { name: string; fileName?: Buffer; body: Buffer }[]): { type: string; body: Buffer } {
  const boundary = '----csdHostileBoundary';
  const chunks = parts.flatMap((p) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"`),
    ...(p.fileName ? [Buffer.from('; filename="'), p.fileName, Buffer.from('"\r\nContent-Type: application/octet-stream')] : []),
    Buffer.from('\r\n\r\n'),
    p.body,
    Buffer.from('\r\n'),
  ]);
  return { type: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]) };
}

function uploadProbes(op: Operation): Probe[] {
  const field = Object.keys(resolve({ paths: {}, components: { schemas: {} } }, op.requestBody!.content['multipart/form-data'].schema)?.properties ?? { file: {} })[0];
  const send = (parts: Parameters<typeof multipart>[0]) => (req: Test) => {
    const m = multipart(parts);
    return req.set('content-type', m.type).send(m.body);
  };
  const names: [string, Buffer][] = [
    ['a right-to-left override in the file name', Buffer.from('invoice\u202egnp.exe.png')],
    ['a zero-width space in the file name', Buffer.from('evidence\u200b.png')],
    ['a byte-order mark in the file name', Buffer.from('\ufeffevidence.png')],
    ['a file name that is not UTF-8', Buffer.concat([Buffer.from('证据'), INVALID_UTF8, Buffer.from('.png')])],
  ];
  return [
    { label: 'a JSON body', send: json({ file: 'x' }), status: 415 },
    { label: 'a text/plain body', send: (r) => r.set('content-type', 'text/plain').send('x'), status: 415 },
    { label: 'NUL in the query', send: send([{ name: field, fileName: Buffer.from('a.png'), body: PNG }]), query: 'probe=%00', status: 400, field: 'probe' },
    { label: 'a query parameter the route does not read', send: send([{ name: field, fileName: Buffer.from('a.png'), body: PNG }]), query: 'unknownParam=1', status: 400, field: 'unknownParam' },
    ...names.map(([label, fileName]) => ({ label, send: send([{ name: field, fileName, body: PNG }]), status: 400, field })),
    // The multipart parser itself refuses a NUL in a part header (malformed), before any field exists.
    { label: 'NUL in the file name', send: send([{ name: field, fileName: Buffer.from('evil.png\u0000.exe'), body: PNG }]), status: 400 },
    { label: 'a text field the route does not read', send: send([{ name: 'comment', body: Buffer.from('说明') }, { name: field, fileName: Buffer.from('a.png'), body: PNG }]), status: 400, field: 'comment' },
  ];
}

describe('hostile input against every write route of the OpenAPI document (e2e)', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let users: Record<Role, TestUser>;
  let tables: string[];

  beforeAll(async () => {
    t = await TestApp.start();
    doc = await openApi(t);
    users = {
      creator: await t.user('creator'),
      agent: await t.user('agent', { zoneId: 'huangpu' }),
      supervisor: await t.user('supervisor', { zoneId: 'huangpu' }),
      cac_officer: await t.user('cac_officer', { authorityId: 'cac_huangpu' }),
      sysadmin: await t.user('sysadmin', { zoneId: null }),
      secadmin: await t.user('secadmin', { zoneId: null }),
      auditor: await t.user('auditor', { zoneId: null }),
    };
    tables = (await t.db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`)).map((r: { tablename: string }) => r.tablename);
  });
  afterAll(() => t.close());

  /** Row count of every table of the schema. */
  async function state(): Promise<Record<string, number>> {
    const [row] = await t.db.query(`SELECT ${tables.map((name) => `(SELECT count(*)::int FROM "${name}") AS "${name}"`).join(', ')}`);
    return row;
  }

  function request(op: Operation, query?: string): Test {
    const url = fillPath(op) + (query ? `?${query}` : '');
    const req = t.http[op.method](url);
    const role = op.roles?.[0] as Role | undefined;
    return role ? req.set(bearer(users[role])) : req;
  }

  /** What is wrong with the answer to a probe, or null. */
  function judge(probe: Probe, res: { status: number; headers: Record<string, string>; body: { errors?: { field: string; message: string }[]; detail?: string } }): string | null {
    const got = `${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
    if (probe.status === -1 ? res.status < 400 || res.status >= 500 : res.status !== probe.status) return `expected ${probe.status === -1 ? '4xx' : probe.status}, got ${got}`;
    if (!String(res.headers['content-type']).includes('application/problem+json')) return `not problem+json: ${res.headers['content-type']}`;
    const messages = [res.body.detail ?? '', ...(res.body.errors ?? []).map((e) => e.message)];
    if (messages.some((m) => !CHINESE.test(m) || ENGLISH_VALIDATOR.test(m))) return `a message is not in Chinese: ${JSON.stringify(messages)}`;
    const list = probe.field?.replace(/\[\d+\]$/, '');
    const named = (res.body.errors ?? []).some((e) => e.field === probe.field || (probe.orList && e.field === list) || (probe.orItem && e.field.startsWith(`${probe.field}[`)));
    if (probe.field && !named) return `does not name ${probe.field}: ${got}`;
    return null;
  }

  it('refuses every probe on every write route with a Chinese 4xx naming the field, and changes nothing', async () => {
    const writes = operations(doc).filter(isWrite);
    expect(writes.length).toBeGreaterThan(30);
    const failures: string[] = [];
    let tried = 0;
    for (const op of writes) {
      const upload = !!op.requestBody?.content['multipart/form-data'];
      let probes: Probe[];
      try {
        probes = upload ? uploadProbes(op) : jsonProbes(doc, op);
      } catch (error) {
        failures.push(`${op.key}: ${(error as Error).message}`);
        continue;
      }
      const before = await state();
      for (const probe of probes) {
        const res = await probe.send(request(op, probe.query));
        const wrong = judge(probe, res);
        if (wrong) failures.push(`${op.key} ${probe.label}: ${wrong}`);
        tried++;
      }
      const after = await state();
      const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
      if (changed.length) failures.push(`${op.key}: rows changed in ${changed.map((name) => `${name} ${before[name]}→${after[name]}`).join(', ')}`);
      await expectAuditChainIntact(t, users.auditor, op.key);
    }
    expect(failures).toEqual([]);
    expect(tried).toBeGreaterThan(1000);
    // Every probe of every write route, on a shared 2-core machine.
  }, 300_000);

  it('refuses hostile query parameters on every route: bad strings, over-long, out of range, of the wrong type, unknown', async () => {
    const failures: string[] = [];
    let tried = 0;
    const before = await state();
    for (const op of operations(doc)) {
      const params = op.parameters.filter((x) => x.in === 'query') as QueryParameter[];
      const schema = bodySchema(doc, op);
      // A write route is sent its valid body, so the query is all that is wrong.
      const withBody = (r: Test) => (schema ? r.send(exampleOf(doc, schema, op.key) as object) : r);
      const probes: Probe[] = [{ label: 'an unknown parameter', send: withBody, query: 'unknownParam=1', status: 400, field: 'unknownParam' }];
      for (const p of params) {
        const resolved = resolve(doc, p.schema);
        for (const [label, query] of hostileQueryValues(p, (s) => resolve(doc, s))) {
          probes.push({ label: `${label} in ?${p.name}`, send: withBody, query, status: 400, field: p.name, orItem: resolved?.type === 'array' });
        }
        if (resolved?.type !== 'string' || resolved.enum || resolved.format) continue;
        // A URL carries bytes: a surrogate arrives as its (invalid) CESU-8 bytes.
        const encoded: [string, string][] = [
          ...BAD_STRINGS.filter(([label]) => !label.includes('surrogate')).map(([label, bad]): [string, string] => [label, encodeURIComponent(`a${bad}`)]),
          ['bytes that are not UTF-8', 'a%C3%28'],
          ['a surrogate as CESU-8 bytes', 'a%ED%A0%80'],
        ];
        for (const [label, value] of encoded) probes.push({ label: `${label} in ?${p.name}`, send: withBody, query: `${p.name}=${value}`, status: 400, field: p.name });
      }
      if (op.requestBody?.content['multipart/form-data']) continue;
      for (const probe of probes) {
        const wrong = judge(probe, await probe.send(request(op, probe.query)));
        if (wrong) failures.push(`${op.key} ${probe.label}: ${wrong}`);
        tried++;
      }
    }
    expect(failures).toEqual([]);
    expect(tried).toBeGreaterThan(500);
    expect(await state()).toEqual(before);
    await expectAuditChainIntact(t, users.auditor, 'query probes');
  }, 300_000);

  it('refuses hostile uploads: traversal in names, a lying type, a zip bomb, an oversized file', async () => {
    const c = (await t.http.post('/api/v1/cases').set(bearer(users.creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    const zipBomb = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]), Buffer.alloc(2048, 0)]);
    const cases: [string, Buffer, string, number][] = [
      ['path traversal', PNG, '../../../etc/cron.d/evil.png', 400],
      ['a backslash path', PNG, '..\\..\\evil.png', 400],
      ['content that lies about its type', PNG, 'contract.pdf', 415],
      ['a zip bomb', zipBomb, 'photos.zip', 415],
      ['an executable', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'evidence.png', 415],
      ['an oversized file', Buffer.alloc(3 * 1024 * 1024, 0x41), 'big.txt', 413],
    ];
    for (const [label, bytes, name, status] of cases) {
      const before = await state();
      const m = multipart([{ name: 'file', fileName: Buffer.from(name), body: bytes }]);
      const res = await t.http.post(`/api/v1/cases/${c.id}/attachments`).set(bearer(users.creator)).set('content-type', m.type).send(m.body);
      expect({ label, status: res.status }).toEqual({ label, status });
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(CHINESE.test(res.body.detail)).toBe(true);
      expect(await state()).toEqual(before);
    }
  });

  it('keeps what a person writes: a comment on supply_materials, the rating on accept — refused, never dropped', async () => {
    let c = (await t.http.post('/api/v1/cases').set(bearer(users.creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    c = (await t.http.post(`/api/v1/cases/${c.id}/actions/request_materials`).set(bearer(users.agent)).send({ version: c.version, items: ['截图'] }).expect(201)).body;
    const before = await state();
    const supply = await t.http.post(`/api/v1/cases/${c.id}/actions/supply_materials`).set(bearer(users.creator)).send({ version: c.version, comment: '补充说明：截图见附件' });
    expect(supply.status).toBe(400);
    expect(supply.body.errors).toEqual([{ field: 'comment', message: '此接口不接受该字段' }]);
    const accept = await t.http.post(`/api/v1/cases/${c.id}/actions/accept`).set(bearer(users.agent)).send({ version: c.version, outcome: 'done', level: 1, summary: '已处理' });
    expect(accept.status).toBe(400);
    expect(accept.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['level', 'outcome', 'summary']);
    expect(await state()).toEqual(before);
    // What the action reads is kept, on the timeline the creator sees.
    await t.http.post(`/api/v1/cases/${c.id}/actions/supply_materials`).set(bearer(users.creator)).send({ version: c.version, note: '补充说明：截图见附件' }).expect(201);
    const timeline = (await t.http.get(`/api/v1/cases/${c.id}/timeline`).set(bearer(users.creator)).expect(200)).body;
    expect(timeline.some((e: { data: { note?: string } }) => e.data.note === '补充说明：截图见附件')).toBe(true);
  });

  it('answers a bad id with the same problem on every route', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const op of operations(doc)) {
      // Every `{id}` is a UUID, except where the document gives it another pattern (inbox message numbers).
      const id = op.parameters.find((p) => p.in === 'path' && p.name === 'id' && !resolve(doc, p.schema)?.pattern);
      if (!id) continue;
      checked++;
      const req = request({ ...op, path: op.path.replace('{id}', 'not-a-uuid') });
      const schema = bodySchema(doc, op);
      const upload = multipart([{ name: 'file', fileName: Buffer.from('a.png'), body: PNG }]);
      const res = await (schema ? req.send(exampleOf(doc, schema, op.key) as object) : op.requestBody ? req.set('content-type', upload.type).send(upload.body) : req);
      if (res.status !== 400 || res.body.code !== 'validation_failed' || !res.body.errors?.some((e: { field: string }) => e.field === 'id')) {
        failures.push(`${op.key}: ${res.status} ${res.body.code} ${JSON.stringify(res.body.errors)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(15);
  });

  it('stores injection strings in free text verbatim as data, never as code', async () => {
    const title = `${SQL} ${SCRIPT}`.slice(0, 100);
    const c = (await t.http.post('/api/v1/cases').set(bearer(users.creator)).send({ ...FILINGS.compliance, zoneId: 'huangpu', title }).expect(201)).body;
    expect(c.title).toBe(title);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM cases WHERE title = $1`, [title]);
    expect(n).toBe(1);
    const search = (await t.http.get(`/api/v1/cases?q=${encodeURIComponent("' OR 1=1 --")}`).set(bearer(users.agent)).expect(200)).body;
    expect(search.items.every((i: { title: string }) => i.title.includes("' OR 1=1 --") || i.title === title)).toBe(true);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

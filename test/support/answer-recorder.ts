import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { TestApp } from './test-app';

type Schema = Record<string, unknown>;
interface Doc {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>>;
  components: { schemas: Record<string, Schema> };
}

export interface Answer {
  method: string;
  url: string;
  status: number;
  type: string;
  body: Buffer;
}

/** Every answer the api sends from now on (JSON bodies kept whole), for checking against the document. */
export function recordAnswers(t: TestApp): Answer[] {
  const answers: Answer[] = [];
  (t.app.getHttpServer() as Server).on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown) => {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => (keep(chunk), write(chunk, ...rest))) as ServerResponse['write'];
    res.end = ((chunk: unknown, ...rest: unknown[]) => (keep(chunk), end(chunk, ...rest))) as ServerResponse['end'];
    res.on('finish', () => answers.push({ method: req.method ?? '', url: (req.url ?? '').split('?')[0], status: res.statusCode, type: String(res.getHeader('content-type') ?? ''), body: Buffer.concat(chunks) }));
  });
  return answers;
}

/**
 * The document's schemas as JSON Schema for Ajv: every object schema without an explicit
 * additionalProperties becomes closed, and OpenAPI 3.0's `nullable` becomes "null or the rest".
 */
export function closed<T>(node: T): T {
  if (Array.isArray(node)) return node.map(closed) as T;
  if (!node || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Schema;
  const out: Schema = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, k === 'example' ? v : closed(v)]));
  if (out.$ref) out.$ref = String(out.$ref).replace('#/components', 'doc#/components');
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return (nullable === true ? { anyOf: [{ type: 'null' }, out] } : out) as T;
}

/**
 * What is wrong with the answers against the document: for each JSON answer (success or
 * problem), the schema its route declares for that status, closed — a field the api sends that
 * the document does not name fails, as does a documented field that is missing or of another type.
 */
export function checkAnswers(doc: Doc, answers: Answer[]): { failures: string[]; checked: Set<string> } {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'doc', components: { schemas: closed(doc.components.schemas) } });
  const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path, pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`) })),
  );
  const failures: string[] = [];
  const checked = new Set<string>();
  for (const a of answers) {
    const route = routes.find((r) => r.method === a.method && r.pattern.test(a.url));
    if (!route || !/json/.test(a.type)) continue;
    const key = `${route.method} ${route.path} ${a.status}`;
    const media = /problem\+json/.test(a.type) ? 'application/problem+json' : 'application/json';
    const schema = doc.paths[route.path][route.method.toLowerCase()].responses[String(a.status)]?.content?.[media]?.schema;
    if (!schema) {
      failures.push(`${key}: the document declares no ${media} answer for ${a.status}`);
      continue;
    }
    const validate = ajv.compile(closed(schema));
    if (!validate(JSON.parse(a.body.toString('utf8') || 'null'))) failures.push(`${key}: ${JSON.stringify(validate.errors?.slice(0, 5))}`);
    checked.add(`${route.method} ${route.path}`);
  }
  return { failures: [...new Set(failures)], checked };
}

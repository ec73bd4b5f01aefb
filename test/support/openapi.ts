import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';

/**
 * The api's own OpenAPI document as the list of what to test: specs that walk it cover a new
 * route the moment it exists, and fail when the document cannot describe a valid request.
 */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  example?: unknown;
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
  example?: unknown;
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  key: string;
  parameters: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
  /** Roles allowed by @Authenticated (x-roles); undefined for a public route. */
  roles?: string[];
  summary?: string;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Omit<Operation, 'method' | 'path' | 'key' | 'roles'> & { 'x-roles'?: string[] }>>;
  components: { schemas: Record<string, Schema> };
}

export async function openApi(t: TestApp): Promise<OpenApiDocument> {
  return (await t.http.get('/api/docs-json').expect(200)).body;
}

export function operations(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      ...op,
      parameters: op.parameters ?? [],
      method: method as Operation['method'],
      path,
      key: `${method.toUpperCase()} ${path}`,
      roles: op['x-roles'],
    })),
  );
}

export const isWrite = (op: Operation) => op.method !== 'get';

export function resolve(doc: OpenApiDocument, schema: Schema | undefined): Schema | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return resolve(doc, doc.components.schemas[schema.$ref.split('/').pop()!]);
  if (schema.allOf?.length === 1) return resolve(doc, schema.allOf[0]);
  return schema;
}

export function bodySchema(doc: OpenApiDocument, op: Operation, type = 'application/json'): Schema | undefined {
  return resolve(doc, op.requestBody?.content[type]?.schema);
}

/**
 * A valid value built from the document alone: each property's example (nested DTOs from their
 * own properties). A required property the document gives no example for fails the spec, since a
 * client could not learn from the document what to send.
 */
export function exampleOf(doc: OpenApiDocument, raw: Schema | undefined, where: string): unknown {
  const schema = resolve(doc, raw);
  if (!schema) throw new Error(`${where}: no schema`);
  if (schema.example !== undefined) return structuredClone(schema.example);
  if (schema.type === 'array' && schema.items) return [exampleOf(doc, schema.items, `${where}[0]`)];
  if (schema.properties) {
    const out: Record<string, unknown> = {};
    for (const [name, prop] of Object.entries(schema.properties)) {
      const required = schema.required?.includes(name);
      const resolved = resolve(doc, prop);
      if (!required && resolved?.example === undefined && !resolved?.properties) continue;
      out[name] = exampleOf(doc, prop, `${where}.${name}`);
    }
    return out;
  }
  if (schema.enum?.length) return schema.enum[0];
  throw new Error(`${where}: the OpenAPI document gives no example for a required value`);
}

/** The path with each parameter filled from the document (example, enum, or format). */
export function fillPath(op: Operation, overrides: Record<string, string> = {}): string {
  return op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (overrides[name] !== undefined) return overrides[name];
    const p = op.parameters.find((x) => x.in === 'path' && x.name === name);
    const value = p?.example ?? p?.schema?.example ?? p?.schema?.enum?.[0] ?? (p?.schema?.format === 'uuid' ? randomUUID() : undefined);
    if (value === undefined) throw new Error(`${op.key}: path parameter ${name} has no example in the OpenAPI document`);
    return encodeURIComponent(String(value));
  });
}

export interface Leaf {
  path: string;
  value: unknown;
}

/** Every leaf (string, number, boolean) of a value, named as the api names fields: `a.b[0].c`. */
export function leaves(value: unknown, path = ''): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, value }];
}

/** Every object inside a value (the value itself included), by path. */
export function objectsIn(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectsIn(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return [path, ...Object.entries(value).flatMap(([k, v]) => objectsIn(v, path ? `${path}.${k}` : k))];
  return [];
}

/** A copy of `value` with the leaf at `path` replaced (or, with `undefined`, removed). */
export function withLeaf(value: unknown, path: string, leaf: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1];
  if (leaf === undefined) delete node[last];
  else node[last] = leaf;
  return copy;
}

import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ApiModule } from '../apps/api/src/api.module';
import { openApiDocument, setApiPrefix } from '../apps/api/src/bootstrap';

type Schema = Record<string, unknown> & {
  $ref?: string;
  type?: string;
  format?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  enum?: unknown[];
};

/** Media types whose body is a file: a binary string is their schema. */
const FILE_TYPES = /^(application\/(pdf|zip|octet-stream|vnd\.[\w.-]+)|text\/csv|image\/)/;

/**
 * The OpenAPI document is the source of the web's API types and the list the hostile-input and
 * access-matrix suites walk, so every answer it describes must be a real schema: each 2xx of
 * each operation (204 excepted) names a DTO class, a typed array of one, or a typed value — never
 * an `example` alone, an untyped object or an array of anything — and every error is RFC 9457
 * application/problem+json. Built from the application in preview mode, like the generator.
 */
describe('the OpenAPI document describes every answer with a real schema', () => {
  let doc: OpenAPIObject;
  beforeAll(async () => {
    const app = await NestFactory.create(ApiModule, { preview: true, abortOnError: false, logger: false });
    setApiPrefix(app);
    doc = openApiDocument(app);
    await app.close();
  }, 120_000);

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      (['get', 'put', 'post', 'patch', 'delete'] as const).filter((m) => item[m]).map((method) => ({ key: `${method.toUpperCase()} ${path}`, op: item[method]! })),
    );

  /** What is wrong with a schema (followed through $ref, items and properties), or null. */
  function problemOf(schema: Schema | undefined, where: string, seen = new Set<string>()): string | null {
    if (!schema) return `${where}: no schema`;
    if (schema.$ref) {
      const name = schema.$ref.split('/').pop()!;
      if (seen.has(name)) return null;
      seen.add(name);
      const target = doc.components?.schemas?.[name] as Schema | undefined;
      return target ? problemOf(target, `${where} → ${name}`, seen) : `${where}: $ref to a missing schema ${name}`;
    }
    for (const list of [schema.allOf, schema.oneOf, schema.anyOf]) {
      if (list) return list.map((s, i) => problemOf(s, `${where}[${i}]`, seen)).find(Boolean) ?? null;
    }
    if (schema.enum) return null;
    if (!schema.type) return `${where}: untyped${schema.example !== undefined ? ' (an example only)' : ''}`;
    if (schema.type === 'array') return schema.items ? problemOf(schema.items, `${where}[]`, seen) : `${where}: an array of anything`;
    if (schema.type === 'object') {
      const props = Object.entries(schema.properties ?? {});
      if (!props.length && !schema.additionalProperties) return `${where}: an object without properties`;
      if (typeof schema.additionalProperties === 'object') {
        const extra = problemOf(schema.additionalProperties, `${where}{}`, seen);
        if (extra) return extra;
      }
      return props.map(([name, prop]) => problemOf(prop, `${where}.${name}`, seen)).find(Boolean) ?? null;
    }
    return null;
  }

  it('gives every success answer a schema: a DTO class, a typed array or a typed value', () => {
    const failures: string[] = [];
    const ops = operations();
    expect(ops.length).toBeGreaterThan(100);
    for (const { key, op } of ops) {
      const success = Object.keys(op.responses).filter((status) => /^2\d\d$/.test(status));
      if (!success.length) failures.push(`${key}: no success answer`);
      for (const status of success) {
        if (status === '204') continue;
        const content = (op.responses[status] as { content?: Record<string, { schema?: Schema }> }).content;
        if (!content || !Object.keys(content).length) {
          failures.push(`${key} ${status}: no content`);
          continue;
        }
        for (const [type, media] of Object.entries(content)) {
          if (FILE_TYPES.test(type)) {
            if (media.schema?.type !== 'string' || media.schema.format !== 'binary') failures.push(`${key} ${status} ${type}: a file is a binary string`);
            continue;
          }
          const problem = problemOf(media.schema, `${key} ${status} ${type}`);
          if (problem) failures.push(problem);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('names a response class, never an inline example, for every JSON object answered', () => {
    // @nestjs/terminus writes the readiness probe's schema itself (typed, checked by the test above).
    const terminus = new Set(['GET /ready']);
    const inline: string[] = [];
    for (const { key, op } of operations().filter((o) => !terminus.has(o.key))) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (!/^2\d\d$/.test(status)) continue;
        const schema = (response as { content?: Record<string, { schema?: Schema }> }).content?.['application/json']?.schema;
        const item = schema?.type === 'array' ? schema.items : schema;
        if (item && !item.$ref) inline.push(`${key} ${status}: ${JSON.stringify(item).slice(0, 80)}`);
      }
    }
    expect(inline).toEqual([]);
  });

  it('documents every error answer as application/problem+json, and a 400 on every operation', () => {
    const failures: string[] = [];
    for (const { key, op } of operations()) {
      if (!op.responses['400']) failures.push(`${key}: no 400`);
      for (const [status, response] of Object.entries(op.responses)) {
        if (!/^[45]\d\d$/.test(status)) continue;
        const content = (response as { content?: Record<string, { schema?: Schema }> }).content ?? {};
        const types = Object.keys(content);
        if (types.length !== 1 || types[0] !== 'application/problem+json' || content[types[0]].schema?.$ref !== '#/components/schemas/ProblemDetails') {
          failures.push(`${key} ${status}: ${types.join(', ') || 'no content'}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(problemOf({ $ref: '#/components/schemas/ProblemDetails' }, 'ProblemDetails')).toBeNull();
  });

  /** Why a query parameter's schema lets an unbounded value through, or null. */
  function unbounded(schema: Schema | undefined): string | null {
    if (!schema) return 'no schema';
    if (schema.enum || schema.type === 'boolean') return null;
    if (schema.type === 'string') return schema.maxLength !== undefined || schema.pattern || ['date-time', 'date', 'uuid'].includes(String(schema.format)) ? null : 'a text without maxLength, pattern or format';
    if (schema.type === 'integer' || schema.type === 'number') return schema.minimum !== undefined && schema.maximum !== undefined ? null : 'a number without minimum and maximum';
    if (schema.type === 'array') return schema.maxItems === undefined ? 'a list without maxItems' : unbounded(schema.items);
    return `of type ${schema.type}`;
  }

  it('bounds every query parameter: lengths, ranges (the page size capped), enums, patterns or formats', () => {
    const failures: string[] = [];
    let params = 0;
    for (const { key, op } of operations()) {
      for (const p of (op.parameters ?? []) as { name: string; in: string; schema?: Schema }[]) {
        if (p.in !== 'query') continue;
        params++;
        const why = unbounded(p.schema);
        if (why) failures.push(`${key} ?${p.name}: ${why}`);
      }
    }
    expect(failures).toEqual([]);
    expect(params).toBeGreaterThan(50);
    const pageSize = (doc.paths['/api/v1/cases'].get!.parameters as unknown as { name: string; schema: Schema }[]).find((p) => p.name === 'pageSize');
    expect(pageSize?.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
  });
});

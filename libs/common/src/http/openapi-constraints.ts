import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Schema = SchemaObject & { required?: string[] };

/** What each class-validator rule says about a value, in JSON Schema terms. */
function describe(meta: ValidationMetadata, schema: Schema): void {
  const [a, b] = meta.constraints ?? [];
  switch (meta.name) {
    case 'isLength':
      schema.minLength = a;
      if (b !== undefined) schema.maxLength = b;
      break;
    case 'minLength':
      schema.minLength = a;
      break;
    case 'maxLength':
      schema.maxLength = a;
      break;
    case 'min':
      schema.minimum = a;
      break;
    case 'max':
      schema.maximum = a;
      break;
    case 'arrayMinSize':
      schema.minItems = a;
      break;
    case 'arrayMaxSize':
      schema.maxItems = a;
      break;
    case 'isIn':
      schema.enum ??= (a as unknown[]).filter((v) => v !== null);
      break;
    case 'matches':
      schema.pattern ??= (a as RegExp).source;
      break;
    case 'isInt':
      schema.type = 'integer';
      break;
    case 'isString':
      schema.type = 'string';
      break;
    case 'isBoolean':
      schema.type = 'boolean';
      break;
    case 'isEmail':
      Object.assign(schema, { type: 'string', format: 'email' });
      break;
    case 'isUuid':
      Object.assign(schema, { type: 'string', format: 'uuid' });
      break;
    case 'isDate':
      Object.assign(schema, { type: 'string', format: 'date-time' });
      break;
    default:
  }
}

function resolve(document: OpenAPIObject, schema: SchemaObject | ReferenceObject | undefined): Schema | undefined {
  if (!schema) return undefined;
  if ('$ref' in schema) return document.components?.schemas?.[schema.$ref.split('/').pop()!] as Schema | undefined;
  return schema as Schema;
}

/** Every validated class: class-validator keeps them in one map (no public accessor lists them). */
function validatedClasses(): Map<Function, ValidationMetadata[]> {
  const metas = (getMetadataStorage() as unknown as { validationMetadatas: Map<Function | string, ValidationMetadata[]> }).validationMetadatas;
  const out = new Map<Function, ValidationMetadata[]>();
  for (const [target, list] of metas) if (typeof target === 'function') out.set(target, list);
  return out;
}

/**
 * Writes the rules the server enforces into the OpenAPI document, so the two cannot disagree:
 * lengths, ranges, item counts, patterns, types and formats from the DTOs' class-validator
 * decorators, and `required` from whether a property is optional there.
 */
export function documentValidationRules(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  for (const [cls, metas] of validatedClasses()) {
    const schema = schemas[cls.name] as Schema | undefined;
    if (!schema?.properties) continue;
    // A DTO inherits its parent's rules; they are listed under the parent class.
    const all = [...metas, ...inheritedMetas(cls)];
    for (const [property, raw] of Object.entries(schema.properties)) {
      const own = all.filter((m) => m.propertyName === property);
      if (!own.length) continue;
      const prop = resolve(document, raw);
      if (!prop) continue;
      const optional = own.some((m) => m.type === 'conditionalValidation');
      const required = new Set(schema.required ?? []);
      if (optional) required.delete(property);
      else required.add(property);
      schema.required = [...required];
      if (!schema.required.length) delete schema.required;
      for (const meta of own) describe(meta, meta.each && prop.type === 'array' ? (resolve(document, prop.items) ?? prop) : prop);
    }
  }
  return document;
}

function inheritedMetas(cls: Function): ValidationMetadata[] {
  const all = validatedClasses();
  const out: ValidationMetadata[] = [];
  for (let parent = Object.getPrototypeOf(cls); parent && parent !== Function.prototype; parent = Object.getPrototypeOf(parent)) {
    out.push(...(all.get(parent) ?? []));
  }
  return out;
}

type Parameter = { name: string; in: string; required?: boolean; schema?: Schema };

/** The class of each handler's whole `@Query()` object, by the operationId Swagger gives it (`Controller_method`). */
function queryClasses(modules: ModulesContainer): Map<string, Function> {
  const out = new Map<string, Function>();
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) {
      const cls = wrapper.metatype as Function | null;
      if (!cls?.prototype) continue;
      for (const method of Object.getOwnPropertyNames(cls.prototype)) {
        const args: Record<string, { index: number; data?: unknown }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, cls, method) ?? {};
        const types: Function[] = Reflect.getMetadata('design:paramtypes', cls.prototype, method) ?? [];
        for (const [key, arg] of Object.entries(args)) {
          if (key.split(':')[0] === String(RouteParamtypes.QUERY) && arg.data === undefined && types[arg.index]) out.set(`${cls.name}_${method}`, types[arg.index]);
        }
      }
    }
  }
  return out;
}

/**
 * The same rules for query parameters, which Swagger lists one by one (not as a schema): each
 * parameter of a `@Query()` DTO gets its lengths, ranges, enum, pattern, format and whether it
 * is required from the DTO's class-validator decorators.
 */
export function documentQueryRules(document: OpenAPIObject, modules: ModulesContainer): OpenAPIObject {
  const classes = queryClasses(modules);
  const all = validatedClasses();
  for (const item of Object.values(document.paths ?? {})) {
    for (const op of [item.get, item.put, item.post, item.patch, item.delete]) {
      const cls = op?.operationId ? classes.get(op.operationId) : undefined;
      if (!op || !cls) continue;
      const metas = [...(all.get(cls) ?? []), ...inheritedMetas(cls)];
      for (const param of (op.parameters ?? []) as Parameter[]) {
        if (param.in !== 'query') continue;
        const own = metas.filter((m) => m.propertyName === param.name);
        if (!own.length) continue;
        param.required = !own.some((m) => m.type === 'conditionalValidation');
        const schema = (param.schema ??= {});
        for (const meta of own) describe(meta, meta.each && schema.type === 'array' ? ((schema.items as Schema | undefined) ?? (schema.items = { type: 'string' })) : schema);
      }
    }
  }
  return document;
}

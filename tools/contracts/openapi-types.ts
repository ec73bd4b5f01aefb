import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument, setApiPrefix } from '../../apps/api/src/bootstrap';
import { ApiModule } from '../../apps/api/src/api.module';

/** Where the web finds the API's request and response types (re-exported by libs/contracts); npm runs tools from the repository root. */
export const GENERATED_TYPES = resolve(process.cwd(), 'libs/contracts/src/generated/openapi.ts');

const HEADER = `/* eslint-disable */
// Generated from the api's OpenAPI document by \`npm run contracts:generate\`
// (tools/contracts/openapi-types.ts); do not edit. test: tools/contracts/openapi-types.spec.ts.
`;

/**
 * The api's OpenAPI document as the running api serves it at /api/docs-json, built from the
 * Nest application in preview mode: modules and controllers are scanned, no provider runs, so
 * no database, Redis or configuration is needed.
 */
export async function buildOpenApiDocument() {
  const app = await NestFactory.create(ApiModule, { preview: true, abortOnError: false, logger: false });
  try {
    setApiPrefix(app);
    return openApiDocument(app);
  } finally {
    await app.close();
  }
}

/** The TypeScript of the document's paths and schemas (openapi-typescript). */
export async function generateOpenApiTypes(): Promise<string> {
  const document = await buildOpenApiDocument();
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}

async function main(): Promise<void> {
  const text = await generateOpenApiTypes();
  const check = process.argv.includes('--check');
  const current = (() => {
    try {
      return readFileSync(GENERATED_TYPES, 'utf8');
    } catch {
      return null;
    }
  })();
  if (check) {
    if (current !== text) throw new Error(`${GENERATED_TYPES} is out of date: run npm run contracts:generate`);
    console.log('[contracts] generated types are up to date');
    return;
  }
  if (current !== text) writeFileSync(GENERATED_TYPES, text);
  console.log(`[contracts] ${current === text ? 'unchanged' : 'wrote'} ${GENERATED_TYPES}`);
}

if (require.main === module) {
  void main().catch((error: Error) => {
    console.error(`[contracts] ${error.stack ?? error.message}`);
    process.exit(1);
  });
}

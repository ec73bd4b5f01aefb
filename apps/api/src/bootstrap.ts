import { INestApplication, RequestMethod } from '@nestjs/common';
import { ModulesContainer, NestFactory, Reflector } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { json, NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createValidationPipe, documentProblemResponses, documentQueryRules, documentValidationRules, flagInvalidUtf8, JSON_TYPES, jsonBodyGuard, ProblemDetailsFilter, RequestInputGuard } from '@app/common';
import { AppConfig } from '@app/config';
import { ApiModule } from './api.module';
import { InFlightWrites } from './in-flight-writes';

const API_PREFIX = 'api/v1';
const WEB_ROOT = resolve(process.cwd(), 'dist/web');

/** Builds the HTTP application exactly as production runs it; tests use the same function. */
export async function createApiApp(): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true, bodyParser: false });
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  const proxies = config.TRUSTED_PROXIES.split(',').map((p) => p.trim()).filter(Boolean);
  app.set('trust proxy', proxies.length ? proxies : false);
  app.disable('x-powered-by');
  app.use(app.get(InFlightWrites).track);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          // The PDF preview shows the evidence's inline bytes from an object URL in a frame.
          'frame-src': ["'self'", 'blob:'],
          // TLS is terminated in front of the api; the desk's own LAN address stays usable over http.
          'upgrade-insecure-requests': null,
        },
      },
      // HSTS belongs to the TLS terminator, which knows the public host name.
      strictTransportSecurity: false,
    }),
  );
  // Answers carry sessions and personal data: no browser or proxy may keep them (errors too).
  app.use((req: { path: string }, res: { setHeader: (name: string, value: string) => void }, next: () => void) => {
    if (isApiPath(req.path)) res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // JSON is the only body the api parses (uploads are multipart, parsed by their route); any other
  // type is refused with 415 by RequestInputGuard. Bytes that are not UTF-8 are flagged, not hidden;
  // the exact bytes are kept for the Idempotency-Key fingerprint (@app/idempotency).
  app.use(
    json({
      limit: config.BODY_LIMIT,
      type: JSON_TYPES,
      verify: (req, res, buf) => {
        (req as { rawBody?: Buffer }).rawBody = buf;
        flagInvalidUtf8(req as never, res, buf);
      },
    }),
  );
  app.use(jsonBodyGuard);
  const origins = config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  if (origins.length) app.enableCors({ origin: origins, credentials: false });
  setApiPrefix(app);
  app.useGlobalGuards(new RequestInputGuard(app.get(Reflector)));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());

  SwaggerModule.setup('api/docs', app, openApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });

  if (existsSync(join(WEB_ROOT, 'index.html'))) app.use(webApp());
  app.enableShutdownHooks();
  return app;
}

/** Every route under /api/v1 except the probes. */
export function setApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'ready', method: RequestMethod.GET },
    ],
  });
}

/**
 * The OpenAPI document, from the controllers' decorators. It needs no running provider, so
 * tools/contracts builds it from an application in preview mode, without a database.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  return documentProblemResponses(documentQueryRules(documentValidationRules(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('集聚区创作者服务台 Creator Service Desk API')
        .setDescription('Cases of the four rights programmes for creators in the Huangpu and Yangpu cluster zones. Errors are RFC 9457 application/problem+json.')
        .setVersion('1')
        .addBearerAuth()
        .build(),
    ),
  ), app.get(ModulesContainer)));
}

/** Paths the web app never answers: the api itself and the probes. */
const isApiPath = (path: string) => path.startsWith('/api/') || path === '/api' || path === '/health' || path === '/ready';

/**
 * The built web app, outside `/api` only (an API request never touches the file system). Files are
 * served precompressed (brotli, else gzip, built by Vite); fingerprinted assets are cached for a
 * year, and `index.html` never, so a new release is picked up on the next load.
 */
function webApp() {
  const files = expressStaticGzip(WEB_ROOT, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', path.includes(`${WEB_ROOT}/assets/`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    },
  });
  const index = join(WEB_ROOT, 'index.html');
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    files(req, res, () => {
      // The single-page app answers every other GET with its shell.
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  };
}

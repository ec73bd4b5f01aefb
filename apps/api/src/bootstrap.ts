import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json, urlencoded } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createValidationPipe, jsonBodyGuard, ProblemDetailsFilter } from '@app/common';
import { AppConfig } from '@app/config';
import { ApiModule } from './api.module';

const API_PREFIX = 'api/v1';
const WEB_ROOT = resolve(process.cwd(), 'dist/web');

/** Builds the HTTP application exactly as production runs it; tests use the same function. */
export async function createApiApp(): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true, bodyParser: false });
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          // TLS is terminated in front of the api; the desk's own LAN address stays usable over http.
          'upgrade-insecure-requests': null,
        },
      },
      // HSTS belongs to the TLS terminator, which knows the public host name.
      strictTransportSecurity: false,
    }),
  );
  // The exact bytes are kept for the Idempotency-Key fingerprint (@app/idempotency).
  app.use(json({ limit: config.BODY_LIMIT, type: ['application/json', 'application/*+json'], verify: (req, _res, buf) => void ((req as { rawBody?: Buffer }).rawBody = buf) }));
  app.use(urlencoded({ extended: false, limit: config.BODY_LIMIT }));
  app.use(jsonBodyGuard);
  const origins = config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  if (origins.length) app.enableCors({ origin: origins, credentials: false });
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'ready', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('集聚区创作者服务台 Creator Service Desk API')
      .setDescription('Cases of the four rights programmes for creators in the Huangpu and Yangpu cluster zones. Errors are RFC 9457 application/problem+json.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (existsSync(join(WEB_ROOT, 'index.html'))) {
    app.useStaticAssets(WEB_ROOT, { index: false, maxAge: '1h' });
    // The single-page app answers every other GET that is not an API call.
    app.use((req: { method: string; path: string }, res: { sendFile: (p: string) => void }, next: () => void) => {
      if (req.method !== 'GET' || req.path.startsWith('/api') || req.path === '/health' || req.path === '/ready') return next();
      res.sendFile(join(WEB_ROOT, 'index.html'));
    });
  }
  app.enableShutdownHooks();
  return app;
}

import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { PiiModule } from '@app/pii';
import { RetentionModule, RetentionService } from '@app/retention';
import { TestApp } from './test-app';

/** The purge as the worker runs it, without the six-hourly scheduler. */
@Module({ imports: [ConfigModule, DatabaseModule, PiiModule, RetentionModule] })
class RetentionTestModule {}

/**
 * Starts the api (for filing through the routes) and a worker context with the retention
 * service for the enclosing `describe`; `get()` hands both to the tests.
 */
export function withRetentionWorker(): () => { t: TestApp; retention: RetentionService } {
  let t: TestApp;
  let worker: INestApplicationContext;
  let retention: RetentionService;
  beforeAll(async () => {
    t = await TestApp.start();
    worker = await NestFactory.createApplicationContext(RetentionTestModule, { logger: false });
    retention = worker.get(RetentionService);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });
  return () => ({ t, retention });
}

import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { PiiModule } from '@app/pii';
import { RedisModule } from '@app/redis';
import { SlaSystemModule } from './sla.module';

@Module({ imports: [ConfigModule, DatabaseModule, PiiModule, RedisModule, SlaSystemModule] })
class SlaSystemContextModule {}

/**
 * The system's side of SLA on its own (effects, sweep, clock rebuilding, with the case workflow
 * and its listeners), without Bull: for seeds, drills and specs that act as the worker does.
 * Configuration comes from the environment, as in every process.
 */
export function createSlaSystemContext(): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(SlaSystemContextModule, { logger: ['error', 'warn'] });
}

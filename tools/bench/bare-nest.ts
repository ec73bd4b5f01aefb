import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';

/**
 * The ceiling of the lightest authenticated route: a bare NestJS application on the same
 * adapter (Express) answering the same kind of small JSON from memory, no guard, no logger.
 * With ADAPTER=fastify, the same application on Fastify: what a move of adapter could gain at most.
 * Started by tools/bench/run.ts as a process of its own, on PORT.
 */
@Controller()
class BareController {
  private readonly body = [{ id: 'huangpu', name: '黄浦区', code: 'HP' }, { id: 'yangpu', name: '杨浦区', code: 'YP' }];
  @Get('zones') zones() {
    return this.body;
  }
}

@Module({ controllers: [BareController] })
class BareModule {}

void (async () => {
  const app = process.env.ADAPTER === 'fastify' ? await NestFactory.create(BareModule, new FastifyAdapter(), { logger: false }) : await NestFactory.create(BareModule, { logger: false });
  await app.listen(Number(process.env.PORT ?? 3199), '127.0.0.1');
})();

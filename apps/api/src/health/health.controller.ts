import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import Redis from 'ioredis';
import { AuditChainService } from '@app/audit';
import { Public } from '@app/common';
import { REDIS } from '@app/redis';

class LiveResponse {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly audit: AuditChainService,
  ) {}

  /** The process is up. */
  @Get('health')
  @Public()
  @ApiOkResponse({ type: LiveResponse, description: '进程在运行' })
  live() {
    return { status: 'ok' };
  }

  /**
   * The process can serve: PostgreSQL and Redis answer. 503 while either is down. It also shows
   * the audit chain's lag (`audit_chain.alarm` when an event stays unlinked past
   * AUDIT_LINK_ALARM_SECONDS: the worker's linker is not running); that alone does not make it 503.
   */
  @Get('ready')
  @Public()
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 1500 }),
      async () => {
        const redis = this.indicator.check('redis');
        let timer: NodeJS.Timeout | undefined;
        try {
          const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 1500)));
          await Promise.race([this.redis.ping(), timeout]);
          return redis.up();
        } catch (error) {
          return redis.down({ message: (error as Error).message });
        } finally {
          clearTimeout(timer);
        }
      },
      async () => {
        const chain = this.indicator.check('audit_chain');
        try {
          return chain.up({ ...(await this.audit.lag()) });
        } catch (error) {
          return chain.up({ lag: 'unknown', message: (error as Error).message });
        }
      },
    ]);
  }
}

import { BullModule } from '@nestjs/bull';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ApplicationConfig } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '@app/config';
import { NotificationsApiModule } from '@app/notifications';
import { QUEUE_BOARD_ROUTE, QueueBoard, QueueBoardAuth, QueueBoardController } from './board/queue-board';
import { HolidayYearsController } from './holidays/holiday-years.controller';
import { bullRootOptions, QUEUE_NAMES } from '@app/jobs';
import { SlaPoliciesController } from './policies/sla-policies.controller';
import { SlaModule } from './sla.module';

/**
 * The api side of SLA and notifications: clocks on every case change (via SlaModule), the
 * inbox, the sysadmin's holiday calendar and SLA policies, and the queue dashboard (bull-board,
 * sysadmin only). The api never processes jobs; it only shows the queues.
 */
@Module({
  imports: [
    SlaModule,
    NotificationsApiModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, verifyOptions: { algorithms: ['HS256'] } }),
    }),
    BullModule.forRootAsync({ inject: [AppConfig], useFactory: bullRootOptions }),
    BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
  ],
  controllers: [HolidayYearsController, SlaPoliciesController, QueueBoardController],
  providers: [QueueBoard, QueueBoardAuth],
})
export class SlaApiModule implements NestModule {
  constructor(
    private readonly board: QueueBoard,
    private readonly auth: QueueBoardAuth,
    private readonly app: ApplicationConfig,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    const prefix = this.app.getGlobalPrefix().replace(/^\/?/, '/').replace(/\/$/, '');
    consumer.apply(this.auth.middleware, this.board.router(`${prefix === '/' ? '' : prefix}${QUEUE_BOARD_ROUTE}`)).forRoutes(QUEUE_BOARD_ROUTE);
  }
}

import { Module, RequestMethod } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { AppointmentsApiModule } from '@app/appointments';
import { AuditModule } from '@app/audit';
import { AuditLogModule } from '@app/audit-log';
import { AuthModule } from '@app/auth';
import { CaseLiveModule, CasesModule } from '@app/cases';
import { AppConfig, ConfigModule } from '@app/config';
import { CreatorsModule } from '@app/creators';
import { DashboardModule } from '@app/dashboard';
import { DatabaseModule } from '@app/database';
import { DocumentsApiModule } from '@app/documents';
import { EvidenceModule } from '@app/evidence';
import { ComplianceModule } from '@app/compliance';
import { LegislationModule } from '@app/legislation';
import { ShieldModule } from '@app/shield';
import { StarlightModule } from '@app/starlight';
import { PiiModule } from '@app/pii';
import { ReceiptsModule } from '@app/receipts';
import { RedisModule } from '@app/redis';
import { SalonsModule } from '@app/salons';
import { SlaApiModule } from '@app/sla';
import { UsersModule } from '@app/users';
import { VisitsModule } from '@app/visits';
import { QualityApiModule } from '@app/quality';
import { DispatchApiModule } from '@app/dispatch';
import { ZonesModule } from '@app/zones';
import { HealthController } from './health/health.controller';
import { InFlightWrites } from './in-flight-writes';
import { LOG_DESTINATION, LogFlusher } from './log-destination';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: [{
          level: config.LOG_LEVEL,
          genReqId: (req, res) => {
            const given = req.headers['x-request-id'];
            const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
            res.setHeader('x-request-id', id);
            return id;
          },
          redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password', 'req.body.refreshToken'],
          autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
        }, LOG_DESTINATION],
        // Every route, in the path syntax of Express 5 (the default '*' is converted with a warning).
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
      }),
    }),
    DatabaseModule,
    RedisModule,
    PiiModule,
    TerminusModule,
    AuditModule,
    AuditLogModule,
    ZonesModule,
    UsersModule,
    AuthModule,
    CasesModule,
    CaseLiveModule,
    EvidenceModule,
    CreatorsModule,
    SlaApiModule,
    DashboardModule,
    DocumentsApiModule,
    LegislationModule,
    StarlightModule,
    ComplianceModule,
    ShieldModule,
    ReceiptsModule,
    AppointmentsApiModule,
    SalonsModule,
    VisitsModule,
    QualityApiModule,
    DispatchApiModule,
  ],
  controllers: [HealthController],
  providers: [LogFlusher, InFlightWrites],
})
export class ApiModule {}

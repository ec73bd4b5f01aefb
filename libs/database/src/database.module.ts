import { Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsModule } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { assertApplicationRole } from './session-role';

const typeOrm = TypeOrmModule.forRootAsync({
  inject: [AppConfig],
  useFactory: (config: AppConfig) => ({
    type: 'postgres' as const,
    url: config.DATABASE_URL,
    autoLoadEntities: true,
    synchronize: false,
    migrationsRun: false,
    // Under overload a request waits for a connection (then 503) rather than failing fast.
    // Code inside a transaction must use its manager only: a second connection taken there
    // can wait forever once every connection is held (test/one-connection.e2e-spec.ts).
    extra: { options: `-c timezone=UTC`, max: config.DB_POOL_MAX, connectionTimeoutMillis: config.DB_POOL_WAIT_MS },
    retryAttempts: 3,
    retryDelay: 1000,
  }),
});

/**
 * One pool per process, and the transaction context: a service method marked `@Transactional()`
 * runs in one transaction, and repositories take it from `TransactionHost` (`txHost.tx`) instead
 * of being handed an EntityManager. Outside a transaction `txHost.tx` is the pool's manager.
 *
 * The process logs in as the application's own role (a member of DB_APP_ROLE, which may only
 * append to the audit log) and refuses to start as anything more (session-role.ts); migrations
 * run as the owner instead (see migration-runner.ts).
 */
@Module({
  imports: [
    typeOrm,
    ClsModule.forRoot({
      global: true,
      // No proxy providers here: resolving them anyway costs a require() on every request.
      middleware: { mount: true, resolveProxyProviders: false },
      plugins: [
        new ClsPluginTransactional({
          imports: [TypeOrmModule],
          adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
        }),
      ],
    }),
  ],
  providers: [
    {
      provide: 'APPLICATION_SESSION_ROLE',
      inject: [getDataSourceToken(), AppConfig],
      useFactory: (dataSource: DataSource, config: AppConfig) => assertApplicationRole(dataSource, config.DB_APP_ROLE),
    },
  ],
})
export class DatabaseModule {}

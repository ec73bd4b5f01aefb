import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** The `pg` pool under a TypeORM data source (undefined once it is closed), for what TypeORM does not expose. */
export const driverPool = (dataSource: DataSource): Pool | undefined => (dataSource.driver as PostgresDriver).master as Pool | undefined;

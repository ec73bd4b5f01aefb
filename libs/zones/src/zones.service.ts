import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CachedQuery } from '@app/database';
import { Authority, Zone } from './zone.entity';

interface ZoneTables {
  zones: Zone[];
  authorities: Authority[];
}

async function loadZoneTables(m: EntityManager): Promise<ZoneTables> {
  const zones = await m.find(Zone, { order: { code: 'ASC' } });
  const authorities = await m.find(Authority, { order: { id: 'ASC' } });
  return { zones, authorities };
}

/**
 * Zones and authorities change rarely; they are read once and kept in memory per process.
 * Inside a transaction pass its manager: the first read then goes through it (see CachedQuery).
 */
@Injectable()
export class ZonesService {
  private readonly cached: CachedQuery<ZoneTables>;

  constructor(private readonly dataSource: DataSource) {
    // Never stale: nothing in the application edits them.
    this.cached = new CachedQuery('zones', loadZoneTables, () => dataSource.manager, Number.POSITIVE_INFINITY);
  }

  async listZones(m: EntityManager = this.dataSource.manager): Promise<Zone[]> {
    return (await this.cached.get(m)).zones;
  }

  async listAuthorities(m: EntityManager = this.dataSource.manager): Promise<Authority[]> {
    return (await this.cached.get(m)).authorities;
  }

  async zone(id: string, m: EntityManager = this.dataSource.manager): Promise<Zone | undefined> {
    return (await this.cached.get(m)).zones.find((z) => z.id === id);
  }

  async authority(id: string, m: EntityManager = this.dataSource.manager): Promise<Authority | undefined> {
    return (await this.cached.get(m)).authorities.find((a) => a.id === id);
  }

  /** Forgets the tables: the next read loads them afresh. */
  invalidate(): void {
    this.cached.invalidate();
  }
}

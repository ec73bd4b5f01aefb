import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CachedQuery, Tx } from '@app/database';
import { Authority, Zone } from './zone.entity';
import { ZoneRepository, ZoneTables } from './zone.repository';

/**
 * Zones and authorities change rarely; they are read once and kept in memory per process. The
 * first read (at start, or after `invalidate()`) runs in the caller's transaction, if any (see
 * CachedQuery).
 */
@Injectable()
export class ZonesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ZonesService.name);
  private readonly cached: CachedQuery<ZoneTables>;

  constructor(repository: ZoneRepository, txHost: Tx) {
    // Never stale: nothing in the application edits them.
    this.cached = new CachedQuery('zones', () => repository.tables(), txHost, Number.POSITIVE_INFINITY);
  }

  /** Read once at start, so that no request is the first to need them. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.cached.get();
    } catch (error) {
      this.logger.warn(`zones not readable at start, read on first use: ${(error as Error).message}`);
    }
  }

  async listZones(): Promise<Zone[]> {
    return (await this.cached.get()).zones;
  }

  async listAuthorities(): Promise<Authority[]> {
    return (await this.cached.get()).authorities;
  }

  async zone(id: string): Promise<Zone | undefined> {
    return (await this.cached.get()).zones.find((z) => z.id === id);
  }

  async authority(id: string): Promise<Authority | undefined> {
    return (await this.cached.get()).authorities.find((a) => a.id === id);
  }

  /** Forgets the tables: the next read loads them afresh. */
  invalidate(): void {
    this.cached.invalidate();
  }
}

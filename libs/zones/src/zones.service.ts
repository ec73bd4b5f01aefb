import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Authority, Zone } from './zone.entity';

/** Zones and authorities change rarely; they are read once and kept in memory per process. */
@Injectable()
export class ZonesService {
  private cache?: Promise<{ zones: Zone[]; authorities: Authority[] }>;

  constructor(
    @InjectRepository(Zone) private readonly zones: Repository<Zone>,
    @InjectRepository(Authority) private readonly authorities: Repository<Authority>,
  ) {}

  private load() {
    this.cache ??= Promise.all([
      this.zones.find({ order: { code: 'ASC' } }),
      this.authorities.find({ order: { id: 'ASC' } }),
    ]).then(([zones, authorities]) => ({ zones, authorities }));
    return this.cache;
  }

  async listZones(): Promise<Zone[]> {
    return (await this.load()).zones;
  }

  async listAuthorities(): Promise<Authority[]> {
    return (await this.load()).authorities;
  }

  async zone(id: string): Promise<Zone | undefined> {
    return (await this.load()).zones.find((z) => z.id === id);
  }

  async authority(id: string): Promise<Authority | undefined> {
    return (await this.load()).authorities.find((a) => a.id === id);
  }
}

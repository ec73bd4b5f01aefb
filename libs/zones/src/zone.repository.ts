import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';
import { Authority, Zone } from './zone.entity';

export interface ZoneTables {
  zones: Zone[];
  authorities: Authority[];
}

/** The zones and authorities tables (seed data; a new district is a row). */
@Injectable()
export class ZoneRepository {
  constructor(private readonly txHost: Tx) {}

  async tables(): Promise<ZoneTables> {
    const m = this.txHost.tx;
    const zones = await m.find(Zone, { order: { code: 'ASC' } });
    const authorities = await m.find(Authority, { order: { id: 'ASC' } });
    return { zones, authorities };
  }
}

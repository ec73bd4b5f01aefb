import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Who is told: the people a zone or an authority answers to. Only active accounts. */
@Injectable()
export class Recipients {
  /** Supervisors of the zone, and the city-wide supervisors (zone_id NULL). */
  async supervisorsOf(m: EntityManager, zoneId: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM users WHERE role = 'supervisor' AND status = 'active' AND (zone_id = $1 OR zone_id IS NULL) ORDER BY id`,
      [zoneId],
    );
    return rows.map((r) => r.id);
  }

  async officersOf(m: EntityManager, authorityId: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM users WHERE role = 'cac_officer' AND status = 'active' AND authority_id = $1 ORDER BY id`,
      [authorityId],
    );
    return rows.map((r) => r.id);
  }

  async displayName(m: EntityManager, userId: string | null): Promise<string | undefined> {
    if (!userId) return undefined;
    const [row] = await m.query(`SELECT display_name FROM users WHERE id = $1`, [userId]);
    return row?.display_name;
  }
}

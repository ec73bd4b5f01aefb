import { Injectable } from '@nestjs/common';
import { shanghaiYear } from '@app/calendar';
import { Tx } from '@app/database';

/**
 * `HP-SHD-2026-000123`: zone, programme, year, sequence. The number comes from a PostgreSQL
 * sequence of its own per zone × programme × year (created by the first filing that needs it,
 * see `case_reference_next`), so concurrent filings never wait for each other; two filings
 * never share a number, and a rolled-back one leaves a gap.
 */
@Injectable()
export class CaseReferenceRepository {
  constructor(private readonly txHost: Tx) {}

  async next(zoneCode: string, programmeCode: string, at: Date): Promise<string> {
    const year = shanghaiYear(at);
    const [row] = await this.txHost.tx.query(`SELECT case_reference_next($1, $2, $3) AS value`, [zoneCode, programmeCode, year]);
    return `${zoneCode}-${programmeCode}-${year}-${String(row.value).padStart(6, '0')}`;
  }

  /** The references of cases by id (a reference names a case; it shows nothing of it). */
  async referencesOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; reference: string }[] = await this.txHost.tx.query(`SELECT id, reference FROM cases WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id, r.reference]));
  }

  /** The ids of cases by reference. */
  async idsOf(references: readonly string[]): Promise<Map<string, string>> {
    if (!references.length) return new Map();
    const rows: { id: string; reference: string }[] = await this.txHost.tx.query(`SELECT id, reference FROM cases WHERE reference = ANY($1::text[])`, [[...new Set(references)]]);
    return new Map(rows.map((r) => [r.reference, r.id]));
  }
}

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
}

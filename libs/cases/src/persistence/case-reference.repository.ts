import { Injectable } from '@nestjs/common';
import { shanghaiYear } from '@app/calendar';
import { Tx } from '@app/database';

/**
 * `HP-SHD-2026-000123`: zone, programme, year, sequence. The counter row is incremented in the
 * filing transaction, so two filings never share a number (a rolled-back one leaves a gap).
 */
@Injectable()
export class CaseReferenceRepository {
  constructor(private readonly txHost: Tx) {}

  async next(zoneCode: string, programmeCode: string, at: Date): Promise<string> {
    const year = shanghaiYear(at);
    const [row] = await this.txHost.tx.query(
      `INSERT INTO case_reference_counters (zone_code, programme_code, year, last_value) VALUES ($1, $2, $3, 1)
       ON CONFLICT (zone_code, programme_code, year) DO UPDATE SET last_value = case_reference_counters.last_value + 1
       RETURNING last_value`,
      [zoneCode, programmeCode, year],
    );
    return `${zoneCode}-${programmeCode}-${year}-${String(row.last_value).padStart(6, '0')}`;
  }
}

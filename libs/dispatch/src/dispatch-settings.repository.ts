import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';

/** Dispatch's settings (`settings` key `dispatch`), with the defaults of the migration. */
export interface DispatchSettings {
  /** Working days the receiving zone has to accept or return a transfer. */
  transferRespondWorkingDays: number;
  /** Working days after resolution within which a return visit is due. */
  returnVisitWorkingDays: number;
  /** Share (0–100) of resolved cases other than 盾牌行动 that get a return visit. */
  returnVisitSamplePercent: number;
  /** Share of a supervision order's time after which the reminder (催办) goes out. */
  supervisionReminderShare: number;
  /** How often the worker's sweep runs. */
  sweepEverySeconds: number;
}

const DEFAULTS: DispatchSettings = { transferRespondWorkingDays: 1, returnVisitWorkingDays: 2, returnVisitSamplePercent: 20, supervisionReminderShare: 0.75, sweepEverySeconds: 30 };

@Injectable()
export class DispatchSettingsRepository {
  constructor(private readonly txHost: Tx) {}

  async read(): Promise<DispatchSettings> {
    const [row]: { value: Partial<DispatchSettings> }[] = await this.txHost.tx.query(`SELECT value FROM settings WHERE key = 'dispatch'`);
    return { ...DEFAULTS, ...(row?.value ?? {}) };
  }
}

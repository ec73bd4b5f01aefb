import { Injectable } from '@nestjs/common';
import { Actor } from '@app/common';
import { ReturnVisitsService } from './return-visits.service';
import { SupervisionService } from './supervision.service';
import { TransfersService } from './transfers.service';
import type { OrderView, ReturnVisitView, TransferView } from './dispatch-views';

/** The module's facade for its routes: transfers, supervision orders, return visits. */
@Injectable()
export class DispatchService {
  constructor(
    readonly transfers: TransfersService,
    readonly supervision: SupervisionService,
    readonly returnVisits: ReturnVisitsService,
  ) {}

  async forCase(actor: Actor, caseId: string): Promise<{ transfers: TransferView[]; orders: OrderView[]; returnVisits: ReturnVisitView[] }> {
    return {
      transfers: await this.transfers.forCase(actor, caseId),
      orders: await this.supervision.forCase(actor, caseId),
      returnVisits: await this.returnVisits.forCase(actor, caseId),
    };
  }
}

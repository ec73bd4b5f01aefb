import { Injectable } from '@nestjs/common';
import { Actor, AppError, RequestMeta } from '@app/common';
import type { BulkAssignDto } from '../case-bulk.dto';
import type { CaseAction } from '../domain';
import { CaseRepository } from '../persistence/case.repository';
import { CaseWorkflowService } from './case-workflow.service';

export interface BulkRow {
  id: string;
  ok: boolean;
  reference: string | null;
  status: string | null;
  code: string | null;
  message: string | null;
}

/**
 * One action on many cases from the queue: each case in its own transaction, through the same
 * workflow (rules, timeline, events, audit) as a single action, at the case's current version;
 * a refusal of one case is that row's result and does not stop the others.
 */
@Injectable()
export class CaseBulkService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly workflow: CaseWorkflowService,
  ) {}

  async run(actor: Actor, meta: RequestMeta, action: Extract<CaseAction, 'accept' | 'assign'>, dto: BulkAssignDto) {
    const results: BulkRow[] = [];
    for (const id of dto.ids) {
      let reference: string | null = null;
      try {
        const c = await this.cases.get(actor, id);
        reference = c.reference;
        await this.workflow.act(actor, meta, id, action, { version: c.version, note: dto.note, ...(action === 'assign' ? { assigneeId: dto.assigneeId } : {}) });
        const after = await this.cases.get(actor, id);
        results.push({ id, ok: true, reference, status: after.status, code: null, message: null });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const status = typeof error.extra.currentStatus === 'string' ? error.extra.currentStatus : null;
        const detail = error.extra.errors?.map((e) => e.message).join('；');
        results.push({ id, ok: false, reference, status, code: error.code, message: detail || error.message });
      }
    }
    const succeeded = results.filter((r) => r.ok).length;
    return { results, succeeded, failed: results.length - succeeded };
  }
}

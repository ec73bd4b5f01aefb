import { Injectable, OnApplicationBootstrap, SetMetadata } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { SelectQueryBuilder } from 'typeorm';
import type { CaseEntity } from '../case.entity';
import type { ListCasesQuery } from '../cases.dto';

/** Filters and an order another module adds to case lists (the SLA module: overdue, due soon, next due). */
export interface CaseListExtension {
  /** Adds this module's filters of `q` to the list query (cases aliased `c`). */
  filterList(qb: SelectQueryBuilder<CaseEntity>, q: ListCasesQuery): void;
  /** The SQL expression `sort=nextDueAt` orders by. */
  readonly nextDueOrder?: string;
  /** An ascending SQL expression that leads every case list whatever its sort (盾牌行动: a minor involved first). */
  readonly leadingOrder?: string;
}

/** Facts another module adds to the case page and list rows (the SLA clocks). */
export interface CaseDetailContributor {
  describe(caseIds: readonly string[], now: Date): Promise<Map<string, Record<string, unknown>>>;
}

const CASE_EXTENSION = Symbol('case-extension');

/** Marks a provider that implements CaseListExtension and/or CaseDetailContributor. */
export const ExtendsCases = () => SetMetadata(CASE_EXTENSION, true);

function isListExtension(x: object): x is CaseListExtension {
  return typeof (x as CaseListExtension).filterList === 'function';
}
function isContributor(x: object): x is CaseDetailContributor {
  return typeof (x as CaseDetailContributor).describe === 'function';
}

/** The extensions discovered at start, from providers marked `@ExtendsCases()`. */
@Injectable()
export class CaseExtensions implements OnApplicationBootstrap {
  private lists: CaseListExtension[] = [];
  private contributors: CaseDetailContributor[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const marked = this.discovery
      .getProviders()
      .filter((w) => w.metatype && w.instance && this.reflector.get<boolean | undefined>(CASE_EXTENSION as never, w.metatype as never))
      .map((w) => w.instance as object);
    this.lists = marked.filter(isListExtension);
    this.contributors = marked.filter(isContributor);
  }

  filterList(qb: SelectQueryBuilder<CaseEntity>, q: ListCasesQuery): void {
    for (const extension of this.lists) extension.filterList(qb, q);
  }

  get leadingOrders(): string[] {
    return this.lists.map((l) => l.leadingOrder).filter((o): o is string => !!o);
  }

  get nextDueOrder(): string | undefined {
    return this.lists.find((l) => l.nextDueOrder)?.nextDueOrder;
  }

  async describe(caseIds: readonly string[], now: Date): Promise<Map<string, Record<string, unknown>>> {
    const merged = new Map<string, Record<string, unknown>>();
    if (!caseIds.length) return merged;
    for (const contributor of this.contributors) {
      for (const [id, extra] of await contributor.describe(caseIds, now)) merged.set(id, { ...merged.get(id), ...extra });
    }
    return merged;
  }
}

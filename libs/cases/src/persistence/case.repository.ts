import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { Actor } from '@app/common';
import { Tx } from '@app/database';
import { CaseEntity } from '../case.entity';
import { caseScope } from '../case-scope';
import { caseNotFound } from '../cases.errors';
import { OFF_LOAD_STATUSES } from '../domain';
import type { ListCasesQuery } from '../cases.dto';
import { CaseExtensions } from '../events/case-extensions';
import { PiiCipher } from '@app/pii';
import { AppConfig } from '@app/config';
import { applyCaseSearch, rankedSearchPage, SearchPage } from './case-search';

const PRIORITY_ORDER = `CASE c.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END`;

/**
 * Every read and write of a case on behalf of a user goes through here, and every method needs
 * the actor: the scope is applied inside, so an unscoped query does not compile. Timers and
 * sweeps use `SystemCaseRepository`, which only the worker's modules are given.
 */
@Injectable()
export class CaseRepository {
  constructor(
    private readonly txHost: Tx,
    private readonly extensions: CaseExtensions,
    private readonly pii: PiiCipher,
    private readonly config: AppConfig,
  ) {}

  /** A query over the cases the actor may see, aliased `c`, in the current transaction. */
  visibleTo(actor: Actor): SelectQueryBuilder<CaseEntity> {
    const scope = caseScope(actor, 'c');
    return this.txHost.tx.getRepository(CaseEntity).createQueryBuilder('c').where(`(${scope.sql})`, scope.params);
  }

  /** The case, if the actor may see it; otherwise not found (its existence is not revealed). */
  async get(actor: Actor, id: string): Promise<CaseEntity> {
    const found = await this.visibleTo(actor).andWhere('c.id = :id', { id }).getOne();
    if (!found) throw caseNotFound(id);
    return found;
  }

  /** The case locked for update inside the current transaction. */
  async lock(actor: Actor, id: string): Promise<CaseEntity> {
    const found = await this.visibleTo(actor).andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!found) throw caseNotFound(id);
    return found;
  }

  /**
   * A case in `zoneId`, locked, for a zone that has a say on it without seeing it yet: the
   * receiving zone of a transfer (the caller checks the transfer names that zone).
   */
  async lockInZone(id: string, zoneId: string): Promise<CaseEntity> {
    const found = await this.txHost.tx.getRepository(CaseEntity).createQueryBuilder('c').where('c.id = :id AND c.zone_id = :zoneId', { id, zoneId }).setLock('pessimistic_write').getOne();
    if (!found) throw caseNotFound(id);
    return found;
  }

  /**
   * The case list's query — scope, every filter (other modules' too) — without order or paging.
   * The list, its exports and anything else that filters cases start here.
   */
  filtered(actor: Actor, q: ListCasesQuery): SelectQueryBuilder<CaseEntity> {
    const qb = this.visibleTo(actor);
    if (q.programme) qb.andWhere('c.programme = :programme', { programme: q.programme });
    if (q.status?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: q.status });
    if (q.priority) qb.andWhere('c.priority = :priority', { priority: q.priority });
    if (q.channel) qb.andWhere('c.channel = :channel', { channel: q.channel });
    if (q.zoneId) qb.andWhere('c.zone_id = :zoneId', { zoneId: q.zoneId });
    if (q.category) qb.andWhere('c.category = :category', { category: q.category });
    // The dashboard's 盾牌行动 platform: CASE WHEN programme = 'shield' THEN coalesce(intake->>'platform', '')
    // ELSE '' END (dashboard_daily); for a platform that is not empty, this (and its index).
    if (q.platform) qb.andWhere(`c.programme = 'shield' AND coalesce(c.intake ->> 'platform', '') = :platform`, { platform: q.platform });
    // As the dashboard's 上报 by authority: every escalation step (escalations), not only the current one.
    if (q.authorityId) {
      qb.andWhere('EXISTS (SELECT 1 FROM escalations f_e WHERE f_e.case_id = c.id AND f_e.authority_id = :filterAuthorityId)', { filterAuthorityId: q.authorityId });
    }
    if (q.rating) qb.andWhere('c.rating = :rating', { rating: q.rating });
    if (q.assigneeId === 'none') qb.andWhere('c.assignee_id IS NULL');
    else if (q.assigneeId) qb.andWhere('c.assignee_id = :assigneeId', { assigneeId: q.assigneeId === 'me' ? actor.userId : q.assigneeId });
    if (q.createdFrom) qb.andWhere('c.created_at >= :createdFrom', { createdFrom: q.createdFrom });
    if (q.createdTo) qb.andWhere('c.created_at < :createdTo', { createdTo: q.createdTo });
    if (q.ids?.length) qb.andWhere('c.id IN (:...filterIds)', { filterIds: q.ids });
    if (q.q) applyCaseSearch(qb, q.q, this.pii);
    this.extensions.filterList(qb, q);
    return qb;
  }

  /** The list's order for a `sort` value (without the final tie-break on id), after the extensions' leading orders. */
  ordered<T extends SelectQueryBuilder<CaseEntity>>(qb: T, sort: string | undefined): T {
    this.sortedBy(qb, sort);
    const leading = this.extensions.leadingOrders;
    if (!leading.length) return qb;
    const rest = { ...qb.expressionMap.orderBys };
    qb.orderBy(leading[0], 'ASC');
    for (const o of leading.slice(1)) qb.addOrderBy(o, 'ASC');
    for (const [key, value] of Object.entries(rest)) qb.addOrderBy(key, typeof value === 'string' ? value : value.order, typeof value === 'string' ? undefined : value.nulls);
    return qb;
  }

  private sortedBy<T extends SelectQueryBuilder<CaseEntity>>(qb: T, sort: string | undefined): T {
    switch (sort ?? '-createdAt') {
      case 'createdAt':
        return qb.orderBy('c.created_at', 'ASC') as T;
      case 'updatedAt':
        return qb.orderBy('c.updated_at', 'ASC') as T;
      case '-updatedAt':
        return qb.orderBy('c.updated_at', 'DESC') as T;
      case 'priority':
        return qb.orderBy(PRIORITY_ORDER, 'ASC').addOrderBy('c.created_at', 'ASC') as T;
      case 'nextDueAt':
        return qb.orderBy(this.extensions.nextDueOrder ?? 'c.created_at', 'ASC', 'NULLS LAST') as T;
      default:
        return qb.orderBy('c.created_at', 'DESC') as T;
    }
  }

  /** One page of the list and the total; a search without an explicit sort is ranked (see rankedSearchPage). */
  async page(actor: Actor, q: ListCasesQuery, page: number, pageSize: number): Promise<SearchPage> {
    const offset = (page - 1) * pageSize;
    if (q.q && !q.sort) {
      const count = async (qb: SelectQueryBuilder<CaseEntity>, atMost: number) => {
        const [sql, params] = qb.select('c.id').limit(atMost).getQueryAndParameters();
        const [{ n }]: { n: number }[] = await this.txHost.tx.query(`SELECT count(*)::int AS n FROM (${sql}) hits`, params);
        return n;
      };
      const since = async (window: number) => (await this.visibleTo(actor).select('c.created_at', 'at').orderBy('c.created_at', 'DESC').offset(window - 1).limit(1).getRawOne<{ at: Date }>())?.at ?? null;
      const text = q.q;
      const search = (qb: SelectQueryBuilder<CaseEntity>) => applyCaseSearch(qb, text, this.pii);
      return rankedSearchPage(text, () => this.filtered(actor, { ...q, q: undefined }), search, { count, since }, offset, pageSize, this.config.SEARCH_RESULT_LIMIT);
    }
    const [rows, total] = await this.ordered(this.filtered(actor, q), q.sort).addOrderBy('c.id', 'ASC').skip(offset).take(pageSize).getManyAndCount();
    return { rows, total, totalCapped: false };
  }

  /** Open cases (not yet resolved or ended) owned by each of these users. */
  async openLoads(userIds: readonly string[]): Promise<Map<string, number>> {
    if (!userIds.length) return new Map();
    const rows: { assignee_id: string; n: number }[] = await this.txHost.tx.query(
      `SELECT assignee_id, count(*)::int AS n FROM cases WHERE assignee_id = ANY($1::uuid[]) AND status <> ALL($2::text[]) GROUP BY assignee_id`,
      [userIds, OFF_LOAD_STATUSES],
    );
    return new Map(rows.map((r) => [r.assignee_id, r.n]));
  }

  create(fields: Partial<CaseEntity>): CaseEntity {
    return this.txHost.tx.getRepository(CaseEntity).create(fields);
  }

  /**
   * Inserts a new case with one plain INSERT (no entity diffing or reload, unlike save()); the
   * generated id is set on `c`, which otherwise is exactly what was stored.
   */
  async insert(c: CaseEntity): Promise<CaseEntity> {
    const [row]: { id: string }[] = await this.txHost.tx.query(
      `INSERT INTO cases (reference, programme, category, zone_id, creator_id, filed_by, assignee_id, status, priority, channel, title, description, intake,
                          escalation_acknowledged, created_at, submitted_at, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`,
      [c.reference, c.programme, c.category, c.zoneId, c.creatorId, c.filedBy, c.assigneeId, c.status, c.priority, c.channel, c.title, c.description, JSON.stringify(c.intake),
        c.escalationAcknowledged, c.createdAt, c.submittedAt, c.updatedAt, c.version],
    );
    c.id = row.id;
    return c;
  }

  /** Saves a case the actor has just locked or created. */
  save(c: CaseEntity): Promise<CaseEntity> {
    return this.txHost.tx.getRepository(CaseEntity).save(c);
  }
}

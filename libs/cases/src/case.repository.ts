import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Actor, NotFoundError } from '@app/common';
import { CaseEntity } from './case.entity';
import { caseScope } from './case-scope';

/**
 * Every read and write of a case goes through here, and every method needs the actor: an
 * unscoped query does not compile. Timers and sweeps use `forSystem`, which says so by its name.
 */
@Injectable()
export class CaseRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A query over the cases the actor may see, aliased `c`. */
  visibleTo(actor: Actor, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<CaseEntity> {
    const scope = caseScope(actor, 'c');
    return manager.getRepository(CaseEntity).createQueryBuilder('c').where(`(${scope.sql})`, scope.params);
  }

  /** The case, if the actor may see it; otherwise not found (its existence is not revealed). */
  async get(actor: Actor, id: string, manager?: EntityManager): Promise<CaseEntity> {
    const found = await this.visibleTo(actor, manager).andWhere('c.id = :id', { id }).getOne();
    if (!found) throw new NotFoundError('case', id);
    return found;
  }

  /** The case locked for update inside the caller's transaction. */
  async lock(actor: Actor, id: string, manager: EntityManager): Promise<CaseEntity> {
    const found = await this.visibleTo(actor, manager).andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!found) throw new NotFoundError('case', id);
    return found;
  }

  /** Unscoped access for the system itself (timers, sweeps): never reachable from a request. */
  forSystem(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(CaseEntity);
  }
}

import { Injectable } from '@nestjs/common';
import { Actor, ValidationError } from '@app/common';
import { UserDirectory, ZoneSelection } from '@app/users';
import { CaseEntity } from '../case.entity';
import { CaseRepository } from '../persistence/case.repository';

export interface AgentView {
  id: string;
  displayName: string;
  zoneId: string;
  skills: string[];
  openCases: number;
}

/** 首问负责制 and the queues: who may be given a case, and who gets it when nobody is named. */
@Injectable()
export class CaseAssignmentService {
  constructor(
    private readonly users: UserDirectory,
    private readonly cases: CaseRepository,
  ) {}

  /** The agents a supervisor can assign to, with their skills and open load. */
  async agents(actor: Actor): Promise<AgentView[]> {
    const agents = await this.users.activeAgents(zonesOf(actor));
    const loads = await this.cases.openLoads(agents.map((a) => a.id));
    return agents.map((a) => ({ id: a.id, displayName: a.displayName, zoneId: a.zoneId, skills: a.skills, openCases: loads.get(a.id) ?? 0 }));
  }

  /**
   * The assignee of an `assign` action: the named agent if they are an active agent of the
   * case's zone; with nobody named, a supervisor's auto-assignment.
   */
  async assigneeFor(actor: Actor, c: CaseEntity, named: string | undefined): Promise<string | undefined> {
    if (named) {
      if (!(await this.users.isActiveAgentOf(named, c.zoneId))) throw new ValidationError([{ field: 'assigneeId', message: '只能分派给本集聚区在岗的服务台专员' }]);
      return named;
    }
    if (actor.role !== 'supervisor') return undefined;
    const picked = await this.leastLoadedAgent(c);
    if (!picked) throw new ValidationError([{ field: 'assigneeId', message: '本集聚区没有具备该项目技能的在岗专员，请手动指定' }]);
    return picked;
  }

  /**
   * Auto-assignment: the active agent of the case's zone with the programme among their skills
   * and the fewest open cases; among equals, the one assigned longest ago (round-robin).
   */
  private async leastLoadedAgent(c: CaseEntity): Promise<string | null> {
    const candidates = (await this.users.activeAgents([c.zoneId], c.programme)).filter((a) => a.id !== c.assigneeId);
    const loads = await this.cases.openLoads(candidates.map((a) => a.id));
    const at = (d: Date | null) => (d === null ? -Infinity : d.getTime());
    candidates.sort((a, b) => (loads.get(a.id) ?? 0) - (loads.get(b.id) ?? 0) || at(a.lastAssignedAt) - at(b.lastAssignedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return candidates[0]?.id ?? null;
  }

  /** Remembers when the new owner was given the case. */
  async assigned(c: CaseEntity, previousAssigneeId: string | null, at: Date): Promise<void> {
    if (c.assigneeId && c.assigneeId !== previousAssigneeId) await this.users.markAssigned(c.assigneeId, at);
  }
}

/** Zones whose staff an actor may see (as zoneScope decides for rows of a zone). */
export function zonesOf(actor: Actor): ZoneSelection {
  if ((actor.role === 'agent' || actor.role === 'supervisor') && actor.zoneId) return [actor.zoneId];
  return actor.role === 'supervisor' ? 'all' : [];
}

import type { Actor } from '@app/common';
import type { AgentRow, UserDirectory } from '@app/users';
import type { CaseEntity } from '../case.entity';
import type { CaseRepository } from '../persistence/case.repository';
import { CaseAssignmentService, zonesOf } from './case-assignment.service';

const supervisor: Actor = { userId: 'sup', role: 'supervisor', zoneId: 'huangpu', authorityId: null };
const agent: Actor = { userId: 'a1', role: 'agent', zoneId: 'huangpu', authorityId: null };
const aCase = { id: 'c1', zoneId: 'huangpu', programme: 'shield', assigneeId: null } as CaseEntity;

const row = (id: string, lastAssignedAt: string | null): AgentRow => ({ id, displayName: id, zoneId: 'huangpu', skills: ['shield'], lastAssignedAt: lastAssignedAt ? new Date(lastAssignedAt) : null });

/** The service with its repositories replaced: the rules alone. */
function setup(agents: AgentRow[], loads: Record<string, number>, activeAgentOfZone = true) {
  const users = {
    activeAgents: jest.fn(async () => agents),
    isActiveAgentOf: jest.fn(async () => activeAgentOfZone),
    markAssigned: jest.fn(async () => undefined),
  };
  const cases = { openLoads: jest.fn(async (ids: readonly string[]) => new Map(ids.map((id) => [id, loads[id] ?? 0]))) };
  const service = new CaseAssignmentService(users as unknown as UserDirectory, cases as unknown as CaseRepository);
  return { service, users, cases };
}

describe('CaseAssignmentService', () => {
  it('auto-assigns to the least-loaded agent with the programme among their skills', async () => {
    const { service, users } = setup([row('b', null), row('a', null)], { a: 3, b: 1 });
    expect(await service.assigneeFor(supervisor, aCase, undefined)).toBe('b');
    expect(users.activeAgents).toHaveBeenCalledWith(['huangpu'], 'shield');
  });

  it('among equally loaded agents takes the one assigned longest ago, never-assigned first', async () => {
    const { service } = setup([row('recent', '2026-03-02T00:00:00Z'), row('older', '2026-03-01T00:00:00Z'), row('never', null)], {});
    expect(await service.assigneeFor(supervisor, aCase, undefined)).toBe('never');
    const { service: without } = setup([row('recent', '2026-03-02T00:00:00Z'), row('older', '2026-03-01T00:00:00Z')], {});
    expect(await without.assigneeFor(supervisor, aCase, undefined)).toBe('older');
  });

  it('never reassigns to the current owner', async () => {
    const { service } = setup([row('owner', null), row('other', null)], { owner: 0, other: 5 });
    expect(await service.assigneeFor(supervisor, { ...aCase, assigneeId: 'owner' } as CaseEntity, undefined)).toBe('other');
  });

  it('refuses a named assignee who is not an active agent of the zone, naming the field', async () => {
    const { service } = setup([], {}, false);
    await expect(service.assigneeFor(supervisor, aCase, 'stranger')).rejects.toMatchObject({ code: 'validation_failed', extra: { errors: [{ field: 'assigneeId' }] } });
  });

  it('asks for a name when no agent of the zone has the skill', async () => {
    const { service } = setup([], {});
    await expect(service.assigneeFor(supervisor, aCase, undefined)).rejects.toMatchObject({ extra: { errors: [{ field: 'assigneeId' }] } });
  });

  it('leaves auto-assignment to supervisors', async () => {
    const { service, users } = setup([row('a', null)], {});
    expect(await service.assigneeFor(agent, aCase, undefined)).toBeUndefined();
    expect(users.activeAgents).not.toHaveBeenCalled();
  });

  it('remembers the new owner only when the owner changed', async () => {
    const { service, users } = setup([], {});
    const at = new Date();
    await service.assigned({ ...aCase, assigneeId: 'a' } as CaseEntity, 'a', at);
    expect(users.markAssigned).not.toHaveBeenCalled();
    await service.assigned({ ...aCase, assigneeId: 'b' } as CaseEntity, 'a', at);
    expect(users.markAssigned).toHaveBeenCalledWith('b', at);
  });

  it('shows a zone supervisor their zone, a city-wide supervisor every zone, others none', () => {
    expect(zonesOf(supervisor)).toEqual(['huangpu']);
    expect(zonesOf({ ...supervisor, zoneId: null })).toBe('all');
    expect(zonesOf({ userId: 'x', role: 'creator', zoneId: null, authorityId: null })).toEqual([]);
  });
});

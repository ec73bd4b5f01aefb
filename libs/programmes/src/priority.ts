import { getProgramme, type ProgrammeId, type ProgrammePriority } from './programme-definitions';

/**
 * The priority a new case gets (DESIGN.md, "The four programmes"): the programme's default,
 * raised for `shield` to `urgent` when the harm is ongoing or a minor is involved.
 * Throws for an unknown programme.
 */
export function defaultPriority(programme: ProgrammeId | string, intake: unknown): ProgrammePriority {
  const definition = getProgramme(programme);
  if (definition.id === 'shield' && isRecord(intake) && (intake.ongoing === true || intake.minorInvolved === true)) {
    return 'urgent';
  }
  return definition.defaultPriority;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

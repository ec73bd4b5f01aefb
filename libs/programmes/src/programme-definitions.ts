/**
 * The four rights programmes of 沪九条 as data: names, categories, outcomes, default priority,
 * what escalation means, and the intake form (a JSON Schema, draft 2020-12, validated on the
 * server) with rendering hints for the web client. A new programme is a new file under
 * `definitions/` and an entry here.
 */
import { compliance } from './definitions/compliance.programme';
import { legislation } from './definitions/legislation.programme';
import { shield } from './definitions/shield.programme';
import { starlight } from './definitions/starlight.programme';
import { PROGRAMME_IDS, type ProgrammeDefinition, type ProgrammeId } from './programme-types';

export * from './programme-types';
export { SHIELD_PLATFORMS } from './definitions/shield.programme';
export { STARLIGHT_FORMS, STARLIGHT_NOMINATION_TYPES } from './definitions/starlight.programme';
export { MODEL_FILING_STATUSES } from './definitions/compliance.programme';

export const PROGRAMMES: Readonly<Record<ProgrammeId, ProgrammeDefinition>> = deepFreeze({
  starlight,
  shield,
  compliance,
  legislation,
});

/** In the order of DESIGN.md. */
export const PROGRAMME_LIST: readonly ProgrammeDefinition[] = PROGRAMME_IDS.map((id) => PROGRAMMES[id]);

export function isProgrammeId(value: unknown): value is ProgrammeId {
  return typeof value === 'string' && (PROGRAMME_IDS as readonly string[]).includes(value);
}

/** The programme, or undefined for an unknown id. */
export function findProgramme(id: string): ProgrammeDefinition | undefined {
  return isProgrammeId(id) ? PROGRAMMES[id] : undefined;
}

/** The programme; throws for an unknown id. */
export function getProgramme(id: string): ProgrammeDefinition {
  const programme = findProgramme(id);
  if (!programme) throw new Error(`未知的服务项目「${id}」`);
  return programme;
}

export function findProgrammeByCode(code: string): ProgrammeDefinition | undefined {
  return PROGRAMME_LIST.find((p) => p.code === code);
}

export function isProgrammeCategory(programme: string, category: unknown): boolean {
  return findProgramme(programme)?.categories.some((c) => c.id === category) ?? false;
}

export function isProgrammeOutcome(programme: string, outcome: unknown): boolean {
  return findProgramme(programme)?.outcomes.some((o) => o.id === outcome) ?? false;
}

export function categoryLabel(programme: string, category: string): string | undefined {
  return findProgramme(programme)?.categories.find((c) => c.id === category)?.label;
}

export function outcomeLabel(programme: string, outcome: string): string | undefined {
  return findProgramme(programme)?.outcomes.find((o) => o.id === outcome)?.label;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

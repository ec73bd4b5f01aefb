import { DecidedStage, NOMINATION_STAGE_LABELS, NominationStage, STAGE_DECISIONS, StageDecision } from '@app/contracts';
import { ValidationError } from '@app/common';
import { StarlightError, StarlightErrorCode } from './starlight.errors';

/** Who decides each stage: the desk of the zone, its supervisor, the authority that opened the round. */
export interface StageActor {
  role: string;
  /** Agent of the nomination's zone. */
  isZoneAgent: boolean;
  /** Supervisor of the nomination's zone (not the city-wide one: recommendations are per zone). */
  isZoneSupervisor: boolean;
  /** Officer of the authority that opened the round. */
  isRoundAuthority: boolean;
}

const ORDER: readonly NominationStage[] = ['applied', 'desk_reviewed', 'zone_recommended', 'city_decided', 'result'];

const DECIDER: Record<DecidedStage, { who: (a: StageActor) => boolean; label: string }> = {
  desk_reviewed: { who: (a) => a.isZoneAgent, label: '本集聚区服务台专员' },
  zone_recommended: { who: (a) => a.isZoneSupervisor, label: '本集聚区主管' },
  city_decided: { who: (a) => a.isRoundAuthority, label: '市委网信办联络员' },
  result: { who: (a) => a.isRoundAuthority, label: '市委网信办联络员' },
};

/** The stage a nomination waits for; null once it has an outcome. */
export function nextStage(n: { stage: NominationStage; outcome: string | null }): DecidedStage | null {
  if (n.outcome !== null) return null;
  const next = ORDER[ORDER.indexOf(n.stage) + 1];
  return (next as DecidedStage | undefined) ?? null;
}

/** Whether a decision ends the nomination, and how. */
export function decisionEffect(stage: DecidedStage, decision: StageDecision): { outcome: 'selected' | 'not_selected' | null } {
  const positive = decision === STAGE_DECISIONS[stage][0];
  if (!positive) return { outcome: 'not_selected' };
  return { outcome: stage === 'result' ? 'selected' : null };
}

/** Refuses a decision that is not the nomination's next one, not one of the stage's, or not this actor's. */
export function checkStageDecision(n: { stage: NominationStage; outcome: string | null }, stage: DecidedStage, decision: string, actor: StageActor): StageDecision {
  const next = nextStage(n);
  if (next === null) throw new StarlightError(StarlightErrorCode.WrongStage, '该申报已有结果，不能再作决定');
  if (stage !== next) {
    throw new StarlightError(StarlightErrorCode.WrongStage, `该申报当前处于「${NOMINATION_STAGE_LABELS[n.stage]}」，下一步是「${NOMINATION_STAGE_LABELS[next]}」`, { nextStage: next });
  }
  const allowed = STAGE_DECISIONS[stage] as readonly string[];
  if (!allowed.includes(decision)) throw new ValidationError([{ field: 'decision', message: `「${NOMINATION_STAGE_LABELS[stage]}」的决定须为 ${allowed.join(' 或 ')}` }]);
  if (!DECIDER[stage].who(actor)) throw new StarlightError(StarlightErrorCode.NotYourStage, `「${NOMINATION_STAGE_LABELS[stage]}」由${DECIDER[stage].label}决定`);
  return decision as StageDecision;
}

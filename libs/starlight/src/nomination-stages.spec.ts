import { checkStageDecision, decisionEffect, nextStage, StageActor } from './nomination-stages';
import { StarlightErrorCode } from './starlight.errors';

const nobody: StageActor = { role: 'creator', isZoneAgent: false, isZoneSupervisor: false, isRoundAuthority: false };
const agent = { ...nobody, role: 'agent', isZoneAgent: true };
const supervisor = { ...nobody, role: 'supervisor', isZoneSupervisor: true };
const city = { ...nobody, role: 'cac_officer', isRoundAuthority: true };
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { code: string }).code;
  }
  return 'ok';
};

describe('nomination stages', () => {
  it('go applied → desk review → zone recommendation → city decision → result, one at a time', () => {
    expect(nextStage({ stage: 'applied', outcome: null })).toBe('desk_reviewed');
    expect(nextStage({ stage: 'desk_reviewed', outcome: null })).toBe('zone_recommended');
    expect(nextStage({ stage: 'zone_recommended', outcome: null })).toBe('city_decided');
    expect(nextStage({ stage: 'city_decided', outcome: null })).toBe('result');
    expect(nextStage({ stage: 'result', outcome: 'selected' })).toBeNull();
    expect(nextStage({ stage: 'desk_reviewed', outcome: 'not_selected' })).toBeNull();
  });

  it('are decided by the desk, the zone supervisor, then the city authority — nobody else', () => {
    expect(checkStageDecision({ stage: 'applied', outcome: null }, 'desk_reviewed', 'pass', agent)).toBe('pass');
    expect(code(() => checkStageDecision({ stage: 'applied', outcome: null }, 'desk_reviewed', 'pass', supervisor))).toBe(StarlightErrorCode.NotYourStage);
    expect(checkStageDecision({ stage: 'desk_reviewed', outcome: null }, 'zone_recommended', 'recommend', supervisor)).toBe('recommend');
    expect(code(() => checkStageDecision({ stage: 'desk_reviewed', outcome: null }, 'zone_recommended', 'recommend', agent))).toBe(StarlightErrorCode.NotYourStage);
    expect(checkStageDecision({ stage: 'zone_recommended', outcome: null }, 'city_decided', 'not_recommend', city)).toBe('not_recommend');
    expect(checkStageDecision({ stage: 'city_decided', outcome: null }, 'result', 'selected', city)).toBe('selected');
  });

  it('refuse a skipped stage, a decision of another stage and any decision after the outcome', () => {
    expect(code(() => checkStageDecision({ stage: 'applied', outcome: null }, 'zone_recommended', 'recommend', supervisor))).toBe(StarlightErrorCode.WrongStage);
    expect(code(() => checkStageDecision({ stage: 'applied', outcome: null }, 'desk_reviewed', 'selected', agent))).toBe('validation_failed');
    expect(code(() => checkStageDecision({ stage: 'desk_reviewed', outcome: 'not_selected' }, 'zone_recommended', 'recommend', supervisor))).toBe(StarlightErrorCode.WrongStage);
  });

  it('end the nomination on any negative decision, and with 入选 only at the result', () => {
    expect(decisionEffect('desk_reviewed', 'pass')).toEqual({ outcome: null });
    expect(decisionEffect('desk_reviewed', 'fail')).toEqual({ outcome: 'not_selected' });
    expect(decisionEffect('zone_recommended', 'not_recommend')).toEqual({ outcome: 'not_selected' });
    expect(decisionEffect('city_decided', 'recommend')).toEqual({ outcome: null });
    expect(decisionEffect('result', 'selected')).toEqual({ outcome: 'selected' });
    expect(decisionEffect('result', 'not_selected')).toEqual({ outcome: 'not_selected' });
  });
});

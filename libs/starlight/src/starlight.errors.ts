import { moduleError } from '@app/common';

export enum StarlightErrorCode {
  NotCityOfficer = 'starlight.not_city_officer',
  RoundNotFound = 'starlight.round_not_found',
  NominationNotFound = 'starlight.nomination_not_found',
  NoOpenRound = 'starlight.no_open_round',
  CapReached = 'starlight.cap_reached',
  QuotaReached = 'starlight.quota_reached',
  WrongStage = 'starlight.wrong_stage',
  NotYourStage = 'starlight.not_your_stage',
}

export class StarlightError extends moduleError<StarlightErrorCode>('StarlightError', {
  [StarlightErrorCode.NotCityOfficer]: 'forbidden',
  [StarlightErrorCode.RoundNotFound]: 'not_found',
  [StarlightErrorCode.NominationNotFound]: 'not_found',
  [StarlightErrorCode.NoOpenRound]: 'conflict',
  [StarlightErrorCode.CapReached]: 'conflict',
  [StarlightErrorCode.QuotaReached]: 'conflict',
  [StarlightErrorCode.WrongStage]: 'conflict',
  [StarlightErrorCode.NotYourStage]: 'forbidden',
}) {}

import { moduleError } from '@app/common';

export enum QualityErrorCode {
  NotFound = 'quality.not_found',
  WrongStep = 'quality.wrong_step',
  NotCreator = 'quality.not_creator',
  AlreadyRerated = 'quality.already_rerated',
  AppealExists = 'quality.appeal_exists',
  NothingToAppeal = 'quality.nothing_to_appeal',
  AppealDecided = 'quality.appeal_decided',
  CitySupervisorOnly = 'quality.city_supervisor_only',
}

export class QualityError extends moduleError<QualityErrorCode>('QualityError', {
  [QualityErrorCode.NotFound]: 'not_found',
  [QualityErrorCode.WrongStep]: 'conflict',
  [QualityErrorCode.NotCreator]: 'forbidden',
  [QualityErrorCode.AlreadyRerated]: 'conflict',
  [QualityErrorCode.AppealExists]: 'conflict',
  [QualityErrorCode.NothingToAppeal]: 'conflict',
  [QualityErrorCode.AppealDecided]: 'conflict',
  [QualityErrorCode.CitySupervisorOnly]: 'forbidden',
}) {}

import { moduleError } from '@app/common';

export enum UserErrorCode {
  NotFound = 'user.not_found',
  UsernameTaken = 'user.username_taken',
  SelfDisable = 'user.self_disable',
  SelfGrant = 'user.self_grant',
  OtherAdmin = 'user.other_admin',
  LastAdmin = 'user.last_admin',
  CreatorRole = 'user.creator_role',
  AdminRoleHeld = 'user.admin_role_held',
  AgentNeedsZone = 'user.agent_needs_zone',
  OfficerNeedsAuthority = 'user.officer_needs_authority',
  UnlockUnavailable = 'user.unlock_unavailable',
}

export class UserError extends moduleError<UserErrorCode>('UserError', {
  [UserErrorCode.NotFound]: 'not_found',
  [UserErrorCode.UsernameTaken]: 'conflict',
  [UserErrorCode.SelfDisable]: 'forbidden',
  [UserErrorCode.SelfGrant]: 'forbidden',
  [UserErrorCode.OtherAdmin]: 'forbidden',
  [UserErrorCode.LastAdmin]: 'conflict',
  [UserErrorCode.CreatorRole]: 'conflict',
  [UserErrorCode.AdminRoleHeld]: 'conflict',
  [UserErrorCode.AgentNeedsZone]: 'conflict',
  [UserErrorCode.OfficerNeedsAuthority]: 'conflict',
  [UserErrorCode.UnlockUnavailable]: 'unavailable',
}) {}

import { moduleError } from '@app/common';

export enum AuthErrorCode {
  TokenInvalid = 'auth.token_invalid',
  RoleForbidden = 'auth.role_forbidden',
  InvalidCredentials = 'auth.invalid_credentials',
  AccountLocked = 'auth.account_locked',
  NoRole = 'auth.no_role',
  PhoneRegistered = 'auth.phone_registered',
  InvalidRefreshToken = 'auth.invalid_refresh_token',
  AccountGone = 'auth.account_gone',
}

export class AuthError extends moduleError<AuthErrorCode>('AuthError', {
  [AuthErrorCode.TokenInvalid]: 'unauthenticated',
  [AuthErrorCode.RoleForbidden]: 'forbidden',
  [AuthErrorCode.InvalidCredentials]: 'unauthenticated',
  [AuthErrorCode.AccountLocked]: 'locked',
  [AuthErrorCode.NoRole]: 'forbidden',
  [AuthErrorCode.PhoneRegistered]: 'conflict',
  [AuthErrorCode.InvalidRefreshToken]: 'unauthenticated',
  [AuthErrorCode.AccountGone]: 'unauthenticated',
}) {}

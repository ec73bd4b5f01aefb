import { moduleError } from '@app/common';

export enum ShieldErrorCode {
  NotShield = 'shield.not_shield',
  CaseClosed = 'shield.case_closed',
  OtherZone = 'shield.other_zone',
  TwoGroups = 'shield.two_groups',
  GroupNotFound = 'shield.group_not_found',
  NotSameCreator = 'shield.not_same_creator',
  AlreadyMerged = 'shield.already_merged',
  GroupMemberOutOfScope = 'shield.group_member_out_of_scope',
  PacketNotFound = 'shield.packet_not_found',
  PacketPurged = 'shield.packet_purged',
  NoEvidence = 'shield.no_evidence',
  RequestNotFound = 'shield.request_not_found',
  NotAuthority = 'shield.not_authority',
  ReferralNotFound = 'shield.referral_not_found',
}

export class ShieldError extends moduleError<ShieldErrorCode>('ShieldError', {
  [ShieldErrorCode.NotShield]: 'validation',
  [ShieldErrorCode.CaseClosed]: 'conflict',
  [ShieldErrorCode.OtherZone]: 'conflict',
  [ShieldErrorCode.TwoGroups]: 'conflict',
  [ShieldErrorCode.GroupNotFound]: 'not_found',
  [ShieldErrorCode.NotSameCreator]: 'conflict',
  [ShieldErrorCode.AlreadyMerged]: 'conflict',
  [ShieldErrorCode.GroupMemberOutOfScope]: 'conflict',
  [ShieldErrorCode.PacketNotFound]: 'not_found',
  [ShieldErrorCode.PacketPurged]: 'not_found',
  [ShieldErrorCode.NoEvidence]: 'conflict',
  [ShieldErrorCode.RequestNotFound]: 'not_found',
  [ShieldErrorCode.NotAuthority]: 'forbidden',
  [ShieldErrorCode.ReferralNotFound]: 'not_found',
}) {}

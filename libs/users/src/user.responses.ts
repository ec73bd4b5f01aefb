import { ROLES, type Role } from '@app/contracts';
import { Field } from '@app/common';
import type { UserView } from './user.entity';

/** An account as every route that answers one shows it (the web's generated `UserResponse`). */
export class UserResponse implements UserView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.textOrNull({ enum: [...ROLES] }) role: Role | null;
  @Field.textOrNull({ example: 'huangpu' }) zoneId: string | null;
  @Field.textOrNull({ example: 'cac_huangpu' }) authorityId: string | null;
  @Field.textOrNull({ description: '登录名（创作者为 null，以手机号登录）' }) username: string | null;
  @Field.textOrNull({ description: '掩码后的手机号，如 138****5678' }) phone: string | null;
  @Field.text() displayName: string;
  @Field.oneOf(['active', 'disabled']) status: 'active' | 'disabled';
  @Field.flag({ description: '因连续登录失败而锁定' }) locked: boolean;
  @Field.texts({ description: '专员可办理的项目' }) skills: string[];
  @Field.instant() createdAt: Date;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Field } from '@app/common';

/** What the creator-profile routes answer, as the OpenAPI document (and the web's generated types) shows it. */
class PlatformAccountResponse {
  @Field.text({ example: 'bilibili' }) platform: string;
  @Field.text({ example: '123456789' }) accountId: string;
  @ApiPropertyOptional({ type: String, example: 'https://space.bilibili.com/123456789' }) url?: string;
}

export class CreatorProfileResponse {
  @Field.text({ format: 'uuid' }) userId: string;
  @Field.text({ example: '阿喵UP主' }) displayName: string;
  @Field.textOrNull({ example: '138****5678', description: '掩码后的手机号' }) phone: string | null;
  @Field.textOrNull({ example: '张*喵', description: '掩码后的真实姓名' }) realName: string | null;
  @Field.textOrNull({ example: '110***********002X', description: '掩码后的身份证号' }) idCardNumber: string | null;
  @Field.nestedList(() => PlatformAccountResponse) platformAccounts: PlatformAccountResponse[];
  @Field.textOrNull({ example: '喵喵工作室' }) studio: string | null;
  @Field.textOrNull() mcn: string | null;
  @Field.flag({ description: '身份是否已在服务台核验' }) verified: boolean;
  @Field.instantOrNull() verifiedAt: Date | null;
}

export class CreatorIdentityResponse {
  @Field.textOrNull({ example: '13800005678' }) phone: string | null;
  @Field.textOrNull({ example: '张小喵' }) realName: string | null;
  @Field.textOrNull({ example: '11010519491231002X' }) idCardNumber: string | null;
}

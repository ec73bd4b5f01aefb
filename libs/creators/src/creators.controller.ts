import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams } from '@app/common';
import { UpdateCreatorProfileDto } from './creator-profile.dto';
import { CreatorsService } from './creators.service';

const PROFILE_EXAMPLE = { userId: '9b2f0c1e-7d4a-4e8b-a1c3-5f6e7d8c9b0a', displayName: '阿喵UP主', phone: '138****5678', realName: '张*喵', idCardNumber: '110***********002X', platformAccounts: [{ platform: 'bilibili', accountId: '123456789', url: 'https://space.bilibili.com/123456789' }], studio: '喵喵工作室', mcn: null, verified: false, verifiedAt: null };

@ApiTags('creators')
@Controller()
export class CreatorsController {
  constructor(private readonly creators: CreatorsService) {}

  @Get('creator-profile')
  @Authenticated({ roles: ['creator'] })
  @ApiOkResponse({ description: '本人的创作者资料（身份信息已脱敏）', schema: { example: PROFILE_EXAMPLE } })
  own(@CurrentActor() actor: Actor) {
    return this.creators.own(actor);
  }

  @Put('creator-profile')
  @Authenticated({ roles: ['creator'] })
  @ApiOkResponse({ description: '保存后的资料', schema: { example: PROFILE_EXAMPLE } })
  update(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: UpdateCreatorProfileDto) {
    return this.creators.update(actor, meta, dto);
  }

  @Get('creators/:id/profile')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiOkResponse({ description: '创作者资料（脱敏）', schema: { example: PROFILE_EXAMPLE } })
  profile(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.creators.forStaff(actor, id);
  }

  /** Unmasked identity for 实名核验 at the desk; audited as a read of personal data. */
  @Get('creators/:id/identity')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiOkResponse({ description: '未脱敏的身份信息；每次读取记入审计日志', schema: { example: { phone: '13800005678', realName: '张小喵', idCardNumber: '11010519491231002X' } } })
  identity(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.creators.identity(actor, meta, id);
  }

  @Post('creators/:id/verify')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiCreatedResponse({ description: '核验后的资料', schema: { example: { ...PROFILE_EXAMPLE, verified: true, verifiedAt: '2026-03-02T02:00:00.000Z' } } })
  verify(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.creators.verify(actor, meta, id);
  }
}

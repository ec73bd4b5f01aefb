import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams } from '@app/common';
import { UpdateCreatorProfileDto } from './creator-profile.dto';
import { CreatorIdentityResponse, CreatorProfileResponse } from './creator.responses';
import { CreatorsService } from './creators.service';

@ApiTags('creators')
@Controller()
export class CreatorsController {
  constructor(private readonly creators: CreatorsService) {}

  @Get('creator-profile')
  @Authenticated({ roles: ['creator'] })
  @ApiOkResponse({ type: CreatorProfileResponse, description: '本人的创作者资料（身份信息已脱敏）' })
  own(@CurrentActor() actor: Actor) {
    return this.creators.own(actor);
  }

  @Put('creator-profile')
  @Authenticated({ roles: ['creator'] })
  @ApiOkResponse({ type: CreatorProfileResponse, description: '保存后的资料' })
  update(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: UpdateCreatorProfileDto) {
    return this.creators.update(actor, meta, dto);
  }

  @Get('creators/:id/profile')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiOkResponse({ type: CreatorProfileResponse, description: '创作者资料（脱敏）' })
  profile(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.creators.forStaff(actor, id);
  }

  /** Unmasked identity for 实名核验 at the desk; audited as a read of personal data. */
  @Get('creators/:id/identity')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiOkResponse({ type: CreatorIdentityResponse, description: '未脱敏的身份信息；每次读取记入审计日志' })
  identity(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.creators.identity(actor, meta, id);
  }

  @Post('creators/:id/verify')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiCreatedResponse({ type: CreatorProfileResponse, description: '核验后的资料' })
  verify(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.creators.verify(actor, meta, id);
  }
}

import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams } from '@app/common';
import { UpdateCreatorProfileDto } from './creator-profile.dto';
import { CreatorsService } from './creators.service';

@ApiTags('creators')
@Controller()
export class CreatorsController {
  constructor(private readonly creators: CreatorsService) {}

  @Get('creator-profile')
  @Authenticated({ roles: ['creator'] })
  own(@CurrentActor() actor: Actor) {
    return this.creators.own(actor);
  }

  @Put('creator-profile')
  @Authenticated({ roles: ['creator'] })
  update(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: UpdateCreatorProfileDto) {
    return this.creators.update(actor, meta, dto);
  }

  @Get('creators/:id/profile')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  profile(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.creators.forStaff(actor, id);
  }

  /** Unmasked identity for 实名核验 at the desk; audited as a read of personal data. */
  @Get('creators/:id/identity')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  identity(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.creators.identity(actor, meta, id);
  }

  @Post('creators/:id/verify')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  verify(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.creators.verify(actor, meta, id);
  }
}

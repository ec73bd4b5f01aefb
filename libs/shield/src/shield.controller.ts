import { Body, Controller, Get, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams } from '@app/common';
import { EvidencePacketsService } from './evidence-packets.service';
import { PlatformService } from './platform.service';
import { GroupEscalateDto, GroupResolveDto, LinkCasesDto, MergeDto, PacketDto, PlatformRequestDto, PlatformResponseDto, PoliceReferralDto, ReferralUpdateDto } from './shield.dto';
import { EvidencePacketResponse, LinkGroupResponse, PlatformRequestResponse, PlatformResponseStatsResponse, PoliceReferralResponse, ShieldCaseResponse, ShieldMatchResponse } from './shield.responses';
import { ShieldService } from './shield.service';

const STAFF = ['agent', 'supervisor', 'cac_officer'] as const;
const attachment = (name: string) => `attachment; filename="download"; filename*=UTF-8''${encodeURIComponent(name)}`;

@ApiTags('shield')
@Controller('shield')
export class ShieldController {
  constructor(
    private readonly shield: ShieldService,
    private readonly packets: EvidencePacketsService,
    private readonly platform: PlatformService,
  ) {}

  /** The case's own process for staff: group, merges, evidence packets, platform requests, referrals, the referral prompt. */
  @Get('cases/:id')
  @Authenticated({ roles: STAFF })
  @ApiOkResponse({ type: ShieldCaseResponse })
  view(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.shield.view(actor, id);
  }

  /** Open shield cases in the caller's scope that share an account or link with this one. */
  @Get('cases/:id/matches')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiOkResponse({ type: ShieldMatchResponse, isArray: true })
  matches(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.shield.matches(actor, id);
  }

  @Post('cases/:id/links')
  @Authenticated({ roles: ['agent'] })
  @ApiCreatedResponse({ type: LinkGroupResponse })
  link(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: LinkCasesDto) {
    return this.shield.link(actor, meta, id, dto);
  }

  @Post('cases/:id/merge')
  @Authenticated({ roles: ['agent'] })
  @ApiCreatedResponse({ type: ShieldCaseResponse })
  merge(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: MergeDto) {
    return this.shield.merge(actor, meta, id, dto.duplicateCaseId);
  }

  @Post('groups/:id/escalate')
  @Authenticated({ roles: ['agent'] })
  @ApiCreatedResponse({ type: LinkGroupResponse })
  escalateGroup(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: GroupEscalateDto) {
    return this.shield.escalateGroup(actor, meta, id, dto);
  }

  @Post('groups/:id/resolve')
  @Authenticated({ roles: ['agent', 'cac_officer'] })
  @ApiCreatedResponse({ type: LinkGroupResponse })
  resolveGroup(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: GroupResolveDto) {
    return this.shield.resolveGroup(actor, meta, id, dto);
  }

  @Post('cases/:id/evidence-packets')
  @Authenticated({ roles: STAFF })
  @ApiCreatedResponse({ type: EvidencePacketResponse })
  packet(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: PacketDto) {
    return this.packets.create(actor, meta, id, dto.purpose);
  }

  @Get('evidence-packets/:id/content')
  @Authenticated({ roles: STAFF })
  @ApiOkResponse({ description: '文件', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } })
  async packetContent(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    const { packet, stream, fileName } = await this.packets.download(actor, meta, id);
    return new StreamableFile(stream, { type: 'application/zip', length: packet.size, disposition: attachment(fileName) });
  }

  @Post('cases/:id/platform-requests')
  @Authenticated({ roles: ['cac_officer'] })
  @ApiCreatedResponse({ type: PlatformRequestResponse })
  request(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: PlatformRequestDto) {
    return this.platform.request(actor, meta, id, dto);
  }

  @Get('platform-requests/:id/letter')
  @Authenticated({ roles: STAFF })
  @ApiOkResponse({ description: '文件', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async letter(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    const { pdf, fileName } = await this.platform.letter(actor, meta, id);
    return new StreamableFile(pdf, { type: 'application/pdf', length: pdf.length, disposition: attachment(fileName) });
  }

  @Post('platform-requests/:id/responses')
  @Authenticated({ roles: ['agent', 'cac_officer'] })
  @ApiCreatedResponse({ type: PlatformRequestResponse })
  respond(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: PlatformResponseDto) {
    return this.platform.respond(actor, meta, id, dto);
  }

  @Post('cases/:id/police-referrals')
  @Authenticated({ roles: STAFF })
  @ApiCreatedResponse({ type: PoliceReferralResponse })
  refer(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: PoliceReferralDto) {
    return this.platform.refer(actor, meta, id, dto);
  }

  @Post('police-referrals/:id/status')
  @Authenticated({ roles: STAFF })
  @ApiCreatedResponse({ type: PoliceReferralResponse })
  updateReferral(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: ReferralUpdateDto) {
    return this.platform.updateReferral(actor, meta, id, dto);
  }

  /** Platform requests and responses per zone and platform (the dashboard's count). */
  @Get('stats')
  @Authenticated({ roles: ['supervisor'] })
  @ApiOkResponse({ type: PlatformResponseStatsResponse, isArray: true })
  stats(@CurrentActor() actor: Actor) {
    return this.platform.stats(actor);
  }
}

import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta } from '@app/common';
import { AuditService } from '@app/audit';
import { shanghaiDate } from '@app/calendar';
import { CaseTimelineRepository, zoneScope } from '@app/cases';
import {
  PLATFORM_MEASURE_LABELS,
  PLATFORM_RESULT_LABELS,
  type PlatformRequestView,
  type PlatformResponseStats,
  type PoliceReferralView,
  REFERRAL_STATUS_LABELS,
} from '@app/contracts';
import { Transactional } from '@app/database';
import { DocumentRegistry } from '@app/documents';
import { SHIELD_PLATFORMS } from '@app/programmes';
import { ZonesService } from '@app/zones';
import { PlatformRequestDto, PlatformResponseDto, PoliceReferralDto, ReferralUpdateDto } from './shield.dto';
import { ShieldError, ShieldErrorCode } from './shield.errors';
import { ShieldRepository } from './shield.repository';
import { ShieldService } from './shield.service';

const today = () => shanghaiDate(new Date());

/**
 * 平台处置函 from the district authority to the platform (a verifiable PDF), the platform's
 * response (删除 / 封禁 / 未处置, with its date) on the case and the dashboard, and the police
 * referral (移送公安) tracked until the police close it.
 */
@Injectable()
export class PlatformService {
  constructor(
    private readonly repo: ShieldRepository,
    private readonly shield: ShieldService,
    private readonly timeline: CaseTimelineRepository,
    private readonly documents: DocumentRegistry,
    private readonly zones: ZonesService,
    private readonly audit: AuditService,
  ) {}

  /** The letter is the authority's: only an officer of the authority the case is escalated to issues it. */
  @Transactional()
  async request(actor: Actor, meta: RequestMeta, caseId: string, dto: PlatformRequestDto): Promise<PlatformRequestView> {
    const c = await this.shield.shieldCase(actor, caseId);
    if (actor.role !== 'cac_officer' || c.escalationAuthorityId !== actor.authorityId) {
      throw new ShieldError(ShieldErrorCode.NotAuthority, '平台处置函由案件所上报的网信办出具；请先将案件上报');
    }
    const authority = (await this.zones.authority(actor.authorityId!))!;
    const intake = c.intake as { platform: string; platformOther?: string; offendingAccounts: string[]; urls?: string[] };
    const platform = intake.platform === 'other' ? (intake.platformOther ?? '其他平台') : (SHIELD_PLATFORMS.find((p) => p.id === intake.platform)?.label ?? intake.platform);
    const accounts = dto.accounts ?? intake.offendingAccounts;
    const urls = dto.urls ?? intake.urls ?? [];
    const document = await this.documents.issue(
      {
        kind: 'platform_request',
        subjectType: 'case',
        subjectId: c.id,
        zoneId: c.zoneId,
        caseId: c.id,
        attests: [['案件编号', c.reference], ['致', platform], ['出具机关', authority.name]],
        spec: {
          title: '关于依法处置网络侵权信息的函',
          issuer: authority.name,
          subtitle: `案件编号 ${c.reference}`,
          sections: [
            { paragraphs: [`${platform}：`, `我办在“网信服务快速通道”收到网络内容创作者的权益保护申请（案件编号 ${c.reference}）。经核查，下列账号和信息涉嫌侵害创作者合法权益。依据《网络暴力信息治理规定》等规定，请你平台依法处置。`] },
            { heading: '一、涉及账号', list: accounts },
            { heading: '二、涉及信息链接', list: urls.length ? urls : ['（无）'] },
            { heading: '三、请求采取的措施', list: dto.measures.map((x) => PLATFORM_MEASURE_LABELS[x]) },
            { paragraphs: ['请于收函后及时处置，并将处置结果（删除、封禁或未处置及理由）和处置日期函告我办。'] },
          ],
          closing: [authority.name, today()],
          footer: `平台处置函 · ${c.reference}`,
        },
        actor,
      },
    );
    const id = await this.repo.insertRequest({ caseId: c.id, zoneId: c.zoneId, authorityId: authority.id, platform: intake.platform, accounts, urls, measures: dto.measures, documentId: document.id, createdBy: actor.userId });
    await this.timeline.append(c.id, actor, 'platform_request', 'internal', { label: `向${platform}发出平台处置函（核验码 ${document.verificationCode}）`, requestId: id });
    await this.timeline.append(c.id, actor, 'platform_request', 'public', { label: `网信部门已函请${platform}依法处置侵权信息` });
    await this.audit.record({ actor, meta, action: 'platform_request.create', entityType: 'platform_request', entityId: id, after: { caseId: c.id, platform: intake.platform, measures: dto.measures, documentId: document.id } });
    return (await this.repo.requests({ id }))[0];
  }

  /** The letter's PDF; the read is audited. */
  @Transactional()
  async letter(actor: Actor, meta: RequestMeta, id: string): Promise<{ pdf: Buffer; fileName: string }> {
    const request = await this.requestInScope(actor, id);
    const row = await this.documents.get(request.documentId!);
    await this.audit.record({ actor, meta, action: 'platform_request.download', entityType: 'platform_request', entityId: id, after: { documentId: row.id } });
    return { pdf: await this.documents.pdf(row), fileName: `平台处置函-${id.slice(0, 8)}.pdf` };
  }

  @Transactional()
  async respond(actor: Actor, meta: RequestMeta, id: string, dto: PlatformResponseDto): Promise<PlatformRequestView> {
    const request = await this.requestInScope(actor, id);
    const responseId = await this.repo.insertResponse(id, dto.result, dto.respondedOn, dto.note?.trim() ?? '', actor.userId);
    await this.timeline.append(request.caseId, actor, 'platform_response', 'public', { label: `平台处置结果：${PLATFORM_RESULT_LABELS[dto.result]}（${dto.respondedOn}）`, result: dto.result });
    await this.audit.record({ actor, meta, action: 'platform_response.record', entityType: 'platform_response', entityId: responseId, after: { requestId: id, caseId: request.caseId, result: dto.result, respondedOn: dto.respondedOn } });
    return (await this.repo.requests({ id }))[0];
  }

  /** Per zone and platform: requests and how the platforms answered, in the caller's zones. */
  stats(actor: Actor): Promise<PlatformResponseStats[]> {
    return this.repo.responseStats(zoneScope(actor, 'r.zone_id'));
  }

  // ------------------------------------------------------------------------------------------
  // Police referrals

  @Transactional()
  async refer(actor: Actor, meta: RequestMeta, caseId: string, dto: PoliceReferralDto): Promise<PoliceReferralView> {
    const c = await this.shield.shieldCase(actor, caseId);
    const id = await this.repo.insertReferral({ caseId: c.id, zoneId: c.zoneId, policeUnit: dto.policeUnit.trim(), reason: dto.reason.trim(), referredOn: dto.referredOn, createdBy: actor.userId });
    await this.timeline.append(c.id, actor, 'police_referral', 'public', { label: `已移送${dto.policeUnit.trim()}（${dto.referredOn}）` });
    await this.audit.record({ actor, meta, action: 'police_referral.create', entityType: 'police_referral', entityId: id, after: { caseId: c.id, policeUnit: dto.policeUnit, referredOn: dto.referredOn } });
    return (await this.repo.referrals({ id }))[0];
  }

  @Transactional()
  async updateReferral(actor: Actor, meta: RequestMeta, id: string, dto: ReferralUpdateDto): Promise<PoliceReferralView> {
    const [referral] = await this.repo.referrals({ id, lock: true });
    if (!referral) throw new ShieldError(ShieldErrorCode.ReferralNotFound, '未找到该移送记录');
    await this.shield.shieldCase(actor, referral.caseId).catch(() => {
      throw new ShieldError(ShieldErrorCode.ReferralNotFound, '未找到该移送记录');
    });
    await this.repo.updateReferral(id, dto.status, dto.note.trim(), dto.receiptNo?.trim() ?? null);
    await this.timeline.append(referral.caseId, actor, 'police_referral', 'public', { label: `公安机关处理情况：${REFERRAL_STATUS_LABELS[dto.status]}` });
    await this.audit.record({ actor, meta, action: 'police_referral.update', entityType: 'police_referral', entityId: id, before: { status: referral.status }, after: { status: dto.status, note: dto.note, receiptNo: dto.receiptNo ?? null } });
    return (await this.repo.referrals({ id }))[0];
  }

  private async requestInScope(actor: Actor, id: string): Promise<PlatformRequestView> {
    const [request] = await this.repo.requests({ id });
    if (!request) throw new ShieldError(ShieldErrorCode.RequestNotFound, '未找到该处置函');
    await this.shield.shieldCase(actor, request.caseId).catch(() => {
      throw new ShieldError(ShieldErrorCode.RequestNotFound, '未找到该处置函');
    });
    return request;
  }
}

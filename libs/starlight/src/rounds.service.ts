import { Injectable } from '@nestjs/common';
import { Actor, FieldError, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { CaseFiled, CasesService, FileCaseDto, OnCaseEvent, ScopeClause, zoneScope } from '@app/cases';
import { DEFAULT_SELF_NOMINATION_CAP, HONOUR_FORM_LABELS, type HonourForm, type HonourRoundView, type RoundReportRow, windowState } from '@app/contracts';
import { shanghaiDate } from '@app/calendar';
import { exportFile, type ExportFile } from '@app/dashboard';
import { Transactional } from '@app/database';
import { validateIntake } from '@app/programmes';
import { ZonesService } from '@app/zones';
import { CreateRoundDto, NominateDto } from './starlight.dto';
import { StarlightError, StarlightErrorCode } from './starlight.errors';
import { RoundRow, StarlightRepository } from './starlight.repository';

const DEFAULT_HONOUR = '中国正能量网络精品';
const shanghaiDay = (d: Date | string) => shanghaiDate(new Date(d));

/**
 * 星光计划 rounds: the city authority opens a round (categories, window, quotas, a cap on
 * self-nominations); creators file into it; every starlight filing — from this module's route
 * or the generic case filing — lands in an open round or is refused, checked again inside the
 * filing transaction.
 */
@Injectable()
export class RoundsService {
  constructor(
    private readonly repo: StarlightRepository,
    private readonly cases: CasesService,
    private readonly zones: ZonesService,
    private readonly audit: AuditService,
  ) {}

  @Transactional()
  async create(actor: Actor, meta: RequestMeta, dto: CreateRoundDto): Promise<HonourRoundView> {
    const authority = actor.authorityId ? await this.zones.authority(actor.authorityId) : undefined;
    if (actor.role !== 'cac_officer' || authority?.level !== 'city') throw new StarlightError(StarlightErrorCode.NotCityOfficer, '只有市委网信办联络员可以开启征集轮次');
    const opensAt = new Date(dto.opensAt);
    const closesAt = new Date(dto.closesAt);
    const errors: FieldError[] = [];
    if (closesAt <= opensAt) errors.push({ field: 'closesAt', message: '截止时间须晚于开始时间' });
    const zones = new Set((await this.zones.listZones()).map((z) => z.id));
    const seen = new Set<string>();
    dto.quotas.forEach((q, i) => {
      if (!zones.has(q.zoneId)) errors.push({ field: `quotas[${i}].zoneId`, message: `集聚区 ${q.zoneId} 不存在` });
      if (!dto.categories.includes(q.form)) errors.push({ field: `quotas[${i}].form`, message: `「${HONOUR_FORM_LABELS[q.form]}」不在本轮的征集类别中` });
      if (seen.has(`${q.zoneId}:${q.form}`)) errors.push({ field: `quotas[${i}]`, message: '同一集聚区、同一类别的名额重复' });
      seen.add(`${q.zoneId}:${q.form}`);
    });
    if (errors.length) throw new ValidationError(errors);
    const row = {
      name: dto.name.trim(),
      honour: dto.honour?.trim() ?? DEFAULT_HONOUR,
      categories: dto.categories,
      opensAt,
      closesAt,
      selfNominationCap: dto.selfNominationCap ?? DEFAULT_SELF_NOMINATION_CAP,
      authorityId: authority.id,
    };
    const id = await this.repo.insertRound({ ...row, createdBy: actor.userId }, dto.quotas);
    await this.audit.record({ actor, meta, action: 'honour_round.create', entityType: 'honour_round', entityId: id, after: { ...row, quotas: dto.quotas } });
    return this.get(id);
  }

  async list(): Promise<HonourRoundView[]> {
    const now = new Date();
    return (await this.repo.rounds()).map((r) => toRoundView(r, now));
  }

  async get(id: string): Promise<HonourRoundView> {
    const [row] = await this.repo.rounds(id);
    if (!row) throw new StarlightError(StarlightErrorCode.RoundNotFound, '未找到该征集轮次');
    return toRoundView(row, new Date());
  }

  async round(id: string): Promise<RoundRow> {
    const [row] = await this.repo.rounds(id);
    if (!row) throw new StarlightError(StarlightErrorCode.RoundNotFound, '未找到该征集轮次');
    return row;
  }

  /** A nomination into a round: a `starlight` case filed through the cases module. */
  async nominate(actor: Actor, meta: RequestMeta, roundId: string, dto: NominateDto) {
    const intake = validateIntake('starlight', dto.intake);
    if (!intake.ok) throw new ValidationError(intake.errors);
    const round = await this.round(roundId);
    const dtoForCase: FileCaseDto = { programme: 'starlight', category: dto.category, zoneId: dto.zoneId, title: dto.title, description: dto.description, intake: dto.intake };
    return this.cases.file(actor, meta, dtoForCase, { starlight: { roundId: round.id } });
  }

  /** In the filing transaction: the round must be open for the form, and a self-nomination within the cap. */
  @OnCaseEvent({ listener: 'starlight-rounds', events: ['case.filed'] })
  async onCaseFiled(change: CaseFiled): Promise<void> {
    if (change.case.programme !== 'starlight') return;
    const context = (change.context as { starlight?: { roundId: string } } | undefined)?.starlight;
    const form = String(change.case.intake.form) as HonourForm;
    const now = change.at;
    const round = await this.repo.roundForFiling(context?.roundId, form, now);
    if (!round || windowState(round, now) !== 'open' || !round.categories.includes(form)) {
      const next = await this.repo.nextOpening(form, now);
      const what = round ? `「${round.name}」${windowState(round, now) === 'upcoming' ? `将于 ${shanghaiDay(round.opensAt)} 开放` : windowState(round, now) === 'closed' ? `已于 ${shanghaiDay(round.closesAt)} 截止` : `不征集「${HONOUR_FORM_LABELS[form]}」类作品`}` : `目前没有征集「${HONOUR_FORM_LABELS[form] ?? form}」类作品的轮次`;
      throw new StarlightError(StarlightErrorCode.NoOpenRound, `${what}。${next ? `下一轮将于 ${shanghaiDay(next)} 开放申报` : '下一轮的开放时间将另行公布'}`, { nextOpensAt: next });
    }
    if (change.case.category === 'self_nomination') {
      await this.repo.lockCreatorInRound(round.id, change.case.creatorId);
      const used = await this.repo.countSelfNominations(round.id, change.case.creatorId, form);
      if (used >= round.selfNominationCap) {
        throw new StarlightError(StarlightErrorCode.CapReached, `本轮每位创作者每类作品最多自荐 ${round.selfNominationCap} 件，您在「${HONOUR_FORM_LABELS[form]}」类已自荐 ${used} 件`, { cap: round.selfNominationCap });
      }
    }
    const id = await this.repo.insertNomination({ roundId: round.id, caseId: change.case.id, creatorId: change.case.creatorId, zoneId: change.case.zoneId, form, kind: change.case.category });
    await this.audit.record({ actor: change.actor, action: 'nomination.apply', entityType: 'nomination', entityId: id, after: { roundId: round.id, caseId: change.case.id, form, kind: change.case.category } });
  }

  /** The round's report by zone and category, in the caller's scope, as XLSX. */
  async report(actor: Actor, roundId: string): Promise<ExportFile> {
    const round = await this.round(roundId);
    const rows = await this.reportRows(actor, round);
    const zones = new Map((await this.zones.listZones()).map((z) => [z.id, z.name]));
    return exportFile(
      {
        title: `${round.name}-推荐情况`,
        slug: 'honour-round-report',
        columns: [
          { header: '集聚区', kind: 'text', width: 16 },
          { header: '作品类别', kind: 'text' },
          { header: '推荐名额', kind: 'int' },
          { header: '申报', kind: 'int' },
          { header: '初审通过', kind: 'int' },
          { header: '区推荐', kind: 'int' },
          { header: '市推荐', kind: 'int' },
          { header: '入选', kind: 'int' },
        ],
        rows: rows.map((r) => [zones.get(r.zoneId) ?? r.zoneId, HONOUR_FORM_LABELS[r.form] ?? r.form, r.quota, r.nominations, r.deskPassed, r.zoneRecommended, r.cityRecommended, r.selected]),
      },
      'xlsx',
      shanghaiDay(new Date()),
    );
  }

  async reportRows(actor: Actor, round: RoundRow): Promise<RoundReportRow[]> {
    return this.repo.report(round.id, reportScope(actor, round));
  }
}

/** The round's authority sees every zone; a supervisor their zone (or both when city-wide). */
function reportScope(actor: Actor, round: RoundRow): ScopeClause {
  if (actor.role === 'cac_officer') return actor.authorityId === round.authorityId ? { sql: 'TRUE', params: {} } : { sql: 'FALSE', params: {} };
  return zoneScope(actor, 'k.zone_id');
}

function toRoundView(r: RoundRow, now: Date): HonourRoundView {
  return {
    id: r.id,
    name: r.name,
    honour: r.honour,
    categories: r.categories,
    opensAt: new Date(r.opensAt).toISOString(),
    closesAt: new Date(r.closesAt).toISOString(),
    selfNominationCap: r.selfNominationCap,
    state: windowState(r, now),
    quotas: r.quotas,
    nominations: r.nominations,
  };
}

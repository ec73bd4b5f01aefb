import { applyDecorators, Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiExcludeEndpoint, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams } from '@app/common';
import { CASE_ACTION_LABELS, CaseAction } from './domain';
import * as Dto from './case-actions.dto';
import { CaseError, CaseErrorCode } from './cases.errors';
import { CASE_DETAIL_EXAMPLE } from './case.examples';
import { CasesService } from './services/cases.service';
import { CaseDetailResponse } from './case.responses';

const CASE_ROLES = ['creator', 'agent', 'supervisor', 'cac_officer'] as const;

/** Who takes each action, from which status (DESIGN.md, "Case lifecycle"); the state machine decides. */
const WHO: Record<CaseAction, string> = {
  submit: '草稿 → 待受理；案件所属创作者，或代为登记的本集聚区专员',
  accept: '待受理 → 已受理；本集聚区服务台专员（受理人成为承办人，首问负责）',
  reject: '待受理 → 不予受理（结束）；本集聚区服务台专员，须说明理由',
  assign: '分派或改派承办人，状态不变；本集聚区主管或市级主管',
  start: '已受理 → 办理中；承办人',
  request_materials: '待受理、已受理、办理中 → 待补充材料；一次性列明全部所缺材料，计时暂停',
  supply_materials: '待补充材料 → 告知前的状态；案件所属创作者',
  remind_materials: '待补充材料：催补，提醒创作者补充（站内信与短信），状态不变；承办人（未分派时为本集聚区专员），同一案件 12 小时内限一次（429）',
  withdraw_materials_request: '待补充材料 → 告知前的状态：撤回补正要求，计时恢复；承办人（未分派时为本集聚区专员）',
  receive_materials: '待补充材料 → 告知前的状态：登记创作者在服务窗口线下递交的材料（须写收件说明），计时恢复；承办人（未分派时为本集聚区专员）',
  escalate: '已受理、办理中 → 已上报（本区网信办）；区网信办联络员可继续上报至市委网信办',
  acknowledge: '已上报：签收；受理该上报的网信办联络员',
  return: '已上报 → 办理中；网信办联络员附办理意见退回服务台',
  resolve: '办理中、已上报 → 已办结；承办人或受理上报的网信办联络员，须填写结果与说明',
  reopen: '已办结 → 办理中；案件所属创作者，办结后 7 日内',
  withdraw: '已办结以外的任一未结束状态 → 已撤回（结束）；案件所属创作者',
  close: '已办结 → 已关闭；本集聚区主管（逾期未评价由系统关闭）',
  rate: '已办结 → 已关闭；案件所属创作者评价（4、5 分开启差评整改）',
};

/** One operation per action: its own path, its own body schema, the same answer (the case after it). */
function CaseActionRoute(action: CaseAction) {
  return applyDecorators(
    Post(`cases/:id/actions/${action}`),
    Authenticated({ roles: CASE_ROLES }),
    ApiOperation({ summary: `${CASE_ACTION_LABELS[action]}（${action}）`, description: WHO[action] }),
    ApiCreatedResponse({ type: CaseDetailResponse, description: '操作后的案件详情', example: CASE_DETAIL_EXAMPLE }),
    ApiBadRequestResponse({ description: '请求体有误（含此操作不读取的字段），errors 逐项指明字段' }),
    ApiConflictResponse({ description: '版本号已过期，或案件当前状态不能执行此操作' }),
  );
}

@ApiTags('case actions')
@Controller()
export class CaseActionsController {
  constructor(private readonly cases: CasesService) {}

  @CaseActionRoute('submit')
  submit(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.SubmitCaseDto) {
    return this.cases.act(actor, meta, id, 'submit', dto);
  }

  @CaseActionRoute('accept')
  accept(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.AcceptCaseDto) {
    return this.cases.act(actor, meta, id, 'accept', dto);
  }

  @CaseActionRoute('reject')
  reject(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.RejectCaseDto) {
    return this.cases.act(actor, meta, id, 'reject', dto);
  }

  @CaseActionRoute('assign')
  assign(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.AssignCaseDto) {
    return this.cases.act(actor, meta, id, 'assign', dto);
  }

  @CaseActionRoute('start')
  start(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.StartCaseDto) {
    return this.cases.act(actor, meta, id, 'start', dto);
  }

  @CaseActionRoute('request_materials')
  requestMaterials(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.RequestMaterialsDto) {
    return this.cases.act(actor, meta, id, 'request_materials', dto);
  }

  @CaseActionRoute('supply_materials')
  supplyMaterials(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.SupplyMaterialsDto) {
    return this.cases.act(actor, meta, id, 'supply_materials', dto);
  }

  @CaseActionRoute('remind_materials')
  @ApiTooManyRequestsResponse({ description: '同一案件 12 小时内已催补过' })
  remindMaterials(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.RemindMaterialsDto) {
    return this.cases.act(actor, meta, id, 'remind_materials', dto);
  }

  @CaseActionRoute('withdraw_materials_request')
  withdrawMaterialsRequest(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.WithdrawMaterialsRequestDto) {
    return this.cases.act(actor, meta, id, 'withdraw_materials_request', dto);
  }

  @CaseActionRoute('receive_materials')
  receiveMaterials(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.ReceiveMaterialsDto) {
    return this.cases.act(actor, meta, id, 'receive_materials', dto);
  }

  @CaseActionRoute('escalate')
  escalate(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.EscalateCaseDto) {
    return this.cases.act(actor, meta, id, 'escalate', dto);
  }

  @CaseActionRoute('acknowledge')
  acknowledge(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.AcknowledgeCaseDto) {
    return this.cases.act(actor, meta, id, 'acknowledge', dto);
  }

  @CaseActionRoute('return')
  return(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.ReturnCaseDto) {
    return this.cases.act(actor, meta, id, 'return', dto);
  }

  @CaseActionRoute('resolve')
  resolve(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.ResolveCaseDto) {
    return this.cases.act(actor, meta, id, 'resolve', dto);
  }

  @CaseActionRoute('reopen')
  reopen(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.ReopenCaseDto) {
    return this.cases.act(actor, meta, id, 'reopen', dto);
  }

  @CaseActionRoute('withdraw')
  withdraw(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.WithdrawCaseDto) {
    return this.cases.act(actor, meta, id, 'withdraw', dto);
  }

  @CaseActionRoute('close')
  close(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.CloseCaseDto) {
    return this.cases.act(actor, meta, id, 'close', dto);
  }

  @CaseActionRoute('rate')
  rate(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: Dto.RateCaseDto) {
    return this.cases.act(actor, meta, id, 'rate', dto);
  }

  /** Last, so every action above matches first: a misspelt action is a 400 naming `action`, not a 404. */
  @Post('cases/:id/actions/:action')
  @Authenticated({ roles: CASE_ROLES })
  @ApiExcludeEndpoint()
  unknown(@Param() _params: Dto.CaseActionParams, @Body() _body: unknown) {
    throw new CaseError(CaseErrorCode.UnknownAction, '未知操作');
  }
}

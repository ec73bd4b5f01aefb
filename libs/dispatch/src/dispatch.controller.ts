import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams } from '@app/common';
import { AnswerOrderDto, IssueOrderDto, ListOrdersQuery, ListReturnVisitsQuery, ListTransfersQuery, RecordReturnVisitDto, ReturnTransferDto, TransferCaseDto } from './dispatch.dto';
import { CaseDispatchResponse, ReturnVisitResponse, SupervisionOrderResponse, TransferResponse } from './dispatch.responses';
import { DispatchService } from './dispatch.service';

const DESK = ['agent', 'supervisor'] as const;

/** 转办, 督办, 回访: the routes of the desk, the supervisors and the 网信办. */
@ApiTags('dispatch')
@Controller()
export class DispatchController {
  constructor(private readonly dispatch: DispatchService) {}

  /** Transfers, supervision orders and return visits of a case (staff who see the case). */
  @Get('cases/:id/dispatch')
  @Authenticated({ roles: ['agent', 'supervisor', 'cac_officer'] })
  @ApiOkResponse({ type: CaseDispatchResponse })
  forCase(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.dispatch.forCase(actor, id);
  }

  @Post('cases/:id/transfers')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ description: '转办申请（待对方集聚区接收或退回）', type: TransferResponse })
  transfer(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: TransferCaseDto) {
    return this.dispatch.transfers.request(actor, meta, id, dto);
  }

  /** Transfers to and from the desk's zone (pending first). */
  @Get('transfers')
  @Authenticated({ roles: DESK })
  @ApiOkResponse({ type: TransferResponse, isArray: true })
  transfers(@CurrentActor() actor: Actor, @Query() q: ListTransfersQuery) {
    return this.dispatch.transfers.forDesk(actor, q);
  }

  @Post('transfers/:id/accept')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ description: '已接收：案件转入本集聚区待受理队列', type: TransferResponse })
  accept(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.dispatch.transfers.accept(actor, meta, id);
  }

  @Post('transfers/:id/return')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ description: '已退回：案件继续由原集聚区办理', type: TransferResponse })
  returnTransfer(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: ReturnTransferDto) {
    return this.dispatch.transfers.returnTransfer(actor, meta, id, dto);
  }

  @Post('cases/:id/supervision-orders')
  @Authenticated({ roles: ['supervisor', 'cac_officer'] })
  @ApiCreatedResponse({ description: '督办单（到期前催办，逾期未答复提级）', type: SupervisionOrderResponse })
  issue(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: IssueOrderDto) {
    return this.dispatch.supervision.issue(actor, meta, id, dto);
  }

  @Get('supervision-orders')
  @Authenticated({ roles: ['agent', 'supervisor', 'cac_officer'] })
  @ApiOkResponse({ type: SupervisionOrderResponse, isArray: true })
  orders(@CurrentActor() actor: Actor, @Query() q: ListOrdersQuery) {
    return this.dispatch.supervision.list(actor, q);
  }

  @Post('supervision-orders/:id/answer')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ type: SupervisionOrderResponse })
  answer(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: AnswerOrderDto) {
    return this.dispatch.supervision.answer(actor, meta, id, dto);
  }

  @Get('return-visits')
  @Authenticated({ roles: DESK })
  @ApiOkResponse({ type: ReturnVisitResponse, isArray: true })
  returnVisits(@CurrentActor() actor: Actor, @Query() q: ListReturnVisitsQuery) {
    return this.dispatch.returnVisits.list(actor, q);
  }

  @Post('return-visits/:id/record')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ description: '回访结果（未解决：案件重新办理）', type: ReturnVisitResponse })
  recordVisit(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: RecordReturnVisitDto) {
    return this.dispatch.returnVisits.record(actor, meta, id, dto);
  }
}

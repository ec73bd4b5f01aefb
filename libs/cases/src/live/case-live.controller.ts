import { Controller, MessageEvent, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { filter, interval, map, merge, Observable } from 'rxjs';
import { Actor, Authenticated, CurrentActor } from '@app/common';
import { LiveCaseEventResponse } from './case-live.responses';
import { CaseLiveHub } from './case-live.hub';
import { mayReceive, toClientEvent } from './live-event';

/** A comment line every 25 s keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;

@ApiTags('cases')
@Controller()
export class CaseLiveController {
  constructor(private readonly hub: CaseLiveHub) {}

  @Sse('events')
  @Authenticated({ roles: ['creator', 'agent', 'supervisor', 'cac_officer'] })
  @ApiOperation({
    summary: '案件实时更新（server-sent events）',
    description:
      '每当本人可查看的案件有变化（立案、流转、回复或备注），推送一条 `case` 事件（data 为 JSON，仅含案件 id、变化类别与版本号，不含内容），客户端据此重新获取。范围与案件列表相同：创作者只收到本人案件的公开变化，专员与主管收到本集聚区的，网信办联络员收到上报至本机构的。每 25 秒一条 `ping`。',
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ type: LiveCaseEventResponse, description: '事件流；每条 `case` 事件的 data' })
  events(@CurrentActor() actor: Actor): Observable<MessageEvent> {
    const changes = this.hub.stream.pipe(
      filter((m) => mayReceive(actor, m)),
      map((m): MessageEvent => ({ type: 'case', data: toClientEvent(actor, m) })),
    );
    const pings = interval(HEARTBEAT_MS).pipe(map((): MessageEvent => ({ type: 'ping', data: '' })));
    return merge(changes, pings);
  }
}

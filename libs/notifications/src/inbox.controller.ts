import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta } from '@app/common';
import { CaseNotificationParams, InboxQuery, NotificationParams, NotificationSettingsDto } from './inbox.dto';
import { InboxPageResponse, MarkedAllReadResponse, MarkedCaseReadResponse, MarkedReadResponse, NotificationSettingsResponse, UnreadCountResponse } from './inbox.responses';
import { InboxService } from './inbox.service';

const EXAMPLE_ITEM = {
  id: '42',
  kind: 'materials_requested',
  kindLabel: '补正告知',
  title: '请补充材料',
  body: '您的案件「视频评论区遭遇有组织网络暴力」（HP-SHD-2026-000123）需要补充以下材料：1. 侵权页面截图……',
  caseId: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23',
  caseReference: 'HP-SHD-2026-000123',
  createdAt: '2026-11-26T02:00:00.000Z',
  readAt: null,
};

@ApiTags('notifications')
@Controller()
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get('notifications')
  @Authenticated()
  @ApiOkResponse({ type: InboxPageResponse, example: { items: [EXAMPLE_ITEM], total: 1, unread: 1, page: 1, pageSize: 20 } })
  list(@CurrentActor() actor: Actor, @Query() query: InboxQuery) {
    return this.inbox.list(actor, query);
  }

  @Get('notifications/unread-count')
  @Authenticated()
  @ApiOkResponse({ type: UnreadCountResponse })
  unread(@CurrentActor() actor: Actor) {
    return this.inbox.unreadCount(actor);
  }

  @Post('notifications/read-all')
  @Authenticated()
  @ApiCreatedResponse({ type: MarkedAllReadResponse })
  readAll(@CurrentActor() actor: Actor) {
    return this.inbox.markAllRead(actor);
  }

  @Post('notifications/cases/:caseId/read')
  @Authenticated()
  @ApiOperation({ summary: '打开案件时：该案件发给我的消息全部标为已读', description: '只作用于当前账号自己的消息；案件不在本人范围内时什么也不改变' })
  @ApiCreatedResponse({ type: MarkedCaseReadResponse })
  @ApiBadRequestResponse({ description: 'caseId 不是案件 id' })
  readCase(@CurrentActor() actor: Actor, @Param() { caseId }: CaseNotificationParams) {
    return this.inbox.markCaseRead(actor, caseId);
  }

  @Post('notifications/:id/read')
  @Authenticated()
  @ApiCreatedResponse({ type: MarkedReadResponse })
  read(@CurrentActor() actor: Actor, @Param() { id }: NotificationParams) {
    return this.inbox.markRead(actor, id);
  }

  @Get('me/notification-settings')
  @Authenticated()
  @ApiOkResponse({ type: NotificationSettingsResponse })
  settings(@CurrentActor() actor: Actor) {
    return this.inbox.settings(actor);
  }

  @Put('me/notification-settings')
  @Authenticated()
  @ApiOkResponse({ type: NotificationSettingsResponse })
  updateSettings(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: NotificationSettingsDto) {
    return this.inbox.updateSettings(actor, meta, dto);
  }
}

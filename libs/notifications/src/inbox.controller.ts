import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta } from '@app/common';
import { InboxQuery, NotificationParams, NotificationSettingsDto } from './inbox.dto';
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
  @ApiOkResponse({ schema: { example: { items: [EXAMPLE_ITEM], total: 1, unread: 1, page: 1, pageSize: 20 } } })
  list(@CurrentActor() actor: Actor, @Query() query: InboxQuery) {
    return this.inbox.list(actor, query);
  }

  @Get('notifications/unread-count')
  @Authenticated()
  @ApiOkResponse({ schema: { example: { unread: 3 } } })
  unread(@CurrentActor() actor: Actor) {
    return this.inbox.unreadCount(actor);
  }

  @Post('notifications/read-all')
  @Authenticated()
  @ApiCreatedResponse({ schema: { example: { updated: 3 } } })
  readAll(@CurrentActor() actor: Actor) {
    return this.inbox.markAllRead(actor);
  }

  @Post('notifications/:id/read')
  @Authenticated()
  @ApiCreatedResponse({ schema: { example: { id: '42', readAt: '2026-11-26T02:05:00.000Z' } } })
  read(@CurrentActor() actor: Actor, @Param() { id }: NotificationParams) {
    return this.inbox.markRead(actor, id);
  }

  @Get('me/notification-settings')
  @Authenticated()
  @ApiOkResponse({ schema: { example: { email: 'li***@example.com', emailEnabled: true, phone: null, smsEnabled: true } } })
  settings(@CurrentActor() actor: Actor) {
    return this.inbox.settings(actor);
  }

  @Put('me/notification-settings')
  @Authenticated()
  @ApiOkResponse({ schema: { example: { email: 'li***@example.com', emailEnabled: true, phone: null, smsEnabled: true } } })
  updateSettings(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: NotificationSettingsDto) {
    return this.inbox.updateSettings(actor, meta, dto);
  }
}

import { Field } from '@app/common';
import type { InboxItem } from './inbox.service';

export class InboxItemResponse implements InboxItem {
  @Field.text({ example: '42' }) id: string;
  @Field.text({ example: 'materials_requested' }) kind: string;
  @Field.text({ example: '补正告知' }) kindLabel: string;
  @Field.text() title: string;
  @Field.text() body: string;
  @Field.textOrNull({ format: 'uuid' }) caseId: string | null;
  @Field.textOrNull({ example: 'HP-SHD-2026-000123' }) caseReference: string | null;
  @Field.instant() createdAt: Date;
  @Field.instantOrNull() readAt: Date | null;
}

export class InboxPageResponse {
  @Field.nestedList(() => InboxItemResponse) items: InboxItemResponse[];
  @Field.int() total: number;
  @Field.int() unread: number;
  @Field.int() page: number;
  @Field.int() pageSize: number;
}

export class UnreadCountResponse {
  @Field.int({ example: 3 }) unread: number;
}

export class MarkedAllReadResponse {
  @Field.int({ description: '本次标为已读的消息数' }) updated: number;
}

export class MarkedCaseReadResponse {
  @Field.int({ description: '本次标为已读的消息数' }) updated: number;
  @Field.int({ description: '此后仍未读的消息数' }) unread: number;
}

export class MarkedReadResponse {
  @Field.text({ example: '42' }) id: string;
  @Field.instant() readAt: Date;
}

export class NotificationSettingsResponse {
  @Field.textOrNull({ example: 'li***@example.com', description: '掩码后的电子邮箱；未填写为 null' }) email: string | null;
  @Field.flag() emailEnabled: boolean;
  @Field.textOrNull({ example: '138****5678', description: '掩码后的手机号' }) phone: string | null;
  @Field.flag() smsEnabled: boolean;
}

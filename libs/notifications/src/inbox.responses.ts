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

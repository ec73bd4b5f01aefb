import { ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_ACTIONS } from '@app/contracts';
import { Field } from '@app/common';
import type { LiveCaseEvent } from './live-event';

/** The data of one `case` event of GET /events. */
export class LiveCaseEventResponse implements LiveCaseEvent {
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.oneOf(['filed', 'transitioned', 'commented'], { description: '立案、流转（含分派）、回复或备注' }) kind: LiveCaseEvent['kind'];
  @ApiPropertyOptional({ enum: [...CASE_ACTIONS], description: 'kind 为 transitioned 时的操作' }) action?: string;
  @Field.int({ description: '变化后的案件版本号' }) version: number;
  @Field.instant() at: string;
  @Field.flag({ description: '是否为接收者本人所做的变化' }) self: boolean;
}

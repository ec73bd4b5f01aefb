import { Field } from '@app/common';
import { RATING_LEVELS, RATING_SCALE_TEXT } from '@app/contracts';

/** A 差评整改 review as the supervisor's list shows it. */
export class ReviewResponse {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text() reference: string;
  @Field.text() title: string;
  @Field.text() zoneId: string;
  @Field.oneOf([...RATING_LEVELS], { description: `评价：${RATING_SCALE_TEXT}` }) level: number;
  @Field.textOrNull() comment: string | null;
  @Field.oneOf(['open', 'done']) status: string;
  @Field.textOrNull({ description: '主管的整改回访记录' }) followUp: string | null;
  @Field.instant() createdAt: Date;
  @Field.instantOrNull() doneAt: Date | null;
}

export class ReviewFollowedUpResponse {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.oneOf(['done']) status: string;
  @Field.text() followUp: string;
}

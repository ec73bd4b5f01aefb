import type { HolidayYearRecord } from '@app/calendar';
import { Field } from '@app/common';

/** What the holiday-year routes answer, as the OpenAPI document shows it. */
export class HolidayYearResponse implements HolidayYearRecord {
  @Field.int({ example: 2027 }) year: number;
  @Field.text({ example: '国务院办公厅关于2027年部分节假日安排的通知' }) source: string;
  @Field.texts({ example: ['2027-01-01'], description: '全部放假日期（YYYY-MM-DD）' }) holidays: string[];
  @Field.texts({ example: ['2027-02-20'], description: '调休上班的周六、周日（YYYY-MM-DD）' }) makeupWorkdays: string[];
  @Field.flag({ description: '是否为按放假办法推算的临时数据' }) provisional: boolean;
  @Field.instant() updatedAt: Date;
  @Field.textOrNull({ format: 'uuid' }) updatedBy: string | null;
}

export class HolidayYearsResponse {
  @Field.nestedList(() => HolidayYearResponse) years: HolidayYearResponse[];
  @Field.texts({ description: '临时数据、缺少年份等提醒' }) warnings: string[];
}

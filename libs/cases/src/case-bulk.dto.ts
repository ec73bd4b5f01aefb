import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsString, IsUUID, Length } from 'class-validator';
import { Field, Optional } from '@app/common';
import { CASE_INPUT_LIMITS } from './domain';

/** At most this many cases in one bulk request (one queue page). */
export const BULK_MAX = 100;

class BulkBody {
  @ApiProperty({ type: [String], format: 'uuid', example: ['8f0c6a2e-7d8b-4f6e-9a51-0c1d2e3f4a5b'], description: `所选案件（1–${BULK_MAX} 件），逐件办理、逐件审计` })
  @IsArray() @ArrayMinSize(1, { message: 'ids 至少选择一件案件' }) @ArrayMaxSize(BULK_MAX, { message: `ids 一次最多 ${BULK_MAX} 件` })
  @ArrayUnique({ message: 'ids 不能重复' }) @IsUUID('4', { each: true, message: 'ids 须为案件 id' })
  ids: string[];

  @ApiPropertyOptional({ description: '备注（每件案件相同）', example: '批量受理' })
  @Optional() @IsString() @Length(1, CASE_INPUT_LIMITS.note)
  note?: string;
}

export class BulkAcceptDto extends BulkBody {}

export class BulkAssignDto extends BulkBody {
  @ApiPropertyOptional({ format: 'uuid', description: '承办专员；不填时逐件自动分派给在办案件最少、具备该项目技能的专员', example: '2dcfecfa-1b8d-4364-a074-417a26572bc6' })
  @Optional() @IsUUID('4', { message: 'assigneeId 须为账号 id' })
  assigneeId?: string;
}

export class BulkRowResponse {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.flag({ description: '此件是否办理成功' }) ok: boolean;
  @Field.textOrNull({ description: '案件编号（无权查看的案件为 null）' }) reference: string | null;
  @Field.textOrNull({ description: '办理后的状态（失败时为当前状态，或 null）' }) status: string | null;
  @Field.textOrNull({ description: '失败原因代码，如 case.forbidden_actor' }) code: string | null;
  @Field.textOrNull({ description: '失败原因（中文）' }) message: string | null;
}

export class BulkResultResponse {
  @Field.nestedList(() => BulkRowResponse) results: BulkRowResponse[];
  @Field.int() succeeded: number;
  @Field.int() failed: number;
}

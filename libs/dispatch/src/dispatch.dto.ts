import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { RETURN_VISIT_METHODS, RETURN_VISIT_OUTCOMES, TRANSFER_STATUSES } from '@app/contracts';
import type { ReturnVisitMethod, ReturnVisitOutcome, TransferStatus } from '@app/contracts';
import { IsoDateTime } from '@app/offline';

export class TransferCaseDto {
  @ApiProperty({ example: 'yangpu', description: '接收案件的集聚区' })
  @IsString({ message: 'toZoneId 须为集聚区编号' }) @Length(1, 40, { message: 'toZoneId 须为集聚区编号' })
  toZoneId: string;

  @ApiProperty({ example: '创作者工作室注册及经营地均在杨浦区，应由杨浦区集聚区受理' })
  @IsString({ message: 'reason 须为文字' }) @Length(4, 1000, { message: 'reason（转办理由）须为 4–1000 个字符' })
  reason: string;
}

export class ReturnTransferDto {
  @ApiProperty({ example: '经核实创作者经营地在黄浦区，不属于本集聚区受理范围' })
  @IsString({ message: 'reason 须为文字' }) @Length(4, 1000, { message: 'reason（退回理由）须为 4–1000 个字符' })
  reason: string;
}

export class ListTransfersQuery {
  @ApiPropertyOptional({ enum: TRANSFER_STATUSES })
  @IsOptional() @IsIn(TRANSFER_STATUSES, { message: `status 须为 ${TRANSFER_STATUSES.join('、')} 之一` })
  status?: TransferStatus;
}

export class IssueOrderDto {
  @ApiProperty({ example: '请于期限前联系创作者并书面说明平台处置进展' })
  @IsString({ message: 'requirement 须为文字' }) @Length(4, 2000, { message: 'requirement（督办要求）须为 4–2000 个字符' })
  requirement: string;

  @ApiProperty({ example: '2026-03-12T09:30:00.000Z', description: '答复期限' })
  @IsoDateTime('deadline')
  deadline: Date;
}

export class AnswerOrderDto {
  @ApiProperty({ example: '已于今日电话联系创作者，平台已下架侵权内容 12 条，剩余 3 条正在核实' })
  @IsString({ message: 'answer 须为文字' }) @Length(4, 5000, { message: 'answer（答复）须为 4–5000 个字符' })
  answer: string;
}

export class ListOrdersQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true：仅未答复；false：仅已答复' })
  @IsOptional() @IsIn(['true', 'false'], { message: 'open 须为 true 或 false' })
  open?: 'true' | 'false';
}

export class RecordReturnVisitDto {
  @ApiProperty({ enum: RETURN_VISIT_OUTCOMES, description: 'solved 已解决；not_solved 未解决（案件重新办理）；unreachable 无法联系' })
  @IsIn(RETURN_VISIT_OUTCOMES, { message: `outcome 须为 ${RETURN_VISIT_OUTCOMES.join('、')} 之一` })
  outcome: ReturnVisitOutcome;

  @ApiProperty({ enum: RETURN_VISIT_METHODS })
  @IsIn(RETURN_VISIT_METHODS, { message: `method 须为 ${RETURN_VISIT_METHODS.join('、')} 之一` })
  method: ReturnVisitMethod;

  @ApiPropertyOptional({ example: '创作者表示侵权账号仍在发布内容' })
  @IsOptional() @IsString({ message: 'note 须为文字' }) @Length(1, 2000, { message: 'note 最多 2000 个字符' })
  note?: string;
}

export class ListReturnVisitsQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true：仅待回访；false：仅已回访' })
  @IsOptional() @IsIn(['true', 'false'], { message: 'pending 须为 true 或 false' })
  pending?: 'true' | 'false';
}

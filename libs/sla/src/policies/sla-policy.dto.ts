import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { PROGRAMME_IDS } from '@app/programmes';
import { SLA_PRIORITIES } from '../domain/sla-policy';

const MAX_MINUTES = 120 * 510;

export class SlaPolicyParams {
  @ApiProperty({ enum: PROGRAMME_IDS, example: 'shield' })
  @IsIn(PROGRAMME_IDS, { message: `programme 须为 ${PROGRAMME_IDS.join('、')} 之一` })
  programme: string;

  @ApiProperty({ enum: SLA_PRIORITIES, example: 'high' })
  @IsIn(SLA_PRIORITIES, { message: `priority 须为 ${SLA_PRIORITIES.join('、')} 之一` })
  priority: string;
}

export class SlaPolicyDto {
  @ApiProperty({ enum: ['working', 'continuous'], description: 'working：工作时间（工作日 09:00–17:30）；continuous：全天候计时' })
  @IsIn(['working', 'continuous'])
  clockKind: 'working' | 'continuous';

  @ApiProperty({ example: 510, description: '受理时限（分钟；1 个工作日 = 510 分钟）' })
  @IsInt() @Min(1) @Max(MAX_MINUTES)
  acceptMinutes: number;

  @ApiProperty({ example: 1020, description: '首次公开答复时限（分钟）' })
  @IsInt() @Min(1) @Max(MAX_MINUTES)
  firstResponseMinutes: number;

  @ApiProperty({ example: 2550, description: '办结时限（分钟）' })
  @IsInt() @Min(1) @Max(MAX_MINUTES)
  resolveMinutes: number;
}

export class SlaSettingsDto {
  @ApiProperty({ example: 10, description: '补偿扫描的间隔（秒）：扫描 PostgreSQL 中已到期但未处理的预警与超时' })
  @IsInt() @Min(1) @Max(3600)
  sweepEverySeconds: number;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsoInstant } from '@app/common';

/** The period and zone of the offline figures on the dashboard (default: the last 30 days). */
export class OfflineFiguresQuery {
  @ApiPropertyOptional({ example: '2026-02-01T00:00:00.000Z' })
  @IsOptional() @IsoInstant('from')
  from?: Date;

  @ApiPropertyOptional({ example: '2026-03-01T00:00:00.000Z' })
  @IsOptional() @IsoInstant('to')
  to?: Date;

  @ApiPropertyOptional({ example: 'huangpu' })
  @IsOptional() @IsString() @Length(1, 40)
  zoneId?: string;
}

/** The period of a figures query, refused when it is upside down. */
export function figuresPeriod(q: OfflineFiguresQuery, now = new Date()): { from: Date; to: Date } | { field: string; message: string } {
  const to = q.to ?? new Date(now.getTime() + 60 * 24 * 3600_000);
  const from = q.from ?? new Date(now.getTime() - 30 * 24 * 3600_000);
  if (to <= from) return { field: 'to', message: 'to 须晚于 from' };
  return { from, to };
}

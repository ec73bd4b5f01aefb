import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { Optional } from '@app/common';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class HolidayYearParams {
  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2100, example: 2027 })
  @Type(() => Number) @IsInt({ message: 'year 须为四位年份' }) @Min(2000, { message: '年份须在 2000–2100 之间' }) @Max(2100, { message: '年份须在 2000–2100 之间' })
  year: number;
}

export class HolidayYearDto {
  @ApiProperty({ example: '国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕X号），https://www.gov.cn/…' })
  @IsString() @Length(4, 1000, { message: 'source 须注明所依据的通知（4–1000 字）' })
  source: string;

  @ApiProperty({ example: ['2027-01-01', '2027-02-05', '2027-02-06'], description: '全部放假日期（含假期内的周末）' })
  @IsArray() @ArrayMaxSize(80) @Matches(DATE, { each: true, message: 'holidays 的每一项须为 YYYY-MM-DD' })
  holidays: string[];

  @ApiProperty({ example: ['2027-02-20'], description: '调休上班的周六、周日' })
  @IsArray() @ArrayMaxSize(20) @Matches(DATE, { each: true, message: 'makeupWorkdays 的每一项须为 YYYY-MM-DD' })
  makeupWorkdays: string[];

  @ApiPropertyOptional({ default: false, description: '是否为临时数据（正式通知发布前）' })
  @Optional() @IsBoolean()
  provisional?: boolean;
}

import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta } from '@app/common';
import { HolidayCalendar } from './holiday-calendar.service';
import { HolidayYearDto, HolidayYearParams } from './holiday-year.dto';

@ApiTags('admin: holidays')
@Controller('admin/holiday-years')
export class HolidayYearsController {
  constructor(private readonly calendar: HolidayCalendar) {}

  @Get()
  @Authenticated({ roles: ['sysadmin'] })
  @ApiOkResponse({
    schema: {
      example: {
        years: [{ year: 2027, provisional: true, source: '临时数据：……按《全国年节及纪念日放假办法》推算……', holidays: ['2027-01-01'], makeupWorkdays: [] }],
        warnings: ['2027 年节假日安排为临时数据（……）'],
      },
    },
  })
  list() {
    return this.calendar.list();
  }

  @Put(':year')
  @Authenticated({ roles: ['sysadmin'] })
  @ApiOkResponse({ description: '保存后的该年节假日安排；SLA 时限按新日历重算', schema: { example: { year: 2027, provisional: false, source: '国务院办公厅关于2027年部分节假日安排的通知', holidays: ['2027-01-01'], makeupWorkdays: ['2027-02-20'] } } })
  update(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { year }: HolidayYearParams, @Body() dto: HolidayYearDto) {
    return this.calendar.update(actor, meta, year, dto);
  }
}

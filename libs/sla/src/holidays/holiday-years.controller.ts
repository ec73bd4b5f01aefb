import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta } from '@app/common';
import { HolidayCalendar } from './holiday-calendar.service';
import { HolidayYearDto, HolidayYearParams } from './holiday-year.dto';
import { HolidayYearResponse, HolidayYearsResponse } from './holiday-year.responses';

@ApiTags('admin: holidays')
@Controller('admin/holiday-years')
export class HolidayYearsController {
  constructor(private readonly calendar: HolidayCalendar) {}

  @Get()
  @Authenticated({ roles: ['sysadmin'] })
  @ApiOkResponse({ type: HolidayYearsResponse })
  list() {
    return this.calendar.list();
  }

  @Put(':year')
  @Authenticated({ roles: ['sysadmin'] })
  @ApiOkResponse({ type: HolidayYearResponse, description: '保存后的该年节假日安排；SLA 时限按新日历重算' })
  update(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { year }: HolidayYearParams, @Body() dto: HolidayYearDto) {
    return this.calendar.update(actor, meta, year, dto);
  }
}

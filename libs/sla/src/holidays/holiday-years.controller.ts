import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, ValidationError } from '@app/common';
import { HolidayCalendar } from './holiday-calendar.service';
import { HolidayYearDto } from './holiday-year.dto';

const yearPipe = new ParseIntPipe({ exceptionFactory: () => new ValidationError([{ field: 'year', message: 'year 须为四位年份' }]) });

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
  update(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('year', yearPipe) year: number, @Body() dto: HolidayYearDto) {
    return this.calendar.update(actor, meta, year, dto);
  }
}

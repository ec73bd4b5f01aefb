import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, ValidationError } from '@app/common';
import { FollowUpDto } from './cases.dto';
import { ReviewsService } from './services/reviews.service';

@ApiTags('reviews')
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get()
  @Authenticated({ roles: ['supervisor'] })
  @ApiQuery({ name: 'status', required: false, enum: ['open', 'done'] })
  list(@CurrentActor() actor: Actor, @Query('status') status?: string) {
    if (status !== undefined && status !== 'open' && status !== 'done') {
      throw new ValidationError([{ field: 'status', message: 'status 须为 open 或 done' }]);
    }
    return this.reviews.list(actor, status);
  }

  @Post(':id/follow-up')
  @Authenticated({ roles: ['supervisor'] })
  followUp(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', new ParseUUIDPipe({ version: '4' })) id: string, @Body() dto: FollowUpDto) {
    return this.reviews.followUp(actor, meta, id, dto.note);
  }
}

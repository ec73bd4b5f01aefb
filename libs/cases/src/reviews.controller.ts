import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams } from '@app/common';
import { FollowUpDto, ListReviewsQuery } from './cases.dto';
import { ReviewFollowedUpResponse, ReviewResponse } from './review.responses';
import { ReviewsService } from './services/reviews.service';

@ApiTags('reviews')
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get()
  @Authenticated({ roles: ['supervisor'] })
  @ApiOkResponse({ type: ReviewResponse, isArray: true, description: '差评整改清单（最近 200 条）', example: [{ id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', caseId: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23', reference: 'HP-CMP-2026-000042', title: 'AI 生成配图是否需要添加标识', zoneId: 'huangpu', level: 2, comment: '答复太慢', status: 'open', followUp: null, createdAt: '2026-03-05T02:00:00.000Z', doneAt: null }] })
  list(@CurrentActor() actor: Actor, @Query() { status }: ListReviewsQuery) {
    return this.reviews.list(actor, status);
  }

  @Post(':id/follow-up')
  @Authenticated({ roles: ['supervisor'] })
  @ApiCreatedResponse({ type: ReviewFollowedUpResponse, description: '整改已完成', example: { id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', status: 'done', followUp: '已电话回访，解释处置依据并致歉' } })
  followUp(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: FollowUpDto) {
    return this.reviews.followUp(actor, meta, id, dto.note);
  }
}

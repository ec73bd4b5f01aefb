import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { Public, ReqMeta, RequestMeta } from '@app/common';
import { RateLimiter } from '@app/redis';
import { VerificationResponse } from './document.responses';
import { DocumentRegistry } from './documents.service';

/** Enough for a person checking papers, far too few to enumerate 2^80 codes. */
const VERIFY_LIMIT = { name: 'verify', max: 30, windowSeconds: 60 };

class VerificationCodeParams {
  @ApiProperty({ example: '7KQ2-M9XD-4HRT-PW3C', description: '16 位字母数字，可含连字符与空格' })
  @IsString() @Length(16, 40, { message: '核验码应为 16 位字母数字（可含连字符），如 7KQ2-M9XD-4HRT-PW3C' })
  code: string;
}

@ApiTags('documents')
@Controller()
export class VerificationController {
  constructor(
    private readonly registry: DocumentRegistry,
    private readonly limits: RateLimiter,
  ) {}

  /** Public: whether a document with this code was issued here, and its subject's state now. No personal data. */
  @Get('verify/:code')
  @Public()
  @ApiOkResponse({ type: VerificationResponse })
  @ApiTooManyRequestsResponse({ description: '请求过于频繁，请稍后再试' })
  async verify(@ReqMeta() meta: RequestMeta, @Param() { code }: VerificationCodeParams) {
    await this.limits.hit(`ip:${meta.ip}`, VERIFY_LIMIT);
    return this.registry.verify(code);
  }
}

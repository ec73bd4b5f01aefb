import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, Public, ReqMeta, RequestMeta } from '@app/common';
import { PiiCipher } from '@app/pii';
import { UserResponse } from '@app/users';
import { RateLimiter } from '@app/redis';
import { LoginDto, RefreshDto, RegisterDto, RequestCodeDto, ResetPasswordDto, SessionTokens } from './auth.dto';
import { LocalLoginGuard } from './auth.guards';
import { SignedInResponse } from './auth.responses';
import { CodeSentResponse } from './code.responses';
import { AuthService } from './auth.service';
import { RegistrationService } from './registration.service';

/** Brute-force and SMS-bombing limits, shared by every api process through Redis. */
export const LIMITS = {
  codePerIp: { name: 'code_ip', max: 10, windowSeconds: 3600 },
  codePerPhoneMinute: { name: 'code_phone_min', max: 1, windowSeconds: 60 },
  codePerPhoneDay: { name: 'code_phone_day', max: 10, windowSeconds: 86400 },
  registerPerIp: { name: 'register_ip', max: 20, windowSeconds: 3600 },
};

const SESSION_EXAMPLE = {
  accessToken: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…',
  refreshToken: 'q8Xv3n1ZkT0bY4mR7cWf2pLhJ9sD6gAe5uNoKiBtQwE',
  expiresIn: 900,
  tokenType: 'Bearer',
  user: { id: '2dcfecfa-1b8d-4364-a074-417a26572bc6', role: 'agent', displayName: '黄浦·李专员', zoneId: 'huangpu', authorityId: null },
};

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly registration: RegistrationService,
    private readonly limits: RateLimiter,
    private readonly pii: PiiCipher,
  ) {}

  @Post('auth/login')
  @Public()
  @HttpCode(200)
  @UseGuards(LocalLoginGuard)
  @ApiOkResponse({ type: SignedInResponse, description: '登录成功：返回访问令牌、刷新令牌和账号信息', example: SESSION_EXAMPLE })
  @ApiUnauthorizedResponse({ description: '登录名或密码错误（不论账号是否存在，回答相同）' })
  @ApiResponse({ status: 423, description: '该账号在此地址连续输错密码，暂时锁定' })
  @ApiTooManyRequestsResponse({ description: '请求过于频繁，请稍后再试' })
  login(@Req() req: { user: { session: SessionTokens; user: unknown } }, @Body() _credentials: LoginDto) {
    return { ...req.user.session, user: req.user.user };
  }

  @Post('auth/register/code')
  @Public()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: CodeSentResponse, description: '验证码已发送（演示环境打印在日志中）' })
  @ApiTooManyRequestsResponse({ description: '请求过于频繁，请稍后再试' })
  async requestCode(@Body() dto: RequestCodeDto, @ReqMeta() meta: RequestMeta) {
    await this.limits.hit(`ip:${meta.ip}`, LIMITS.codePerIp);
    // Named by its search key: no phone number in clear in Redis.
    await this.limits.hit(`phone:${this.pii.searchKey(dto.phone)}`, LIMITS.codePerPhoneMinute, LIMITS.codePerPhoneDay);
    return this.registration.requestCode(dto.phone, meta);
  }

  @Post('auth/password-reset/code')
  @Public()
  @HttpCode(202)
  @ApiOperation({ summary: '忘记密码：发送短信验证码', description: '同一回答，不论手机号是否已注册（不泄露账号是否存在）；与注册验证码同样限频' })
  @ApiAcceptedResponse({ type: CodeSentResponse, description: '如该手机号已注册，验证码已发送' })
  @ApiTooManyRequestsResponse({ description: '请求过于频繁，请稍后再试' })
  async requestResetCode(@Body() dto: RequestCodeDto, @ReqMeta() meta: RequestMeta) {
    await this.limits.hit(`ip:${meta.ip}`, LIMITS.codePerIp);
    await this.limits.hit(`phone:${this.pii.searchKey(dto.phone)}`, LIMITS.codePerPhoneMinute, LIMITS.codePerPhoneDay);
    return this.registration.requestCode(dto.phone, meta, 'password_reset');
  }

  @Post('auth/password-reset')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: '忘记密码：凭短信验证码设置新密码', description: '成功后该账号在所有设备退出，登录失败计数和锁定清除' })
  @ApiNoContentResponse({ description: '密码已重置，请用新密码登录' })
  @ApiBadRequestResponse({ description: '验证码错误或已过期（code），或新密码不符合策略（password）' })
  @ApiTooManyRequestsResponse({ description: '请求过于频繁，请稍后再试' })
  async resetPassword(@Body() dto: ResetPasswordDto, @ReqMeta() meta: RequestMeta) {
    await this.limits.hit(`ip:${meta.ip}`, LIMITS.registerPerIp);
    await this.registration.resetPassword(dto, meta);
  }

  @Post('auth/register')
  @Public()
  @ApiCreatedResponse({ type: SignedInResponse, description: '注册成功并登录', example: SESSION_EXAMPLE })
  @ApiTooManyRequestsResponse({ description: '请求过于频繁，请稍后再试' })
  async register(@Body() dto: RegisterDto, @ReqMeta() meta: RequestMeta) {
    await this.limits.hit(`ip:${meta.ip}`, LIMITS.registerPerIp);
    const { session, user } = await this.registration.register(dto, meta);
    return { ...session, user };
  }

  @Post('auth/refresh')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: SessionTokens })
  @ApiUnauthorizedResponse({ description: '刷新令牌无效、已过期或已被撤销' })
  refresh(@Body() dto: RefreshDto, @ReqMeta() meta: RequestMeta) {
    return this.auth.refresh(dto.refreshToken, meta);
  }

  @Post('auth/logout')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: '已退出：该刷新令牌失效' })
  async logout(@Body() dto: RefreshDto, @ReqMeta() meta: RequestMeta) {
    await this.auth.logout(dto.refreshToken, meta);
  }

  @Post('auth/logout-all')
  @Authenticated()
  @HttpCode(204)
  @ApiNoContentResponse({ description: '已在所有设备退出' })
  async logoutAll(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    await this.auth.logoutEverywhere(actor, meta);
  }

  @Get('me')
  @Authenticated()
  @ApiOkResponse({ type: UserResponse, example: SESSION_EXAMPLE.user })
  me(@CurrentActor() actor: Actor) {
    return this.auth.me(actor);
  }
}

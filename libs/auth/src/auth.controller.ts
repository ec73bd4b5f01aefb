import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, Public, ReqMeta, RequestMeta } from '@app/common';
import { LoginDto, RefreshDto, RegisterDto, RequestCodeDto, SessionTokens } from './auth.dto';
import { LocalLoginGuard } from './auth.guards';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/login')
  @Public()
  @HttpCode(200)
  @UseGuards(LocalLoginGuard)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ description: '登录成功：返回访问令牌、刷新令牌和账号信息' })
  login(@Req() req: { user: { session: SessionTokens; user: unknown } }) {
    return { ...req.user.session, user: req.user.user };
  }

  @Post('auth/register/code')
  @Public()
  @HttpCode(202)
  @ApiOkResponse({ schema: { example: { expiresInSeconds: 600 } }, description: '验证码已发送（演示环境打印在日志中）' })
  requestCode(@Body() dto: RequestCodeDto, @ReqMeta() meta: RequestMeta) {
    return this.auth.requestRegistrationCode(dto.phone, meta);
  }

  @Post('auth/register')
  @Public()
  @ApiCreatedResponse({ description: '注册成功并登录' })
  async register(@Body() dto: RegisterDto, @ReqMeta() meta: RequestMeta) {
    const { session, user } = await this.auth.register(dto, meta);
    return { ...session, user };
  }

  @Post('auth/refresh')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: SessionTokens })
  refresh(@Body() dto: RefreshDto, @ReqMeta() meta: RequestMeta) {
    return this.auth.refresh(dto.refreshToken, meta);
  }

  @Post('auth/logout')
  @Public()
  @HttpCode(204)
  async logout(@Body() dto: RefreshDto, @ReqMeta() meta: RequestMeta) {
    await this.auth.logout(dto.refreshToken, meta);
  }

  @Post('auth/logout-all')
  @Authenticated()
  @HttpCode(204)
  async logoutAll(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    await this.auth.logoutEverywhere(actor, meta);
  }

  @Get('me')
  @Authenticated()
  me(@CurrentActor() actor: Actor) {
    return this.auth.me(actor);
  }
}

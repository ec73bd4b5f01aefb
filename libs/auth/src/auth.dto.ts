import { ApiProperty } from '@nestjs/swagger';
import { Equals, IsString, Length, Matches } from 'class-validator';
import { CONSENT_VERSION } from '@app/contracts';

const MOBILE = { message: 'phone 须为 11 位中国大陆手机号' };

export class LoginDto {
  @ApiProperty({ example: 'hp.agent1', description: '登录名（工作人员）或手机号（创作者）' })
  @IsString() @Length(1, 64, { message: 'username 不能为空' })
  username: string;

  @ApiProperty({ example: 'Demo@2026' })
  @IsString() @Length(1, 128, { message: 'password 不能为空' })
  password: string;
}

export class RequestCodeDto {
  @ApiProperty({ example: '13800001234' })
  @Matches(/^1[3-9]\d{9}$/, MOBILE)
  phone: string;
}

export class RegisterDto {
  @ApiProperty({ example: '13800001234' })
  @Matches(/^1[3-9]\d{9}$/, MOBILE)
  phone: string;

  @ApiProperty({ example: '123456', description: '短信验证码' })
  @Matches(/^\d{6}$/, { message: 'code 须为 6 位数字验证码' })
  code: string;

  @ApiProperty({ example: 'Creator@2026' })
  @IsString() @Length(1, 128)
  password: string;

  @ApiProperty({ example: '阿喵UP主' })
  @IsString() @Length(1, 40, { message: 'displayName 须为 1–40 个字符' })
  displayName: string;

  @ApiProperty({ example: CONSENT_VERSION, description: '已阅读并同意的《用户协议》和《隐私政策》版本，须为当前版本（个人信息保护法：记录同意的版本和时间）' })
  @Equals(CONSENT_VERSION, { message: `consentVersion：请阅读并同意《用户协议》和《隐私政策》（当前版本 ${CONSENT_VERSION}）` })
  consentVersion: string;
}

/** 忘记密码: a new password, proven by an SMS code to the account's phone. */
export class ResetPasswordDto {
  @ApiProperty({ example: '13800001234' })
  @Matches(/^1[3-9]\d{9}$/, MOBILE)
  phone: string;

  @ApiProperty({ example: '123456', description: '短信验证码（POST /auth/password-reset/code 发送）' })
  @Matches(/^\d{6}$/, { message: 'code 须为 6 位数字验证码' })
  code: string;

  @ApiProperty({ example: 'Creator@2027', description: '新密码，须符合密码策略' })
  @IsString() @Length(1, 128)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ example: 'q8Xv3n1ZkT0bY4mR7cWf2pLhJ9sD6gAe5uNoKiBtQwE', description: '登录或刷新时返回的刷新令牌' })
  @IsString() @Length(20, 200, { message: 'refreshToken 无效' })
  refreshToken: string;
}

export class SessionTokens {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…' }) accessToken: string;
  @ApiProperty({ example: 'q8Xv3n1ZkT0bY4mR7cWf2pLhJ9sD6gAe5uNoKiBtQwE' }) refreshToken: string;
  @ApiProperty({ example: 900 }) expiresIn: number;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
}

import { createBullBoard } from '@bull-board/api';
import { BullAdapter } from '@bull-board/api/bullAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { InjectQueue } from '@nestjs/bull';
import { Controller, Injectable, Post, Req, Res } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Queue } from 'bull';
import { ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { parse as parseCookies } from 'cookie';
import type { NextFunction, Request, Response } from 'express';
import passport from 'passport';
import { ExtractJwt } from 'passport-jwt';
import { Actor, Authenticated } from '@app/common';
import { CASE_TIMERS_QUEUE, SLA_SWEEP_QUEUE, SLA_TIMERS_QUEUE } from '../jobs/queues';
import { SlaError, SlaErrorCode } from '../sla.errors';

/** Where bull-board is served, under the api prefix: /api/v1/admin/queues. */
export const QUEUE_BOARD_ROUTE = '/admin/queues';
const QUEUE_BOARD_PATH = `/api/v1${QUEUE_BOARD_ROUTE}`;
const QUEUE_BOARD_COOKIE = 'csd_queue_board';

const bearerToken = ExtractJwt.fromAuthHeaderAsBearerToken();

function problem(res: Response, status: number, detail: string): void {
  res.status(status).type('application/problem+json').json({ type: 'about:blank', title: status === 401 ? 'Unauthorized' : 'Forbidden', status, detail });
}

/**
 * bull-board is Express middleware outside Nest's guards. It runs the api's own passport `jwt`
 * strategy (the one behind every guarded route), with the access token from the Authorization
 * header or, for a browser, from the HttpOnly cookie the session endpoint sets. Only `sysadmin`
 * gets in.
 */
@Injectable()
export class QueueBoardAuth {
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const cookie = parseCookies(req.headers.cookie ?? '')[QUEUE_BOARD_COOKIE];
    if (!req.headers.authorization && cookie) req.headers.authorization = `Bearer ${cookie}`;
    if (!req.headers.authorization) return problem(res, 401, '请先以系统管理员身份登录，并通过 POST /api/v1/admin/queue-board/session 打开队列面板');
    const verified = (error: unknown, actor: Actor | false | null) => {
      if (error) return next(error);
      if (!actor) return problem(res, 401, '登录已过期，请重新登录后再打开队列面板');
      if (actor.role !== 'sysadmin') return problem(res, 403, '只有系统管理员可以查看队列面板');
      next();
    };
    passport.authenticate('jwt', { session: false }, verified)(req, res, next);
  };
}

class QueueBoardSessionResponse {
  @ApiProperty({ type: String, example: '/api/v1/admin/queues/', description: '队列面板的地址（访问令牌已写入该路径的 HttpOnly Cookie）' }) url: string;
}

@ApiTags('admin: queues')
@Controller('admin/queue-board')
export class QueueBoardController {
  constructor(private readonly jwt: JwtService) {}

  /** Lets the sysadmin's browser open bull-board: the access token goes into an HttpOnly cookie for that path only. */
  @Post('session')
  @Authenticated({ roles: ['sysadmin'] })
  @ApiCreatedResponse({ type: QueueBoardSessionResponse })
  session(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const token = bearerToken(req);
    if (!token) throw new SlaError(SlaErrorCode.BoardTokenMissing, '未登录或登录已过期，请重新登录');
    const { exp } = this.jwt.decode<{ exp?: number }>(token) ?? {};
    const maxAge = Math.max(0, (exp ?? 0) * 1000 - Date.now());
    res.cookie(QUEUE_BOARD_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: QUEUE_BOARD_PATH, maxAge });
    return { url: `${QUEUE_BOARD_PATH}/` };
  }
}

/** bull-board over the three queues, as an Express router mounted by SlaApiModule. */
@Injectable()
export class QueueBoard {
  private readonly adapter = new ExpressAdapter();

  constructor(
    @InjectQueue(SLA_TIMERS_QUEUE) timers: Queue,
    @InjectQueue(SLA_SWEEP_QUEUE) sweep: Queue,
    @InjectQueue(CASE_TIMERS_QUEUE) caseTimers: Queue,
  ) {
    createBullBoard({
      // @bull-board/express ships its own copy of the @bull-board/api types (9.10.1 vs 9.10.2).
      queues: [timers, sweep, caseTimers].map((q) => new BullAdapter(q, { readOnlyMode: false })) as never,
      serverAdapter: this.adapter as never,
      options: { uiConfig: { boardTitle: '服务台队列' } },
    });
  }

  /** The router, serving under `basePath` (the api prefix plus {@link QUEUE_BOARD_ROUTE}). */
  router(basePath: string) {
    this.adapter.setBasePath(basePath);
    return this.adapter.getRouter();
  }
}

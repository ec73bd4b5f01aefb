import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError, AppErrorKind, FieldError, TransportProblemCode } from '../errors';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

function statusOf(kind: AppErrorKind): number {
  switch (kind) {
    case 'validation':
      return HttpStatus.BAD_REQUEST;
    case 'unauthenticated':
      return HttpStatus.UNAUTHORIZED;
    case 'forbidden':
      return HttpStatus.FORBIDDEN;
    case 'not_found':
      return HttpStatus.NOT_FOUND;
    case 'conflict':
      return HttpStatus.CONFLICT;
    case 'locked':
      return HttpStatus.LOCKED;
    case 'too_many_requests':
      return HttpStatus.TOO_MANY_REQUESTS;
    case 'payload_too_large':
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case 'unsupported_media_type':
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case 'unavailable':
      return HttpStatus.SERVICE_UNAVAILABLE;
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const HTTP_DETAILS: Record<number, string> = {
  400: '请求无法处理，请检查请求内容（如上传须使用表单字段 file，且只上传一个文件）',
  404: '请求的地址不存在',
  405: '此地址不支持该请求方法',
  413: '文件或请求体过大',
  415: '请求体类型不受支持',
};

/** PostgreSQL SQLSTATE classes and socket errors that mean "the database is not there right now". */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006', '53300']);

function isUnavailable(exception: unknown): boolean {
  const e = exception as { code?: string; driverError?: { code?: string }; message?: string };
  const code = e?.driverError?.code ?? e?.code;
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(e?.message ?? '');
}

/** Answers every error as RFC 9457 problem+json; never leaks stack traces or SQL. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string }>();
    const res = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.instance = req.originalUrl?.split('?')[0];
    if (req.id) problem.requestId = String(req.id);
    if (problem.status === 503) this.logger.warn({ err: exception, requestId: req.id }, 'dependency unavailable');
    else if (problem.status >= 500) this.logger.error({ err: exception, requestId: req.id }, 'unhandled error');
    if (res.headersSent) return;
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof AppError) {
      const status = statusOf(exception.kind);
      // Extensions first, so they can never overwrite the standard members.
      return {
        ...exception.extra,
        type: `https://creator-desk.example/problems/${exception.code}`,
        title: TITLES[status] ?? 'Error',
        status,
        detail: exception.message,
        code: exception.code,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Nest's and multer's own exceptions speak English; the caller reads Chinese.
      return {
        type: 'about:blank',
        title: TITLES[status] ?? 'Error',
        status,
        detail: HTTP_DETAILS[status] ?? '请求无法处理',
        code: `http_${status}`,
      };
    }
    // body-parser errors (malformed JSON, too large) carry a status and a type.
    const bodyError = exception as { status?: number; type?: string };
    if (typeof bodyError?.status === 'number' && bodyError.status >= 400 && bodyError.status < 500) {
      const status = bodyError.status;
      const detail =
        bodyError.type === 'entity.too.large'
          ? '请求体过大'
          : bodyError.type === 'entity.parse.failed'
            ? '请求体不是合法的 JSON'
            : bodyError.type === 'entity.too.deep'
              ? '请求体嵌套层级过深'
              : bodyError.type === 'entity.forbidden.key'
                ? '请求体含有不允许的字段名（__proto__、constructor、prototype）'
              : bodyError.type === 'charset.unsupported' || bodyError.type === 'encoding.unsupported'
                ? '请求体编码不受支持，请使用 UTF-8'
                : '请求无法解析';
      return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, code: bodyError.type ?? `http_${status}` };
    }
    if (isUnavailable(exception)) {
      return { type: 'about:blank', title: TITLES[503], status: 503, detail: '服务暂时不可用，请稍后重试（您的数据未丢失）', code: TransportProblemCode.DependencyUnavailable };
    }
    return {
      type: 'about:blank',
      title: TITLES[500],
      status: 500,
      detail: '服务器内部错误，请稍后重试',
      code: TransportProblemCode.Internal,
    };
  }
}

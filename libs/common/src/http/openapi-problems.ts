import type { OpenAPIObject } from '@nestjs/swagger';
import type { ResponseObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PROBLEM_CONTENT_TYPE } from './problem-details.filter';

const FIELD_ERROR: SchemaObject = {
  type: 'object',
  required: ['field', 'message'],
  properties: {
    field: { type: 'string', description: '出错的字段，如 intake.urls[2]、Content-Type、查询参数名', example: 'intake.urls[2]' },
    message: { type: 'string', description: '中文说明', example: 'urls 的每项须为 http(s) 链接' },
  },
  additionalProperties: false,
};

/** RFC 9457 problem details, as ProblemDetailsFilter answers every error (extensions allowed). */
const PROBLEM: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', example: 'https://creator-desk.example/problems/validation_failed' },
    title: { type: 'string', example: 'Bad Request' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', description: '中文说明', example: '请求参数有误，请按提示修改后重试' },
    instance: { type: 'string', example: '/api/v1/cases' },
    code: { type: 'string', description: '稳定的机器可读代码', example: 'validation_failed' },
    requestId: { type: 'string' },
    errors: { type: 'array', items: { $ref: '#/components/schemas/ProblemFieldError' }, description: '逐个字段的问题（校验失败时）' },
  },
  additionalProperties: true,
};

const DEFAULT_DESCRIPTIONS: Record<string, string> = {
  '400': '请求参数有误（validation_failed）：errors 逐项列出字段及原因',
  '415': '请求体类型不受支持',
};

/**
 * Every error answer of every operation as application/problem+json with the ProblemDetails
 * schema (what ProblemDetailsFilter sends), and a 400 on every operation: any route refuses an
 * unknown or malformed query parameter, a bad path parameter or a body it does not read.
 */
export function documentProblemResponses(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components ??= {}).schemas ?? (document.components.schemas = {});
  schemas.ProblemFieldError = FIELD_ERROR;
  schemas.ProblemDetails = PROBLEM;
  const content = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } };
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const op = item[method];
      if (!op) continue;
      op.responses['400'] ??= { description: DEFAULT_DESCRIPTIONS['400'] };
      for (const [status, response] of Object.entries(op.responses)) {
        if (!response || !/^[45]\d\d$/.test(status) || '$ref' in response) continue;
        const r = response as ResponseObject;
        r.description ||= DEFAULT_DESCRIPTIONS[status] ?? '错误';
        r.content = structuredClone(content);
      }
    }
  }
  return document;
}

import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { Request } from 'express';
import { isUtf8 } from 'node:buffer';
import { unlink } from 'node:fs/promises';
import { Observable } from 'rxjs';
import { FieldError, ValidationError } from '../errors';
import { unsafeTextProblem } from './unsafe-text';

export const UPLOAD_ROUTE = 'csd:upload';

interface MulterFile {
  fieldname: string;
  originalname: string;
  path?: string;
}

/**
 * Runs after multer: the multipart fields get the same text rules as a JSON body, file names the
 * stricter ones (no zero-width or direction characters), and a text field the route does not
 * read is refused rather than dropped.
 */
@Injectable()
class UploadFieldsInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<Request & { file?: MulterFile }>();
    const errors: FieldError[] = [];
    if (req.file) {
      // multer hands the name over decoded as latin1: these are the bytes the client sent.
      const bytes = Buffer.from(req.file.originalname, 'latin1');
      const problem = isUtf8(bytes) ? unsafeTextProblem(bytes.toString('utf8'), 'fileName') : '含有无效的 UTF-8 字节';
      if (problem) errors.push({ field: req.file.fieldname, message: problem.startsWith('文件名') ? problem : `文件名${problem}` });
    }
    for (const field of Object.keys(req.body ?? {})) errors.push({ field, message: '此接口只接受文件，不接受该表单字段' });
    if (errors.length) {
      if (req.file?.path) await unlink(req.file.path).catch(() => undefined);
      throw new ValidationError(errors);
    }
    return next.handle();
  }
}

/** An upload route: one file in multipart field `field`, documented as such; no other route takes multipart. */
export function Upload(field: string, description: string) {
  return applyDecorators(
    SetMetadata(UPLOAD_ROUTE, true),
    UseInterceptors(FileInterceptor(field), UploadFieldsInterceptor),
    ApiConsumes('multipart/form-data'),
    ApiBody({ schema: { type: 'object', properties: { [field]: { type: 'string', format: 'binary', description } }, required: [field] } }),
  );
}

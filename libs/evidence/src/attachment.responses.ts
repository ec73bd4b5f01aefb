import { Field } from '@app/common';
import type { AttachmentView } from './evidence.service';

class UploaderResponse {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text() displayName: string;
  @Field.text() role: string;
}

/** An evidence file as the attachment routes answer it: fingerprints taken at upload. */
export class AttachmentResponse implements AttachmentView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text({ example: '侵权截图.png' }) fileName: string;
  @Field.text({ example: 'image/png', description: '按文件内容判定的类型' }) mimeType: string;
  @Field.int() size: number;
  @Field.text() sha256: string;
  @Field.text() sm3: string;
  @Field.nested(() => UploaderResponse) uploadedBy: UploaderResponse;
  @Field.instant() uploadedAt: Date;
}

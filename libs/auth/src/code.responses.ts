import { Field } from '@app/common';

/** The answer to a request for an SMS code (202: sent, or would be sent, whatever the phone). */
export class CodeSentResponse {
  @Field.int({ example: 600, description: '验证码有效期（秒）' }) expiresInSeconds: number;
}

import { Field } from '@app/common';
import { UserResponse } from '@app/users';
import { SessionTokens } from './auth.dto';

/** What signing in (or registering) answers: the session and the account. */
export class SignedInResponse extends SessionTokens {
  @Field.nested(() => UserResponse) user: UserResponse;
}

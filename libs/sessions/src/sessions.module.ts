import { Module } from '@nestjs/common';
import { SessionChanges } from './session-changes';
import { SessionsRepository } from './sessions.repository';

/** Sign-in sessions (refresh-token families): issued by auth, revoked by auth and account administration. */
@Module({
  providers: [SessionsRepository, SessionChanges],
  exports: [SessionsRepository],
})
export class SessionsModule {}

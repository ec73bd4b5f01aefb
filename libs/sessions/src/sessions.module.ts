import { Module } from '@nestjs/common';
import { SessionsRepository } from './sessions.repository';

/** Sign-in sessions (refresh-token families): issued by auth, revoked by auth and account administration. */
@Module({
  providers: [SessionsRepository],
  exports: [SessionsRepository],
})
export class SessionsModule {}

import { Injectable } from '@nestjs/common';
import { UserDirectory } from '@app/users';

/** Who is told: the people a zone, a queue or an authority answers to (active accounts, from the users module). */
@Injectable()
export class Recipients {
  constructor(private readonly users: UserDirectory) {}

  /** Supervisors of the zone, and the city-wide supervisors. */
  supervisorsOf(zoneId: string): Promise<string[]> {
    return this.users.supervisorsOf(zoneId);
  }

  /** The city-wide supervisors (主管 without a zone). */
  citySupervisors(): Promise<string[]> {
    return this.users.citySupervisors();
  }

  officersOf(authorityId: string): Promise<string[]> {
    return this.users.officersOf(authorityId);
  }

  /** The zone's queue for a programme: its active agents with the programme among their skills. */
  async queueOf(zoneId: string, programme: string): Promise<string[]> {
    return (await this.users.activeAgents([zoneId], programme)).map((a) => a.id);
  }

  displayName(userId: string | null): Promise<string | undefined> {
    return this.users.displayName(userId);
  }
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row of the append-only audit log (read side; appends go through AuditService). */
@Entity('audit_events')
export class AuditEvent {
  @PrimaryColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
  @Column({ name: 'actor_id', type: 'text', nullable: true }) actorId: string | null;
  @Column({ name: 'actor_role', type: 'text', nullable: true }) actorRole: string | null;
  @Column({ name: 'actor_zone', type: 'text', nullable: true }) actorZone: string | null;
  @Column({ type: 'text' }) action: string;
  @Column({ name: 'entity_type', type: 'text' }) entityType: string;
  @Column({ name: 'entity_id', type: 'text', nullable: true }) entityId: string | null;
  @Column({ type: 'jsonb', nullable: true }) before: unknown;
  @Column({ type: 'jsonb', nullable: true }) after: unknown;
  @Column({ type: 'text', nullable: true }) ip: string | null;
  @Column({ name: 'user_agent', type: 'text', nullable: true }) userAgent: string | null;
  @Column({ name: 'request_id', type: 'text', nullable: true }) requestId: string | null;
  /** The unkeyed chain of events written before the keyed chain existed; null since (see AuditLinkView). */
  @Column({ name: 'prev_hash', type: 'char', length: 64, nullable: true }) prevHash: string | null;
  @Column({ type: 'char', length: 64, nullable: true }) hash: string | null;
}

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CaseStatus, Channel, CloseReason, Priority, ResumableStatus } from './domain';

@Entity('cases')
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') reference: string;
  @Column('text') programme: string;
  @Column('text') category: string;
  @Column({ name: 'zone_id', type: 'text' }) zoneId: string;
  @Column({ name: 'creator_id', type: 'uuid' }) creatorId: string;
  @Column({ name: 'filed_by', type: 'uuid' }) filedBy: string;
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true }) assigneeId: string | null;
  @Column('text') status: CaseStatus;
  @Column('text') priority: Priority;
  @Column('text') channel: Channel;
  @Column('text') title: string;
  @Column('text') description: string;
  @Column('jsonb') intake: Record<string, unknown>;
  @Column({ name: 'status_before_awaiting', type: 'text', nullable: true }) statusBeforeAwaiting: ResumableStatus | null;
  @Column({ name: 'awaiting_creator_since', type: 'timestamptz', nullable: true }) awaitingCreatorSince: Date | null;
  @Column({ name: 'materials_request', type: 'jsonb', nullable: true }) materialsRequest: { items: string[]; note: string | null } | null;
  @Column({ name: 'escalation_authority_id', type: 'text', nullable: true }) escalationAuthorityId: string | null;
  @Column({ name: 'escalation_acknowledged', type: 'boolean' }) escalationAcknowledged: boolean;
  @Column({ name: 'rejection_reason', type: 'text', nullable: true }) rejectionReason: string | null;
  @Column({ type: 'text', nullable: true }) outcome: string | null;
  @Column({ name: 'resolution_summary', type: 'text', nullable: true }) resolutionSummary: string | null;
  @Column({ type: 'smallint', nullable: true }) rating: number | null;
  @Column({ name: 'rating_comment', type: 'text', nullable: true }) ratingComment: string | null;
  @Column({ name: 'close_reason', type: 'text', nullable: true }) closeReason: CloseReason | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true }) firstResponseAt: Date | null;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  /** Optimistic version: every change increments it; an action names the version it saw. */
  @Column('int') version: number;
}

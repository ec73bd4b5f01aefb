import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A cluster zone (集聚区). A new district is a row, not code. */
@Entity('zones')
export class Zone {
  @PrimaryColumn('text') id: string;
  @Column('text') name: string;
  /** Two to four capital letters used in case references, e.g. HP. */
  @Column('text') code: string;
  @Column({ name: 'authority_id', type: 'text' }) authorityId: string;
  @Column('boolean') active: boolean;
}

/** A 网信 authority that receives escalations; district ones escalate on to their parent. */
@Entity('authorities')
export class Authority {
  @PrimaryColumn('text') id: string;
  @Column('text') name: string;
  @Column('text') level: 'district' | 'city';
  @Column({ name: 'parent_id', type: 'text', nullable: true }) parentId: string | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field } from '@app/common';

/** A cluster zone (集聚区). A new district is a row, not code. */
@Entity('zones')
export class Zone {
  @Field.text({ example: 'huangpu' }) @PrimaryColumn('text') id: string;
  @Field.text({ example: '黄浦区集聚区' }) @Column('text') name: string;
  /** Two to four capital letters used in case references, e.g. HP. */
  @Field.text({ example: 'HP' }) @Column('text') code: string;
  @Field.text({ example: 'cac_huangpu' }) @Column({ name: 'authority_id', type: 'text' }) authorityId: string;
  @Field.flag() @Column('boolean') active: boolean;
}

/** A 网信 authority that receives escalations; district ones escalate on to their parent. */
@Entity('authorities')
export class Authority {
  @Field.text({ example: 'cac_city' }) @PrimaryColumn('text') id: string;
  @Field.text({ example: '市委网信办' }) @Column('text') name: string;
  @Field.oneOf(['district', 'city']) @Column('text') level: 'district' | 'city';
  @Field.textOrNull() @Column({ name: 'parent_id', type: 'text', nullable: true }) parentId: string | null;
}

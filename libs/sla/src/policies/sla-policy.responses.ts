import type { ClockKind } from '@app/calendar';
import { Field } from '@app/common';
import { SLA_PRIORITIES, type SlaPolicy } from '../domain/sla-policy';
import type { SlaSettings } from './sla-policy.repository';

/** What the SLA administration routes answer, as the OpenAPI document shows it. */
class SlaPolicyDisplayResponse {
  @Field.text({ example: '2 小时（全天候计时）' }) accept: string;
  @Field.text({ example: '4 小时（全天候计时）' }) firstResponse: string;
  @Field.text({ example: '24 小时（全天候计时）' }) resolve: string;
}

export class SlaPolicyResponse implements SlaPolicy {
  @Field.text({ example: 'shield' }) programme: string;
  @Field.text({ example: '盾牌行动' }) programmeName: string;
  @Field.oneOf(SLA_PRIORITIES) priority: string;
  @Field.oneOf(['working', 'continuous'], { description: 'working：按工作时间计时；continuous：全天候' }) clockKind: ClockKind;
  @Field.int() acceptMinutes: number;
  @Field.int() firstResponseMinutes: number;
  @Field.int() resolveMinutes: number;
  @Field.nested(() => SlaPolicyDisplayResponse, { description: '时限的中文说明' }) display: SlaPolicyDisplayResponse;
}

export class SlaSettingsResponse implements SlaSettings {
  @Field.int({ example: 10, description: '工作进程巡检到期提醒与超时的间隔（秒）' }) sweepEverySeconds: number;
}

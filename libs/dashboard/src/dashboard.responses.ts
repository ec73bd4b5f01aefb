import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { AGE_BANDS, ESCALATION_OUTCOMES, OPEN_STATUSES, type AgentWorkload, type Backlog, type ColumnFigures, type Dashboard, type DashboardColumn, type EscalationFigures, type HandlingFigures, type MonthlyReport, type PeriodCounts, type SatisfactionFigures, type ShieldFigures, type SlaClockFigures, type SlaFigures, type SlaListItem, type TrendSeries } from '@app/contracts';
import { Field } from '@app/common';

/**
 * What the dashboard routes answer, as the OpenAPI document (and the web's generated types)
 * shows it. Each class implements the contract type the service returns. Rates are 0–1 or null
 * (no denominator); durations are milliseconds of working time.
 */
const rate = (description = '比率（0–1）；无分母时为 null') => Field.numberOrNull({ description });
const ms = (description = '毫秒（工作时间）；无数据时为 null') => Field.numberOrNull({ description });
/** An object keyed by column key (`all`, `huangpu` …), each value of one schema. */
const byColumn = (of: Function, description: string) => ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(of) }, description });

class DashboardColumnResponse implements DashboardColumn {
  @Field.text({ example: 'all' }) key: string;
  @Field.textOrNull({ description: '全市合计列为 null' }) zoneId: string | null;
  @Field.text({ example: '全市' }) name: string;
}

class PeriodCountsResponse implements PeriodCounts {
  @Field.int() submitted: number;
  @Field.int() accepted: number;
  @Field.int() rejected: number;
  @Field.int() resolved: number;
  @Field.int() reopened: number;
  @Field.int() withdrawn: number;
  @Field.int() escalated: number;
}

class StatusCountResponse {
  @Field.oneOf(OPEN_STATUSES) status: (typeof OPEN_STATUSES)[number];
  @Field.text() label: string;
  @Field.int() count: number;
}

class AgeBandCountResponse {
  @Field.oneOf(AGE_BANDS.map((b) => b.id)) band: (typeof AGE_BANDS)[number]['id'];
  @Field.text() label: string;
  @Field.int() count: number;
}

class BacklogRowResponse {
  @Field.oneOf(OPEN_STATUSES) status: (typeof OPEN_STATUSES)[number];
  @Field.text() label: string;
  @ApiProperty({ type: 'integer', isArray: true, description: '按账龄分段的件数' }) bands: number[];
}

class BacklogResponse implements Backlog {
  @Field.int() total: number;
  @Field.nestedList(() => StatusCountResponse) byStatus: StatusCountResponse[];
  @Field.nestedList(() => AgeBandCountResponse) byAge: AgeBandCountResponse[];
  @Field.nestedList(() => BacklogRowResponse) matrix: BacklogRowResponse[];
  @Field.int({ description: '日历无法计算账龄的件数' }) unbanded: number;
  @Field.int() unassigned: number;
}

class SlaClockFiguresResponse implements SlaClockFigures {
  @Field.oneOf(['accept', 'first_response', 'resolve']) clock: 'accept' | 'first_response' | 'resolve';
  @Field.text() label: string;
  @Field.int() onTime: number;
  @Field.int() late: number;
  @Field.int() overdueOpen: number;
  @rate() rate: number | null;
}

class SlaFiguresResponse implements SlaFigures {
  @Field.nestedList(() => SlaClockFiguresResponse) clocks: SlaClockFiguresResponse[];
  @Field.int() overdueNow: number;
  @Field.int() dueSoonNow: number;
}

class AuthorityEscalationsResponse {
  @Field.text() authorityId: string;
  @Field.text() name: string;
  @Field.int() count: number;
  @ms() medianTakenMs: number | null;
}

class OutcomeCountResponse {
  @Field.oneOf(ESCALATION_OUTCOMES) outcome: (typeof ESCALATION_OUTCOMES)[number];
  @Field.text() label: string;
  @Field.int() count: number;
}

class EscalationFiguresResponse implements EscalationFigures {
  @Field.int() count: number;
  @Field.int() automatic: number;
  @Field.int() cases: number;
  @rate() rate: number | null;
  @Field.nestedList(() => AuthorityEscalationsResponse) byAuthority: AuthorityEscalationsResponse[];
  @Field.nestedList(() => OutcomeCountResponse) byOutcome: OutcomeCountResponse[];
  @ms() medianAcknowledgeMs: number | null;
  @ms() medianTakenMs: number | null;
}

class HandlingFiguresResponse implements HandlingFigures {
  @Field.int() resolved: number;
  @Field.int() measured: number;
  @ms() meanMs: number | null;
  @ms() medianMs: number | null;
  @ms() p90Ms: number | null;
}

class LevelCountResponse {
  @Field.oneOf([1, 2, 3, 4, 5]) level: 1 | 2 | 3 | 4 | 5;
  @Field.text() label: string;
  @Field.int() count: number;
}

class SatisfactionFiguresResponse implements SatisfactionFigures {
  @Field.int() rated: number;
  @Field.nestedList(() => LevelCountResponse) levels: LevelCountResponse[];
  @rate() goodRate: number | null;
  @Field.int() bad: number;
  @Field.int() openBadReviews: number;
}

class ShieldCategoryResponse {
  @Field.text() category: string;
  @Field.text() label: string;
  @Field.int() submitted: number;
  @Field.int() resolved: number;
  @Field.int() open: number;
}

class ShieldPlatformResponse {
  @Field.text() platform: string;
  @Field.text() label: string;
  @Field.int() submitted: number;
  @Field.int() resolved: number;
}

class ShieldFiguresResponse implements ShieldFigures {
  @Field.nestedList(() => ShieldCategoryResponse) byCategory: ShieldCategoryResponse[];
  @Field.nestedList(() => ShieldPlatformResponse) byPlatform: ShieldPlatformResponse[];
}

/** A column's figures without the live backlog and the shield breakdown (per programme). */
export class ProgrammeFiguresResponse implements Omit<ColumnFigures, 'backlog' | 'shield'> {
  @Field.nested(() => PeriodCountsResponse) counts: PeriodCountsResponse;
  @Field.nested(() => SlaFiguresResponse) sla: SlaFiguresResponse;
  @Field.nested(() => EscalationFiguresResponse) escalations: EscalationFiguresResponse;
  @Field.nested(() => HandlingFiguresResponse) handling: HandlingFiguresResponse;
  @Field.nested(() => SatisfactionFiguresResponse) satisfaction: SatisfactionFiguresResponse;
}

export class ColumnFiguresResponse extends ProgrammeFiguresResponse implements ColumnFigures {
  @Field.nested(() => BacklogResponse) backlog: BacklogResponse;
  @Field.nested(() => ShieldFiguresResponse) shield: ShieldFiguresResponse;
}

export class TrendSeriesResponse implements TrendSeries {
  @ApiProperty({ type: 'integer', isArray: true }) submitted: number[];
  @ApiProperty({ type: 'integer', isArray: true }) accepted: number[];
  @ApiProperty({ type: 'integer', isArray: true }) rejected: number[];
  @ApiProperty({ type: 'integer', isArray: true }) resolved: number[];
  @ApiProperty({ type: 'integer', isArray: true }) withdrawn: number[];
}

class RangeResponse {
  @Field.text({ example: '2026-03-01', description: '首日（YYYY-MM-DD，上海时间）' }) from: string;
  @Field.text({ example: '2026-03-30', description: '末日（含）' }) to: string;
  @Field.int() days: number;
  @Field.text() timeZone: string;
}

class FilterResponse {
  @Field.textOrNull() zoneId: string | null;
  @Field.textOrNull() programme: string | null;
}

class DashboardTrendResponse {
  @Field.texts({ description: '逐日（YYYY-MM-DD）' }) days: string[];
  @byColumn(TrendSeriesResponse, '按列 key 的逐日趋势') series: Record<string, TrendSeriesResponse>;
}

class AssigneeResponse {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text() displayName: string;
}

class SlaListItemResponse implements SlaListItem {
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text() reference: string;
  @Field.text() title: string;
  @Field.text() zoneId: string;
  @Field.text() programme: string;
  @Field.text() status: string;
  @Field.text() priority: string;
  @Field.nestedOrNull(() => AssigneeResponse) assignee: AssigneeResponse | null;
  @Field.text() clock: string;
  @Field.text() clockLabel: string;
  @Field.instantOrNull() dueAt: Date | null;
  @Field.instantOrNull() warnAt: Date | null;
  @Field.instantOrNull() breachedAt: Date | null;
}

class SlaListResponse {
  @Field.int() total: number;
  @Field.nestedList(() => SlaListItemResponse) items: SlaListItemResponse[];
}

class AgentWorkloadResponse implements AgentWorkload {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text() displayName: string;
  @Field.text() zoneId: string;
  @Field.flag() active: boolean;
  @Field.int() open: number;
  @Field.int() resolved: number;
  @ms() meanHandlingMs: number | null;
  @rate() onTimeRate: number | null;
}

export class DashboardResponse implements Dashboard {
  @Field.nested(() => RangeResponse) range: RangeResponse;
  @Field.instant() asOf: Date;
  @Field.nested(() => FilterResponse) filter: FilterResponse;
  @Field.int({ description: '一个工作日的毫秒数' }) workingDayMs: number;
  @Field.nestedList(() => DashboardColumnResponse) columns: DashboardColumnResponse[];
  @byColumn(ColumnFiguresResponse, '按列 key 的全部指标') figures: Record<string, ColumnFiguresResponse>;
  @Field.nested(() => DashboardTrendResponse) trend: DashboardTrendResponse;
  @Field.nested(() => SlaListResponse) overdue: SlaListResponse;
  @Field.nested(() => SlaListResponse) dueSoon: SlaListResponse;
  @Field.nestedList(() => AgentWorkloadResponse) agents: AgentWorkloadResponse[];
}

class ZoneRefResponse {
  @Field.text() id: string;
  @Field.text() name: string;
}

class PreviousMonthResponse {
  @Field.text({ example: '2026-02' }) month: string;
  @Field.nested(() => ColumnFiguresResponse) figures: ColumnFiguresResponse;
}

class ProgrammeFiguresRowResponse {
  @Field.text() programme: string;
  @Field.text() name: string;
  @Field.nested(() => ProgrammeFiguresResponse) figures: ProgrammeFiguresResponse;
}

class MonthlyTrendResponse {
  @Field.texts() days: string[];
  @Field.nested(() => TrendSeriesResponse) series: TrendSeriesResponse;
}

export class MonthlyReportResponse implements MonthlyReport {
  @Field.text() title: string;
  @Field.nested(() => ZoneRefResponse) zone: ZoneRefResponse;
  @Field.text({ example: '2026-03' }) month: string;
  @Field.nested(() => RangeResponse) range: RangeResponse;
  @Field.instant() generatedAt: Date;
  @Field.nested(() => ColumnFiguresResponse) figures: ColumnFiguresResponse;
  @Field.nested(() => PreviousMonthResponse) previous: PreviousMonthResponse;
  @Field.nestedList(() => ProgrammeFiguresRowResponse) byProgramme: ProgrammeFiguresRowResponse[];
  @Field.nested(() => MonthlyTrendResponse) trend: MonthlyTrendResponse;
  @Field.nestedList(() => AgentWorkloadResponse) agents: AgentWorkloadResponse[];
  @Field.nested(() => SlaListResponse) overdue: SlaListResponse;
  @Field.int() workingDayMs: number;
}

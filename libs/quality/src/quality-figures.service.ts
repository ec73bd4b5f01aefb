import { Injectable } from '@nestjs/common';
import { Actor, ValidationError } from '@app/common';
import {
  APPEAL_STATUS_LABELS,
  APPEALED_RATING_LABELS,
  CONTACT_METHOD_LABELS,
  isBadRating,
  isSatisfied,
  RATING_LABELS,
  RATING_LEVELS,
  type PublicQualityFigures,
  type PublicQualityMonth,
  type RatingLevel,
  type RectificationView,
} from '@app/contracts';
import { exportFile, ExportFile, formatShanghai, RatingFigures } from '@app/dashboard';
import { ZonesService } from '@app/zones';
import { LedgerQuery, PublicFiguresQuery } from './quality.dto';
import { QualityRepository } from './quality.repository';
import { RectificationsService } from './rectifications.service';

const MAX_MONTHS = 36;

const addMonths = (month: string, n: number): string => {
  const [y, m] = month.split('-').map(Number);
  const t = y * 12 + (m - 1) + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
};
const monthsBetween = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
};
const rate = (n: number, d: number): number | null => (d ? n / d : null);
const label = (level: number | null) => (level === null ? '' : `${level} ${RATING_LABELS[level as RatingLevel] ?? ''}`);
const when = (iso: string | null) => (iso ? new Date(iso) : null);

/** The published figures (好评率, 整改率 per zone and month) and the ledger as a spreadsheet. */
@Injectable()
export class QualityFiguresService {
  constructor(
    private readonly repo: QualityRepository,
    private readonly ratings: RatingFigures,
    private readonly zones: ZonesService,
    private readonly rectifications: RectificationsService,
  ) {}

  /** No login: each zone's month, as the national rules require results to be published. Voided ratings are out. */
  async publicFigures(q: PublicFiguresQuery, now = new Date()): Promise<PublicQualityFigures> {
    const current = formatShanghai(now, false).slice(0, 7);
    const to = q.to ?? current;
    const from = q.from ?? addMonths(to, -11);
    if (from > to) throw new ValidationError([{ field: 'from', message: 'from 不能晚于 to' }]);
    const months = monthsBetween(from, to);
    if (months.length > MAX_MONTHS) throw new ValidationError([{ field: 'from', message: `最多查询 ${MAX_MONTHS} 个月` }]);
    const [zones, rated, rectified] = await Promise.all([this.zones.listZones(), this.ratings.monthly(from, to, null), this.repo.monthlyRectifications(from, to)]);
    const out: PublicQualityMonth[] = [];
    for (const zone of zones) {
      for (const month of months) {
        const levels = rated.find((r) => r.zoneId === zone.id && r.month === month)?.levels ?? {};
        const count = (keep: (l: number) => boolean) => RATING_LEVELS.filter(keep).reduce((s, l) => s + (levels[l] ?? 0), 0);
        const ratings = count(() => true);
        const goodRatings = count(isSatisfied);
        const r = rectified.find((x) => x.zoneId === zone.id && x.month === month);
        out.push({
          zoneId: zone.id,
          zoneName: zone.name,
          month,
          ratings,
          goodRatings,
          goodRate: rate(goodRatings, ratings),
          badRatings: count(isBadRating),
          rectifications: r?.bad ?? 0,
          rectified: r?.rectified ?? 0,
          rectificationRate: rate(r?.rectified ?? 0, r?.bad ?? 0),
        });
      }
    }
    return { from, to, generatedAt: now.toISOString(), months: out };
  }

  /** 差评整改台账 as XLSX: the rows the actor's ledger shows, in its order (overdue first). */
  async ledgerExport(actor: Actor, q: LedgerQuery): Promise<ExportFile> {
    const rows = await this.rectifications.ledger(actor, q);
    const zones = new Map((await this.zones.listZones()).map((z) => [z.id, z.name]));
    const appeal = (v: RectificationView) =>
      v.appeals.map((a) => `${APPEALED_RATING_LABELS[a.rating]}：${APPEAL_STATUS_LABELS[a.status]}${a.decisionReason ? `（${a.decisionReason}）` : ''}`).join('；');
    return exportFile(
      {
        title: '差评整改台账',
        slug: 'rectification-ledger',
        columns: [
          { header: '案件编号', kind: 'text', width: 22 },
          { header: '案件标题', kind: 'text', width: 30 },
          { header: '集聚区', kind: 'text' },
          { header: '状态', kind: 'text', width: 18 },
          { header: '首次评价', kind: 'text', width: 14 },
          { header: '评价意见', kind: 'text', width: 30 },
          { header: '评价时间', kind: 'datetime', width: 18 },
          { header: '回访期限', kind: 'datetime', width: 18 },
          { header: '回访逾期', kind: 'text' },
          { header: '回访时间', kind: 'datetime', width: 18 },
          { header: '回访方式', kind: 'text' },
          { header: '回访情况', kind: 'text', width: 30 },
          { header: '整改期限', kind: 'datetime', width: 18 },
          { header: '整改逾期', kind: 'text' },
          { header: '整改完成时间', kind: 'datetime', width: 18 },
          { header: '整改措施', kind: 'text', width: 40 },
          { header: '再次评价', kind: 'text', width: 14 },
          { header: '再评价时间', kind: 'datetime', width: 18 },
          { header: '申诉', kind: 'text', width: 30 },
        ],
        rows: rows.map((v) => [
          v.caseReference,
          v.caseTitle,
          zones.get(v.zoneId) ?? v.zoneId,
          v.statusLabel,
          `${label(v.firstLevel)}${v.firstVoided ? '（已作废）' : ''}`,
          v.firstComment,
          when(v.ratedAt),
          when(v.contactDueAt),
          v.contactOverdueAt ? '是' : '否',
          when(v.contactedAt),
          v.contactMethod ? CONTACT_METHOD_LABELS[v.contactMethod] : '',
          v.contactOutcome,
          when(v.rectifyDueAt),
          v.rectifyOverdueAt ? '是' : '否',
          when(v.rectifiedAt),
          v.measures,
          `${label(v.secondLevel)}${v.secondVoided ? '（已作废）' : ''}`,
          when(v.reratedAt),
          appeal(v),
        ]),
      },
      'xlsx',
      q.month ?? formatShanghai(new Date(), false),
    );
  }
}

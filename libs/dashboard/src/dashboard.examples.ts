import { SHANGHAI_TIME_ZONE } from '@app/calendar';

/** Examples for the OpenAPI document: a city-wide supervisor's dashboard, abridged to one zone's figures. */
const zoneFigures = {
  counts: { submitted: 1342, accepted: 1198, rejected: 96, resolved: 1107, reopened: 14, withdrawn: 31, escalated: 157 },
  backlog: {
    total: 412,
    byStatus: [
      { status: 'submitted', label: '待受理', count: 58 },
      { status: 'accepted', label: '已受理', count: 41 },
      { status: 'in_progress', label: '办理中', count: 236 },
      { status: 'awaiting_creator', label: '待补充材料', count: 49 },
      { status: 'escalated', label: '已上报', count: 28 },
    ],
    byAge: [
      { band: '0-1', label: '0–1 个工作日', count: 121 },
      { band: '2-5', label: '2–5 个工作日', count: 167 },
      { band: '6-10', label: '6–10 个工作日', count: 80 },
      { band: '>10', label: '超过 10 个工作日', count: 44 },
    ],
    matrix: [
      { status: 'submitted', label: '待受理', bands: [50, 8, 0, 0] },
      { status: 'accepted', label: '已受理', bands: [30, 11, 0, 0] },
      { status: 'in_progress', label: '办理中', bands: [33, 120, 58, 25] },
      { status: 'awaiting_creator', label: '待补充材料', bands: [6, 20, 14, 9] },
      { status: 'escalated', label: '已上报', bands: [2, 8, 8, 10] },
    ],
    unbanded: 0,
    unassigned: 58,
  },
  sla: {
    clocks: [
      { clock: 'accept', label: '受理时限', onTime: 1203, late: 37, overdueOpen: 4, rate: 0.967 },
      { clock: 'first_response', label: '首次答复时限', onTime: 1150, late: 61, overdueOpen: 9, rate: 0.9426 },
      { clock: 'resolve', label: '办结时限', onTime: 1012, late: 95, overdueOpen: 21, rate: 0.8972 },
    ],
    overdueNow: 33,
    dueSoonNow: 57,
  },
  escalations: {
    count: 157,
    automatic: 19,
    cases: 131,
    rate: 0.1094,
    byAuthority: [
      { authorityId: 'cac_huangpu', name: '黄浦区委网信办', count: 131, medianTakenMs: 55080000 },
      { authorityId: 'cac_city', name: '市委网信办', count: 26, medianTakenMs: 91800000 },
    ],
    byOutcome: [
      { outcome: 'returned', label: '退回服务台', count: 35 },
      { outcome: 'resolved', label: '网信办办结', count: 80 },
      { outcome: 'escalated_on', label: '报送上级网信办', count: 26 },
      { outcome: 'withdrawn', label: '创作者撤回', count: 2 },
      { outcome: 'pending', label: '办理中', count: 14 },
    ],
    medianAcknowledgeMs: 7344000,
    medianTakenMs: 61200000,
  },
  handling: { resolved: 1107, measured: 1107, meanMs: 125460000, medianMs: 97920000, p90Ms: 275400000 },
  satisfaction: {
    rated: 702,
    levels: [
      { level: 1, label: '非常满意', count: 398 },
      { level: 2, label: '满意', count: 171 },
      { level: 3, label: '基本满意', count: 88 },
      { level: 4, label: '不满意', count: 31 },
      { level: 5, label: '非常不满意', count: 14 },
    ],
    goodRate: 0.8105,
    bad: 45,
    openBadReviews: 6,
  },
  shield: {
    byCategory: [
      { category: 'extortion', label: '敲诈勒索', submitted: 61, resolved: 55, open: 12 },
      { category: 'defamation', label: '造谣诽谤', submitted: 118, resolved: 104, open: 25 },
      { category: 'cyberviolence', label: '网络暴力', submitted: 165, resolved: 150, open: 31 },
    ],
    byPlatform: [
      { platform: 'bilibili', label: '哔哩哔哩', submitted: 120, resolved: 108 },
      { platform: 'douyin', label: '抖音', submitted: 131, resolved: 117 },
    ],
  },
};

export const DASHBOARD_EXAMPLE = {
  range: { from: '2026-10-28', to: '2026-11-26', days: 30, timeZone: SHANGHAI_TIME_ZONE },
  asOf: '2026-11-26T07:30:00.000Z',
  filter: { zoneId: null, programme: null },
  workingDayMs: 30600000,
  columns: [
    { key: 'all', zoneId: null, name: '全市' },
    { key: 'huangpu', zoneId: 'huangpu', name: '黄浦区集聚区' },
    { key: 'yangpu', zoneId: 'yangpu', name: '杨浦区集聚区' },
  ],
  figures: { all: zoneFigures, huangpu: zoneFigures, yangpu: zoneFigures },
  trend: {
    days: ['2026-10-28', '2026-10-29', '…', '2026-11-26'],
    series: {
      all: { submitted: [88, 95, 0, 41], accepted: [80, 90, 0, 30], rejected: [6, 7, 0, 2], resolved: [71, 83, 0, 25], withdrawn: [2, 1, 0, 0] },
      huangpu: { submitted: [48, 51, 0, 22], accepted: [44, 49, 0, 17], rejected: [3, 4, 0, 1], resolved: [39, 45, 0, 14], withdrawn: [1, 1, 0, 0] },
      yangpu: { submitted: [40, 44, 0, 19], accepted: [36, 41, 0, 13], rejected: [3, 3, 0, 1], resolved: [32, 38, 0, 11], withdrawn: [1, 0, 0, 0] },
    },
  },
  overdue: {
    total: 33,
    items: [
      {
        caseId: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23',
        reference: 'HP-SHD-2026-004512',
        title: '视频评论区遭遇有组织网络暴力',
        zoneId: 'huangpu',
        programme: 'shield',
        status: 'in_progress',
        priority: 'high',
        assignee: { id: '2dcfecfa-1b8d-4364-a074-417a26572bc6', displayName: '黄浦·李专员' },
        clock: 'resolve',
        clockLabel: '办结时限',
        dueAt: '2026-11-24T09:30:00.000Z',
        warnAt: '2026-11-21T03:00:00.000Z',
        breachedAt: '2026-11-24T09:30:00.000Z',
      },
    ],
  },
  dueSoon: { total: 57, items: [] },
  agents: [
    {
      id: '2dcfecfa-1b8d-4364-a074-417a26572bc6',
      displayName: '黄浦·李专员',
      zoneId: 'huangpu',
      active: true,
      open: 31,
      resolved: 118,
      meanHandlingMs: 97500000,
      onTimeRate: 0.9153,
    },
  ],
  previous: {
    range: { from: '2026-09-28', to: '2026-10-27', days: 30 },
    figures: Object.fromEntries(['all', 'huangpu', 'yangpu'].map((k) => [k, { counts: zoneFigures.counts, sla: zoneFigures.sla, satisfaction: zoneFigures.satisfaction, escalations: zoneFigures.escalations }])),
  },
};

export const MONTHLY_REPORT_EXAMPLE = {
  title: '黄浦区集聚区 2026年10月 创作者服务情况月报',
  zone: { id: 'huangpu', name: '黄浦区集聚区' },
  month: '2026-10',
  range: { from: '2026-10-01', to: '2026-10-31', days: 31, timeZone: SHANGHAI_TIME_ZONE },
  generatedAt: '2026-11-26T07:30:00.000Z',
  figures: zoneFigures,
  previous: { month: '2026-09', figures: zoneFigures },
  byProgramme: [{ programme: 'shield', name: '盾牌行动', figures: { counts: zoneFigures.counts, sla: zoneFigures.sla, escalations: zoneFigures.escalations, handling: zoneFigures.handling, satisfaction: zoneFigures.satisfaction } }],
  trend: { days: ['2026-10-01', '…'], series: { submitted: [12], accepted: [10], rejected: [1], resolved: [9], withdrawn: [0] } },
  agents: DASHBOARD_EXAMPLE.agents,
  overdue: DASHBOARD_EXAMPLE.overdue,
  workingDayMs: 30600000,
};

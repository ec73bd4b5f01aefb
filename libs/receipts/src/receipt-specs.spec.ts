import { applicableDeadline, appointmentReceipt, caseReceipt, CaseReceiptFacts } from './receipt-specs';

const at = (iso: string) => new Date(`${iso}+08:00`);
const base: CaseReceiptFacts = {
  kind: 'acceptance',
  reference: 'HP-SHD-2026-000123',
  programmeName: '盾牌行动（权益保护）',
  categoryLabel: '网络暴力',
  zoneName: '黄浦区集聚区',
  channelLabel: '线上',
  creatorName: '阿喵UP主',
  statusLabel: '已受理',
  submittedAt: at('2026-03-02T09:00'),
  acceptedAt: at('2026-03-02T10:30'),
  resolvedAt: null,
  at: at('2026-03-02T10:30'),
  clocks: [
    { label: '受理时限', dueAt: at('2026-03-03T09:00'), state: '已完成' },
    { label: '办结时限', dueAt: at('2026-03-09T10:30'), state: '计时中' },
  ],
  assignee: '黄浦·李专员',
};

describe('receipt content', () => {
  it.each([
    ['registration', '受理时限', '2026年3月3日 09:00 前作出是否受理的决定'],
    ['acceptance', '办结时限', '2026年3月9日 10:30 前办结'],
    ['rejection', '受理时限', '已于 2026年3月2日 10:30 作出决定'],
    ['materials', '补正期限', '请于 2026年4月1日 10:30 前补正'],
    ['resolution', '评价期限', '2026年3月9日 10:30 前可评价或申请重新办理'],
  ] as const)('a %s receipt states the deadline that applies', (kind, label, value) => {
    const [l, v] = applicableDeadline({ ...base, kind });
    expect(l).toBe(label);
    expect(v).toContain(value);
  });

  it('lists every item of a 补正告知书 and the note, and attests only public facts', () => {
    const { spec, attests } = caseReceipt({ ...base, kind: 'materials', items: ['截图', '链接', '平台回执'], note: '截图须含时间' }, '黄浦区集聚区创作者服务台');
    expect(spec.title).toBe('补正告知书');
    expect(spec.sections.find((s) => s.list)?.list).toEqual(['截图', '链接', '平台回执']);
    expect(JSON.stringify(spec)).toContain('截图须含时间');
    expect(attests.map(([l]) => l)).toEqual(['文书', '案件编号', '服务项目', '集聚区', '出具时间', '补正期限']);
    expect(JSON.stringify(attests)).not.toContain('阿喵UP主');
  });

  it('puts the rejection reason and the outcome where they belong', () => {
    expect(JSON.stringify(caseReceipt({ ...base, kind: 'rejection', reason: '不属于受理范围' }, 'x').spec)).toContain('不属于受理范围');
    const resolution = caseReceipt({ ...base, kind: 'resolution', resolvedAt: at('2026-03-05T16:00'), outcomeLabel: '已处置下架', summary: '已下架 3 条' }, 'x').spec;
    expect(resolution.sections[2]).toMatchObject({ heading: '二、办理结果', rows: [['办结结果', '已处置下架']], paragraphs: ['已下架 3 条'] });
  });

  it('confirms an appointment with its time, place, code and cancellation cut-off', () => {
    const { spec, attests } = appointmentReceipt(
      {
        reference: 'HP-YY-2026-000001',
        programmeName: '合规引擎（技术赋能）',
        zoneName: '黄浦区集聚区',
        servicePoint: { name: '黄浦区集聚区一站式服务点', address: '中山东一路 18 号', phone: '021-63210000' },
        startsAt: at('2026-03-09T09:30'),
        endsAt: at('2026-03-09T10:00'),
        cancellableUntil: at('2026-03-09T07:30'),
        checkInCode: '482913',
        creatorName: '阿喵UP主',
        topic: null,
        at: at('2026-03-02T10:00'),
      },
      '黄浦区集聚区创作者服务台',
    );
    const rows = Object.fromEntries(spec.sections[1].rows!);
    expect(rows).toMatchObject({ 预约号: 'HP-YY-2026-000001', 签到码: '482913', 预约时间: '2026年3月9日（星期一） 09:30–10:00', 取消期限: '2026年3月9日 07:30 前可在线取消' });
    expect(attests.find(([l]) => l === '签到码')).toBeUndefined();
  });
});

import { RECEIPT_KIND_LABELS, ReceiptKind } from '@app/contracts';
import type { DocumentSpec } from '@app/documents';
import { shanghaiDate, shanghaiDateTime } from '@app/offline';

/** The facts of a case a receipt states; nothing here is looked up while drawing. */
export interface CaseReceiptFacts {
  kind: Exclude<ReceiptKind, 'appointment'>;
  reference: string;
  programmeName: string;
  categoryLabel: string;
  zoneName: string;
  channelLabel: string;
  creatorName: string;
  statusLabel: string;
  submittedAt: Date | null;
  acceptedAt: Date | null;
  resolvedAt: Date | null;
  /** When the receipt is issued (the moment of the decision). */
  at: Date;
  /** The SLA clocks of the case now: label, deadline, state. */
  clocks: { label: string; dueAt: Date | null; state: string }[];
  assignee?: string | null;
  reason?: string | null;
  items?: string[];
  note?: string | null;
  outcomeLabel?: string | null;
  summary?: string | null;
}

export interface AppointmentReceiptFacts {
  reference: string;
  programmeName: string;
  zoneName: string;
  servicePoint: { name: string; address: string; phone: string | null };
  startsAt: Date;
  endsAt: Date;
  cancellableUntil: Date;
  checkInCode: string;
  creatorName: string;
  topic: string | null;
  at: Date;
}

export interface ReceiptContent {
  spec: Omit<DocumentSpec, 'verification' | 'issuedAt'>;
  attests: [string, string][];
}

/** Days a creator has to supply materials before the case closes by itself (DESIGN.md). */
export const MATERIALS_DAYS = 30;
/** Days after resolution to rate or ask for reopening. */
export const RATE_DAYS = 7;

const DAY_MS = 24 * 3600 * 1000;

function clockDeadline(facts: CaseReceiptFacts, label: string): string {
  const clock = facts.clocks.find((c) => c.label === label);
  return clock?.dueAt ? shanghaiDateTime(clock.dueAt) : '—';
}

/** The deadline that applies to the case after this decision, as the receipt states it. */
export function applicableDeadline(facts: CaseReceiptFacts): [string, string] {
  switch (facts.kind) {
    case 'registration':
      return ['受理时限', `${clockDeadline(facts, '受理时限')} 前作出是否受理的决定`];
    case 'acceptance':
      return ['办结时限', `${clockDeadline(facts, '办结时限')} 前办结`];
    case 'rejection':
      return ['受理时限', `已于 ${shanghaiDateTime(facts.at)} 作出决定`];
    case 'materials':
      return ['补正期限', `请于 ${shanghaiDateTime(new Date(facts.at.getTime() + MATERIALS_DAYS * DAY_MS))} 前补正，逾期未补正的案件将自动关闭；补正期间办理时限暂停计算`];
    case 'resolution':
      return ['评价期限', `${shanghaiDateTime(new Date(facts.at.getTime() + RATE_DAYS * DAY_MS))} 前可评价或申请重新办理`];
  }
}

const OPENING: Record<CaseReceiptFacts['kind'], (f: CaseReceiptFacts) => string> = {
  registration: (f) => `${f.creatorName}：您通过${f.channelLabel}渠道提交的诉求已于 ${shanghaiDateTime(f.submittedAt ?? f.at)} 登记，服务台将在受理时限内作出是否受理的决定，并通过消息中心和短信告知您。`,
  acceptance: (f) => `${f.creatorName}：您提交的诉求经审查符合受理条件，服务台已于 ${shanghaiDateTime(f.acceptedAt ?? f.at)} 受理，并按首问负责制确定承办人，将在办结时限内办结。`,
  rejection: (f) => `${f.creatorName}：您于 ${shanghaiDateTime(f.submittedAt)} 提交的诉求，经审查决定不予受理，理由如下。如有异议，可补充有关情况后重新提交，或到服务点窗口咨询。`,
  materials: (f) => `${f.creatorName}：您的诉求尚需补正以下材料，现一次性告知。请登录服务台在案件页面补正，补正后继续办理。`,
  resolution: (f) => `${f.creatorName}：您提交的诉求已于 ${shanghaiDateTime(f.resolvedAt ?? f.at)} 办结，办理结果如下。欢迎对本次服务作出评价。`,
};

/** The document and its public facts for a decision on a case. */
export function caseReceipt(facts: CaseReceiptFacts, issuer: string): ReceiptContent {
  const deadline = applicableDeadline(facts);
  const title = RECEIPT_KIND_LABELS[facts.kind];
  const rows: [string, string][] = [
    ['案件编号', facts.reference],
    ['服务项目', `${facts.programmeName} · ${facts.categoryLabel}`],
    ['集聚区', facts.zoneName],
    ['受理渠道', facts.channelLabel],
    ['提交时间', shanghaiDateTime(facts.submittedAt)],
  ];
  if (facts.acceptedAt) rows.push(['受理时间', shanghaiDateTime(facts.acceptedAt)]);
  if (facts.resolvedAt && facts.kind === 'resolution') rows.push(['办结时间', shanghaiDateTime(facts.resolvedAt)]);
  if (facts.assignee && facts.kind === 'acceptance') rows.push(['承办人', facts.assignee]);
  rows.push(['当前状态', facts.statusLabel], deadline);

  const sections: DocumentSpec['sections'] = [{ paragraphs: [OPENING[facts.kind](facts)] }, { heading: '一、案件信息', rows }];
  if (facts.kind === 'rejection') sections.push({ heading: '二、不予受理理由', paragraphs: [facts.reason ?? ''] });
  if (facts.kind === 'materials') {
    sections.push({ heading: '二、需补正的材料（一次性告知）', list: facts.items ?? [] });
    if (facts.note) sections.push({ heading: '三、说明', paragraphs: [facts.note] });
  }
  if (facts.kind === 'resolution') {
    sections.push({ heading: '二、办理结果', rows: [['办结结果', facts.outcomeLabel ?? '—']], paragraphs: facts.summary ? [facts.summary] : [] });
  }
  const timed = facts.clocks.filter((c) => c.dueAt);
  if (timed.length) {
    sections.push({ heading: `${facts.kind === 'registration' || facts.kind === 'acceptance' ? '二' : '三'}、办理时限`, table: { columns: ['时限', '截止时间', '状态'], rows: timed.map((c) => [c.label, shanghaiDateTime(c.dueAt), c.state]) } });
  }
  return {
    spec: {
      title,
      issuer,
      subtitle: `案件编号 ${facts.reference}`,
      sections,
      closing: [issuer, shanghaiDate(facts.at)],
      footer: '本文书由集聚区创作者服务台系统出具',
    },
    attests: [
      ['文书', title],
      ['案件编号', facts.reference],
      ['服务项目', facts.programmeName],
      ['集聚区', facts.zoneName],
      ['出具时间', shanghaiDateTime(facts.at)],
      deadline,
    ],
  };
}

/** The appointment confirmation (预约确认单). */
export function appointmentReceipt(facts: AppointmentReceiptFacts, issuer: string): ReceiptContent {
  const title = RECEIPT_KIND_LABELS.appointment;
  const when = `${shanghaiDate(facts.startsAt)} ${shanghaiDateTime(facts.startsAt).slice(-5)}–${shanghaiDateTime(facts.endsAt).slice(-5)}`;
  return {
    spec: {
      title,
      issuer,
      subtitle: `预约号 ${facts.reference}`,
      sections: [
        { paragraphs: [`${facts.creatorName}：您已成功预约${facts.servicePoint.name}的现场服务，请按时到场，凭签到码或手机号在窗口签到。`] },
        {
          heading: '一、预约信息',
          rows: [
            ['预约号', facts.reference],
            ['服务项目', facts.programmeName],
            ['集聚区', facts.zoneName],
            ['服务点', facts.servicePoint.name],
            ['地址', facts.servicePoint.address],
            ['咨询电话', facts.servicePoint.phone ?? '—'],
            ['预约时间', when],
            ['咨询事项', facts.topic ?? '—'],
            ['签到码', facts.checkInCode],
            ['取消期限', `${shanghaiDateTime(facts.cancellableUntil)} 前可在线取消`],
          ],
        },
        { heading: '二、温馨提示', list: ['请携带与诉求有关的材料（截图、链接、合同等）。', '如不能按时到场，请在取消期限前取消，把名额留给其他创作者。', '多次预约未到场的，服务台将予以记录。'] },
      ],
      closing: [issuer, shanghaiDate(facts.at)],
      footer: '本文书由集聚区创作者服务台系统出具',
    },
    attests: [
      ['文书', title],
      ['预约号', facts.reference],
      ['服务项目', facts.programmeName],
      ['集聚区', facts.zoneName],
      ['预约时间', when],
      ['出具时间', shanghaiDateTime(facts.at)],
    ],
  };
}

import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { Actor } from '@app/common';
import { CaseActionDto, CaseDetail, CasesService, FileCaseDto } from '@app/cases';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { PiiCipher, PiiModule } from '@app/pii';
import { RedisModule } from '@app/redis';
import { SlaClockRebuild, SlaSystemModule } from '@app/sla';
import { ComplianceModule } from '@app/compliance';
import { LegislationModule } from '@app/legislation';
import { ShieldModule } from '@app/shield';
import { StarlightModule } from '@app/starlight';
import { QualityModule } from '@app/quality';
import { seedProgrammeBasics, seedProgrammeCases } from './demo-programmes';
import { seedDispatch } from './demo-dispatch';
import { DispatchModule } from '@app/dispatch';
import { seedDemoQuality } from './demo-quality';

/**
 * The cases module with every listener it requires (SLA clocks, notifications), as the api has
 * them, and the programmes' modules: their listeners record what every filing adds (round, targets).
 */
@Module({ imports: [ConfigModule, DatabaseModule, PiiModule, RedisModule, SlaSystemModule, StarlightModule, ShieldModule, LegislationModule, ComplianceModule, QualityModule, DispatchModule] })
class DemoCasesModule {}

type Step = [who: string, action: string, input?: Partial<CaseActionDto>] | [who: string, 'reply' | 'note', string];

interface Scenario {
  by: string;
  filing: Omit<FileCaseDto, 'zoneId'> & { zoneId?: string };
  /** How long ago it was filed, in hours; the timeline is shifted back by as much. */
  hoursAgo: number;
  steps: Step[];
}

const shield = (category: string, title: string, description: string, intake: Record<string, unknown>) => ({ programme: 'shield', category, title, description, intake });

/** Cases in both zones, all programmes and every status, so a newcomer sees a working desk. */
const SCENARIOS: Scenario[] = [
  {
    by: '13800000001',
    // Urgent: its 2-hour acceptance clock breaches a few minutes after `npm start`.
    hoursAgo: 1.9,
    filing: { ...shield('cyberviolence', '直播切片被恶意剪辑后遭大规模网暴', '本人直播片段被断章取义剪辑传播，数百个账号在评论区和私信中辱骂、威胁，至今仍在持续，已影响正常创作和生活。', { platform: 'douyin', offendingAccounts: ['断章取义bot', '吃瓜第一线'], urls: ['https://www.douyin.com/video/7300000000000000001'], startedOn: '2026-11-24', ongoing: true, minorInvolved: false }), zoneId: 'huangpu' },
    steps: [],
  },
  {
    by: '13800000001',
    hoursAgo: 30,
    filing: { ...shield('defamation', '被营销号编造“学术造假”谣言', '某营销号发布文章称我在科普视频中抄袭论文、学术造假，内容完全不实，转发已过万。', { platform: 'weibo', offendingAccounts: ['科圈爆料君'], urls: ['https://weibo.com/1234567890/AbCdEf'], startedOn: '2026-11-20', ongoing: false, minorInvolved: false }), zoneId: 'huangpu' },
    steps: [['hp.agent1', 'accept'], ['hp.agent1', 'start'], ['hp.agent1', 'reply', '您好，已受理。我们正在整理侵权链接并与平台对接，请保留原始视频和发布记录。']],
  },
  {
    by: '13800000001',
    hoursAgo: 52,
    filing: { ...shield('extortion', '有人以“删除黑稿”为名索要费用', '对方称掌握我的“黑料”，要求支付 2 万元“公关费”才删除文章，否则持续发布。', { platform: 'xiaohongshu', offendingAccounts: ['删帖公关小王'], urls: ['https://www.xiaohongshu.com/explore/65aa00000000000001'], startedOn: '2026-11-18', ongoing: true, minorInvolved: false }), zoneId: 'huangpu' },
    steps: [['hp.agent1', 'accept'], ['hp.agent1', 'note', '涉嫌敲诈勒索，建议上报区网信办并移送公安。'], ['hp.agent1', 'escalate', { reason: '涉嫌敲诈勒索，需区委网信办协调平台并移送公安' }]],
  },
  {
    by: '13800000001',
    hoursAgo: 75,
    filing: { ...shield('impersonation', '多个仿冒账号冒用我的名义带货', '发现至少三个账号使用我的头像和昵称直播带货，粉丝误以为是本人，已有粉丝被骗。', { platform: 'kuaishou', offendingAccounts: ['阿喵UP主官方', '阿喵UP主小号', '阿喵好物'], urls: ['https://www.kuaishou.com/profile/3x000000001'], startedOn: '2026-11-10', ongoing: true, minorInvolved: false }), zoneId: 'huangpu' },
    steps: [['hp.agent2', 'accept'], ['hp.agent2', 'request_materials', { items: ['本人账号认证截图', '仿冒账号主页截图', '粉丝受骗的聊天记录'], note: '请一次性补齐以上材料，便于向平台发起仿冒投诉。' }]],
  },
  {
    by: '13800000001',
    hoursAgo: 20,
    filing: { programme: 'starlight', category: 'honour_recommendation', title: '推荐纪录短片《弄堂里的光》参评中国正能量网络精品', description: '系列纪录短片记录老城区更新中普通居民的故事，全网播放 120 万次，多家媒体转载。', intake: { nominationType: 'work', workTitle: '弄堂里的光', form: 'audio_video', links: ['https://www.bilibili.com/video/BV1ab411c7mD'], reach: '全网播放 120 万次，获多家主流媒体转载' }, zoneId: 'huangpu' },
    steps: [],
  },
  {
    by: '13800000001',
    hoursAgo: 200,
    filing: { programme: 'starlight', category: 'self_nomination', title: '自荐：非遗手作系列图文专栏', description: '专栏以图文形式介绍上海非遗手作技艺，已连载 40 期。', intake: { nominationType: 'creator', workTitle: '海派手作四十讲', form: 'special_column', links: ['https://www.xiaohongshu.com/user/profile/5f0000000000000001'], reach: '累计阅读 85 万' }, zoneId: 'huangpu' },
    steps: [['hp.agent1', 'accept'], ['hp.agent1', 'start'], ['hp.agent1', 'resolve', { outcome: 'recommended', summary: '经审核，您的专栏已纳入本季度向市委网信办推荐的名单，后续评选结果将另行通知。' }]],
  },
  {
    by: '13800000001',
    hoursAgo: 400,
    filing: { programme: 'compliance', category: 'policy_interpretation', title: 'AI 生成配图是否需要添加显式标识', description: '工作室使用生成式 AI 制作视频封面，想了解标识办法对封面图的具体要求。', intake: { productOrModel: '某文生图模型（已备案）', question: '封面由 AI 生成后再经人工修改，是否仍需添加显式标识？' }, zoneId: 'huangpu' },
    steps: [['hp.agent2', 'accept'], ['hp.agent2', 'start'], ['hp.agent2', 'resolve', { outcome: 'answered', summary: '依据《人工智能生成合成内容标识办法》，AI 生成的图片在发布时应添加显式标识；人工修改不改变其属性，建议在封面角落标注“AI 生成”。' }], ['13800000001', 'rate', { level: 5, comment: '解答清楚，很有帮助' }]],
  },
  {
    by: '13800000001',
    hoursAgo: 300,
    filing: { programme: 'compliance', category: 'compliance_guidance', title: '数字人直播需要办理哪些备案', description: '准备使用自研数字人进行直播带货，不清楚需要哪些算法和模型备案手续。', intake: { productOrModel: '自研数字人直播系统', question: '数字人直播是否需要深度合成算法备案？流程多久？', modelFilingStatus: 'not_filed' }, zoneId: 'huangpu' },
    steps: [['hp.agent1', 'accept'], ['hp.agent1', 'start'], ['hp.agent1', 'resolve', { outcome: 'answered', summary: '需完成深度合成服务算法备案，材料清单见附件说明。' }], ['13800000001', 'rate', { level: 2, comment: '答复太笼统，没有说明时限' }]],
  },
  {
    by: '13800000001',
    hoursAgo: 150,
    filing: { programme: 'legislation', category: 'law_revision_suggestion', title: '建议明确“洗稿”的认定标准', description: '建议在相关规定中明确洗稿行为的认定标准及平台责任。', intake: { lawName: '网络信息内容生态治理规定', article: '第十条', suggestedWording: '增加：对他人原创内容进行实质性模仿改写并发布的，视为侵权行为……', reason: '实践中洗稿难以认定，原创者维权困难' }, zoneId: 'huangpu' },
    steps: [['hp.agent2', 'reject', { reason: '该建议涉及的规定不属于本市立法权限，已告知可通过国家网信办意见征集渠道提交。' }]],
  },
  {
    by: '13800000001',
    hoursAgo: 90,
    filing: { programme: 'compliance', category: 'tech_matching', title: '寻找内容安全审核技术服务商', description: '希望对接能提供 AIGC 内容安全检测的技术服务商。', intake: { productOrModel: '短视频剪辑工具', question: '有哪些通过安全评估的内容检测服务可以对接？' }, zoneId: 'huangpu' },
    steps: [['13800000001', 'withdraw', { reason: '已自行找到服务商' }]],
  },
  {
    by: 'hp.agent2',
    // Urgent and in progress: its 24-hour resolution clock breaches within minutes of `npm start`,
    // and the worker escalates it to 黄浦区委网信办 by itself.
    hoursAgo: 23.93,
    filing: { ...shield('doxxing', '个人住址和家人信息被公开', '窗口来访：创作者反映其住址、家人照片被发布在多个群组，并有人到楼下蹲守。', { platform: 'wechat_channels', offendingAccounts: ['匿名群主'], startedOn: '2026-11-25', ongoing: true, minorInvolved: true }), channel: 'walk_in', creatorPhone: '13800000003', creatorName: '小林同学' },
    steps: [['hp.agent2', 'accept'], ['hp.agent2', 'start']],
  },
  {
    by: '13800000002',
    hoursAgo: 26,
    filing: { ...shield('smear', '竞品账号组织水军抹黑工作室', '多个账号在同一时间段发布相似文案，称我工作室“割韭菜”“课程诈骗”，疑似有组织抹黑。', { platform: 'zhihu', offendingAccounts: ['理性讨论者A', '理性讨论者B'], urls: ['https://www.zhihu.com/question/600000000'], startedOn: '2026-11-15', ongoing: false, minorInvolved: false }), zoneId: 'yangpu' },
    steps: [['yp.agent1', 'accept'], ['yp.agent1', 'start']],
  },
  {
    by: '13800000002',
    hoursAgo: 100,
    filing: { ...shield('cyberviolence', '普法视频评论区遭有组织辱骂', '发布未成年人保护普法视频后，评论区出现大量侮辱性留言，并有人私信威胁。', { platform: 'bilibili', offendingAccounts: ['键盘侠001', '键盘侠002'], urls: ['https://www.bilibili.com/video/BV1cd411c7mD'], startedOn: '2026-11-12', ongoing: true, minorInvolved: false }), zoneId: 'yangpu' },
    steps: [['yp.agent1', 'accept'], ['yp.agent1', 'escalate', { reason: '涉及多平台，需区网信办协调' }], ['cac.yangpu', 'acknowledge'], ['cac.yangpu', 'escalate', { reason: '跨平台有组织网暴，报市委网信办统筹处置' }]],
  },
  {
    by: '13800000002',
    hoursAgo: 3,
    filing: { programme: 'legislation', category: 'law_revision_suggestion', title: '建议为网络创作者设立侵权快速处置通道', description: '建议在地方立法中明确平台对创作者侵权投诉的处理时限。', intake: { lawName: '上海市网络信息内容管理条例（草案）', article: '第二十条', suggestedWording: '平台应当在收到创作者侵权投诉后二十四小时内作出处理……', reason: '现有投诉处理时限不明确' }, zoneId: 'yangpu' },
    steps: [],
  },
  {
    by: '13800000002',
    hoursAgo: 220,
    filing: { programme: 'starlight', category: 'honour_recommendation', title: '推荐“法律小课堂”系列短视频', description: '以通俗方式讲解民法典，累计播放 300 万次。', intake: { nominationType: 'work', workTitle: '法律小课堂', form: 'audio_video', links: ['https://www.douyin.com/user/MS4wLjABAAAA000001'], reach: '累计播放 300 万次' }, zoneId: 'yangpu' },
    steps: [['yp.agent2', 'accept'], ['yp.agent2', 'start'], ['yp.agent2', 'resolve', { outcome: 'recommended', summary: '已列入推荐名单并报送市委网信办。' }], ['13800000002', 'rate', { level: 4, comment: '流程顺畅' }]],
  },
  {
    by: '13800000002',
    hoursAgo: 40,
    filing: { programme: 'compliance', category: 'compliance_guidance', title: '大模型应用上线前需要做哪些安全评估', description: '工作室开发了面向创作者的写作助手，计划上线。', intake: { productOrModel: '创作助手（基于开源大模型）', question: '上线前是否需要进行安全评估与备案？', modelFilingStatus: 'filing' }, zoneId: 'yangpu' },
    steps: [['yp.agent1', 'accept'], ['yp.agent1', 'request_materials', { items: ['产品功能说明', '所用基础模型及其备案编号'] }], ['13800000002', 'supply_materials', { note: '已补充产品说明和模型信息' }], ['yp.agent1', 'start']],
  },
];

/**
 * Files and walks the demo scenarios through the real services (timelines and audit included),
 * then moves each case back in time with the owner connection (the app role may not rewrite
 * the timeline).
 */
export async function seedDemoCases(ownerDatabaseUrl: string): Promise<number> {
  const app = await NestFactory.createApplicationContext(DemoCasesModule, { logger: ['error', 'warn'] });
  const owner = await new DataSource({ type: 'postgres', url: ownerDatabaseUrl }).initialize();
  try {
    const dataSource = app.get(DataSource);
    const cases = app.get(CasesService);
    const pii = app.get(PiiCipher);
    const actorOf = async (login: string): Promise<Actor> => {
      const [u] = /^\d+$/.test(login)
        ? await dataSource.query(`SELECT id, role, zone_id, authority_id FROM users WHERE phone_hash = $1`, [pii.searchKey(login)])
        : await dataSource.query(`SELECT id, role, zone_id, authority_id FROM users WHERE username = $1`, [login]);
      return { userId: u.id, role: u.role, zoneId: u.zone_id, authorityId: u.authority_id };
    };
    const meta = { ip: '127.0.0.1', userAgent: 'demo-seed', requestId: null };
    await seedProgrammeBasics(app, actorOf);
    // Oldest first, so reference numbers rise with time.
    for (const s of [...SCENARIOS].sort((a, b) => b.hoursAgo - a.hoursAgo)) {
      let c: CaseDetail = await cases.file(await actorOf(s.by), meta, s.filing as FileCaseDto);
      for (const [who, action, input] of s.steps) {
        const actor = await actorOf(who);
        if (action === 'reply' || action === 'note') {
          await cases.comment(actor, meta, c.id, { body: input as string, visibility: action === 'reply' ? 'public' : 'internal' });
          c = await cases.detail(actor, c.id);
        } else {
          c = await cases.act(actor, meta, c.id, action as never, { version: c.version, ...(input as object) } as CaseActionDto);
        }
      }
      // Spread the demo over the last days: shift every timestamp of the case back together.
      const shift = `${s.hoursAgo} hours`;
      await owner.query(`UPDATE case_events SET at = at - $2::interval WHERE case_id = $1`, [c.id, shift]);
      await owner.query(
        `UPDATE cases SET created_at = created_at - $2::interval, submitted_at = submitted_at - $2::interval,
           accepted_at = accepted_at - $2::interval, first_response_at = first_response_at - $2::interval,
           resolved_at = resolved_at - $2::interval, closed_at = closed_at - $2::interval,
           awaiting_creator_since = awaiting_creator_since - $2::interval, updated_at = updated_at - $2::interval
         WHERE id = $1`,
        [c.id, shift],
      );
      await owner.query(`UPDATE escalations SET escalated_at = escalated_at - $2::interval, acknowledged_at = acknowledged_at - $2::interval, ended_at = ended_at - $2::interval WHERE case_id = $1`, [c.id, shift]);
    }
    // The cases were filed (with their clocks, notifications and audit) "now"; their history was
    // then moved back. Move the clocks with it: rebuilt from the shifted history, what fell due
    // in the past is recorded as it happened, what falls due from now on is left to the worker.
    await app.get(SlaClockRebuild).recompute({ rebuild: true, pastDue: 'record' });
    // The dashboard rollups were written as the cases were filed "now": count them again from the shifted history.
    const programmeCases = await seedProgrammeCases(app, actorOf);
    const dispatchCases = await seedDispatch(app, actorOf);
    await owner.query('SELECT dashboard_rebuild()');
    // After the rebuild, which counts first ratings only: the re-rating is added to the counters as it is given.
    const qualityCases = await seedDemoQuality(app, owner, actorOf, meta);
    await owner.query('SELECT dispatch_rates_rebuild()');
    return SCENARIOS.length + programmeCases + qualityCases + dispatchCases;
  } finally {
    await owner.destroy();
    await app.close();
  }
}

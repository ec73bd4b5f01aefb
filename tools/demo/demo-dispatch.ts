import type { INestApplicationContext } from '@nestjs/common';
import { Actor } from '@app/common';
import { CaseActionDto, CasesService, FileCaseDto } from '@app/cases';
import { DispatchService } from '@app/dispatch';

const META = { ip: '127.0.0.1', userAgent: 'demo-seed', requestId: null };

/**
 * Dispatch in the demo: a transfer waiting for 杨浦 to accept, one 黄浦 returned, a supervision
 * order due in two days, and return visits after resolution (one to make, one recorded).
 */
export async function seedDispatch(app: INestApplicationContext, actorOf: (login: string) => Promise<Actor>): Promise<number> {
  const cases = app.get(CasesService);
  const dispatch = app.get(DispatchService);
  const file = async (by: string, filing: object) => cases.file(await actorOf(by), META, filing as FileCaseDto);
  const act = async (who: string, id: string, action: string, input: object = {}) => {
    const actor = await actorOf(who);
    const c = await cases.detail(actor, id);
    return cases.act(actor, META, id, action as never, { version: c.version, ...input } as CaseActionDto);
  };
  const shield = (title: string, description: string) => ({
    programme: 'shield',
    category: 'impersonation',
    title,
    description,
    intake: { platform: 'douyin', offendingAccounts: ['高仿账号01'], startedOn: '2026-11-20', ongoing: true, minorInvolved: false },
  });

  // 1. Filed in 黄浦 by a creator of 杨浦: transferred, waiting for 杨浦.
  const wrong = await file('13800000002', { ...shield('抖音出现冒用我头像和昵称的高仿账号', '高仿账号冒用我的头像、昵称发布带货视频，已有粉丝被骗。'), zoneId: 'huangpu' });
  await dispatch.transfers.request(await actorOf('hp.agent1'), META, wrong.id, { toZoneId: 'yangpu', reason: '创作者工作室注册及经营地均在杨浦区（长阳创谷），应由杨浦区集聚区受理' });

  // 2. Sent from 杨浦 to 黄浦, returned: it stays in 杨浦.
  const compliance = await file('13800000002', {
    programme: 'compliance',
    category: 'policy_interpretation',
    title: 'AI 生成配音是否需要显著标识',
    description: '视频使用 AI 合成的配音，想确认标识要求。',
    intake: { productOrModel: '语音合成工具', question: 'AI 配音在短视频中如何标识？' },
    zoneId: 'yangpu',
  });
  const sent = await dispatch.transfers.request(await actorOf('yp.agent1'), META, compliance.id, { toZoneId: 'huangpu', reason: '创作者称曾在黄浦区服务点咨询过' });
  await dispatch.transfers.returnTransfer(await actorOf('hp.agent1'), META, sent.id, { reason: '经核实创作者经营地在杨浦区，咨询记录不改变受理集聚区' });

  // 3. A supervision order on a case in progress, due in two days.
  const slow = await file('13800000001', { ...shield('小红书账号被冒名发布不实言论', '有人冒充我的账号发布针对品牌方的不实言论，品牌方已来函质询。'), zoneId: 'huangpu' });
  await act('hp.agent2', slow.id, 'accept');
  await act('hp.agent2', slow.id, 'start');
  await dispatch.supervision.issue(await actorOf('hp.supervisor'), META, slow.id, { requirement: '请于期限前联系平台核实冒名账号，并向创作者书面说明处置进展', deadline: new Date(Date.now() + 2 * 24 * 3600_000) });

  // 4. Shield resolutions: every one gets a return visit; one is already recorded as solved.
  for (const [title, record] of [['B站账号被冒名注册', true], ['微博出现冒名账号私信粉丝借钱', false]] as const) {
    const c = await file('13800000001', { ...shield(title, `${title}，已截图留证。`), zoneId: 'huangpu' });
    await act('hp.agent1', c.id, 'accept');
    await act('hp.agent1', c.id, 'start');
    await act('hp.agent1', c.id, 'resolve', { outcome: 'takedown_done', summary: '已协调平台注销冒名账号。' });
    if (record) {
      const agent = await actorOf('hp.agent1');
      const [visit] = (await dispatch.forCase(agent, c.id)).returnVisits;
      await dispatch.returnVisits.record(agent, META, visit.id, { outcome: 'solved', method: 'phone', note: '创作者确认冒名账号已注销' });
    }
  }
  return 5;
}

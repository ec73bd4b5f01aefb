import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { Actor, RequestMeta } from '@app/common';
import { CaseActionDto, CaseDetail, CasesService } from '@app/cases';
import { AppealsService, RectificationsService } from '@app/quality';

type ActorOf = (login: string) => Promise<Actor>;

/**
 * 好差评整改 in the demo. The scenarios' 差评 opened their rectifications as they were rated
 * "now"; their deadlines move back with the rating (the worker's sweep then marks what is past
 * due: the 黄浦 rectification's 回访 is overdue at start). Then, after the dashboard rebuild, two
 * more 差评 through the real services: one contacted, rectified and re-rated 满意 by the creator
 * (黄浦), one appealed by the desk as abusive and waiting for the city supervisor (杨浦).
 */
export async function seedDemoQuality(app: INestApplicationContext, owner: DataSource, actorOf: ActorOf, meta: RequestMeta): Promise<number> {
  await owner.query(
    `UPDATE rectifications r SET rated_at = e.at, contact_due_at = r.contact_due_at - (r.rated_at - e.at), rectify_due_at = r.rectify_due_at - (r.rated_at - e.at)
       FROM case_events e WHERE e.case_id = r.case_id AND e.data->>'action' = 'rate'`,
  );
  const cases = app.get(CasesService);
  const rectifications = app.get(RectificationsService);
  const appeals = app.get(AppealsService);
  const rated = async (creator: string, agent: string, zoneId: string, title: string, level: number, comment: string): Promise<CaseDetail> => {
    const by = await actorOf(creator);
    const staff = await actorOf(agent);
    let c = await cases.file(by, meta, { programme: 'compliance', category: 'compliance_guidance', title, description: `${title}，请服务台给出明确意见。`, intake: { productOrModel: '短视频账号', question: title, modelFilingStatus: 'unknown' }, zoneId } as never);
    for (const [action, input] of [['accept', {}], ['start', {}], ['resolve', { outcome: 'answered', summary: '已按现行规定答复。' }]] as const) {
      c = await cases.act(staff, meta, c.id, action as never, { version: c.version, ...input } as CaseActionDto);
    }
    return cases.act(by, meta, c.id, 'rate', { version: c.version, level, comment } as CaseActionDto);
  };

  const hp = await rated('13800000001', 'hp.agent1', 'huangpu', '直播带货话术是否需要标注广告', 2, '答复只引用条文，没有结合我的情况');
  const hpAgent = await actorOf('hp.agent1');
  const r = (await rectifications.forCase(hpAgent, hp.id))!;
  await rectifications.contact(hpAgent, meta, r.id, { method: 'phone', outcome: '已电话联系创作者，结合其直播脚本逐条说明标注要求，创作者表示认可' });
  await rectifications.rectify(hpAgent, meta, r.id, { measures: '补充书面答复并附直播话术标注示例；答复模板增加“结合具体情况”一栏' });
  await rectifications.rerate(await actorOf('13800000001'), meta, r.id, { level: 4, comment: '补充答复很具体，谢谢' });

  const yp = await rated('13800000002', 'yp.agent1', 'yangpu', '转载他人作品片段是否构成侵权', 1, '什么破服务台，全是废物');
  const ypAgent = await actorOf('yp.agent1');
  const y = (await rectifications.forCase(ypAgent, yp.id))!;
  await appeals.file(ypAgent, meta, y.id, { rating: 'first', reason: '评价内容为辱骂，未涉及办理事项；已按时限完整答复' });
  return 2;
}

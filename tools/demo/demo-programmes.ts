import { INestApplicationContext } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { Actor, RequestMeta } from '@app/common';
import { CasesService, FileCaseDto } from '@app/cases';
import { HONOUR_FORMS } from '@app/contracts';
import { ConsultationsService } from '@app/legislation';
import { ShieldService } from '@app/shield';
import { NominationsService, RoundsService } from '@app/starlight';

const DAY = 24 * 3600_000;
const meta: RequestMeta = { ip: '127.0.0.1', userAgent: 'demo-seed', requestId: null };

/** Before the demo cases: an open honour round (so starlight filings land in it) and an open consultation. */
export async function seedProgrammeBasics(app: INestApplicationContext, actorOf: (login: string) => Promise<Actor>): Promise<void> {
  const city = await actorOf('cac.city');
  await app.get(ClsService).run(async () => {
    await app.get(RoundsService).create(city, meta, {
      name: `${new Date().getFullYear()}年度中国正能量网络精品征集`,
      categories: [...HONOUR_FORMS],
      opensAt: new Date(Date.now() - 30 * DAY).toISOString(),
      closesAt: new Date(Date.now() + 45 * DAY).toISOString(),
      selfNominationCap: 5,
      quotas: ['huangpu', 'yangpu'].flatMap((zoneId) => HONOUR_FORMS.map((form) => ({ zoneId, form, quota: form === 'audio_video' ? 3 : 2 }))),
    });
    await app.get(ConsultationsService).create(city, meta, {
      title: '上海市网络内容创作者权益保护若干规定（草案征求意见稿）',
      issuingBody: '中共上海市委网络安全和信息化委员会办公室',
      summary: '为保护网络内容创作者的合法权益，规范网络信息服务平台的侵权处置，现向社会公开征求意见。',
      articles: [
        { no: '第一条', text: '为了保护网络内容创作者的合法权益，促进优质网络内容创作，根据有关法律、行政法规，结合本市实际，制定本规定。' },
        { no: '第五条', text: '网络信息服务平台应当建立便捷的侵权投诉渠道，及时处理创作者的投诉。' },
        { no: '第八条', text: '创作者遭受网络暴力的，属地网信部门应当督促平台依法处置，必要时移送公安机关。' },
        { no: '第十二条', text: '发布人工智能生成合成内容的，应当按照国家有关规定进行标识。' },
      ],
      opensAt: new Date(Date.now() - 5 * DAY).toISOString(),
      closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
    });
  });
}

/** After the demo cases: suggestions (one answered), a nomination through the desk review, a linked group of shield cases. */
export async function seedProgrammeCases(app: INestApplicationContext, actorOf: (login: string) => Promise<Actor>): Promise<number> {
  const cls = app.get(ClsService);
  const cases = app.get(CasesService);
  const consultations = app.get(ConsultationsService);
  let filed = 0;
  await cls.run(async () => {
    const [consultation] = await consultations.list();
    const creator1 = await actorOf('13800000001');
    const creator2 = await actorOf('13800000002');
    const s1 = await consultations.suggest(creator1, meta, consultation.id, { zoneId: 'huangpu', articleNo: '第五条', suggestedWording: '网络信息服务平台应当在收到创作者侵权投诉后二十四小时内作出处理，并告知处理结果。', reason: '现有规定未明确平台处理投诉的时限，创作者维权周期过长。', named: true });
    await consultations.suggest(creator2, meta, consultation.id, { zoneId: 'yangpu', articleNo: '第十二条', suggestedWording: '建议明确个人创作者发布AI生成内容时的标识方式，与《人工智能生成合成内容标识办法》衔接。', reason: '便于创作者执行。' });
    await consultations.forward(await actorOf('hp.agent1'), meta, s1.id);
    await consultations.answer(await actorOf('cac.city'), meta, s1.id, { adoption: 'partly_adopted', reason: '处理时限的建议已在修改稿第五条中体现，时限调整为“及时处理并在三个工作日内反馈”。' });
    filed += 2;

    // A nomination of the demo (filed into the open round) through the desk review.
    const nominations = app.get(NominationsService);
    const agent = await actorOf('hp.agent1');
    const open = (await nominations.list(agent, {})).find((n) => n.stage === 'applied' && n.caseStatus === 'submitted');
    if (open) await nominations.decide(agent, meta, open.id, { stage: 'desk_reviewed', decision: 'pass', reason: '材料齐全，作品为原创，首发于征集期内。' });

    // Two creators report the same account: the desk links their cases.
    const walkIn = await actorOf('13800000003');
    const shield = (title: string, accounts: string[], urls: string[]): FileCaseDto => ({
      programme: 'shield',
      category: 'cyberviolence',
      zoneId: 'huangpu',
      title,
      description: '多个账号转发断章取义的剪辑视频并在评论区组织辱骂，至今仍在扩散。',
      intake: { platform: 'douyin', offendingAccounts: accounts, urls, startedOn: new Date(Date.now() - 6 * DAY).toISOString().slice(0, 10), ongoing: true, minorInvolved: false, views: 12000, reposts: 640 },
    });
    const a = await cases.file(creator1, meta, shield('同一批账号转发恶意剪辑视频', ['@吃瓜第一线'], ['https://www.douyin.com/video/7300000000000000001?utm_source=copy&share_from=app']));
    const b = await cases.file(walkIn, meta, shield('被“吃瓜第一线”等账号网暴', ['吃瓜第一线', '键盘侠9527'], ['https://douyin.com/video/7300000000000000001']));
    await app.get(ShieldService).link(agent, meta, a.id, { caseIds: [b.id], note: '同一账号“吃瓜第一线”针对多名创作者' });
    filed += 2;
  });
  return filed;
}

import type { TestApp } from './test-app';

/** A valid filing per programme, as a creator's web form would send it. */
export const FILINGS = {
  shield: {
    programme: 'shield',
    category: 'cyberviolence',
    title: '视频评论区遭遇有组织网络暴力',
    description: '自三月起多个账号在我的视频下持续发布侮辱性评论并号召他人网络暴力，已严重影响创作。',
    intake: { platform: 'bilibili', offendingAccounts: ['黑粉甲', '黑粉乙'], urls: ['https://www.bilibili.com/video/BV1xx411c7mD'], startedOn: '2026-03-01', ongoing: true, minorInvolved: false },
  },
  starlight: {
    programme: 'starlight',
    category: 'honour_recommendation',
    title: '推荐纪录短片《弄堂里的光》参评网络精品',
    description: '该系列纪录短片讲述老城区更新中的普通人故事，播放量逾百万。',
    intake: { nominationType: 'work', workTitle: '弄堂里的光', form: 'audio_video', links: ['https://www.bilibili.com/video/BV1ab411c7mD'], reach: '全网播放 120 万次' },
  },
  compliance: {
    programme: 'compliance',
    category: 'compliance_guidance',
    title: 'AI 生成配图是否需要添加标识',
    description: '工作室使用生成式 AI 制作视频封面，想了解标识办法的具体要求。',
    intake: { productOrModel: '某文生图模型', question: '封面图由 AI 生成，是否必须添加显式标识？' },
  },
  legislation: {
    programme: 'legislation',
    category: 'law_revision_suggestion',
    title: '建议明确网络暴力信息的认定标准',
    description: '建议在相关规定中细化网络暴力信息的认定标准，便于平台执行。',
    intake: { lawName: '网络暴力信息治理规定', article: '第二条', suggestedWording: '增加列举式认定标准……', reason: '实践中认定尺度不一' },
  },
} as const;

/**
 * Opens a 星光计划 round for every category (starlight filings outside an open round are
 * refused), with `quota` recommendations per zone and category. Returns the round.
 */
export async function openHonourRound(
  t: TestApp,
  options: { quota?: number; cap?: number; opensInDays?: number; days?: number; categories?: string[] } = {},
): Promise<{ id: string } & Record<string, unknown>> {
  const city = await t.user('cac_officer', { authorityId: 'cac_city' });
  const day = 24 * 3600_000;
  const categories = options.categories ?? ['text', 'image', 'audio_video', 'special_column', 'theme_activity'];
  const opensAt = Date.now() + (options.opensInDays ?? -1) * day;
  const res = await t.http
    .post('/api/v1/starlight/rounds')
    .set({ Authorization: `Bearer ${city.token}` })
    .send({
      name: `测试征集轮次${Math.random().toString(36).slice(2, 6)}`,
      categories,
      opensAt: new Date(opensAt).toISOString(),
      closesAt: new Date(opensAt + (options.days ?? 60) * day).toISOString(),
      selfNominationCap: options.cap ?? 5,
      quotas: ['huangpu', 'yangpu'].flatMap((zoneId) => categories.map((form) => ({ zoneId, form, quota: options.quota ?? 3 }))),
    });
  if (res.status !== 201) throw new Error(`could not open an honour round: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

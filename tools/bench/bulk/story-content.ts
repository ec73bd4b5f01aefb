import { ProgrammeId, SHIELD_PLATFORMS, STARLIGHT_FORMS } from '@app/programmes';
import { Rng } from './rng';
import * as V from './vocabulary';

const PLATFORM_WEIGHTS: readonly (readonly [string, number])[] = [
  ['douyin', 24], ['bilibili', 20], ['weibo', 18], ['xiaohongshu', 16], ['kuaishou', 8], ['wechat_channels', 7], ['zhihu', 4], ['other', 3],
];

export function nickname(rng: Rng): string {
  return `${rng.pick(V.NICK_HEADS)}${rng.pick(V.NICK_TAILS)}`;
}

/** Title, description and intake for the programme and category (valid against the intake schemas). */
export function content(rng: Rng, programme: ProgrammeId, category: string): { title: string; description: string; intake: Record<string, unknown> } {
  switch (programme) {
    case 'shield': {
      const platform = rng.weighted(PLATFORM_WEIGHTS);
      const label = SHIELD_PLATFORMS.find((p) => p.id === platform)?.label ?? platform;
      const ongoing = rng.chance(0.45);
      const minorInvolved = rng.chance(0.05);
      const title = rng.pick(V.SHIELD_TITLES[category] ?? V.SHIELD_TITLES.other);
      const intake: Record<string, unknown> = {
        platform,
        offendingAccounts: [nickname(rng), ...(rng.chance(0.4) ? [nickname(rng)] : [])].filter((x, i, all) => all.indexOf(x) === i),
        urls: [`https://example.com/${platform}/${Math.floor(rng.next() * 1e9).toString(36)}`],
        startedOn: '2026-01-01',
        ongoing,
        minorInvolved,
      };
      if (platform === 'other') intake.platformOther = '某短视频平台';
      return { title, description: `本人在${label}发布作品后，${title}，${ongoing ? '目前仍在持续，' : ''}严重影响正常创作，请求协助处置。`, intake };
    }
    case 'starlight': {
      const work = rng.pick(V.STARLIGHT_WORKS);
      const title = rng.pick(V.STARLIGHT_TITLES).replace('%s', work);
      const form = rng.pick(STARLIGHT_FORMS).id;
      return {
        title,
        description: `《${work}》记录上海城市生活中的普通人故事，全网累计播放 ${10 + rng.int(300)} 万次，申请推荐参评。`,
        intake: { nominationType: rng.chance(0.8) ? 'work' : 'creator', workTitle: work, form, links: [`https://example.com/works/${Math.floor(rng.next() * 1e9).toString(36)}`], reach: '全网播放逾百万次' },
      };
    }
    case 'compliance': {
      const title = rng.pick(V.COMPLIANCE_TITLES[category] ?? V.COMPLIANCE_TITLES.compliance_guidance);
      const model = rng.pick(V.MODELS);
      return { title, description: `工作室使用${model}进行内容创作，${title}，希望得到具体指导。`, intake: { productOrModel: model, question: `${title}？` } };
    }
    case 'legislation': {
      const law = rng.pick(V.LEGISLATION_LAWS);
      const title = rng.pick(V.LEGISLATION_TITLES).replace('%s', `《${law}》`);
      return {
        title,
        description: `结合创作实践，对《${law}》提出修改建议，便于平台和创作者执行。`,
        intake: { lawName: law, article: `第${1 + rng.int(30)}条`, suggestedWording: '建议增加列举式规定……', reason: '实践中认定尺度不一' },
      };
    }
  }
}

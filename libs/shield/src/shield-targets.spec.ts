import { SERIOUS_DEFAMATION_THRESHOLDS } from '@app/contracts';
import { aboveDefamationThreshold, normaliseAccount, normaliseUrl, shieldTargets } from './shield-targets';

describe('shield targets', () => {
  it('recognise one account whatever its case, width, spaces or @', () => {
    expect(normaliseAccount('weibo', ' @科圈爆料君 ')).toBe('weibo:科圈爆料君');
    expect(normaliseAccount('bilibili', 'ＨeiFan　007')).toBe(normaliseAccount('bilibili', 'heifan 007'));
    expect(normaliseAccount('bilibili', 'x')).not.toBe(normaliseAccount('douyin', 'x'));
  });

  it('recognise one link whatever the share button added', () => {
    const a = normaliseUrl('https://WWW.Bilibili.com/video/BV1xx411c7mD/?spm_id_from=333&utm_source=wechat&share_source=copy&p=2#reply');
    expect(a).toBe('bilibili.com/video/BV1xx411c7mD?p=2');
    expect(normaliseUrl('http://bilibili.com/video/BV1xx411c7mD?p=2')).toBe(a);
    expect(normaliseUrl('https://weibo.com/123/AbC?spm=a1&utm_campaign=x')).toBe('weibo.com/123/AbC');
    // The path keeps its case: it names the content.
    expect(normaliseUrl('https://weibo.com/123/abc')).not.toBe(normaliseUrl('https://weibo.com/123/AbC'));
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseUrl('not a url')).toBeNull();
  });

  it('collects a case’s accounts and links once each', () => {
    const t = shieldTargets({ platform: 'weibo', offendingAccounts: ['A', 'a', '@a'], urls: ['https://weibo.com/1?utm_source=x', 'https://weibo.com/1', 'ftp://x'] });
    expect(t.map((x) => `${x.kind} ${x.key}`)).toEqual(['account weibo:a', 'url weibo.com/1']);
  });

  it('prompts a police referral at 5,000 views or 500 reposts', () => {
    expect(aboveDefamationThreshold({ views: 5000 }, SERIOUS_DEFAMATION_THRESHOLDS)).toBe(true);
    expect(aboveDefamationThreshold({ reposts: 500 }, SERIOUS_DEFAMATION_THRESHOLDS)).toBe(true);
    expect(aboveDefamationThreshold({ views: 4999, reposts: 499 }, SERIOUS_DEFAMATION_THRESHOLDS)).toBe(false);
    expect(aboveDefamationThreshold({}, SERIOUS_DEFAMATION_THRESHOLDS)).toBe(false);
  });
});

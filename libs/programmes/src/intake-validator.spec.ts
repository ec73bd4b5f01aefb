import fc from 'fast-check';
import { type IntakeFieldError, PROGRAMME_IDS, PROGRAMMES, type ProgrammeId, validateIntake } from './index';

const NOW = new Date('2026-03-10T10:00:00+08:00');
const CHINESE = /[\u4e00-\u9fff]/;

const VALID: Record<ProgrammeId, Record<string, unknown>> = {
  shield: {
    platform: 'bilibili',
    offendingAccounts: ['某某黑粉123', 'uid:998877'],
    urls: ['https://www.bilibili.com/video/BV1xx411c7mD', 'https://space.bilibili.com/998877'],
    startedOn: '2026-02-20',
    ongoing: true,
    minorInvolved: false,
  },
  starlight: {
    nominationType: 'work',
    workTitle: '外滩的清晨',
    form: 'audio_video',
    links: ['https://www.douyin.com/video/7300000000000000000'],
    publishedOn: '2025-10-01',
    reach: '全网播放量 1200 万，获央视新闻转发',
    reachCount: 12_000_000,
    targetHonour: '中国正能量网络精品',
  },
  compliance: {
    productOrModel: '某AI视频生成工具',
    question: '使用AI生成的数字人视频发布时，应如何添加显式标识和隐式标识？',
    modelFilingStatus: 'filed',
    filingNumber: 'Shanghai-XX-202501',
  },
  legislation: {
    lawName: '网络信息内容生态治理规定',
    article: '第十二条',
    suggestedWording: '建议增加“对创作者的恶意举报应予以甄别”的表述。',
    reason: '实践中存在大量针对创作者的恶意举报。',
  },
};

function errorsOf(programme: string, data: unknown): IntakeFieldError[] {
  const result = validateIntake(programme, data, { now: NOW });
  if (result.ok) throw new Error(`expected errors, got ok: ${JSON.stringify(result.value)}`);
  for (const e of result.errors) expect(e.message).toMatch(CHINESE);
  return result.errors;
}

const withField = (programme: ProgrammeId, patch: Record<string, unknown>): Record<string, unknown> => ({
  ...VALID[programme],
  ...patch,
});
const without = (programme: ProgrammeId, field: string): Record<string, unknown> => {
  const copy = { ...VALID[programme] };
  delete copy[field];
  return copy;
};

describe('validateIntake', () => {
  it.each(PROGRAMME_IDS.map((id) => [id]))('accepts a valid %s intake and returns it', (id) => {
    const result = validateIntake(id, VALID[id], { now: NOW });
    expect(result).toEqual({ ok: true, value: VALID[id] });
  });

  it.each(PROGRAMME_IDS.map((id) => [id]))('accepts a minimal %s intake (required fields only)', (id) => {
    const schema = PROGRAMMES[id].intakeSchema;
    const minimal = Object.fromEntries((schema.required ?? []).map((k) => [k, VALID[id][k]]));
    expect(validateIntake(id, minimal, { now: NOW }).ok).toBe(true);
  });

  it('types the value per programme and trims strings', () => {
    const result = validateIntake('shield', withField('shield', { offendingAccounts: ['  账号A  '], platform: 'douyin' }), { now: NOW });
    if (!result.ok) throw new Error('expected ok');
    const platform: string = result.value.platform; // typed as ShieldIntake
    expect(platform).toBe('douyin');
    expect(result.value.offendingAccounts).toEqual(['账号A']);
  });

  it('does not modify its input', () => {
    const input = withField('legislation', { lawName: '  网络安全法 ' });
    validateIntake('legislation', input, { now: NOW });
    expect(input.lawName).toBe('  网络安全法 ');
  });

  it('refuses an unknown programme', () => {
    expect(errorsOf('lottery', {})).toEqual([
      { field: 'programme', message: expect.stringContaining('未知的服务项目「lottery」') },
    ]);
    expect(errorsOf('__proto__', {})[0].field).toBe('programme');
  });

  it.each([null, [], 'text', 42, undefined])('refuses a non-object intake (%p)', (data) => {
    expect(errorsOf('compliance', data)).toEqual([{ field: 'intake', message: '「合规引擎申请信息」应为一组字段' }]);
  });

  describe('names the field and says what to do', () => {
    const cases: [string, ProgrammeId, Record<string, unknown>, string, RegExp][] = [
      ['missing required string', 'starlight', without('starlight', 'workTitle'), 'intake.workTitle', /^请填写「作品名称」/],
      ['missing required enum', 'shield', without('shield', 'platform'), 'intake.platform', /^请选择「侵权发生平台」/],
      ['missing required boolean', 'shield', without('shield', 'minorInvolved'), 'intake.minorInvolved', /^请选择「是否涉及未成年人」/],
      ['missing required array', 'shield', without('shield', 'offendingAccounts'), 'intake.offendingAccounts', /^请填写「侵权账号」（至少 1 项）/],
      ['blank string', 'legislation', withField('legislation', { reason: '   ' }), 'intake.reason', /「理由和依据」不能为空/],
      ['string too long', 'compliance', withField('compliance', { question: '问'.repeat(3001) }), 'intake.question', /「咨询问题」不能超过 3000 个字（现有 3001 个字）/],
      ['wrong type (string for boolean)', 'shield', withField('shield', { ongoing: 'yes' }), 'intake.ongoing', /「侵权是否仍在持续」应为“是”或“否”/],
      ['wrong type (string for integer)', 'starlight', withField('starlight', { reachCount: '很多' }), 'intake.reachCount', /「累计阅读或播放量」应为整数/],
      ['wrong type (string for array)', 'starlight', withField('starlight', { links: 'https://a.cn' }), 'intake.links', /「作品链接」应为列表/],
      ['negative number', 'starlight', withField('starlight', { reachCount: -1 }), 'intake.reachCount', /「累计阅读或播放量」不能小于 0/],
      ['enum value not allowed', 'shield', withField('shield', { platform: 'tiktok' }), 'intake.platform', /「侵权发生平台」的取值无效，请从以下选项中选择：哔哩哔哩、小红书、抖音、微博、微信视频号、快手、知乎、其他/],
      ['form not allowed', 'starlight', withField('starlight', { form: 'poem' }), 'intake.form', /文字、图片、音视频、专题专栏、主题活动/],
      ['invalid url in a list', 'shield', withField('shield', { urls: ['https://ok.cn/a', 'not a link'] }), 'intake.urls[1]', /「侵权内容链接」第 2 项不是有效的网址/],
      ['non-web url scheme', 'starlight', withField('starlight', { links: ['javascript:alert(1)'] }), 'intake.links[0]', /「作品链接」第 1 项不是有效的网址，请填写以 http:\/\/ 或 https:\/\/ 开头/],
      ['blank item in a list', 'shield', withField('shield', { offendingAccounts: ['a', ' '] }), 'intake.offendingAccounts[1]', /「侵权账号」第 2 项不能为空/],
      ['duplicate item in a list', 'shield', withField('shield', { offendingAccounts: ['甲', '乙', '甲 '] }), 'intake.offendingAccounts[2]', /「侵权账号」第 3 项与第 1 项重复/],
      ['empty list below minItems', 'starlight', withField('starlight', { links: [] }), 'intake.links', /「作品链接」至少需要填写 1 项/],
      ['list above maxItems', 'shield', withField('shield', { offendingAccounts: Array.from({ length: 21 }, (_, i) => `账号${i}`) }), 'intake.offendingAccounts', /「侵权账号」最多填写 20 项/],
      ['invalid date', 'shield', withField('shield', { startedOn: '2026-02-30' }), 'intake.startedOn', /「侵权开始日期」不是有效的日期，请按“年-月-日”格式填写/],
      ['date in a different format', 'shield', withField('shield', { startedOn: '2026/02/01' }), 'intake.startedOn', /不是有效的日期/],
      ['date in the future', 'shield', withField('shield', { startedOn: '2026-03-11' }), 'intake.startedOn', /「侵权开始日期」不能晚于今天（2026-03-10）/],
      ['unknown field', 'legislation', withField('legislation', { phone: '13800000000' }), 'intake.phone', /不支持字段「phone」，请删除/],
      ['other platform without its name', 'shield', withField('shield', { platform: 'other' }), 'intake.platformOther', /^请填写「其他平台名称」/],
      ['enum of an optional field', 'compliance', withField('compliance', { modelFilingStatus: 'yes' }), 'intake.modelFilingStatus', /已备案、备案中、未备案、不清楚/],
    ];

    it.each(cases)('%s', (_label, programme, data, field, message) => {
      const errors = errorsOf(programme, data);
      expect(errors).toContainEqual({ field, message: expect.stringMatching(message) });
      // and nothing about the fields that are fine
      for (const e of errors) expect(e.field).toBe(field);
    });
  });

  it('reports all problems at once, in form order, one message per problem', () => {
    const errors = errorsOf('shield', {
      minorInvolved: 'no',
      urls: ['bad'],
      platform: 'x',
      offendingAccounts: [],
      extra: true,
    });
    expect(errors.map((e) => e.field)).toEqual([
      'intake.platform',
      'intake.offendingAccounts',
      'intake.urls[0]',
      'intake.startedOn',
      'intake.ongoing',
      'intake.minorInvolved',
      'intake.extra',
    ]);
  });

  it('names unknown fields, quoting those that are not identifiers, and catches __proto__', () => {
    const data = JSON.parse('{"__proto__": {"x": 1}, "0": null, "a b": 1}') as Record<string, unknown>;
    const fields = errorsOf('legislation', { ...VALID.legislation, ...data }).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['intake.__proto__', 'intake["0"]', 'intake["a b"]']));
  });

  it('the other platform with its name is fine', () => {
    expect(validateIntake('shield', withField('shield', { platform: 'other', platformOther: '豆瓣' }), { now: NOW }).ok).toBe(true);
  });

  it('today (Asia/Shanghai) is not in the future', () => {
    // 2026-03-10 00:30 in Shanghai is still 2026-03-09 in UTC
    const justAfterMidnight = new Date('2026-03-10T00:30:00+08:00');
    const result = validateIntake('shield', withField('shield', { startedOn: '2026-03-10' }), { now: justAfterMidnight });
    expect(result.ok).toBe(true);
  });

  it('honours a field prefix', () => {
    const result = validateIntake('starlight', without('starlight', 'reach'), { now: NOW, fieldPrefix: 'cases[0].intake' });
    expect(result).toEqual({ ok: false, errors: [{ field: 'cases[0].intake.reach', message: expect.any(String) }] });
  });

  it('never throws, and every error names a field under intake, in Chinese', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROGRAMME_IDS), fc.jsonValue(), (programme, data) => {
        const result = validateIntake(programme, data, { now: NOW });
        if (!result.ok) {
          for (const e of result.errors) {
            expect(e.field).toMatch(/^intake($|[.[])/);
            expect(e.message).toMatch(CHINESE);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('random mutations of a valid intake are either valid or refused field by field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROGRAMME_IDS),
        fc.string({ maxLength: 12 }),
        fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 })),
        (programme, key, value) => {
          const keys = Object.keys(PROGRAMMES[programme].intakeSchema.properties ?? {});
          const field = keys.includes(key) ? key : keys[key.length % keys.length];
          const result = validateIntake(programme, withField(programme, { [field]: value }), { now: NOW });
          if (!result.ok) {
            for (const e of result.errors) expect(e.field.startsWith(`intake.`)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

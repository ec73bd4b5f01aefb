import {
  categoryLabel,
  findProgramme,
  findProgrammeByCode,
  getProgramme,
  isProgrammeCategory,
  isProgrammeId,
  isProgrammeOutcome,
  type JsonSchema,
  outcomeLabel,
  PROGRAMME_IDS,
  PROGRAMME_LIST,
  PROGRAMMES,
} from './index';

const CHINESE = /[\u4e00-\u9fff]/;

/** Every schema node below the root, with its path. */
function nodes(schema: JsonSchema, path = ''): [string, JsonSchema][] {
  const out: [string, JsonSchema][] = [];
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    out.push([`${path}.${name}`, child], ...nodes(child, `${path}.${name}`));
  }
  if (schema.items) out.push([`${path}[]`, schema.items], ...nodes(schema.items, `${path}[]`));
  return out;
}

describe('programme definitions', () => {
  it('are the four programmes of DESIGN.md with their codes, names and default priorities', () => {
    expect(PROGRAMME_LIST.map((p) => [p.id, p.code, p.name, p.subtitle, p.defaultPriority])).toEqual([
      ['starlight', 'STL', '星光计划', '创作支持', 'normal'],
      ['shield', 'SHD', '盾牌行动', '权益保护', 'high'],
      ['compliance', 'CMP', '合规引擎', '技术赋能', 'normal'],
      ['legislation', 'LEG', '众智平台', '立法参与', 'low'],
    ]);
  });

  it('have the categories of DESIGN.md', () => {
    const ids = Object.fromEntries(PROGRAMME_LIST.map((p) => [p.id, p.categories.map((c) => c.id)]));
    expect(ids).toEqual({
      starlight: ['honour_recommendation', 'self_nomination'],
      shield: ['extortion', 'defamation', 'smear', 'cyberviolence', 'impersonation', 'doxxing', 'other'],
      compliance: ['policy_interpretation', 'compliance_guidance', 'tech_matching'],
      legislation: ['law_revision_suggestion'],
    });
    expect(categoryLabel('shield', 'doxxing')).toBe('人肉搜索/隐私泄露');
  });

  it('have outcomes per programme', () => {
    expect(PROGRAMMES.shield.outcomes.map((o) => o.id)).toEqual([
      'takedown_done',
      'referred_to_police',
      'mediated',
      'insufficient_evidence',
      'other',
    ]);
    expect(outcomeLabel('shield', 'referred_to_police')).toBe('已移送公安');
    expect(outcomeLabel('starlight', 'recommended')).toBe('已推荐');
    expect(outcomeLabel('compliance', 'referred_to_expert')).toBe('已转专家');
    expect(outcomeLabel('legislation', 'adopted')).toBe('已采纳');
  });

  it.each(PROGRAMME_LIST.map((p) => [p.id, p]))('%s: labels are Chinese and ids unique', (_id, p) => {
    for (const text of [p.name, p.subtitle, p.description, p.escalation.description]) expect(text).toMatch(CHINESE);
    for (const list of [p.categories, p.outcomes]) {
      expect(new Set(list.map((o) => o.id)).size).toBe(list.length);
      for (const o of list) {
        expect(o.id).toMatch(/^[a-z][a-z_]*$/);
        expect(o.label).toMatch(CHINESE);
      }
    }
  });

  it('codes are unique and 2–4 capitals', () => {
    const codes = PROGRAMME_LIST.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2,4}$/);
    expect(findProgrammeByCode('SHD')?.id).toBe('shield');
    expect(findProgrammeByCode('XXX')).toBeUndefined();
  });

  describe.each(PROGRAMME_IDS.map((id) => [id]))('%s intake schema', (id) => {
    const p = PROGRAMMES[id];
    const schema = p.intakeSchema;

    it('is a closed object with a Chinese title on every property', () => {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type).toBe('object');
      expect(schema.additionalProperties).toBe(false);
      expect(schema.title).toMatch(CHINESE);
      for (const [path, node] of nodes(schema)) {
        expect([path, node.title]).toEqual([path, expect.stringMatching(CHINESE)]);
      }
    });

    it('bounds every string with maxLength and every array with maxItems', () => {
      for (const [path, node] of nodes(schema)) {
        if (node.type === 'string') expect([path, node.maxLength]).toEqual([path, expect.any(Number)]);
        if (node.type === 'array') expect([path, node.maxItems]).toEqual([path, expect.any(Number)]);
        if (node.type === 'object') expect([path, node.additionalProperties]).toEqual([path, false]);
      }
    });

    it('requires only declared properties', () => {
      const declared = Object.keys(schema.properties ?? {});
      for (const name of [...(schema.required ?? []), ...(schema.then?.required ?? [])]) expect(declared).toContain(name);
    });

    it('has ui hints for every property, in a complete order, with the enum options labelled', () => {
      const declared = Object.keys(schema.properties ?? {});
      expect([...p.ui.order].sort()).toEqual([...declared].sort());
      expect(Object.keys(p.ui.fields).sort()).toEqual([...declared].sort());
      for (const [name, node] of Object.entries(schema.properties ?? {})) {
        const hint = p.ui.fields[name];
        if (node.enum) {
          expect(['select', 'radio']).toContain(hint.widget);
          expect(hint.options?.map((o) => o.id)).toEqual(node.enum);
          for (const o of hint.options ?? []) expect(o.label).toMatch(CHINESE);
        }
        if (node.type === 'boolean') expect(hint.widget).toBe('switch');
        if (node.format === 'date') expect(hint.widget).toBe('date');
        if (node.type === 'array') expect(['tag-list', 'url-list']).toContain(hint.widget);
        if (hint.visibleWhen) expect(declared).toContain(hint.visibleWhen.field);
      }
      expect(p.ui.evidence.hint).toMatch(CHINESE);
    });
  });

  it('shield lists the platforms with Chinese labels', () => {
    const options = PROGRAMMES.shield.ui.fields.platform.options!;
    expect(options.map((o) => o.id)).toEqual(['bilibili', 'xiaohongshu', 'douyin', 'weibo', 'wechat_channels', 'kuaishou', 'zhihu', 'other']);
    expect(options.every((o) => CHINESE.test(o.label))).toBe(true);
    expect(options.find((o) => o.id === 'bilibili')?.label).toBe('哔哩哔哩');
    expect(options.at(-1)).toEqual({ id: 'other', label: '其他' });
  });

  it('starlight forms are the five categories of 中国正能量网络精品', () => {
    expect(PROGRAMMES.starlight.ui.fields.form.options?.map((o) => o.label)).toEqual([
      '文字',
      '图片',
      '音视频',
      '专题专栏',
      '主题活动',
    ]);
  });

  it('lookups', () => {
    expect(isProgrammeId('shield')).toBe(true);
    expect(isProgrammeId('toString')).toBe(false);
    expect(findProgramme('__proto__')).toBeUndefined();
    expect(() => getProgramme('nope')).toThrow('未知的服务项目');
    expect(isProgrammeCategory('shield', 'extortion')).toBe(true);
    expect(isProgrammeCategory('starlight', 'extortion')).toBe(false);
    expect(isProgrammeCategory('nope', 'extortion')).toBe(false);
    expect(isProgrammeOutcome('legislation', 'forwarded')).toBe(true);
    expect(isProgrammeOutcome('legislation', 'takedown_done')).toBe(false);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(PROGRAMMES.shield.intakeSchema.properties)).toBe(true);
    expect(() => {
      (PROGRAMMES.shield as { defaultPriority: string }).defaultPriority = 'low';
    }).toThrow();
  });
});

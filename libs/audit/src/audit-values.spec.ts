import { createHash } from 'node:crypto';
import { maskLoginName, redactFreeText, storableJson, storableText, truncateText } from './audit-values';

const sm3 = (s: string) => createHash('sm3').update(s, 'utf8').digest('hex');

describe('storable values', () => {
  it('writes NUL and lone surrogates as visible escapes and keeps proper pairs', () => {
    expect(storableText('a\u0000b')).toBe('a\\u0000b');
    expect(storableText('\ud800')).toBe('\\ud800');
    expect(storableText('x\udc00y\ud83d')).toBe('x\\udc00y\\ud83d');
    expect(storableText('创作者😀')).toBe('创作者😀');
    // What comes out survives UTF-8 unchanged.
    for (const s of ['\ud800', 'a\u0000', '\udfff\ud800', '😀\ud83d']) {
      const out = storableText(s);
      expect(Buffer.from(out, 'utf8').toString('utf8')).toBe(out);
    }
  });

  it('makes keys and values storable at every depth, with JSON semantics', () => {
    expect(storableJson({ 'k\u0000': ['\ud800', { d: new Date('2026-01-01T00:00:00Z'), u: undefined }], n: NaN })).toEqual({
      'k\\u0000': ['\\ud800', { d: '2026-01-01T00:00:00.000Z' }],
      n: null,
    });
    expect(storableJson(undefined)).toBeNull();
  });

  it('truncates by code points, never splitting a pair', () => {
    expect(truncateText('ab😀c', 3)).toBe('ab😀');
    expect(truncateText('abc', 5)).toBe('abc');
  });
});

describe('free text', () => {
  it('keeps the length and SM3 digest of reasons, summaries, item lists, comments, notes and instructions', () => {
    const out = redactFreeText({
      status: 'rejected',
      reason: '材料不全，请补充身份证明',
      nested: { summary: '已调解', comment: '处理及时' },
      missingItems: ['身份证明', '截图'],
      note: null,
      instructions: '请继续办理',
    }) as Record<string, any>;
    expect(out.status).toBe('rejected');
    expect(out.reason).toEqual({ redacted: 'free_text', length: 12, sm3: sm3('材料不全，请补充身份证明') });
    expect(out.nested.summary).toEqual({ redacted: 'free_text', length: 3, sm3: sm3('已调解') });
    expect(out.nested.comment.sm3).toBe(sm3('处理及时'));
    expect(out.missingItems).toEqual({ redacted: 'free_text', length: 6, count: 2, sm3: sm3('["身份证明","截图"]') });
    expect(out.note).toBeNull();
    expect(JSON.stringify(out)).not.toMatch(/材料|调解|处理及时|身份证明|继续办理/);
  });

  it('leaves a machine code under a free-text key readable', () => {
    expect(redactFreeText({ reason: 'unknown_account' })).toEqual({ reason: 'unknown_account' });
  });
});

describe('maskLoginName', () => {
  it('masks phone and ID-card numbers, keeps other names', () => {
    expect(maskLoginName('13912345678')).toBe('139****5678');
    expect(maskLoginName('+86 139-1234-5678')).toBe('139****5678');
    expect(maskLoginName('31010119900101123x')).toBe('310***********123X');
    expect(maskLoginName('310101900101123')).toBe('310********1123');
    expect(maskLoginName('hp.agent1')).toBe('hp.agent1');
    expect(maskLoginName('x'.repeat(100))).toHaveLength(64);
  });
});

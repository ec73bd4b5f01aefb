import { findUnsafeText, INVALID_UTF8, unsafeTextProblem } from './unsafe-text';

describe('unsafeTextProblem', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', '\udc00'],
    ['a bell', 'ding\u0007'],
    ['an escape sequence', '\u001b[2J'],
    ['a C1 control', 'a\u0085'],
    ['a bare carriage return', 'a\rb'],
    ['a right-to-left override', 'gnp.exe\u202e'],
    ['a first-strong isolate', '\u2068x'],
  ])('refuses %s', (_label, value) => expect(unsafeTextProblem(value)).not.toBeNull());

  it.each([
    ['Chinese with punctuation', '视频评论区遭遇有组织网暴（3 月起）'],
    ['tab, newline and CRLF', 'a\tb\nc\r\nd'],
    ['an emoji made of a surrogate pair and a zero-width joiner', '👨‍👩‍👧'],
    ['injection strings (data, not code)', "'; DROP TABLE cases; -- <script>"],
  ])('accepts %s', (_label, value) => expect(unsafeTextProblem(value)).toBeNull());

  it('refuses zero-width and invisible characters in file names only', () => {
    for (const name of ['a\u200bb.png', '\ufeffa.png', 'a\u200e.png', 'a\u00ad.png']) {
      expect(unsafeTextProblem(name, 'fileName')).not.toBeNull();
      expect(unsafeTextProblem(name)).toBeNull();
    }
  });
});

describe('findUnsafeText', () => {
  it('names every refused value and key by its path, nested in objects and arrays', () => {
    const errors = findUnsafeText({ title: 'ok', intake: { accounts: [{ id: 'x\u0000' }, { id: 'y' }], 'k\ud800': 1 }, items: ['a', 'b\u0007'] });
    expect(errors.map((e) => e.field).sort()).toEqual(['intake', 'intake.accounts[0].id', 'items[1]']);
    expect(errors.every((e) => /[\u4e00-\u9fff]/.test(e.message))).toBe(true);
  });

  it('flags the strings a lenient UTF-8 decoder had to substitute', () => {
    expect(findUnsafeText({ a: 'fine', b: 'x\ufffd' }, '', INVALID_UTF8)).toEqual([{ field: 'b', message: '含有无效的 UTF-8 字节' }]);
  });

  it('walks a 100 000-level value without overflowing the stack', () => {
    let value: unknown = 'bad\u0000';
    for (let i = 0; i < 100_000; i++) value = { a: value };
    expect(findUnsafeText(value)).toHaveLength(1);
  });
});

import { renderNotice, sentence } from './templates';

describe('notification texts', () => {
  it('ends a staff member’s summary with exactly one 。', () => {
    const { body } = renderNotice('case_resolved', { reference: 'HP-SHD-2026-000001', title: '网暴', summary: '平台已封禁两个账号。' });
    expect(body).toContain('已封禁两个账号。欢迎对本次服务作出评价');
    expect(body).not.toContain('。。');
  });

  it.each([
    ['已处理', '已处理。'],
    ['已处理。', '已处理。'],
    ['已处理！ ', '已处理！'.replace('！', '') + '。'],
    ['已处理;', '已处理。'],
    ['', ''],
    [undefined, ''],
  ])('sentence(%j) = %j', (input, want) => {
    expect(sentence(input)).toBe(want);
  });
});

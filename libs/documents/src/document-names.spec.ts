import { PURGED_NAME, withoutNames } from './document-names';

describe('withoutNames', () => {
  it('replaces a name wherever it appears, in nested rows and facts', () => {
    const spec = { title: '受理回执', sections: [{ rows: [['创作者', '李小雨'], ['说明', '李小雨于 3 月 1 日提交']] }], attests: [['案件编号', 'HP-SHD-1']] };
    expect(withoutNames(spec, ['李小雨'])).toEqual({
      title: '受理回执',
      sections: [{ rows: [['创作者', PURGED_NAME], ['说明', `${PURGED_NAME}于 3 月 1 日提交`]] }],
      attests: [['案件编号', 'HP-SHD-1']],
    });
  });

  it('replaces a one-character name only where it is the whole value', () => {
    expect(withoutNames([['创作者', '雨'], ['说明', '雨天提交']], ['雨'])).toEqual([['创作者', PURGED_NAME], ['说明', '雨天提交']]);
  });

  it('leaves the value alone without names', () => {
    const v = { a: ['x'] };
    expect(withoutNames(v, ['', ' '])).toBe(v);
  });
});

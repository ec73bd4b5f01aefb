import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  const policy = { passwordMinLength: 8 };
  it.each([
    ['Abcdef12', null],
    ['abcdef1!', null],
    ['ABCDEF1!', null],
    ['Abcdefgh!', null],
    ['Ab1!', '密码至少需要 8 个字符'],
    ['abcdefgh', '密码需包含大写字母、小写字母、数字、符号中的至少三类'],
    ['abcdef12', '密码需包含大写字母、小写字母、数字、符号中的至少三类'],
    ['A'.repeat(60) + 'a1'.repeat(40), '密码不能超过 128 个字符'],
  ])('%s → %s', (password, problem) => expect(passwordProblem(password, policy)).toBe(problem));

  it('follows a stricter minimum length from the policy', () => {
    expect(passwordProblem('Abcdef12', { passwordMinLength: 12 })).toBe('密码至少需要 12 个字符');
  });
});

import { DEMO_PASSWORD, passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  const policy = { passwordMinLength: 8 };
  const COMMON = '密码过于常见或容易被猜到，请换一个更长、更不规则的密码（例如几个不相关的词加数字和符号）';

  it.each([
    ['Strong@2026', null],
    ['Huangpu#88x', null],
    ['Abcdef12!q7Z', null],
    ['Ab1!', '密码至少需要 8 个字符'],
    ['abcdefgh', '密码需包含大写字母、小写字母、数字、符号中的至少三类'],
    ['abcdef12', '密码需包含大写字母、小写字母、数字、符号中的至少三类'],
    ['A'.repeat(60) + 'a1'.repeat(40), '密码不能超过 128 个字符'],
  ])('%s → %s', (password, problem) => expect(passwordProblem(password, policy)).toBe(problem));

  it.each(['Password1!', 'P@ssw0rd', 'Qwerty123!', 'Aa123456!', 'Admin@123', 'Abcdef12', 'Iloveyou1!', 'Zxcvbnm1!'])(
    'refuses the common or keyboard-walk password %s (zxcvbn-ts)',
    (password) => expect(passwordProblem(password, policy)).toBe(COMMON),
  );

  it('refuses a password that contains the login name, in any case', () => {
    expect(passwordProblem('Hp.Agent3@2026', policy, { login: 'hp.agent3' })).toBe('密码不能包含登录名');
    expect(passwordProblem('Strong@2026', policy, { login: 'hp.agent3' })).toBeNull();
  });

  it('refuses a password that contains the phone number', () => {
    expect(passwordProblem('Me@13800001234', policy, { phone: '13800001234' })).toBe('密码不能包含手机号');
    expect(passwordProblem('Me@138-0000-1234', policy, { phone: '13800001234' })).toBe('密码不能包含手机号');
    expect(passwordProblem('Strong@2026', policy, { phone: '13800001234' })).toBeNull();
  });

  it('refuses the public demo password', () => {
    expect(passwordProblem(DEMO_PASSWORD, policy)).toBe('不能使用演示环境的公开密码');
    expect(passwordProblem(DEMO_PASSWORD.toUpperCase().replace('EMO', 'emo'), policy)).toBe('不能使用演示环境的公开密码');
  });

  it('counts the owner\'s own name as guessable', () => {
    expect(passwordProblem('Wangxiaoming1!', policy, { displayName: 'wangxiaoming' })).toBe(COMMON);
  });

  it('follows a stricter minimum length from the policy', () => {
    expect(passwordProblem('Abcdef12', { passwordMinLength: 12 })).toBe('密码至少需要 12 个字符');
  });
});

import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export interface PasswordPolicy {
  passwordMinLength: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { passwordMinLength: 8, lockoutThreshold: 5, lockoutMinutes: 15 };

/**
 * The password of the seeded demo accounts, printed by `npm start`. Only the demo seed writes
 * it; no account can be given it through the API, in the demo or anywhere else.
 */
export const DEMO_PASSWORD = 'Demo@2026';

/** zxcvbn's "safely unguessable" (about 10^8 guesses and more); below it a password is refused. */
const MIN_STRENGTH = 3;

const CLASSES: [RegExp, string][] = [
  [/[a-z]/, 'lower'],
  [/[A-Z]/, 'upper'],
  [/\d/, 'digit'],
  [/[^A-Za-z0-9]/, 'symbol'],
];

/** Whose password it is, so that it may not be made of their own login name or phone number. */
export interface PasswordOwner {
  login?: string | null;
  phone?: string | null;
  displayName?: string | null;
}

// zxcvbn-ts with its maintained common-password, name and keyboard lists, built on first use.
let zxcvbn: ZxcvbnFactory | undefined;
const strength = (password: string, userInputs: string[]) =>
  (zxcvbn ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs })).check(password, userInputs).score;

/** Returns why a password is refused (in Chinese, for the form), or null when it is acceptable. */
export function passwordProblem(password: string, policy: Pick<PasswordPolicy, 'passwordMinLength'>, owner: PasswordOwner = {}): string | null {
  if (password.length < policy.passwordMinLength) return `密码至少需要 ${policy.passwordMinLength} 个字符`;
  if (password.length > 128) return '密码不能超过 128 个字符';
  const classes = CLASSES.filter(([re]) => re.test(password)).length;
  if (classes < 3) return '密码需包含大写字母、小写字母、数字、符号中的至少三类';
  const lower = password.toLowerCase();
  const login = owner.login?.trim().toLowerCase();
  if (login && login.length >= 3 && lower.includes(login)) return '密码不能包含登录名';
  const phone = owner.phone?.replace(/\D/g, '');
  if (phone && phone.length >= 7 && password.replace(/\D/g, '').includes(phone)) return '密码不能包含手机号';
  if (lower === DEMO_PASSWORD.toLowerCase()) return '不能使用演示环境的公开密码';
  const inputs = [login, phone, owner.displayName?.trim()].filter((x): x is string => !!x);
  if (strength(password, inputs) < MIN_STRENGTH) return '密码过于常见或容易被猜到，请换一个更长、更不规则的密码（例如几个不相关的词加数字和符号）';
  return null;
}

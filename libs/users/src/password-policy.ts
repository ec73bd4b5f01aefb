export interface PasswordPolicy {
  passwordMinLength: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { passwordMinLength: 8, lockoutThreshold: 5, lockoutMinutes: 15 };

const CLASSES: [RegExp, string][] = [
  [/[a-z]/, 'lower'],
  [/[A-Z]/, 'upper'],
  [/\d/, 'digit'],
  [/[^A-Za-z0-9]/, 'symbol'],
];

/** Returns why a password is refused (in Chinese, for the form), or null when it is acceptable. */
export function passwordProblem(password: string, policy: Pick<PasswordPolicy, 'passwordMinLength'>): string | null {
  if (password.length < policy.passwordMinLength) return `密码至少需要 ${policy.passwordMinLength} 个字符`;
  if (password.length > 128) return '密码不能超过 128 个字符';
  const classes = CLASSES.filter(([re]) => re.test(password)).length;
  if (classes < 3) return '密码需包含大写字母、小写字母、数字、符号中的至少三类';
  return null;
}

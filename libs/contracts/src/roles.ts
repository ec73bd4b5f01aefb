/** The roles of DESIGN.md ("Users and roles"), with the Chinese name the UI shows. */
export const ROLES = ['creator', 'agent', 'supervisor', 'cac_officer', 'sysadmin', 'secadmin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** 三员分立: these roles run the system and never handle cases; no account holds two of them. */
export const ADMIN_ROLES: readonly Role[] = ['sysadmin', 'secadmin', 'auditor'];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  creator: '创作者',
  agent: '服务台专员',
  supervisor: '主管',
  cac_officer: '网信办联络员',
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditor: '审计管理员',
};

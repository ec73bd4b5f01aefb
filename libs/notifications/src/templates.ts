/** Chinese message texts, by template id. */
export const SMS_TEMPLATES: Record<string, (payload: Record<string, unknown>) => string> = {
  registration_code: (p) => `【集聚区创作者服务台】您的注册验证码为 ${p.code}，${p.minutes} 分钟内有效。如非本人操作请忽略。`,
};

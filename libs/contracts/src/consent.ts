/**
 * The 用户协议 and 隐私政策 a creator agrees to at registration (个人信息保护法: the version agreed
 * to and when are recorded on the account). A new text is a new version; registration refuses
 * any other version than the current one.
 */
export const CONSENT_VERSION = '2026-01';
export const CONSENT_DOCUMENTS = { terms: '用户协议', privacy: '隐私政策' } as const;

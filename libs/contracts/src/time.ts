/** The zone the desk keeps its days and working hours in (DESIGN.md: shown in Asia/Shanghai). */
export const SHANGHAI_TIME_ZONE = 'Asia/Shanghai';

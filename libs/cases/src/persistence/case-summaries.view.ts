/**
 * The read-only view of cases (migration ReadViews1764492000000) that other modules' SQL may
 * join for a case's reference, title, people, zone and status, instead of `cases`.
 * Columns: id, reference, title, programme, zone_id, status, creator_id, assignee_id.
 */
export const CASE_SUMMARIES_VIEW = 'case_summaries';

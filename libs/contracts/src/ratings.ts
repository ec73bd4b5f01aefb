/**
 * 好差评, the one scale (国办发〔2019〕51号, GB/T 39735-2020), read as people read stars:
 * 5 非常满意 … 1 非常不满意. 1 and 2 are 差评 (Shanghai's practice); 4 and 5 count as satisfied
 * (好评). Case ratings, re-ratings after a rectification and salon ratings all use it.
 */
export const RATING_LEVELS = [5, 4, 3, 2, 1] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LABELS: Readonly<Record<RatingLevel, string>> = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
};

/** 差评: 不满意 and 非常不满意. */
export const BAD_LEVELS = [1, 2] as const satisfies readonly RatingLevel[];
/** 好评 (satisfied): 满意 and 非常满意. */
export const GOOD_LEVELS = [5, 4] as const satisfies readonly RatingLevel[];

export const RATING_MIN = 1;
export const RATING_MAX = 5;

export function isRatingLevel(value: unknown): value is RatingLevel {
  return typeof value === 'number' && (RATING_LEVELS as readonly number[]).includes(value);
}

/** 满意 or better. */
export function isSatisfied(level: number): boolean {
  return level >= 4;
}

/** 差评: 不满意 or worse. */
export function isBadRating(level: number): boolean {
  return (BAD_LEVELS as readonly number[]).includes(level);
}

/** The scale as one line, for API descriptions and hints: "5 非常满意、4 满意、…、1 非常不满意". */
export const RATING_SCALE_TEXT = RATING_LEVELS.map((l) => `${l} ${RATING_LABELS[l]}`).join('、');

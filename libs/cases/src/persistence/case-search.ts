import { SelectQueryBuilder } from 'typeorm';
import { CN_MOBILE } from '@app/contracts';
import { PiiCipher } from '@app/pii';
import type { CaseEntity } from '../case.entity';

/** What the list's substring match reads (and what `cases.search_bigrams` is generated from). */
const DOCUMENT = `(c.reference || ' ' || c.title || ' ' || c.description)`;

/** `%text%` for ILIKE, with the wildcards in the text taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}

/**
 * How a search reaches its hits: through the bigram index (a lookup of every hit, for results of
 * a few) or by the plain substring match alone, so that the planner walks the newest-first index
 * and stops at the page (for results of many).
 */
export type SearchAccess = 'bigrams' | 'walk';

/**
 * The case list's `q`: a substring (of any length) of the reference, title or description, or of
 * the creator's name, or the creator's phone number (exact, through the PII search key: the number
 * itself is not stored). From two characters on, the GIN index of character bigrams finds the
 * candidates (every bigram of the text) and the substring match rechecks them, so the result is
 * exactly the substring match's (migration 1764400000000-case-search-bigrams).
 */
export function applyCaseSearch(qb: SelectQueryBuilder<CaseEntity>, text: string, pii: PiiCipher, through: SearchAccess = 'bigrams'): void {
  const indexed = through === 'bigrams' && [...text].length >= 2;
  const params: Record<string, string> = { searchText: text, searchPattern: containsPattern(text) };
  const byDocument = indexed ? `(c.search_bigrams @> search_bigrams(:searchText) AND ${DOCUMENT} ILIKE :searchPattern)` : `${DOCUMENT} ILIKE :searchPattern`;
  const byName = indexed ? `(u.name_bigrams @> search_bigrams(:searchText) AND u.display_name ILIKE :searchPattern)` : 'u.display_name ILIKE :searchPattern';
  let byPerson = byName;
  const phone = text.trim();
  if (CN_MOBILE.test(phone)) {
    params.searchPhoneKey = pii.searchKey(phone);
    byPerson = `(${byName} OR u.phone_hash = :searchPhoneKey)`;
  }
  // = ANY(ARRAY(...)): one lookup of the (few) matching creators, then cases_creator_idx.
  qb.andWhere(`(${byDocument} OR c.creator_id = ANY(ARRAY(SELECT u.id FROM users u WHERE u.role = 'creator' AND ${byPerson})))`, params);
}

/** One ranked page of a search; past `limit` hits the total is a lower bound (`totalCapped`). */
export interface SearchPage {
  rows: CaseEntity[];
  total: number;
  totalCapped: boolean;
}

/**
 * The ranks of a hit, best first, newest first within each: the exact reference (references are
 * upper-case, so this reads the unique index), then matches in the title, then the rest.
 */
const RANKS = [
  'c.reference = upper(:searchText)',
  'c.reference <> upper(:searchText) AND c.title ILIKE :searchPattern',
  'c.reference <> upper(:searchText) AND NOT (c.title ILIKE :searchPattern)',
];

/**
 * A ranked page of a search without counting or sorting every hit, so that a word found in tens
 * of thousands of cases costs about what a rare one does. Each rank is counted up to `limit` + 1.
 * A rank with at most `limit` hits is read through the bigram index and sorted; a rank with more
 * is dense enough that walking the newest-first index finds the page after a few thousand rows.
 * Past `limit` hits in all, the total stops at `limit` and pages end there.
 */
export async function rankedSearchPage(
  query: (through: SearchAccess) => SelectQueryBuilder<CaseEntity>,
  count: (qb: SelectQueryBuilder<CaseEntity>, atMost: number) => Promise<number>,
  offset: number,
  take: number,
  limit: number,
): Promise<SearchPage> {
  const counts: number[] = [];
  for (const rank of RANKS) {
    const before = counts.reduce((a, b) => a + b, 0);
    counts.push(before > limit ? 0 : await count(query('bigrams').andWhere(rank), limit + 1));
  }
  const found = counts.reduce((a, b) => a + b, 0);
  const total = Math.min(found, limit);
  const rows: CaseEntity[] = [];
  let skip = offset;
  for (const [i, rank] of RANKS.entries()) {
    const want = Math.min(take, total - offset) - rows.length;
    if (want <= 0) break;
    if (skip >= counts[i]) {
      skip -= counts[i];
      continue;
    }
    const dense = counts[i] > limit;
    const qb = query(dense ? 'walk' : 'bigrams').andWhere(rank);
    // Few hits: ordered by an expression no index holds, so the planner reads them through the
    // bigram index and sorts them, rather than walking the newest-first index in search of them.
    qb.orderBy(dense ? 'c.created_at' : "c.created_at + interval '0 s'", 'DESC').addOrderBy('c.id', 'ASC');
    rows.push(...(await qb.offset(skip).limit(want).getMany()));
    skip = 0;
  }
  return { rows, total, totalCapped: found > limit };
}

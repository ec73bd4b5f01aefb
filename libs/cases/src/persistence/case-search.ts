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
 * The case list's `q`: a substring (of any length) of the reference, title or description, or of
 * the creator's name, or the creator's phone number (exact, through the PII search key: the number
 * itself is not stored). From two characters on, the GIN index of character bigrams finds the
 * candidates (every bigram of the text) and the substring match rechecks them, so the result is
 * exactly the substring match's (migration 1764400000000-case-search-bigrams).
 */
export function applyCaseSearch(qb: SelectQueryBuilder<CaseEntity>, text: string, pii: PiiCipher): void {
  const indexed = [...text].length >= 2;
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

type Query = SelectQueryBuilder<CaseEntity>;
/** A rank's condition on `qb`; `amongNewest` when the query is bounded to the newest cases, where a walk of the index is cheap. */
type Rank = (qb: Query, amongNewest?: boolean) => Query;

/**
 * The ranks of a hit, best first, newest first within each: the exact reference (references are
 * upper-case, so this reads the unique index), then matches in the title (through the title's own
 * bigrams, except among the newest cases, where checking each short title is cheaper than
 * trusting the planner's guess of how rare several bigrams are together), then the rest. A
 * reference or title match is a match of the document already, so only the last rank rechecks
 * the whole search (`search`).
 */
function ranks(text: string, search: (qb: Query) => void): Rank[] {
  const params = { searchText: text, searchPattern: containsPattern(text) };
  const titleBigrams = [...text].length >= 2 ? 'search_bigrams(c.title) @> search_bigrams(:searchText) AND ' : '';
  return [
    (qb) => qb.andWhere('c.reference = upper(:searchText)', params),
    (qb, amongNewest) => qb.andWhere(`c.reference <> upper(:searchText) AND ${amongNewest ? '' : titleBigrams}c.title ILIKE :searchPattern`, params),
    (qb) => {
      search(qb);
      return qb.andWhere('c.reference <> upper(:searchText) AND NOT (c.title ILIKE :searchPattern)', params);
    },
  ];
}

/** How many of the newest cases in scope (times the result limit) a dense rank is first looked for among. */
const NEWEST_WINDOW = 5;

/**
 * A ranked page of a search without counting or sorting every hit, so that a word found in tens
 * of thousands of cases costs about what a rare one does. Each rank is counted up to `limit` + 1.
 * A rank with at most `limit` hits is read through the bigram index and sorted. A rank with more
 * is first looked for among the newest cases in scope (`since`: the created_at of the
 * (NEWEST_WINDOW × limit)-th newest, or the whole scope when it holds fewer), where PostgreSQL can
 * walk the newest-first index or combine it with the bigrams, whichever is cheaper: when the page
 * is there, it is exactly the page of the whole rank (every hit left out is older); when it is
 * not (hits clustered in the past), the rank is sorted after all.
 * Past `limit` hits in all, the total stops at `limit` and pages end there.
 */
export async function rankedSearchPage(
  text: string,
  query: () => Query,
  search: (qb: Query) => void,
  db: { count: (qb: Query, atMost: number) => Promise<number>; since: (window: number) => Promise<Date | null> },
  offset: number,
  take: number,
  limit: number,
): Promise<SearchPage> {
  const all = ranks(text, search);
  const counts: number[] = [];
  for (const rank of all) {
    const before = counts.reduce((a, b) => a + b, 0);
    counts.push(before > limit ? 0 : await db.count(rank(query()), limit + 1));
  }
  const found = counts.reduce((a, b) => a + b, 0);
  const total = Math.min(found, limit);
  const rows: CaseEntity[] = [];
  let skip = offset;
  for (const [i, rank] of all.entries()) {
    const want = Math.min(take, total - offset) - rows.length;
    if (want <= 0) break;
    if (skip >= counts[i]) {
      skip -= counts[i];
      continue;
    }
    const page = (qb: Query, order: string) => qb.orderBy(order, 'DESC').addOrderBy('c.id', 'ASC').offset(skip).limit(want).getMany();
    let got: CaseEntity[] = [];
    if (counts[i] > limit) {
      // A dense rank: walk the newest cases. With fewer than the window in scope (no `since`),
      // the walk covers the whole scope, so it finds the page (the rank has more hits than any page reaches).
      const since = await db.since(NEWEST_WINDOW * limit);
      const newest = since ? rank(query(), true).andWhere('c.created_at >= :searchSince', { searchSince: since }) : rank(query(), true);
      got = await page(newest, 'c.created_at');
    }
    // Few hits (or not all among the newest): ordered by an expression no index holds, so the
    // planner reads them through the bigram index and sorts them, rather than walking the whole index.
    if (got.length < want) got = await page(rank(query()), "c.created_at + interval '0 s'");
    rows.push(...got);
    skip = 0;
  }
  return { rows, total, totalCapped: found > limit };
}

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
  const indexed = [...text].length >= 2;
  const params: Record<string, string> = { searchText: text, searchPattern: containsPattern(text) };
  const byDocument = indexed && through === 'bigrams' ? `(c.search_bigrams @> search_bigrams(:searchText) AND ${DOCUMENT} ILIKE :searchPattern)` : `${DOCUMENT} ILIKE :searchPattern`;
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
type Rank = (qb: Query, through: SearchAccess) => Query;

/**
 * The ranks of a hit, best first, newest first within each: the exact reference (references are
 * upper-case, so this reads the unique index), then matches in the title (through the title's own
 * bigrams when read through the index), then the rest. A reference or title match is a match of
 * the document already, so only the last rank rechecks the whole search (`search`).
 */
function ranks(text: string, search: (qb: Query, through: SearchAccess) => void): Rank[] {
  const params = { searchText: text, searchPattern: containsPattern(text) };
  const titleBigrams = (through: SearchAccess) => (through === 'bigrams' && [...text].length >= 2 ? 'search_bigrams(c.title) @> search_bigrams(:searchText) AND ' : '');
  return [
    (qb) => qb.andWhere('c.reference = upper(:searchText)', params),
    (qb, through) => qb.andWhere(`c.reference <> upper(:searchText) AND ${titleBigrams(through)}c.title ILIKE :searchPattern`, params),
    (qb, through) => {
      search(qb, through);
      return qb.andWhere('c.reference <> upper(:searchText) AND NOT (c.title ILIKE :searchPattern)', params);
    },
  ];
}

/** How many of the newest cases in scope (times the result limit) a walk looks through before it gives up on a dense rank. */
const WALK_WINDOW = 5;

/**
 * A ranked page of a search without counting or sorting every hit, so that a word found in tens
 * of thousands of cases costs about what a rare one does. Each rank is counted up to `limit` + 1.
 * A rank with at most `limit` hits is read through the bigram index and sorted. A rank with more
 * is first looked for among the newest cases in scope (`since`: the created_at of the
 * (WALK_WINDOW × limit)-th newest): when the page is there, it is exactly the page of the whole rank (every
 * hit left out is older); when it is not (hits clustered in the past), the rank is sorted after all.
 * Past `limit` hits in all, the total stops at `limit` and pages end there.
 */
export async function rankedSearchPage(
  text: string,
  query: () => Query,
  search: (qb: Query, through: SearchAccess) => void,
  db: { count: (qb: Query, atMost: number) => Promise<number>; since: (window: number) => Promise<Date | null> },
  offset: number,
  take: number,
  limit: number,
): Promise<SearchPage> {
  const all = ranks(text, search);
  const counts: number[] = [];
  for (const rank of all) {
    const before = counts.reduce((a, b) => a + b, 0);
    counts.push(before > limit ? 0 : await db.count(rank(query(), 'bigrams'), limit + 1));
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
    const since = counts[i] > limit ? await db.since(WALK_WINDOW * limit) : null;
    let got = since ? await page(rank(query(), 'walk').andWhere('c.created_at >= :walkSince', { walkSince: since }), 'c.created_at') : [];
    // Few hits (or not all in the window): ordered by an expression no index holds, so the planner
    // reads them through the bigram index and sorts them, rather than walking the whole index.
    if (got.length < want) got = await page(rank(query(), 'bigrams'), "c.created_at + interval '0 s'");
    rows.push(...got);
    skip = 0;
  }
  return { rows, total, totalCapped: found > limit };
}

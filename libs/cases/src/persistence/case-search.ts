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

/** Ranked search results: the exact reference first, then title matches, then the rest; newest first within each. */
export function orderBySearchRank<T extends SelectQueryBuilder<CaseEntity>>(qb: T): T {
  return qb
    .orderBy(`CASE WHEN lower(c.reference) = lower(:searchText) THEN 0 WHEN c.title ILIKE :searchPattern THEN 1 ELSE 2 END`, 'ASC')
    .addOrderBy('c.created_at', 'DESC') as T;
}

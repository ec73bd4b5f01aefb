import { CANNED_PLACEHOLDERS, type CannedPlaceholder } from '@app/contracts';

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

/** Placeholders a text uses that do not exist (so a typo is refused when the reply is saved). */
export function unknownPlaceholders(body: string): string[] {
  return [...body.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((name) => !(name in CANNED_PLACEHOLDERS));
}

/** The reply with its placeholders filled in. */
export function fillPlaceholders(body: string, values: Record<CannedPlaceholder, string>): string {
  return body.replace(PLACEHOLDER, (whole, name: string) => (name in values ? values[name as CannedPlaceholder] : whole));
}

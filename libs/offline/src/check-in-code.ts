import { randomInt } from 'node:crypto';

/** A six-digit code for the door or the window, typed by staff or scanned from the creator's phone. */
export function newCheckInCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export const CHECK_IN_CODE = /^\d{6}$/;

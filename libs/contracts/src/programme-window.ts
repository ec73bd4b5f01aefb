/** Where now stands against a programme's window (an honour round, a consultation). */
export type WindowState = 'upcoming' | 'open' | 'closed';

export function windowState(window: { opensAt: Date | string; closesAt: Date | string }, now: Date): WindowState {
  if (now < new Date(window.opensAt)) return 'upcoming';
  return now < new Date(window.closesAt) ? 'open' : 'closed';
}

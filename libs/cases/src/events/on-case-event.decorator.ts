import { SetMetadata } from '@nestjs/common';
import type { CaseEventName, CaseEventOf } from './case-events';

export const CASE_EVENT_LISTENER = Symbol('case-event-listener');

/**
 * Listeners a process must have before it may change cases: without them a case would be filed
 * without SLA clocks or without telling anyone. `CaseEvents` refuses to start without them.
 */
export const REQUIRED_CASE_LISTENERS = ['sla-clocks', 'case-notifications'] as const;
export type CaseListenerName = (typeof REQUIRED_CASE_LISTENERS)[number] | (string & {});

export interface CaseEventListenerMeta {
  events: readonly CaseEventName[];
  /** The listener's name, as REQUIRED_CASE_LISTENERS spells it. */
  listener: CaseListenerName;
  /**
   * Listeners whose work this one reads, so it runs after them for every event they share
   * (the receipts print the deadlines `sla-clocks` has just set), whatever the modules' order.
   */
  after?: readonly CaseListenerName[];
}

type Handler<E extends CaseEventName> = (event: CaseEventOf<E>) => Promise<void>;

/**
 * Marks a provider method as a listener of case events; `CaseEvents` discovers it at start.
 *
 *   @OnCaseEvent({ listener: 'sla-clocks', events: ['case.filed', 'case.transitioned'] })
 *   async onCaseChanged(event: CaseFiled | CaseTransitioned) { … }
 */
export function OnCaseEvent<E extends CaseEventName>(meta: { listener: CaseListenerName; events: readonly E[]; after?: readonly CaseListenerName[] }) {
  return (target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<Handler<E>>) =>
    SetMetadata(CASE_EVENT_LISTENER, meta satisfies CaseEventListenerMeta)(target, key, descriptor);
}

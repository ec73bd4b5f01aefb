import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { CaseEventName, CaseEventOf } from './case-events';
import { CASE_EVENT_LISTENER, CaseEventListenerMeta, REQUIRED_CASE_LISTENERS } from './on-case-event.decorator';

interface Registered {
  listener: string;
  after: readonly string[];
  handle: (event: never) => Promise<void>;
}

/**
 * The listeners of one event in the order they run: discovery order, except that a listener
 * runs after those it names in `after` (a cycle is refused at start).
 */
export function orderListeners<T extends { listener: string; after: readonly string[] }>(event: string, listeners: readonly T[]): T[] {
  const ordered: T[] = [];
  const placed = new Set<string>();
  let pending = [...listeners];
  while (pending.length) {
    const present = new Set(pending.map((l) => l.listener));
    const ready = pending.filter((l) => l.after.every((name) => placed.has(name) || !present.has(name) || name === l.listener));
    if (!ready.length) throw new Error(`case events: the listeners of "${event}" wait for one another (${pending.map((l) => `${l.listener} after ${l.after.join(', ')}`).join('; ')})`);
    // Take the first ready one only, so that a listener named in `after` is placed before its followers are looked at again.
    const next = ready[0];
    ordered.push(next);
    pending = pending.filter((l) => l !== next);
    if (!pending.some((l) => l.listener === next.listener)) placed.add(next.listener);
  }
  return ordered;
}

/**
 * Publishes case events to the listeners discovered from `@OnCaseEvent`, one after the other,
 * inside the caller's transaction (the listeners take it from the transaction context). The
 * cases module does not know its listeners; they depend on it, not the other way round.
 */
@Injectable()
export class CaseEvents implements OnApplicationBootstrap {
  private readonly logger = new Logger('CaseEvents');
  private readonly listeners = new Map<CaseEventName, Registered[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const key of this.scanner.getAllMethodNames(prototype)) {
        const meta = this.reflector.get<CaseEventListenerMeta | undefined>(CASE_EVENT_LISTENER, (instance as Record<string, (...a: never[]) => unknown>)[key]);
        if (!meta) continue;
        const handle = (instance[key] as (event: never) => Promise<void>).bind(instance);
        for (const event of meta.events) this.listeners.set(event, [...(this.listeners.get(event) ?? []), { listener: meta.listener, after: meta.after ?? [], handle }]);
      }
    }
    for (const [event, listeners] of this.listeners) this.listeners.set(event, orderListeners(event, listeners));
    const present = new Set([...this.listeners.values()].flat().map((l) => l.listener));
    const missing = REQUIRED_CASE_LISTENERS.filter((name) => !present.has(name));
    if (missing.length) {
      // A process that changes cases without these would file cases without SLA clocks or
      // without telling anyone: refuse to run instead (import SlaModule and NotificationsModule).
      throw new Error(`case events: no listener ${missing.map((m) => `"${m}"`).join(', ')} in this process; it must not change cases`);
    }
    this.logger.debug(`listeners: ${[...this.listeners].map(([e, ls]) => `${e} → ${ls.map((l) => l.listener).join(', ')}`).join('; ')}`);
  }

  async publish<E extends CaseEventName>(name: E, event: CaseEventOf<E>): Promise<void> {
    for (const { handle } of this.listeners.get(name) ?? []) await handle(event as never);
  }
}

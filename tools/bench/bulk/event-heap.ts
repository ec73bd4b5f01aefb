import { StoryEvent } from './case-story';

/** A timeline event waiting for its instant in the generator's merge of all stories. */
export interface Pending {
  at: number;
  seq: number;
  caseId: string;
  event: StoryEvent;
}

/** Min-heap of pending timeline events by instant, then by arrival. */
export class EventHeap {
  private items: Pending[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): Pending {
    return this.items[0];
  }

  push(p: Pending): void {
    const a = this.items;
    a.push(p);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(a[i], a[parent])) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }

  pop(): Pending {
    const a = this.items;
    const top = a[0];
    const last = a.pop() as Pending;
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && less(a[l], a[m])) m = l;
        if (r < a.length && less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

function less(a: Pending, b: Pending): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

import { Client } from 'pg';
import { PgListener } from '@app/database';

/** The LISTEN connection behind the remembered session checks, against the real PostgreSQL. */
describe('PgListener (e2e)', () => {
  const url = process.env.DATABASE_URL as string;
  const channel = `test_${process.pid}_${Date.now()}`;
  let sender: Client;
  beforeAll(async () => {
    sender = new Client({ connectionString: url });
    await sender.connect();
  });
  afterAll(() => sender.end());

  const start = async () => {
    const events: string[] = [];
    let ready!: () => void;
    const listening = new Promise<void>((r) => (ready = r));
    const listener = new PgListener(url, channel, {
      listening: () => {
        events.push('listening');
        ready();
      },
      notified: (payload) => events.push(payload),
      lost: () => events.push('lost'),
    });
    listener.start();
    await listening;
    return { listener, events };
  };

  it('has handed over every notification committed before sync() was called when sync() resolves', async () => {
    const { listener, events } = await start();
    try {
      for (let i = 0; i < 50; i++) {
        await sender.query(`SELECT pg_notify($1, $2)`, [channel, `n${i}`]);
        expect(await listener.sync()).toBe(true);
        // Not a moment later: the notification must be in by the time sync() answers.
        expect(events).toContain(`n${i}`);
      }
      // Concurrent callers share round trips, and each still sees what was committed before it called.
      const done = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          await sender.query(`SELECT pg_notify($1, $2)`, [channel, `c${i}`]);
          await listener.sync();
          return events.includes(`c${i}`);
        }),
      );
      expect(done.every(Boolean)).toBe(true);
    } finally {
      await listener.stop();
    }
  });

  it('says when its connection is lost and listens again after it comes back', async () => {
    const { listener, events } = await start();
    try {
      const [{ pid }] = await sender.query(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
        [`listen:${channel}`],
      ).then((r) => r.rows);
      await sender.query(`SELECT pg_terminate_backend($1)`, [pid]);
      for (let i = 0; i < 50 && events.filter((e) => e === 'listening').length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      expect(events).toEqual(['listening', 'lost', 'listening']);
      await sender.query(`SELECT pg_notify($1, 'after')`, [channel]);
      expect(await listener.sync()).toBe(true);
      expect(events).toContain('after');
    } finally {
      await listener.stop();
    }
    // A stopped listener does not come back, and says it is not listening.
    expect(await listener.sync()).toBe(false);
  });
});

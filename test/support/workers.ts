import { ChildProcess, spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Real worker processes (`apps/worker/src/main.ts` under ts-node, as `npm start` runs the
 * compiled one) and a private redis-server, for the specs that prove timers survive restarts.
 */
const ROOT = resolve(__dirname, '..', '..');

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

export async function until<T>(what: string, probe: () => Promise<T | false | null | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

export class WorkerProcess {
  private output = '';
  readonly exited: Promise<number | null>;

  private constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    const collect = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-20_000));
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.exited = new Promise((done) => child.once('exit', (code) => done(code)));
  }

  static async start(name: string, redisUrl: string): Promise<WorkerProcess> {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, REDIS_URL: redisUrl, LOG_LEVEL: 'info', TS_NODE_PROJECT: 'tsconfig.json', AUDIT_CHECKPOINT_INTERVAL_SECONDS: '5' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(name, child);
    let exitCode: number | null | undefined;
    void worker.exited.then((code) => (exitCode = code ?? -1));
    await until(
      `worker ${name} to start`,
      async () => {
        if (exitCode !== undefined) throw new Error(`worker ${name} exited (${exitCode}):\n${worker.output}`);
        return worker.output.includes('worker started');
      },
      90_000,
    );
    return worker;
  }

  get pid(): number {
    return this.child.pid as number;
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    await this.exited;
  }

  tail(lines = 40): string {
    return this.output.split('\n').slice(-lines).join('\n');
  }
}


/** A redis-server of the calling spec's own (FLUSHALL must not touch anybody else's keys). */
export async function startPrivateRedis(): Promise<{ server: ChildProcess; url: string }> {
  const port = await freePort();
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const answers = () =>
    new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), done(true)));
      socket.once('error', () => done(false));
    });
  await until('the private redis-server', answers, 10_000);
  return { server, url: `redis://127.0.0.1:${port}` };
}

import { workerEnvironment } from './support/worker-database';

// Runs before every e2e spec file, in its worker (jest `setupFiles`).
Object.assign(process.env, workerEnvironment(process.env, Number(process.env.JEST_WORKER_ID ?? 1)));

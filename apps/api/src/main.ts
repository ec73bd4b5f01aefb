import 'reflect-metadata';
import { AppConfig } from '@app/config';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const app = await createApiApp();
  const { PORT } = app.get(AppConfig);
  await app.listen(PORT, '0.0.0.0');
}

void main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});

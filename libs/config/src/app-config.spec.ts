import { ConfigError, loadConfig } from './app-config';

const REQUIRED = {
  DATABASE_URL: 'postgres://u@127.0.0.1/db',
  JWT_SECRET: 'x'.repeat(32),
  PII_ENCRYPTION_KEY: 'a'.repeat(64),
  PII_HASH_KEY: 'b'.repeat(64),
  AUDIT_HMAC_KEY: 'c'.repeat(64),
};

describe('TRUSTED_PROXIES', () => {
  it('is empty by default: X-Forwarded-For is not believed', () => {
    expect(loadConfig(REQUIRED).TRUSTED_PROXIES).toBe('');
  });

  it.each(['loopback', '10.0.0.2', 'loopback, 10.0.0.0/8, fd00::/8', 'uniquelocal,linklocal'])('accepts %s', (value) => {
    expect(loadConfig({ ...REQUIRED, TRUSTED_PROXIES: value }).TRUSTED_PROXIES).toBe(value);
  });

  it.each(['*', 'true', 'everyone', '10.0.0.1; drop'])('refuses %s', (value) => {
    expect(() => loadConfig({ ...REQUIRED, TRUSTED_PROXIES: value })).toThrow(ConfigError);
  });
});

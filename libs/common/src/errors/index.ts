export * from './app-error';
export * from './module-error';

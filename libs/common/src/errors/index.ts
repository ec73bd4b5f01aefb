export * from './app-error';
export * from './module-error';
export * from './request.errors';

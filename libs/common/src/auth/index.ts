export * from './actor';
export * from './auth.decorators';

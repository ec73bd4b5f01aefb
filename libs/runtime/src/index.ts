export * from './local-services';
export * from './database-roles';

export * from './auth.errors';
export * from './auth.module';
export * from './auth.service';
export * from './tokens.service';

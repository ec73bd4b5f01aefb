export * from './programme-definitions';
export * from './intake.types';
export * from './intake-validator';
export * from './priority';

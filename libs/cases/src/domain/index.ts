export * from './case-status';
export * from './case-transition.error';
export * from './case-state-machine';

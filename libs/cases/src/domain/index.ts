export * from './case-status';
export * from './case-transition.error';
export * from './case-decision';
export { CASE_INPUT_LIMITS } from './case-input';
export * from './case-state-machine';

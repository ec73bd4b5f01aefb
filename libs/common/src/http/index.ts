export * from './problem-details.filter';
export * from './validation.pipe';
export * from './plain-text';
export * from './json-body-guard';
export * from './response-fields';

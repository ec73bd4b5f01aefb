export * from './problem-details.filter';
export * from './validation.pipe';
export * from './json-body-guard';
export * from './unsafe-text';
export * from './request-input.guard';
export * from './upload';
export * from './params.dto';
export * from './openapi-constraints';

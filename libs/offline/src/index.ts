export * from './check-in-code';
export * from './offline-scope';
export * from './shanghai-time';
export * from './figures-query.dto';
export * from './iso-date-time';
export * from './filing-input';

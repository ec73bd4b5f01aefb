export * from './check-in-code';
export * from './offline-scope';
export * from './shanghai-time';
export * from './figures-query.dto';

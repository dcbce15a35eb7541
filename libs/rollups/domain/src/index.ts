export * from './province-summary';
export * from './standing';

export * from './province-summary';

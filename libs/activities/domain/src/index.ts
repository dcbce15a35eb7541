export * from './attendance';
export * from './limits';

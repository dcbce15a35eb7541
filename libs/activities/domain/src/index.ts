export * from './attendance';
export * from './inputs';

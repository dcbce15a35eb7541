export * from './attendance';
export * from './activity-kinds';
export * from './inputs';
export * from './limits';

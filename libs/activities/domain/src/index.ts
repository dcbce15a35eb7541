export * from './attendance';
export * from './activity-kinds';

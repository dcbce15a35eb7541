export * from './roles';
export * from './events';
export * from './errors';

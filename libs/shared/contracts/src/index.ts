export * from './roles';
export * from './events';
export * from './errors';
export * from './calendar-date';
export * from './bands';
export * from './text';
export * from './input';

export * from './roles';
export * from './errors';
export * from './calendar-date';
export * from './bands';
export * from './text';

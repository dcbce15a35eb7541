export * from './audit-query';
export * from './change-list';
export * from './inputs';
export * from './audit-labels';

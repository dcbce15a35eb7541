export * from './audit-query';
export * from './change-list';

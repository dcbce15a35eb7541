export * from './tenant-context';
export * from './tenant-db';
export * from './outbox';
export * from './audit-trail';
export * from './org-scope';
export * from './pg-errors';
export * from './database.module';
export * from './query';

export * from './entries/audit-worker.module';
export * from './entries/audit.consumer';
export * from './entries/audit-db';
export * from './log/audit-log.module';

export * from './templates';
export * from './mailer';
export * from './mail.module';
export * from './mail-worker.module';

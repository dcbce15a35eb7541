export * from './catalogue';
export * from './envelope';
export * from './audit-vocabulary';
export * from './queues';

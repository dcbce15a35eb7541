export * from './config';
export * from './config.module';
export * from './edge';
export * from './redis';

export * from './deadline';
export * from './inputs';

export * from './deadline';
export * from './period-windows';

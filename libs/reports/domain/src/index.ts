export * from './deadline';
export * from './report-statuses';
export * from './inputs';

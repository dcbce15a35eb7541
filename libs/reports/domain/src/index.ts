export * from './deadline';
export * from './report-statuses';

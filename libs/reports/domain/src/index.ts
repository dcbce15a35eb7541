export * from './deadline';
export * from './report-statuses';
export * from './report-workflow';
export * from './report-templates';
export * from './submission-problems';
export * from './inputs';
export * from './period-windows';
export * from './official-document';

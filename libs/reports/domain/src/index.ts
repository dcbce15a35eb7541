export * from './deadline';
export * from './report-statuses';
export * from './report-workflow';
export * from './inputs';
export * from './period-windows';
export * from './official-document';

export * from './deadline';
export * from './report-statuses';
export * from './inputs';
export * from './period-windows';
export * from './official-document';
export * from './legacy-import';

export * from './bands';
export * from './rubric';
export * from './self-assessment';
export * from './inputs';

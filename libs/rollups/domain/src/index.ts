export * from './province-summary';
export * from './standing';
export * from './placement';
export * from './contribution';
export * from './activity';

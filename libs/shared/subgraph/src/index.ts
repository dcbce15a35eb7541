export * from './bootstrap';
export * from './format-error';
export * from './health.controller';
export * from './subgraph-graphql.module';
export * from './subgraph-app.module';
export * from './app-error.filter';
export * from './gateway-only.middleware';
export * from './input.pipe';

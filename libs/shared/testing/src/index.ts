export * from './databases';
export * from './factories';
export * from './redis-server';
export * from './gateway-client';
export * from './processes';
export * from './operations';
export * from './clock';
export * from './province-world';

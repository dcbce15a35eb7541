export * from './org-tree';
export * from './credentials';
export * from './email';
export * from './limits';

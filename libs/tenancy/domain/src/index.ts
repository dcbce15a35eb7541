export * from './org-tree';
export * from './credentials';
export * from './inputs';

export * from './org-tree';
export * from './org-tree-history';
export * from './credentials';
export * from './inputs';
export * from './email';
export * from './limits';
export * from './province';
export * from './mail-links';

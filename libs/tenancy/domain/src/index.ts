export * from './org-tree';
export * from './credentials';

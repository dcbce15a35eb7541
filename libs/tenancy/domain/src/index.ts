export * from './org-tree';
export * from './credentials';
export * from './inputs';
export * from './email';
export * from './limits';
export * from './mail-links';

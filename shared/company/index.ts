export * from './setup';
export * from './countries';

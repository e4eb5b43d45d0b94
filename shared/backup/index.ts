export * from './book';
export * from './format';
export * from './manifest';
export * from './problems';
export * from './rotation';
export * from './schedule';
export * from './settings';

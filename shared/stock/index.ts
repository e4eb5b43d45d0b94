export * from './blocks';
export * from './levels';
export * from './postings';
export * from './types';
export * from './valuation';

export * from './categories';
export * from './conditionHistory';
export * from './due';
export * from './problems';
export * from './types';
export * from './validation';

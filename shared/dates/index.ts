export * from './calendar';
export * from './fiscal';
export * from './format';

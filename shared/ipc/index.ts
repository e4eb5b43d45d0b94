export * from './contract';
export * from './errors';
export type { BackofficeBridge } from './api';

export * from './accounts';
export * from './audit';
export * from './messaging';
export * from './registry';
export * from './reports';
export * from './meetings';
export * from './search';

export * from './currency.js';
export * from './inventory.js';
export * from './items.js';

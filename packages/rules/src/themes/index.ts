export * from './theme-model.js';
export * from './theme-catalog.js';
export * from './item-category.js';
export * from './adapt-items.js';

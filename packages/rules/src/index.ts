export * from './model/basics.js';
export * from './model/effects.js';
export * from './model/content.js';
export * from './model/character-build.js';

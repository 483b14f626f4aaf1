export * from './model.js';
export * from './analyze-party.js';
export * from './generate-nemesis.js';
export * from './deceptions.js';

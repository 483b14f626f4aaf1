export * from './rule-profile.js';

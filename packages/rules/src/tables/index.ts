export * from './abilities.js';
export * from './carrying.js';
export * from './experience.js';
export * from './hit-points.js';
export * from './proficiency.js';
export * from './spell-slots.js';

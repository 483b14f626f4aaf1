export { catalogSchema } from './schema.js';
export { descriptions, type DescriptionRow, type NewDescriptionRow } from './descriptions.js';
export { homebrew, type HomebrewRow, type NewHomebrewRow } from './homebrew.js';

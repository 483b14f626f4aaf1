export { charactersSchema } from './schema.js';
export { characters, type CharacterRow, type NewCharacterRow } from './characters.js';

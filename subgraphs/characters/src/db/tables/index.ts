export { charactersSchema } from './schema.js';
export { characters, type CharacterRow, type NewCharacterRow } from './characters.js';
export { characterVersions, type CharacterVersionRow, type NewCharacterVersionRow } from './character-versions.js';

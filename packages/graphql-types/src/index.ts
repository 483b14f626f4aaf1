export { enumOf, type EnumKey, type EnumOf } from './enum-of.js';
export {
  AbilityEnum,
  CharacterConditionEnum,
  CurrencyUnitEnum,
  RechargeEnum,
  SizeEnum,
  Theme,
} from './shared-enums.js';

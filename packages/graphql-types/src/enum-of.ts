/** `short-rest` → `SHORT_REST`: the GraphQL name of a rules value. */
export type EnumKey<TValue extends string> = TValue extends `${infer Head}-${infer Tail}`
  ? `${Uppercase<Head>}_${EnumKey<Tail>}`
  : Uppercase<TValue>;

/** An enum object for registerEnumType: GraphQL names as keys, the rules model's strings as values. */
export type EnumOf<TValue extends string> = { readonly [Value in TValue as EnumKey<Value>]: Value };

function enumKey(value: string): string {
  return value.toUpperCase().replaceAll('-', '_');
}

/**
 * The enum object of a list of values, in the list's order (the order the schema prints):
 * `['str', 'dex']` → `{ STR: 'str', DEX: 'dex' }`; values already in GraphQL form map to themselves.
 */
export function enumOf<TValue extends string>(values: readonly TValue[]): EnumOf<TValue> {
  return Object.fromEntries(values.map((value) => [enumKey(value), value])) as EnumOf<TValue>;
}

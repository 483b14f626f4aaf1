type WithoutNulls<TInput, TClearable extends keyof TInput> = {
  [K in keyof TInput as K extends TClearable ? never : K]: Exclude<TInput[K], null>;
} & { [K in keyof TInput as K extends TClearable ? K : never]: TInput[K] };

/**
 * In story inputs a GraphQL null means "leave as is" for fields an entity always has (title,
 * kind…), and "clear it" only for the `clearable` ones (free text, optional links, stat block).
 */
export function omitNulls<TInput extends object, TClearable extends keyof TInput = never>(
  input: TInput,
  clearable: readonly TClearable[] = [],
): WithoutNulls<TInput, TClearable> {
  return Object.fromEntries(
    Object.entries(input).filter(
      ([key, value]) => value !== null || (clearable as readonly PropertyKey[]).includes(key),
    ),
  ) as WithoutNulls<TInput, TClearable>;
}

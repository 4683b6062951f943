/** A catalogue value may not be empty: an empty literal makes the property `never`, which fails the type check. */
export type NonEmptyMessages<T extends Record<string, string>> = { readonly [K in keyof T]: T[K] extends '' ? never : T[K] };

/**
 * Declares a message catalogue, keeping its literal types so an empty text is a type error.
 *
 * @example
 * const EN = defineMessages({ 'status.overloaded': 'overloaded' });
 */
export function defineMessages<const T extends Record<string, string>>(messages: NonEmptyMessages<T>): NonEmptyMessages<T> {
  return Object.freeze(messages);
}

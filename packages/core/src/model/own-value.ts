/**
 * `record[key]` when `key` is the record's own key, else undefined. Keys that come from data (field and
 * activity names, unit codes) must never reach an inherited property: a plain `{ office: 0.5 }['toString']`
 * is a function, and a field named `constructor` would read Object's constructor.
 *
 * @example
 * ownValue({ office: 0.5 }, 'office'); // 0.5
 * ownValue({ office: 0.5 }, 'toString'); // undefined
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A place in parsed JSON: keys and array indexes from the root. */
export type JsonPath = (string | number)[];

/** Every path in a parsed JSON value, the root included, so a test's mutation can land anywhere. */
export function allPaths(value: unknown, at: JsonPath = []): JsonPath[] {
  const here: JsonPath[] = [at];
  if (Array.isArray(value)) value.forEach((item, i) => here.push(...allPaths(item, [...at, i])));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) here.push(...allPaths(item, [...at, key]));
  }
  return here;
}

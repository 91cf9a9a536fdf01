import type { ArgumentMap } from './argumentMap';

/** The whole map each part was cut from (render/exportScope.ts cuts them for exports). */
const wholeOf = new WeakMap<ArgumentMap, ArgumentMap>();

/** Notes that `part` was cut from `whole`, so what depends on the whole (statuses) can still be told. */
export function rememberPart(part: ArgumentMap, whole: ArgumentMap): void {
  wholeOf.set(part, wholeOf.get(whole) ?? whole);
}

/** The map a part was cut from, or the map itself. */
export const wholeMapOf = (map: ArgumentMap): ArgumentMap => wholeOf.get(map) ?? map;

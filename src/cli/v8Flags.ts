/**
 * V8's budget before it has TurboFan optimise a busy function, 16 times its default (67,584).
 * A command lives a fraction of a second to a few seconds; optimising early costs more CPU than
 * it earns back, later pays. `argmap export` to SVG, whole process, CPU time, medians of paired
 * runs (the commit that brought this in): 1,000 nodes 287 → 218 ms, 5,000 nodes 627 → 513 ms,
 * 10,000 nodes 878 → 768 ms; a 1,000-node PNG as before (4.5 s, resvg's own native code).
 */
export const CLI_V8_FLAGS = '--interrupt-budget=1081344';

// The built launcher sets these before it loads the bundle, so V8's code cache (bin/codeCache.mjs),
// which is only taken under the flags it was made with, is made and taken under the same ones.

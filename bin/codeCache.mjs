// Loads the command line's CommonJS bundle with V8's code cache: the bytecode of every function a
// run compiled, kept beside each file of the bundle (`<file>.v8cache`), so the next process skips
// parsing and compiling it. Node 20 offers no code cache for ES modules (module.enableCompileCache
// came in Node 22), hence a CommonJS bundle and this small loader for its own files. Measured on
// `argmap export` of a 1,000-node map to SVG, whole process: 211 → 193 ms of CPU (figures in the
// commit that brought it in). scripts/buildCli.ts writes the caches with one run after the build;
// a cache V8 refuses (another Node, other flags) is compiled as usual and written anew.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import vm from 'node:vm';

/** The cache file of a bundle file. */
export const cacheFileOf = (file) => `${file}.v8cache`;

/**
 * Runs the CommonJS file `entry` and returns its exports. What it requires by a relative path (the
 * bundle's chunks) is loaded the same way, each once; anything else (Node's modules, packages the
 * bundle leaves out) goes to Node's own require.
 */
export function loadWithCodeCache(entry) {
  const modules = new Map();
  const uncached = [];

  const load = (file) => {
    const known = modules.get(file);
    if (known) return known.exports;
    const source = readFileSync(file, 'utf8');
    const cacheFile = cacheFileOf(file);
    let cachedData;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache yet: compiled from source, and cached when the process ends.
    }
    const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) uncached.push({ script, cacheFile });
    const module = { exports: {}, filename: file, id: file, loaded: false };
    modules.set(file, module);
    const nodeRequire = createRequire(file);
    const require = (id) =>
      id.startsWith('./') || id.startsWith('../') ? load(resolve(dirname(file), id)) : nodeRequire(id);
    require.resolve = nodeRequire.resolve;
    script.runInThisContext().call(module.exports, module.exports, require, module, file, dirname(file));
    module.loaded = true;
    return module.exports;
  };

  // At the end, so the cache holds every function this run compiled, not only the top level.
  process.once('exit', () => {
    for (const { script, cacheFile } of uncached) writeCache(cacheFile, script.createCachedData());
  });
  return load(resolve(entry));
}

/** Writes a cache whole or not at all (a temp file renamed over it); a folder it cannot write is no error. */
function writeCache(cacheFile, data) {
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, cacheFile);
  } catch {
    rmSync(temp, { force: true });
  }
}

// Reads pkg/__wasm_split.js, the loader wasm-split-cli writes (src/parts.rs, src/langs.rs): each
// `__wasm_split_load_<name>` export fetches its split_<name>.wasm after the shared
// chunk_N.wasm files it lists. Used by scripts/size.mjs (what a visitor downloads) and
// scripts/preload.mjs (what boot.js fetches early).

/** The part the app opens on (Route::default(), the plan). */
export const LANDING = 'plan_part';

/** Map(part name → Set of the files it needs: its own and its chunks, as `pkg/<file>`). */
export function readSplitLoader(source) {
  const loads = new Map();
  // Each load: `const <var> = makeLoad(…"./<file>"…, [<deps>]);` or the exported form.
  const re = /(?:export )?const (\w+) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.-]+)"[\s\S]*?\n\}\s*,\s*\[([\w\s,]*)\]\)/g;
  for (const [, name, file, deps] of source.matchAll(re)) {
    loads.set(name, { file: `pkg/${file}`, deps: deps.split(',').map((d) => d.trim()).filter(Boolean) });
  }
  const parts = new Map();
  for (const [name, load] of loads) {
    const m = /^__wasm_split_load_(\w+?)(?:_\d+)?$/.exec(name);
    if (!m) continue;
    const needed = new Set();
    const visit = (n) => {
      const l = loads.get(n);
      if (!l) throw new Error(`__wasm_split.js: ${n} is not defined`);
      if (needed.has(l.file)) return;
      needed.add(l.file);
      l.deps.forEach(visit);
    };
    visit(name);
    parts.set(m[1], needed);
  }
  return parts;
}


// Preloaded (`node --import`) by tests/architecture/checkLoads.test.ts: records every module the process resolves and
// every file it reads, and writes them as JSON to $RECORD_LOADS_TO when the process exits.
import fs, { writeFileSync } from 'node:fs';
import { registerHooks, syncBuiltinESMExports } from 'node:module';

const modules = new Set();
const files = new Set();
registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context);
    modules.add(resolved.url);
    return resolved;
  },
});
for (const name of ['readFileSync', 'readFile', 'createReadStream']) {
  const original = fs[name];
  fs[name] = function (path, ...rest) {
    files.add(String(path));
    return original.call(this, path, ...rest);
  };
}
syncBuiltinESMExports();
process.on('exit', () => writeFileSync(process.env.RECORD_LOADS_TO, JSON.stringify({ modules: [...modules], files: [...files] })));

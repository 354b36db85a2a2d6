// Checks the dependency rules (decision 0018): the rules of .dependency-cruiser.cjs, and one that
// dependency-cruiser cannot state, no cycle between modules. A module is a folder
// src/server/modules/<name>/; an import from module A into module B is a violation when B depends
// back on A, directly or through other files (a cycle of modules need not be a cycle of files,
// which dependency-cruiser's `circular` would find). Prints the violations and exits 1 when
// there are any. Usage: node scripts/check-dependencies.mjs
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const ROOTS = ['src'];
const MODULE = /^src\/server\/modules\/([^/]+)\//;

const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
const tsConfig = extractTSConfig(options.tsConfig.fileName);
const { output: graph } = await cruise(ROOTS, options, {}, { tsConfig });

const violations = graph.summary.violations.filter((v) => v.rule.severity === 'error');
for (const v of violations) {
  const path = v.cycle ? [v.from, ...v.cycle.map((c) => c.name)] : [v.from, v.to];
  const typeOnly = v.dependencyTypes?.includes('type-only') ? ' (type only)' : '';
  console.log(`  error ${v.rule.name}: ${path.join(' → ')}${typeOnly}`);
}
console.log(
  `\n${violations.length} dependency rule violations, ${graph.summary.totalCruised} files and ` +
    `${graph.summary.totalDependenciesCruised} imports cruised.\n`,
);

const cycles = moduleCycles(graph.modules);
for (const [pair, imports] of cycles) {
  console.log(`  error no-module-cycles: ${pair}`);
  for (const line of imports) console.log(`      ${line}`);
}
if (cycles.size > 0) {
  const imports = [...cycles.values()].reduce((sum, lines) => sum + lines.length, 0);
  console.log(`\nx ${cycles.size} dependencies between modules on a cycle of modules, made by ${imports} imports (no-module-cycles).\n`);
}
process.exit(violations.length > 0 || cycles.size > 0 ? 1 : 0);

/**
 * The imports between two modules that lie on a cycle of modules: each file of a module is one
 * node, every other file is a node of its own; an import from module A into module B is on a
 * cycle when both are in the same strongly connected component.
 * @returns {Map<string, string[]>} 'A → B' to the file imports that make it
 */
function moduleCycles(modules) {
  const node = (source) => MODULE.exec(source)?.[0].slice(0, -1) ?? source;
  const edges = new Map();
  for (const m of modules) {
    const from = node(m.source);
    if (!edges.has(from)) edges.set(from, new Set());
    for (const d of m.dependencies) {
      const to = node(d.resolved);
      if (to !== from) edges.get(from).add(to);
    }
  }
  const component = stronglyConnectedComponents(edges);
  const found = new Map();
  for (const m of modules) {
    const from = node(m.source);
    if (!MODULE.test(m.source)) continue;
    for (const d of m.dependencies) {
      const to = node(d.resolved);
      if (to === from || !MODULE.test(d.resolved) || component.get(to) !== component.get(from)) continue;
      const pair = `${from} → ${to}`;
      if (!found.has(pair)) found.set(pair, []);
      const typeOnly = d.dependencyTypes.includes('type-only') ? ' (type only)' : '';
      found.get(pair).push(`${m.source} → ${d.resolved}${typeOnly}`);
    }
  }
  return new Map([...found].sort(([a], [b]) => a.localeCompare(b)));
}

/** Tarjan's algorithm, iterative; returns each node's component number. */
function stronglyConnectedComponents(edges) {
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const component = new Map();
  let counter = 0;
  for (const start of edges.keys()) {
    if (index.has(start)) continue;
    const work = [[start, [...(edges.get(start) ?? [])], 0]];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [v, next] = frame;
      if (frame[2] < next.length) {
        const w = next[frame[2]++];
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push([w, [...(edges.get(w) ?? [])], 0]);
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v), index.get(w)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(v)));
      }
      if (low.get(v) === index.get(v)) {
        for (;;) {
          const w = stack.pop();
          onStack.delete(w);
          component.set(w, v);
          if (w === v) break;
        }
      }
    }
  }
  return component;
}

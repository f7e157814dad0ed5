// ESLint rule `scanbay/layers`: which layer may import what (ARCHITECTURE.md, "Layout").
// Do not relax these rules to make a change pass: move the code to the layer it belongs to.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

const NATIVE = ['better-sqlite3', 'node-hid', 'serialport', '@serialport/'];
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

const isNode = (spec) => spec.startsWith('node:') || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0]);
const isElectron = (spec) => spec === 'electron' || spec.startsWith('electron/') || spec === 'electron-store';
const isNative = (spec) => NATIVE.some((n) => spec === n || (n.endsWith('/') ? spec.startsWith(n) : spec.startsWith(`${n}/`)));

/** The layer of a repository-relative path. */
export function layerOf(rel) {
  const p = rel.split(sep).join('/');
  if (p.startsWith('shared/')) return 'shared';
  if (p === 'renderer/vite.config.ts') return 'tooling';
  if (p.startsWith('renderer/')) return 'renderer';
  if (p.startsWith('electron/preload/')) return 'preload';
  if (p.startsWith('electron/main/')) return 'shell';
  if (p.startsWith('electron/tools/')) return 'tooling';
  if (p.startsWith('electron/')) return 'backend';
  return 'other';
}

/** Returns why `spec` may not be imported from a file of `layer`, or null when it may. */
export function violation(layer, spec, targetRel) {
  const target = targetRel ? layerOf(targetRel) : null;
  switch (layer) {
    case 'shared':
      if (isNode(spec)) return 'shared/ is pure: no Node built-ins';
      if (isElectron(spec)) return 'shared/ is pure: no electron';
      if (isNative(spec)) return 'shared/ is pure: no native modules';
      if (target && target !== 'shared') return `shared/ may import only shared/ (this reaches ${target} code)`;
      return null;
    case 'renderer':
      if (isNode(spec)) return 'renderer/ runs in a sandboxed page: no Node built-ins';
      if (isElectron(spec)) return 'renderer/ talks to the station through its client only: no electron';
      if (isNative(spec)) return 'renderer/ cannot load native modules';
      if (target && target !== 'renderer' && target !== 'shared') return `renderer/ may import only renderer/ and shared/ (this reaches ${target} code)`;
      return null;
    case 'preload':
      if (isNode(spec) || isNative(spec)) return 'a sandboxed preload can load only electron and shared code';
      if (target && target !== 'shared' && target !== 'preload') return `the preload may import only shared/ (this reaches ${target} code)`;
      return null;
    case 'backend':
      if (isElectron(spec)) return 'the station backend runs under plain Node: only electron/main and electron/preload import electron';
      if (target === 'renderer' || target === 'shell' || target === 'preload') return `the backend must not import ${target} code`;
      return null;
    default:
      return null;
  }
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce ScanBay layer boundaries (shared / renderer / backend / Electron shell)' },
    schema: [],
    messages: { layer: "layer violation: {{why}} ('{{spec}}'). Do not relax this rule: move the code." },
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const layer = layerOf(relative(root, file));
    if (layer === 'other' || layer === 'tooling' || layer === 'shell') return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      const targetRel = spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)) : null;
      const why = violation(layer, spec, targetRel);
      if (why) context.report({ node, messageId: 'layer', data: { why, spec } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
    };
  },
};

export default { rules: { layers: layersRule } };

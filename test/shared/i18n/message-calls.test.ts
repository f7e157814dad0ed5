// Every place the code names a message with literal parameters gives all the parameters the
// message uses: `msg('key', { … })` in the station, `t('key', { … })` in the renderer.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../shared/i18n/catalog';
import { messageArgs } from './message-args';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FORMATTERS = new Set(['msg', 't']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'catalog' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Call {
  where: string;
  key: string;
  given: string[] | null; // null: not an object literal we can read (checked at run time instead)
}

function calls(file: string): Call[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Call[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && FORMATTERS.has(node.expression.text)) {
      const [first, second] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) {
        let given: string[] | null = [];
        if (second) {
          given = ts.isObjectLiteralExpression(second) && second.properties.every((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && !ts.isComputedPropertyName(p.name))
            ? second.properties.map((p) => (p.name as ts.Identifier | ts.StringLiteral).text)
            : null;
        }
        const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ where: `${relative(ROOT, file)}:${line}`, key: first.text, given });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const all = ['electron', 'shared', 'renderer/src'].flatMap((d) => sources(join(ROOT, d))).flatMap(calls);

describe('message calls', () => {
  it('finds the calls (the scan itself works)', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it('name messages that exist', () => {
    expect(all.filter((c) => !(c.key in CATALOGS.en)).map((c) => `${c.where} ${c.key}`)).toEqual([]);
  });

  it('give every parameter the message uses, in every language', () => {
    const missing: string[] = [];
    for (const c of all) {
      if (c.given === null || !(c.key in CATALOGS.en)) continue;
      for (const lang of Object.keys(CATALOGS) as (keyof typeof CATALOGS)[]) {
        for (const name of messageArgs(CATALOGS[lang][c.key] ?? '').keys()) if (!c.given.includes(name)) missing.push(`${c.where} ${c.key} (${lang}) needs {${name}}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

// No sentence of the UI is written into a component: every word a person reads comes from the
// message catalogs (shared/i18n/catalog), so every language is complete. This finds text in JSX,
// in the attributes people read or hear (accessible names, placeholders, titles) and in
// expressions rendered as children.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'renderer/src');
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'title', 'alt', 'label', 'heading', 'caption', 'prompt', 'hint', 'confirmLabel', 'cancelLabel', 'emptyText']);
const WORDS = /\p{L}{2,}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

/** String literals with words that an expression would render (through ?:, &&, ||, ??, parentheses). */
function renderedStrings(e: ts.Expression): ts.Node[] {
  if (ts.isStringLiteralLike(e)) return WORDS.test(e.text) ? [e] : [];
  if (ts.isTemplateExpression(e)) return [e.head, ...e.templateSpans.map((s) => s.literal)].some((p) => WORDS.test(p.text)) ? [e] : [];
  if (ts.isParenthesizedExpression(e)) return renderedStrings(e.expression);
  if (ts.isConditionalExpression(e)) return [...renderedStrings(e.whenTrue), ...renderedStrings(e.whenFalse)];
  if (ts.isBinaryExpression(e) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(e.operatorToken.kind)) {
    return [...(e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ? [] : renderedStrings(e.left)), ...renderedStrings(e.right)];
  }
  return [];
}

export function englishLiterals(file: string, text = readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TSX);
  const out: string[] = [];
  const report = (node: ts.Node) => out.push(`${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().trim().slice(0, 60)}`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node);
    else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) {
        if (WORDS.test(init.text)) report(init);
      } else if (ts.isJsxExpression(init) && init.expression) renderedStrings(init.expression).forEach(report);
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) renderedStrings(node.expression).forEach(report);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('renderer components', () => {
  it('finds English written into a component (the check itself works)', () => {
    const sample = `const A = () => <div title="Close it" aria-label={x ? 'Open' : 'Shut'}>Hello {'there'} {n} {' — '}<b>{x && 'Yes please'}</b></div>;`;
    expect(englishLiterals(join(SRC, 'sample.tsx'), sample).map((l) => l.replace(/^.*?: /, ''))).toEqual(['"Close it"', "'Open'", "'Shut'", 'Hello', "'there'", "'Yes please'"]);
  });

  it('write no English: every word comes from the catalogs', () => {
    expect(tsxFiles(SRC).flatMap((f) => englishLiterals(f))).toEqual([]);
  });
});

/**
 * Lists the functions longer than a limit (default 80 lines) in the packages' `src` folders, longest first,
 * so the count the code-size rule asks for is reproducible:
 *
 *   pnpm tsx scripts/long-functions.ts            # every package, limit 80
 *   pnpm tsx scripts/long-functions.ts 60 core    # limit 60, packages/core only
 *
 * A function is a function declaration, method, arrow function or function expression; its length counts
 * the lines from its first to its last token (comments before it excluded). Nested functions count on their
 * own and inside their parent, as a reader sees them.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** One function found longer than the limit. */
export interface LongFunction {
  readonly file: string;
  readonly name: string;
  readonly line: number;
  readonly lines: number;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry) && !entry.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

function functionName(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return "(anonymous)";
}

/** The functions of one source text longer than `limit` lines. */
export function longFunctions(file: string, text: string, limit: number): LongFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isArrowFunction(node) ||
      ts.isFunctionExpression(node) ||
      ts.isConstructorDeclaration(node)
    ) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > limit) found.push({ file, name: functionName(node), line: first + 1, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const root = join(import.meta.dirname, "..");
const limit = Number(process.argv[2] ?? 80);
const only = process.argv[3];
const packages = readdirSync(join(root, "packages")).filter((p) => !only || p === only);
const all: LongFunction[] = [];
for (const pkg of packages) {
  const src = join(root, "packages", pkg, "src");
  try {
    statSync(src);
  } catch {
    continue;
  }
  for (const file of sourceFiles(src)) all.push(...longFunctions(relative(root, file), readFileSync(file, "utf8"), limit));
}
all.sort((a, b) => b.lines - a.lines);
for (const f of all) console.log(`${String(f.lines).padStart(4)}  ${f.file}:${f.line}  ${f.name}`);
console.log(`${all.length} functions over ${limit} lines`);

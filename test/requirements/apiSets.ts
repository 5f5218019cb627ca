import path from "node:path";
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import ts from "typescript";

/** The project root: this file lives in test/requirements. */
export const PROJECT_ROOT = path.resolve(__dirname, "../..");

/** A requirement set as the typings name it, e.g. ExcelApi 1.9. */
export interface ApiSet {
  name: string;
  version: string;
}

/** One place in the code that touches an Office.js member. */
export interface ApiUse {
  /** Path relative to the project root (or the root given to findApiUses), with forward slashes. */
  file: string;
  line: number;
  /** Qualified name of the declaration used, e.g. Excel.Range.copyFrom. */
  member: string;
  /** Requirement sets the member's documentation names; empty when it names none. */
  sets: ApiSet[];
  /** True when the member is assigned to (a property set), not read or called. */
  write: boolean;
  /** True when an enclosing condition checks isSetSupported or a capabilities flag. */
  guarded: boolean;
  /** The text of that condition, when guarded. */
  guard?: string;
}

/** A use that needs a requirement set the manifest does not promise, outside any guard. */
export interface Violation {
  use: ApiUse;
  needs: ApiSet[];
  /** "file:line member needs ExcelApi x.y". */
  message: string;
}

/** The type declarations whose members are Office APIs. */
const TYPINGS = /[\\/]node_modules[\\/]@types[\\/](office-js|office-runtime)[\\/]index\.d\.ts$/;

/** A condition that makes the code under it run only where the host has the newer API. */
const GUARD = /\bcapabilities\??\.\w+|\bisSetSupported\b/;

/** Requirement sets of other Office applications: listed beside Excel's as alternatives, never needed by Excel. */
const OTHER_HOSTS = /^(Word|PowerPoint|OneNote|Visio|Mailbox|Outlook|Project)/;

/** Compares dotted versions numerically: "1.10" is above "1.9". */
export function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The requirement sets a piece of JSDoc names: `[Api set: ExcelApi 1.9]` brackets and the common APIs'
 * `{@link …requirement-sets… | SharedRuntime 1.1}` links. Per set the first version counts, except that a
 * write takes the version given "for set"/"for setting" ("ExcelApi 1.1 for get, 1.8 for set").
 */
export function apiSetsInDoc(doc: string, write = false): ApiSet[] {
  const found = new Map<string, { base: string; setter?: string }>();
  const note = (name: string, version: string, part = "") => {
    const entry = found.get(name) ?? { base: version };
    if (!found.has(name)) found.set(name, entry);
    if (/\bfor set(ting)?\b|\bsetting it\b/i.test(part) && entry.setter === undefined) entry.setter = version;
  };
  for (const bracket of doc.matchAll(/\[Api set:([^\]]*)\]/g)) {
    let name: string | undefined;
    for (const part of bracket[1].split(/[;,]/)) {
      const m = /^\s*(?:([A-Za-z]\w*)\s+)?(\d+(?:\.\d+)+)/.exec(part);
      if (!m) continue;
      name = m[1] ?? name;
      if (name) note(name, m[2], part);
    }
  }
  const link = /\{@link\s+(\S+)\s*\|\s*([A-Za-z]\w*)\s+(?:requirement set\s+)?(\d+(?:\.\d+)+)[^}]*\}/g;
  for (const m of doc.matchAll(link)) if (m[1].includes("requirement-sets")) note(m[2], m[3]);
  return [...found].map(([name, v]) => ({ name, version: write && v.setter ? v.setter : v.base }));
}

/** The documentation of a declaration that can name its requirement sets: the description and @remarks. */
function docText(declaration: ts.Node): string {
  const text = declaration.getSourceFile().text;
  const pieces: string[] = [];
  for (const doc of ts.getJSDocCommentsAndTags(declaration)) {
    if (!ts.isJSDoc(doc)) continue;
    const tags = doc.tags ?? [];
    pieces.push(text.slice(doc.pos, tags.length > 0 ? tags[0].pos : doc.end));
    for (const tag of tags) if (tag.tagName.text === "remarks") pieces.push(text.slice(tag.pos, tag.end));
  }
  return pieces.join("\n");
}

/** Keeps, per set name, the highest version any of the lists asks for. */
function highest(lists: ApiSet[][]): ApiSet[] {
  const merged = new Map<string, string>();
  for (const list of lists) {
    for (const set of list) {
      const seen = merged.get(set.name);
      if (seen === undefined || compareVersions(set.version, seen) > 0) merged.set(set.name, set.version);
    }
  }
  return [...merged].map(([name, version]) => ({ name, version }));
}

/** Excel.Range.copyFrom for the declaration of copyFrom in class Range of namespace Excel. */
function qualifiedName(declaration: ts.Declaration): string {
  const names = [ts.getNameOfDeclaration(declaration)?.getText() ?? "?"];
  for (let node = declaration.parent; node && !ts.isSourceFile(node); node = node.parent) {
    if (
      (ts.isModuleDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isEnumDeclaration(node)) &&
      node.name
    ) {
      names.unshift(node.name.getText());
    }
  }
  return names.join(".");
}

const isOffice = (declaration: ts.Node) => TYPINGS.test(declaration.getSourceFile().fileName);

/** True when the expression is the target of an assignment or of ++/--. */
function isWrite(node: ts.Node): boolean {
  let target = node;
  while (ts.isParenthesizedExpression(target.parent) || ts.isNonNullExpression(target.parent))
    target = target.parent;
  const parent = target.parent;
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    return (
      parent.left === target && op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment
    );
  }
  if (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) {
    return (
      parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken
    );
  }
  return false;
}

/** Strips parentheses and reports whether the condition is a negation (`!x`). */
function isNegation(condition: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(condition)) condition = condition.expression;
  return ts.isPrefixUnaryExpression(condition) && condition.operator === ts.SyntaxKind.ExclamationToken;
}

/**
 * The guarding condition around a node, if any: the then-branch of an `if` or `?:`, the right side of `&&`,
 * or the else-branch of a negated condition, whose condition mentions isSetSupported or a capabilities flag.
 */
export function guardOf(node: ts.Node): string | undefined {
  const guards = (condition: ts.Expression) => GUARD.test(condition.getText());
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && guards(parent.expression)) {
      if (
        child === parent.thenStatement ||
        (child === parent.elseStatement && isNegation(parent.expression))
      ) {
        return parent.expression.getText();
      }
    } else if (ts.isConditionalExpression(parent) && guards(parent.condition)) {
      if (child === parent.whenTrue || (child === parent.whenFalse && isNegation(parent.condition))) {
        return parent.condition.getText();
      }
    } else if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      child === parent.right &&
      guards(parent.left)
    ) {
      return parent.left.getText();
    }
  }
  return undefined;
}

/** A property of a type, looked up in each member of a union. */
function propertiesOf(checker: ts.TypeChecker, type: ts.Type | undefined, name: string): ts.Symbol[] {
  if (!type) return [];
  const direct = checker.getPropertyOfType(type, name);
  if (direct) return [direct];
  const parts = type.isUnionOrIntersection() ? type.types : [];
  return parts.flatMap((t) => checker.getPropertyOfType(t, name) ?? []);
}

/**
 * Finds every Office.js member the given files use — property accesses and calls, `x["name"]`, object
 * literals passed where Office.js expects an options object, and destructuring — with their requirement sets.
 */
export function findApiUses(program: ts.Program, files: string[], root: string = PROJECT_ROOT): ApiUse[] {
  const checker = program.getTypeChecker();
  const setsCache = new Map<ts.Node, { read: ApiSet[]; write: ApiSet[] }>();
  const setsOf = (declaration: ts.Node, write: boolean) => {
    let cached = setsCache.get(declaration);
    if (!cached) {
      const doc = docText(declaration);
      cached = { read: apiSetsInDoc(doc, false), write: apiSetsInDoc(doc, true) };
      setsCache.set(declaration, cached);
    }
    return write ? cached.write : cached.read;
  };
  const uses: ApiUse[] = [];

  const record = (
    sourceFile: ts.SourceFile,
    node: ts.Node,
    at: ts.Node,
    symbols: ts.Symbol[],
    write: boolean,
  ) => {
    const declarations = symbols
      .map((s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s))
      .flatMap((s) => s.declarations ?? [])
      .filter(isOffice);
    if (declarations.length === 0) return;
    let documented: ts.Node[] = declarations;
    const call = node.parent;
    if ((ts.isCallExpression(call) || ts.isNewExpression(call)) && call.expression === node) {
      const chosen = checker.getResolvedSignature(call)?.declaration;
      if (chosen && declarations.includes(chosen as ts.Declaration)) documented = [chosen];
    }
    const guard = guardOf(node);
    uses.push({
      file: path.relative(root, sourceFile.fileName).split(path.sep).join("/"),
      line: sourceFile.getLineAndCharacterOfPosition(at.getStart(sourceFile)).line + 1,
      member: qualifiedName(declarations[0]),
      sets: highest(documented.map((d) => setsOf(d, write))),
      write,
      guarded: guard !== undefined,
      ...(guard !== undefined ? { guard } : {}),
    });
  };

  for (const file of files) {
    const sourceFile = program.getSourceFile(file);
    if (!sourceFile) throw new Error(`${file} is not part of the program`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        if (symbol) record(sourceFile, node, node.name, [symbol], isWrite(node));
      } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
        const key = node.argumentExpression;
        const symbol = checker.getSymbolAtLocation(key);
        const symbols = symbol
          ? [symbol]
          : propertiesOf(checker, checker.getTypeAtLocation(node.expression), key.text);
        record(sourceFile, node, key, symbols, isWrite(node));
      } else if (ts.isObjectLiteralExpression(node)) {
        const type = checker.getContextualType(node);
        for (const property of node.properties) {
          if (
            !ts.isPropertyAssignment(property) &&
            !ts.isShorthandPropertyAssignment(property) &&
            !ts.isMethodDeclaration(property)
          )
            continue;
          const name =
            ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)
              ? property.name.text
              : undefined;
          if (name !== undefined)
            record(sourceFile, property, property.name, propertiesOf(checker, type, name), true);
        }
      } else if (ts.isObjectBindingPattern(node)) {
        const type = checker.getTypeAtLocation(node);
        for (const element of node.elements) {
          const key = element.propertyName ?? element.name;
          if (ts.isIdentifier(key) || ts.isStringLiteral(key))
            record(sourceFile, element, key, propertiesOf(checker, type, key.text), false);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return uses;
}

/**
 * Members whose typings name only another host's set although every host has them:
 * Office.AddinCommands.Event.completed carries "Mailbox 1.3" for Outlook's `allowEvent` option, but it
 * is how every Excel function command must end. Office.Context.officeTheme carries "Mailbox 1.14", the
 * version from which Outlook has it; Excel has had it in no set since Office 2016 (the add-in still reads
 * it only when present, since Excel on the web may leave it undefined).
 */
const EVERY_HOST = new Set(["Office.AddinCommands.Event.completed", "Office.Context.officeTheme"]);

/**
 * The uses that need more than the manifest promises and are not guarded: an ExcelApi version above the
 * minimum, or any other Excel or common set (ExcelApiOnline, SharedRuntime, DialogApi…) the manifest does
 * not require at that version. Sets of other applications (WordApi, Mailbox…) listed beside an Excel or
 * common set are alternatives and are ignored; a member documented only with such sets is a violation.
 */
export function checkApiSets(
  uses: ApiUse[],
  minimum: Readonly<Record<string, string | undefined>>,
): Violation[] {
  const violations: Violation[] = [];
  for (const use of uses) {
    if (use.guarded || use.sets.length === 0 || EVERY_HOST.has(use.member)) continue;
    const forExcel = use.sets.filter((s) => !OTHER_HOSTS.test(s.name));
    const relevant = forExcel.length > 0 ? forExcel : use.sets;
    const needs = relevant.filter((s) => {
      const promised = minimum[s.name];
      return promised === undefined || compareVersions(s.version, promised) > 0;
    });
    if (needs.length === 0) continue;
    const sets = needs.map((s) => `${s.name} ${s.version}`).join(" and ");
    violations.push({ use, needs, message: `${use.file}:${use.line} ${use.member} needs ${sets}` });
  }
  return violations;
}

const elements = (parent: XmlElement, localName: string): XmlElement[] =>
  Array.from(parent.childNodes).filter(
    (n): n is XmlElement => n.nodeType === 1 && (n as XmlElement).localName === localName,
  );

/** The requirement sets an add-in manifest's top-level <Requirements><Sets> asks for, name → minimum version. */
export function manifestMinimum(xml: string): Record<string, string> {
  const root = new DOMParser().parseFromString(xml, "text/xml").documentElement;
  if (!root) throw new Error("manifest has no root element");
  const minimum: Record<string, string> = {};
  for (const requirements of elements(root, "Requirements")) {
    for (const sets of elements(requirements, "Sets")) {
      const fallback = sets.getAttribute("DefaultMinVersion") || "1.1";
      for (const set of elements(sets, "Set")) {
        const name = set.getAttribute("Name");
        if (name) minimum[name] = set.getAttribute("MinVersion") || fallback;
      }
    }
  }
  return minimum;
}

/** A TypeScript program over src/ as tsconfig.build.json compiles it, and the names of its src files. */
export function sourceProgram(root: string = PROJECT_ROOT): { program: ts.Program; files: string[] } {
  const configPath = path.join(root, "tsconfig.build.json");
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath);
  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options: { ...parsed.options, noEmit: true },
  });
  const src = path.join(root, "src") + path.sep;
  const files = program
    .getSourceFiles()
    .map((f) => f.fileName)
    .filter((f) => path.resolve(f).startsWith(src));
  return { program, files };
}

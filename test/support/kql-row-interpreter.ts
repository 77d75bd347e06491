/**
 * A workspace cannot run here, so tests evaluate what the generated query computes of one row with this tiny
 * interpreter of the `| extend` steps of a `let`, in the forms the query writes them, with Kusto's semantics for
 * them as its documentation gives them: a string is never null (absent is ""), tostring(null) is "", a comparison
 * with null is null (`between (a .. b)` too, which holds a and b), `and`/`or` are three-valued, case() and iff() take a branch only on true, `=~`, `in~`,
 * `!in~` and `endswith` ignore case, `dynamic([…])` is its array, column_ifexists reads the row's column, a comment runs to the end of its line, trim() and `matches regex`
 * take RE2 patterns (read here as JavaScript `u` patterns, \x{…} as \u{…}, a leading (?i) as the i flag). A function or operator it does not know is
 * an error, never a guess.
 */
export type KqlValue = string | number | boolean | null | KqlValue[] | { [key: string]: KqlValue };
export type KqlRow = Record<string, KqlValue>;

type Node =
  | { kind: 'literal'; value: KqlValue }
  | { kind: 'name'; name: string }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'index'; target: Node; key: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node }
  | { kind: 'in'; value: Node; list: Node[]; negated: boolean }
  | { kind: 'between'; value: Node; low: Node; high: Node }
  | { kind: 'array'; items: Node[] };

/** The scalar lets of a query: `let Name = dynamic(<JSON>);`. */
export function dynamicLets(query: string): KqlRow {
  const lets: KqlRow = {};
  for (const m of query.matchAll(/^let (\w+) = dynamic\(([\s\S]*?)\);$/gm)) lets[m[1]!] = JSON.parse(m[2]!) as KqlValue;
  return lets;
}

/** The row after the `| extend` steps of `let <name> = <Source> | extend … ;`, given the columns of its source. */
export function evaluateLet(query: string, name: string, row: KqlRow, lets: KqlRow = dynamicLets(query)): KqlRow {
  const start = query.indexOf(`\nlet ${name} = `);
  if (start < 0) throw new Error(`no let ${name}`);
  const end = query.indexOf(';\n', start);
  const body = query
    .slice(query.indexOf('\n', start + 1), end)
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');
  const out: KqlRow = { ...row };
  for (const step of body.split(/^\s*\|/m).map((s) => s.trim()).filter((s) => s !== '')) {
    if (!step.startsWith('extend')) throw new Error(`not an extend: ${step}`);
    const parser = new Parser(step.slice('extend'.length));
    do {
      const column = parser.name();
      parser.expect('=');
      out[column] = evaluate(parser.expression(), (n, ifExists) => (n in out ? out[n]! : n in lets ? lets[n]! : ifExists ? undefined : unknown(n)));
    } while (parser.take(','));
    parser.end();
  }
  return out;
}

function unknown(name: string): never {
  throw new Error(`unknown name: ${name}`);
}

const COMMENT = /\s*\/\/[^\n]*/y;
const TOKEN = /\s*(?:@"[^"]*"|"(?:[^"\\]|\\.)*"|\d+(?:\.\d+)?|\.\.|==|=~|>=|<|>|!in~|in~|[A-Za-z_]\w*|[(),=[\]])/y;

class Parser {
  private tokens: string[] = [];
  private at = 0;

  constructor(source: string) {
    const text = source.trim();
    let at = 0;
    while (at < text.length) {
      // A comment at the end of a line (`… > 0.1,  // Audio: 0.1 (default)`) is white space; in a string it is text.
      COMMENT.lastIndex = at;
      if (COMMENT.test(text)) {
        at = COMMENT.lastIndex;
        continue;
      }
      TOKEN.lastIndex = at;
      const m = TOKEN.exec(text);
      if (m === null) throw new Error(`cannot read: ${text.slice(at)}`);
      this.tokens.push(m[0].trim());
      at = TOKEN.lastIndex;
    }
  }

  take(token: string): boolean {
    if (this.tokens[this.at] !== token) return false;
    this.at++;
    return true;
  }

  expect(token: string): void {
    if (!this.take(token)) throw new Error(`expected ${token} at ${this.tokens.slice(this.at, this.at + 5).join(' ')}`);
  }

  end(): void {
    if (this.at !== this.tokens.length) throw new Error(`left over: ${this.tokens.slice(this.at).join(' ')}`);
  }

  name(): string {
    const token = this.tokens[this.at++];
    if (token === undefined || !/^[A-Za-z_]\w*$/.test(token)) throw new Error(`expected a name, got ${token}`);
    return token;
  }

  expression(): Node {
    let left = this.conjunction();
    while (this.take('or')) left = { kind: 'binary', op: 'or', left, right: this.conjunction() };
    return left;
  }

  private conjunction(): Node {
    let left = this.comparison();
    while (this.take('and')) left = { kind: 'binary', op: 'and', left, right: this.comparison() };
    return left;
  }

  private comparison(): Node {
    const left = this.postfix();
    if (this.take('==')) return { kind: 'binary', op: '==', left, right: this.postfix() };
    if (this.take('<')) return { kind: 'binary', op: '<', left, right: this.postfix() };
    if (this.take('>')) return { kind: 'binary', op: '>', left, right: this.postfix() };
    if (this.take('>=')) return { kind: 'binary', op: '>=', left, right: this.postfix() };
    if (this.take('between')) {
      this.expect('(');
      const low = this.postfix();
      this.expect('..');
      const high = this.postfix();
      this.expect(')');
      return { kind: 'between', value: left, low, high };
    }
    if (this.take('=~')) return { kind: 'binary', op: '=~', left, right: this.postfix() };
    if (this.take('endswith')) return { kind: 'binary', op: 'endswith', left, right: this.postfix() };
    if (this.take('matches')) {
      this.expect('regex');
      return { kind: 'binary', op: 'matches regex', left, right: this.postfix() };
    }
    for (const [op, negated] of [['in~', false], ['!in~', true]] as const) {
      if (!this.take(op)) continue;
      this.expect('(');
      const list = this.list(')');
      return { kind: 'in', value: left, list, negated };
    }
    return left;
  }

  private list(close: string): Node[] {
    const items: Node[] = [];
    if (this.take(close)) return items;
    do items.push(this.expression());
    while (this.take(','));
    this.expect(close);
    return items;
  }

  private postfix(): Node {
    let node = this.primary();
    while (this.take('[')) {
      node = { kind: 'index', target: node, key: this.expression() };
      this.expect(']');
    }
    return node;
  }

  private primary(): Node {
    const token = this.tokens[this.at++];
    if (token === undefined) throw new Error('unexpected end');
    if (token === '(') {
      const inner = this.expression();
      this.expect(')');
      return inner;
    }
    if (token === '[') return { kind: 'array', items: this.list(']') };
    if (token.startsWith('@"')) return { kind: 'literal', value: token.slice(2, -1) };
    if (token.startsWith('"')) return { kind: 'literal', value: JSON.parse(token) as string };
    if (/^\d/.test(token)) return { kind: 'literal', value: Number(token) };
    if (token === 'null') return { kind: 'literal', value: null };
    if (token === 'true' || token === 'false') return { kind: 'literal', value: token === 'true' };
    if (this.take('(')) return { kind: 'call', name: token, args: this.list(')') };
    return { kind: 'name', name: token };
  }
}

/** An RE2 pattern as a JavaScript one: the forms the query uses are the same but for \x{…}. */
function re2(pattern: string): RegExp {
  // RE2's leading (?i) flag (the query's GUID test) is JavaScript's i flag.
  const insensitive = pattern.startsWith('(?i)');
  return new RegExp((insensitive ? pattern.slice(4) : pattern).replace(/\\x\{([0-9a-fA-F]+)\}/g, '\\u{$1}'), insensitive ? 'iu' : 'u');
}

function text(value: KqlValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function num(value: KqlValue): number | null {
  if (typeof value === 'number') return value;
  if (value === null) return null;
  throw new Error(`not a number: ${JSON.stringify(value)}`);
}

function isEmpty(value: KqlValue): boolean {
  return value === null || value === '';
}

const FUNCTIONS: Record<string, (args: KqlValue[]) => KqlValue> = {
  case: (args) => {
    for (let i = 0; i + 1 < args.length; i += 2) if (args[i] === true) return args[i + 1]!;
    return args[args.length - 1]!;
  },
  iff: ([c, a, b]) => (c === true ? a! : b!),
  isempty: ([v]) => isEmpty(v!),
  isnotempty: ([v]) => !isEmpty(v!),
  isnull: ([v]) => v === null,
  isnotnull: ([v]) => v !== null,
  not: ([v]) => (v === null ? null : v !== true),
  dynamic: ([v]) => v!,
  array_length: ([v]) => (Array.isArray(v) ? v.length : null),
  array_concat: (args) => args.flatMap((v) => (Array.isArray(v) ? v : [])),
  isfinite: ([v]) => (v === null ? null : Number.isFinite(num(v!))),
  floor: ([v, to]) => (v === null ? null : Math.floor(num(v!)! / num(to!)!) * num(to!)!),
  abs: ([v]) => (v === null ? null : Math.abs(num(v!)!)),
  real: ([v]) => (v === null ? null : num(v!)),
  int: ([v]) => (v === null ? null : num(v!)),
  long: ([v]) => (v === null ? null : num(v!)),
  // The first value that is not null (nor "", for strings).
  coalesce: (args) => args.find((v) => v !== null && v !== '') ?? args[args.length - 1] ?? null,
  toreal: ([v]) => {
    if (typeof v !== 'string') return v === null ? null : num(v!);
    const n = Number(v);
    return v.trim() === '' || Number.isNaN(n) ? null : n;
  },
  tolong: ([v]) => {
    if (typeof v === 'string') return /^[+-]?\d+$/.test(v) ? Number(v) : null;
    const n = num(v!);
    return n === null ? null : Math.trunc(n);
  },
  tostring: ([v]) => text(v!),
  tolower: ([v]) => text(v!).toLowerCase(),
  strcat: (args) => args.map(text).join(''),
  trim: ([pattern, v]) => text(v!).replace(re2(`^(?:${text(pattern!)})`), '').replace(re2(`(?:${text(pattern!)})$`), ''),
  bag_has_key: ([bag, key]) => typeof bag === 'object' && bag !== null && !Array.isArray(bag) && Object.hasOwn(bag, text(key!)),
  set_has_element: ([set, v]) => Array.isArray(set) && set.some((e) => e === v),
};

/** A column's or let's value; with `ifExists`, undefined for a name that is neither (column_ifexists), else an error. */
type Lookup = (name: string, ifExists?: boolean) => KqlValue | undefined;

function evaluate(node: Node, lookup: Lookup): KqlValue {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'name':
      return lookup(node.name)!;
    case 'index': {
      const target = evaluate(node.target, lookup);
      const key = evaluate(node.key, lookup);
      if (target === null || typeof target !== 'object') return null;
      const found = Array.isArray(target) ? target[num(key)!] : Object.hasOwn(target, text(key)) ? target[text(key)] : undefined;
      return found ?? null;
    }
    case 'in': {
      const value = text(evaluate(node.value, lookup)).toLowerCase();
      return node.list.some((item) => text(evaluate(item, lookup)).toLowerCase() === value) !== node.negated;
    }
    case 'array':
      return node.items.map((item) => evaluate(item, lookup));
    case 'between': {
      const value = num(evaluate(node.value, lookup));
      const low = num(evaluate(node.low, lookup));
      const high = num(evaluate(node.high, lookup));
      return value === null || low === null || high === null ? null : low <= value && value <= high;
    }
    case 'binary': {
      const left = evaluate(node.left, lookup);
      const right = evaluate(node.right, lookup);
      if (node.op === 'and') return left === false || right === false ? false : left === null || right === null ? null : true;
      if (node.op === 'or') return left === true || right === true ? true : left === null || right === null ? null : false;
      // `matches regex` looks for a match anywhere, as RegExp.test does.
      if (node.op === 'matches regex') return re2(text(right)).test(text(left));
      // `endswith` ignores case, and reads null as "" (a string is never null).
      if (node.op === 'endswith') return text(left).toLowerCase().endsWith(text(right).toLowerCase());
      if (left === null || right === null) return null;
      if (node.op === '=~') return text(left).toLowerCase() === text(right).toLowerCase();
      if (node.op === '==') return left === right;
      if (node.op === '>=') return num(left)! >= num(right)!;
      return node.op === '<' ? num(left)! < num(right)! : num(left)! > num(right)!;
    }
    case 'call': {
      // column_ifexists(name, default): the row's column of that name, which may hold null, else the default.
      if (node.name === 'column_ifexists') {
        const found = lookup(text(evaluate(node.args[0]!, lookup)), true);
        return found !== undefined ? found : evaluate(node.args[1]!, lookup);
      }
      const fn = FUNCTIONS[node.name];
      if (fn === undefined) throw new Error(`unknown function: ${node.name}`);
      return fn(node.args.map((arg) => evaluate(arg, lookup)));
    }
  }
}

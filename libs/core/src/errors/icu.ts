/**
 * The part of ICU MessageFormat that refusal templates use (reasons.ts), in types and at run time:
 * `{name}`, `{name, number}`, `{name, plural, one {...} other {...}}` (with `#` and `=n`),
 * `{name, selectordinal, ...}` and `{name, select, ...}`; an apostrophe quotes as in ICU ("''" is
 * one apostrophe; one before a brace or `#` starts quoted text). Clients format the same templates
 * with a full ICU library in any language; here they only render the English message.
 */

/** A param's value: text or a code, a number, or a list of codes or names (see LIST_PARAMS). */
export type ParamValue = string | number | readonly string[];

export type Params = Readonly<Record<string, ParamValue>>;

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;

/** [the text up to the brace closing the one already open, the text after it]. */
type Balanced<S extends string, Depth extends unknown[] = [], Body extends string = ''> = S extends `${infer C}${infer R}`
  ? C extends '{'
    ? Balanced<R, [...Depth, 0], `${Body}{`>
    : C extends '}'
      ? Depth extends [unknown, ...infer D]
        ? Balanced<R, D, `${Body}}`>
        : [Body, R]
      : Balanced<R, Depth, `${Body}${C}`>
  : [Body, ''];

/** The branches `key {body} key {body}}` of a plural or select, then what follows the argument. */
type Branches<S extends string, Acc> =
  Trim<S> extends `}${infer After}`
    ? ArgsOf<After, Acc>
    : Trim<S> extends `${string}{${infer Rest}`
      ? Balanced<Rest> extends [infer Body extends string, infer After extends string]
        ? Branches<After, ArgsOf<Body, Acc>>
        : Acc
      : Acc;

/** An argument with a type: `name, plural, ...`, `name, select, ...`, `name, number}`. */
type Typed<S extends string, Acc> = S extends `${infer Name},${infer Rest}`
  ? Trim<Rest> extends `plural,${infer B}` | `selectordinal,${infer B}`
    ? Branches<B, Acc & { [K in Trim<Name>]: number }>
    : Trim<Rest> extends `select,${infer B}`
      ? Branches<B, Acc & { [K in Trim<Name>]: string }>
      : Rest extends `${string}}${infer After}`
        ? ArgsOf<After, Acc & { [K in Trim<Name>]: number }>
        : Acc
  : Acc;

/** The arguments of an ICU message and the type of value each takes, as one object type. */
export type ArgsOf<S extends string, Acc = unknown> = S extends `${string}{${infer Rest}`
  ? Rest extends `${infer Head}}${infer After}`
    ? Head extends `${string},${string}`
      ? Typed<Rest, Acc>
      : ArgsOf<After, Acc & { [K in Trim<Head>]: ParamValue }>
    : Acc
  : Acc;

type Flatten<T> = { [K in keyof T]: T[K] };

/** The params a template takes: an object with exactly its argument names. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the empty start of an intersection: no params yet
export type IcuParams<S extends string> = Flatten<ArgsOf<S, {}>>;

// ---- run time ----

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'pound' }
  | { kind: 'arg'; name: string }
  | { kind: 'number'; name: string }
  | { kind: 'plural'; name: string; ordinal: boolean; offset: number; branches: Map<string, Node[]> }
  | { kind: 'select'; name: string; branches: Map<string, Node[]> };

const cache = new Map<string, Node[]>();

/** Parses a template of the subset above; throws on anything else (the registry's unit test runs every template). */
export function parseIcu(template: string): Node[] {
  let nodes = cache.get(template);
  if (!nodes) {
    const parser = new Parser(template);
    nodes = parser.message(false);
    if (parser.pos !== template.length) throw new Error(`unexpected "}" at ${parser.pos} in: ${template}`);
    cache.set(template, nodes);
  }
  return nodes;
}

class Parser {
  pos = 0;
  constructor(private readonly s: string) {}

  message(inPlural: boolean): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', text });
      text = '';
    };
    while (this.pos < this.s.length) {
      const c = this.s[this.pos];
      if (c === "'") {
        const next = this.s[this.pos + 1];
        if (next === "'") {
          text += "'";
          this.pos += 2;
        } else if (next === '{' || next === '}' || (inPlural && next === '#')) {
          const end = this.s.indexOf("'", this.pos + 1);
          if (end < 0) throw new Error(`unclosed quote in: ${this.s}`);
          text += this.s.slice(this.pos + 1, end);
          this.pos = end + 1;
        } else {
          text += c;
          this.pos++;
        }
      } else if (c === '{') {
        flush();
        this.pos++;
        nodes.push(this.argument());
      } else if (c === '}') {
        break;
      } else if (c === '#' && inPlural) {
        flush();
        nodes.push({ kind: 'pound' });
        this.pos++;
      } else {
        text += c;
        this.pos++;
      }
    }
    flush();
    return nodes;
  }

  private argument(): Node {
    const name = this.word();
    if (!name) throw new Error(`an argument without a name at ${this.pos} in: ${this.s}`);
    if (this.eat('}')) return { kind: 'arg', name };
    this.expect(',');
    const type = this.word();
    if (type === 'number') {
      this.expect('}');
      return { kind: 'number', name };
    }
    if (type !== 'plural' && type !== 'selectordinal' && type !== 'select') throw new Error(`argument type "${type}" is not supported in: ${this.s}`);
    this.expect(',');
    let offset = 0;
    const branches = new Map<string, Node[]>();
    for (;;) {
      this.spaces();
      if (this.eat('}')) break;
      const key = this.word();
      if (key.startsWith('offset:')) {
        offset = Number(key.slice('offset:'.length) || this.word());
        continue;
      }
      if (!key) throw new Error(`a branch without a key at ${this.pos} in: ${this.s}`);
      this.spaces();
      this.expect('{');
      branches.set(key, this.message(type !== 'select'));
      this.expect('}');
    }
    if (!branches.has('other')) throw new Error(`"${name}" has no "other" branch in: ${this.s}`);
    return type === 'select' ? { kind: 'select', name, branches } : { kind: 'plural', name, ordinal: type === 'selectordinal', offset, branches };
  }

  private word(): string {
    this.spaces();
    const start = this.pos;
    while (this.pos < this.s.length && /[^\s{},]/.test(this.s[this.pos])) this.pos++;
    const word = this.s.slice(start, this.pos);
    this.spaces();
    return word;
  }

  private spaces(): void {
    while (this.pos < this.s.length && /\s/.test(this.s[this.pos])) this.pos++;
  }

  private eat(c: string): boolean {
    this.spaces();
    if (this.s[this.pos] !== c) return false;
    this.pos++;
    return true;
  }

  private expect(c: string): void {
    if (!this.eat(c)) throw new Error(`expected "${c}" at ${this.pos} in: ${this.s}`);
  }
}

/** The argument names of a template, in order of first use. */
export function icuArgumentNames(template: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.kind === 'arg' || node.kind === 'number') names.add(node.name);
      if (node.kind === 'plural' || node.kind === 'select') {
        names.add(node.name);
        for (const branch of node.branches.values()) walk(branch);
      }
    }
  };
  walk(parseIcu(template));
  return [...names];
}

const ENGLISH_PLURALS = new Intl.PluralRules('en');
const ENGLISH_ORDINALS = new Intl.PluralRules('en', { type: 'ordinal' });

/**
 * The English message: each argument as written (numbers without grouping, so messages stay as
 * they were), a list joined by `joinList`; `display` gives the English words for a param whose
 * value is a code ("close" for the action CLOSE), the params themselves keep the code.
 */
export function renderIcu(
  template: string,
  params: Params,
  joinList: (name: string, items: readonly string[]) => string,
  display: Readonly<Record<string, ParamValue>> = {},
): string {
  const value = (name: string): ParamValue => {
    const v = Object.hasOwn(display, name) ? display[name] : params[name];
    if (v === undefined) throw new Error(`no value for "${name}" in: ${template}`);
    return v;
  };
  const text = (name: string): string => {
    const v = value(name);
    return Array.isArray(v) ? joinList(name, v) : String(v);
  };
  const render = (nodes: Node[], pound: number | null): string =>
    nodes
      .map((node) => {
        switch (node.kind) {
          case 'text':
            return node.text;
          case 'pound':
            return String(pound);
          case 'arg':
          case 'number':
            return text(node.name);
          case 'select':
            return render(node.branches.get(String(value(node.name))) ?? node.branches.get('other')!, pound);
          case 'plural': {
            const n = Number(params[node.name]);
            const exact = node.branches.get(`=${n}`);
            if (exact) return render(exact, n - node.offset);
            const category = (node.ordinal ? ENGLISH_ORDINALS : ENGLISH_PLURALS).select(n - node.offset);
            return render(node.branches.get(category) ?? node.branches.get('other')!, n - node.offset);
          }
        }
      })
      .join('');
  return render(parseIcu(template), null);
}

import { MappedText, MappedTextBuilder } from "@copydesk/core";

/** A JSON value with the source range it was read from. */
export type JsonNode =
  | { readonly type: "object"; readonly start: number; readonly end: number; readonly entries: Map<string, JsonNode> }
  | { readonly type: "array"; readonly start: number; readonly end: number; readonly items: JsonNode[] }
  | JsonString
  | { readonly type: "number" | "boolean" | "null"; readonly start: number; readonly end: number; readonly value: number | boolean | null };

export interface JsonString {
  readonly type: "string";
  /** Range of the whole literal, quotes included. */
  readonly start: number;
  readonly end: number;
  /** The decoded value. */
  readonly value: string;
}

/** A JSON syntax error at a source offset. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const MAX_DEPTH = 512;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

const isHex = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

function describe(char: string | undefined): string {
  if (char === undefined) return "the end of the file";
  return /^[\x21-\x7e]$/.test(char) ? `'${char}'` : `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * A strict JSON reader (RFC 8259) that keeps positions: every value knows
 * its source range, so a string's characters can be mapped back through its
 * escapes. Throws {@link JsonSyntaxError} with the offset of the problem.
 */
class Scanner {
  private p = 0;
  constructor(private readonly text: string) {}

  private fail(reason: string, at = this.p): never {
    throw new JsonSyntaxError(at, reason);
  }

  private skipSpace(): void {
    const text = this.text;
    while (this.p < text.length) {
      const c = text.charCodeAt(this.p);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.p++;
      else break;
    }
  }

  document(): JsonNode {
    this.skipSpace();
    const value = this.value(0);
    this.skipSpace();
    if (this.p < this.text.length) this.fail(`unexpected ${describe(this.text[this.p])} after the JSON value`);
    return value;
  }

  private value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
    const char = this.text[this.p];
    if (char === "{") return this.object(depth);
    if (char === "[") return this.array(depth);
    if (char === '"') return this.string();
    if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) return this.number();
    for (const [word, value] of [["true", true], ["false", false], ["null", null]] as const) {
      if (this.text.startsWith(word, this.p)) {
        const start = this.p;
        this.p += word.length;
        return { type: value === null ? "null" : "boolean", start, end: this.p, value };
      }
    }
    if (char === undefined) this.fail("unexpected end of the file, expected a value");
    return this.fail(`unexpected ${describe(char)}, expected a value`);
  }

  private object(depth: number): JsonNode {
    const start = this.p++;
    const entries = new Map<string, JsonNode>();
    this.skipSpace();
    if (this.text[this.p] === "}") {
      this.p++;
      return { type: "object", start, end: this.p, entries };
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.p] !== '"') this.fail(`expected a property name in double quotes, found ${describe(this.text[this.p])}`);
      const key = this.string();
      this.skipSpace();
      if (this.text[this.p] !== ":") this.fail(`expected ':' after property name "${key.value.slice(0, 40)}", found ${describe(this.text[this.p])}`);
      this.p++;
      this.skipSpace();
      entries.set(key.value, this.value(depth + 1));
      this.skipSpace();
      const next = this.text[this.p];
      if (next === ",") {
        this.p++;
        continue;
      }
      if (next === "}") {
        this.p++;
        return { type: "object", start, end: this.p, entries };
      }
      this.fail(`expected ',' or '}' after the value of "${key.value.slice(0, 40)}", found ${describe(next)}`);
    }
  }

  private array(depth: number): JsonNode {
    const start = this.p++;
    const items: JsonNode[] = [];
    this.skipSpace();
    if (this.text[this.p] === "]") {
      this.p++;
      return { type: "array", start, end: this.p, items };
    }
    for (;;) {
      this.skipSpace();
      items.push(this.value(depth + 1));
      this.skipSpace();
      const next = this.text[this.p];
      if (next === ",") {
        this.p++;
        continue;
      }
      if (next === "]") {
        this.p++;
        return { type: "array", start, end: this.p, items };
      }
      this.fail(`expected ',' or ']' after an array element, found ${describe(next)}`);
    }
  }

  private number(): JsonNode {
    const start = this.p;
    const text = this.text;
    const digits = (): number => {
      const from = this.p;
      while (this.p < text.length && text[this.p]! >= "0" && text[this.p]! <= "9") this.p++;
      return this.p - from;
    };
    if (text[this.p] === "-") this.p++;
    if (text[this.p] === "0") this.p++;
    else if (digits() === 0) this.fail("a number needs digits");
    if (text[this.p] === ".") {
      this.p++;
      if (digits() === 0) this.fail("a number needs digits after '.'");
    }
    if (text[this.p] === "e" || text[this.p] === "E") {
      this.p++;
      if (text[this.p] === "+" || text[this.p] === "-") this.p++;
      if (digits() === 0) this.fail("a number needs digits in its exponent");
    }
    return { type: "number", start, end: this.p, value: Number(text.slice(start, this.p)) };
  }

  private string(): JsonString {
    const start = this.p++;
    const text = this.text;
    let value = "";
    let runStart = this.p;
    for (;;) {
      if (this.p >= text.length) this.fail("unterminated string", start);
      const code = text.charCodeAt(this.p);
      if (code === 34) {
        value += text.slice(runStart, this.p);
        this.p++;
        return { type: "string", start, end: this.p, value };
      }
      if (code < 0x20) this.fail(`control character ${describe(text[this.p])} in a string (write it as an escape such as \\n)`);
      if (code !== 92) {
        this.p++;
        continue;
      }
      value += text.slice(runStart, this.p);
      const escape = text[this.p + 1];
      if (escape === "u") {
        for (let i = 2; i < 6; i++) if (!isHex(text.charCodeAt(this.p + i))) this.fail("bad \\u escape: it needs four hex digits");
        value += String.fromCharCode(Number.parseInt(text.slice(this.p + 2, this.p + 6), 16));
        this.p += 6;
      } else if (escape !== undefined && ESCAPES[escape] !== undefined) {
        value += ESCAPES[escape];
        this.p += 2;
      } else {
        this.fail(`bad escape \\${escape ?? ""} in a string`);
      }
      runStart = this.p;
    }
  }
}

export function scanJson(text: string): JsonNode {
  return new Scanner(text).document();
}

/**
 * A string value's text mapped to the source: each plain character to itself,
 * each escape (`\"`, `\n`, `\u2019`, `\/`) to its whole escape range.
 */
export function stringMap(source: string, node: JsonString): MappedText {
  const builder = new MappedTextBuilder();
  let p = node.start + 1;
  const end = node.end - 1;
  while (p < end) {
    const char = source[p] as string;
    if (char !== "\\") {
      let q = p + 1;
      while (q < end && source[q] !== "\\") q++;
      builder.copy(source.slice(p, q), p);
      p = q;
      continue;
    }
    const escape = source[p + 1] as string;
    if (escape === "u") {
      builder.replace(String.fromCharCode(Number.parseInt(source.slice(p + 2, p + 6), 16)), p, p + 6);
      p += 6;
    } else {
      builder.replace(ESCAPES[escape] ?? escape, p, p + 2);
      p += 2;
    }
  }
  return builder.build();
}

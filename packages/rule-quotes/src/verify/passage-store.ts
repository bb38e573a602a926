import { BoundedCache } from "@copydesk/core";
import { uint32Column, uint8Column } from "./growable-column.js";
import type { Passage, PassageSpeaker } from "./passages.js";

const KINDS: ReadonlyArray<Passage["kind"]> = ["direct", "partial", "reported"];
const KIND_CODES = new Map(KINDS.map((kind, code) => [kind, code]));
/** Set in a kind code when the passage's whole text is quoted (most are), so no range is stored. */
const WHOLE = 0x80;
const SPEAKER_KINDS: ReadonlyArray<PassageSpeaker["kind"]> = ["person", "organisation", "anonymous"];

/** A store's passages as plain data: strings and typed arrays, which structured clone copies cheaply. */
export interface PassageColumns {
  readonly texts: ReadonlyArray<string>;
  /** Per passage: its kind (index in KINDS, plus WHOLE when its whole text is quoted), file (index in `fileNames`), speaker (index + 1 in `speakerNames`, 0 none). */
  readonly kinds: Uint8Array;
  readonly files: Uint32Array;
  readonly speakers: Uint32Array;
  readonly lines: Uint32Array;
  readonly columns: Uint32Array;
  /** Passage i's quoted ranges are the pairs `quoted[quotedStarts[i] .. quotedStarts[i + 1])`, unless it is marked WHOLE. */
  readonly quotedStarts: Uint32Array;
  readonly quoted: Uint32Array;
  readonly fileNames: ReadonlyArray<string>;
  /** Speakers as `name`, `kind` (index in SPEAKER_KINDS) and `role` ("" none), three entries each. */
  readonly speakerFields: ReadonlyArray<string>;
}

export const isPassageColumns = (value: unknown): value is PassageColumns => {
  const c = value as Partial<PassageColumns> | null;
  return (
    typeof c === "object" && c !== null && Array.isArray(c.texts) && c.kinds instanceof Uint8Array && c.files instanceof Uint32Array &&
    c.speakers instanceof Uint32Array && c.lines instanceof Uint32Array && c.columns instanceof Uint32Array &&
    c.quotedStarts instanceof Uint32Array && c.quoted instanceof Uint32Array && Array.isArray(c.fileNames) && Array.isArray(c.speakerFields) &&
    c.kinds.length === c.texts.length && c.quotedStarts.length === c.texts.length + 1
  );
};

/**
 * The text in a string of its own. A quotation's text is a slice of its block's, and V8 keeps
 * a slice as a pointer into the whole: stored as it is, one passage would keep its article's
 * text alive all run (17 KB an article, measured). Slicing a concatenation flattens it first.
 */
const ownCopy = (text: string): string => ` ${text}`.slice(1);

const wholeText = (passage: Passage): boolean => {
  const [only, ...rest] = passage.quoted;
  return rest.length === 0 && only !== undefined && only[0] === 0 && only[1] === passage.text.length;
};

/**
 * Source passages held as columns: each passage's text once, its file and speaker as indexes into
 * tables of distinct values, its numbers in typed arrays. A passage object costs several times its
 * text (the object, its speaker, its ranges, a file path repeated per passage once cloned to
 * another thread); at 100,000 articles that is what filled the heap. Passages are made again
 * when asked for, and recent ones are kept so that a hot passage stays one object (the token
 * cache is keyed by passage).
 */
export class PassageStore {
  private readonly texts: string[] = [];
  private readonly kinds = uint8Column();
  private readonly files = uint32Column();
  private readonly speakers = uint32Column();
  private readonly lines = uint32Column();
  private readonly columns = uint32Column();
  private readonly quotedStarts = uint32Column();
  private readonly quoted = uint32Column();
  private readonly fileNames: string[] = [];
  private readonly fileIds = new Map<string, number>();
  private readonly speakerFields: string[] = [];
  private readonly speakerIds = new Map<string, number>();
  private readonly made = new BoundedCache<number, Passage>(4096);

  constructor() {
    this.quotedStarts.push(0);
  }

  get size(): number {
    return this.texts.length;
  }

  get fileCount(): number {
    return this.fileNames.length;
  }

  /** Counts a file that went in, whether or not it had passages. */
  noteFile(name: string): void {
    this.fileId(name);
  }

  /** Adds a passage; returns its id (ids are 0, 1, 2... in the order added). */
  add(passage: Passage): number {
    const id = this.texts.length;
    this.texts.push(ownCopy(passage.text));
    const whole = wholeText(passage);
    this.kinds.push((KIND_CODES.get(passage.kind) ?? 0) | (whole ? WHOLE : 0));
    this.files.push(this.fileId(passage.file));
    this.speakers.push(passage.speaker === undefined ? 0 : this.speakerId(passage.speaker) + 1);
    this.lines.push(passage.line);
    this.columns.push(passage.column);
    if (!whole) {
      for (const [start, end] of passage.quoted) {
        this.quoted.push(start);
        this.quoted.push(end);
      }
    }
    this.quotedStarts.push(this.quoted.length);
    // The object just added is the one handed out while it stays recent.
    this.made.set(id, passage);
    return id;
  }

  /** The passage with this id. */
  get(id: number): Passage {
    return this.made.getOrCompute(id, () => this.make(id));
  }

  /** Every passage as columns (copies of them: the store may grow on). */
  toColumns(): PassageColumns {
    return {
      texts: [...this.texts],
      kinds: this.kinds.copy(),
      files: this.files.copy(),
      speakers: this.speakers.copy(),
      lines: this.lines.copy(),
      columns: this.columns.copy(),
      quotedStarts: this.quotedStarts.copy(),
      quoted: this.quoted.copy(),
      fileNames: [...this.fileNames],
      speakerFields: [...this.speakerFields],
    };
  }

  /** Adds another store's passages after these, in their order. */
  addColumns(other: PassageColumns): void {
    const fileMap = other.fileNames.map((name) => this.fileId(name));
    const speakerMap: number[] = [];
    for (let s = 0; s + 2 < other.speakerFields.length; s += 3) {
      speakerMap.push(this.speakerIdOf(other.speakerFields[s] as string, Number(other.speakerFields[s + 1]), other.speakerFields[s + 2] as string));
    }
    for (let i = 0; i < other.texts.length; i++) {
      this.texts.push(other.texts[i] as string);
      this.kinds.push(other.kinds[i] as number);
      this.files.push(fileMap[other.files[i] as number] as number);
      const speaker = other.speakers[i] as number;
      this.speakers.push(speaker === 0 ? 0 : (speakerMap[speaker - 1] as number) + 1);
      this.lines.push(other.lines[i] as number);
      this.columns.push(other.columns[i] as number);
      for (let q = other.quotedStarts[i] as number; q < (other.quotedStarts[i + 1] as number); q++) this.quoted.push(other.quoted[q] as number);
      this.quotedStarts.push(this.quoted.length);
    }
  }

  private make(id: number): Passage {
    const text = this.texts[id] as string;
    const quoted: Array<readonly [number, number]> = [];
    for (let q = this.quotedStarts.at(id); q < this.quotedStarts.at(id + 1); q += 2) quoted.push([this.quoted.at(q), this.quoted.at(q + 1)]);
    const speaker = this.speakers.at(id);
    const code = this.kinds.at(id);
    return {
      text,
      kind: KINDS[code & ~WHOLE] as Passage["kind"],
      quoted: code & WHOLE ? [[0, text.length]] : quoted,
      ...(speaker > 0 ? { speaker: this.speakerAt(speaker - 1) } : {}),
      file: this.fileNames[this.files.at(id)] as string,
      line: this.lines.at(id),
      column: this.columns.at(id),
    };
  }

  private speakerAt(index: number): PassageSpeaker {
    const name = this.speakerFields[index * 3] as string;
    const kind = SPEAKER_KINDS[Number(this.speakerFields[index * 3 + 1])] as PassageSpeaker["kind"];
    const role = this.speakerFields[index * 3 + 2] as string;
    return role === "" ? { name, kind } : { name, kind, role };
  }

  private fileId(name: string): number {
    let id = this.fileIds.get(name);
    if (id === undefined) {
      id = this.fileNames.length;
      this.fileNames.push(name);
      this.fileIds.set(name, id);
    }
    return id;
  }

  private speakerId(speaker: PassageSpeaker): number {
    return this.speakerIdOf(speaker.name, Math.max(0, SPEAKER_KINDS.indexOf(speaker.kind)), speaker.role ?? "");
  }

  private speakerIdOf(name: string, kind: number, role: string): number {
    const key = `${name}\u0000${kind}\u0000${role}`;
    let id = this.speakerIds.get(key);
    if (id === undefined) {
      id = this.speakerFields.length / 3;
      this.speakerFields.push(name, String(kind), role);
      this.speakerIds.set(key, id);
    }
    return id;
  }
}

import { BoundedCache } from "@copydesk/core";
import { sharedCopy, uint32Column, uint32ColumnOver, uint8Column, uint8ColumnOver } from "./growable-column.js";
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

/**
 * A finished store's passages in memory every worker thread can read: the texts as UTF-8 and the
 * number columns over SharedArrayBuffers; file and speaker tables as plain data (they are small).
 */
export interface SharedPassageColumns extends Omit<PassageColumns, "texts"> {
  readonly kind: "copydesk/shared-passages";
  readonly textBytes: Uint8Array;
  /** Passage i's text is `textBytes[textStarts[i] .. textStarts[i + 1])`. */
  readonly textStarts: Uint32Array;
}

export const isSharedPassageColumns = (value: unknown): value is SharedPassageColumns => {
  const c = value as Partial<SharedPassageColumns> | null;
  return typeof c === "object" && c !== null && c.kind === "copydesk/shared-passages" && c.textBytes instanceof Uint8Array && c.textStarts instanceof Uint32Array && c.kinds instanceof Uint8Array;
};

export const isPassageColumns = (value: unknown): value is PassageColumns => {
  const c = value as Partial<PassageColumns> | null;
  return (
    typeof c === "object" && c !== null && Array.isArray(c.texts) && c.kinds instanceof Uint8Array && c.files instanceof Uint32Array &&
    c.speakers instanceof Uint32Array && c.lines instanceof Uint32Array && c.columns instanceof Uint32Array &&
    c.quotedStarts instanceof Uint32Array && c.quoted instanceof Uint32Array && Array.isArray(c.fileNames) && Array.isArray(c.speakerFields) &&
    c.kinds.length === c.texts.length && c.quotedStarts.length === c.texts.length + 1
  );
};

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The text in a string of its own, one byte a character when it can be. A quotation's text is a
 * slice of its block's, and V8 keeps a slice as a pointer into the whole: stored as it is, one
 * passage would keep its article's text alive all run (17 KB an article, measured). A copy of a
 * slice stays two bytes a character when the article has a single curly quote anywhere, though
 * most quotations are Latin-1: decoded afresh, V8 stores those one byte a character (half the
 * archive's text at 100,000 articles). A text that is not well-formed UTF-16 (a lone surrogate)
 * would not survive the round trip, and is copied as it is.
 */
export function ownCopy(text: string): string {
  const decoded = decoder.decode(encoder.encode(text));
  return decoded === text ? decoded : ` ${text}`.slice(1);
}

const wholeText = (passage: Passage): boolean => {
  const [only, ...rest] = passage.quoted;
  return rest.length === 0 && only !== undefined && only[0] === 0 && only[1] === passage.text.length;
};

/** Which passages a query wants (see `PassageStore.accepting`). */
export interface PassageFilter {
  /** Leave out the passages of this file. */
  readonly otherThan?: string;
  /** Keep only the passages whose speaker this accepts (undefined: none named). */
  readonly speaker?: (speaker: PassageSpeaker | undefined) => boolean;
}

/**
 * Source passages held as columns: each passage's text once, its file and speaker as indexes into
 * tables of distinct values, its numbers in typed arrays. A passage object costs several times its
 * text (the object, its speaker, its ranges, a file path repeated per passage once cloned to
 * another thread); at 100,000 articles that is what filled the heap. Passages are made again
 * when asked for, and recent ones are kept so that a hot passage stays one object (the token
 * cache is keyed by passage).
 */
export class PassageStore {
  private texts: string[] = [];
  /** Set when the store reads another thread's shared columns: then it is read-only. */
  private shared: SharedPassageColumns | undefined;
  private kinds = uint8Column();
  private files = uint32Column();
  private speakers = uint32Column();
  private lines = uint32Column();
  private columns = uint32Column();
  private quotedStarts = uint32Column();
  private quoted = uint32Column();
  private fileNames: string[] = [];
  private readonly fileIds = new Map<string, number>();
  private speakerFields: string[] = [];
  private readonly speakerIds = new Map<string, number>();
  private readonly made = new BoundedCache<number, Passage>(4096);

  constructor() {
    this.quotedStarts.push(0);
  }

  /** A read-only store over shared columns (another thread's `toShared()`), without a copy of them. */
  static fromShared(shared: SharedPassageColumns): PassageStore {
    const store = new PassageStore();
    store.shared = shared;
    store.kinds = uint8ColumnOver(shared.kinds);
    store.files = uint32ColumnOver(shared.files);
    store.speakers = uint32ColumnOver(shared.speakers);
    store.lines = uint32ColumnOver(shared.lines);
    store.columns = uint32ColumnOver(shared.columns);
    store.quotedStarts = uint32ColumnOver(shared.quotedStarts);
    store.quoted = uint32ColumnOver(shared.quoted);
    store.fileNames = [...shared.fileNames];
    store.fileNames.forEach((name, id) => store.fileIds.set(name, id));
    store.speakerFields = [...shared.speakerFields];
    return store;
  }

  get size(): number {
    return this.shared !== undefined ? this.shared.textStarts.length - 1 : this.texts.length;
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
    this.mustBeOwn();
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

  /**
   * A test of passage ids for a query that wants only some passages: those of another file than
   * `otherThan`, given to a speaker `speaker` accepts (undefined: no speaker named). Reads two
   * columns; the passage itself is not made.
   */
  accepting(filter: PassageFilter): (id: number) => boolean {
    const file = filter.otherThan === undefined ? -1 : (this.fileIds.get(filter.otherThan) ?? -1);
    const wanted = filter.speaker;
    // Asked once a speaker: a query meets the same few speakers again and again.
    const bySpeaker = new Map<number, boolean>();
    return (id) => {
      if (this.files.at(id) === file) return false;
      if (wanted === undefined) return true;
      const speaker = this.speakers.at(id);
      let verdict = bySpeaker.get(speaker);
      if (verdict === undefined) bySpeaker.set(speaker, (verdict = wanted(speaker > 0 ? this.speakerAt(speaker - 1) : undefined)));
      return verdict;
    };
  }

  /** Every passage as columns (copies of them: the store may grow on). */
  toColumns(): PassageColumns {
    this.mustBeOwn();
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

  /**
   * Every passage in memory every worker thread can read, for a store that is finished: texts
   * as UTF-8 (a Latin-1 character is two bytes there, but the text is out of each thread's heap).
   */
  toShared(): SharedPassageColumns {
    if (this.shared !== undefined) return this.shared;
    const encoded = this.texts.map((text) => encoder.encode(text));
    const textStarts = new Uint32Array(new SharedArrayBuffer(4 * (encoded.length + 1)));
    encoded.forEach((bytes, i) => (textStarts[i + 1] = (textStarts[i] as number) + bytes.length));
    const textBytes = new Uint8Array(new SharedArrayBuffer(Math.max(1, textStarts[encoded.length] as number)));
    encoded.forEach((bytes, i) => textBytes.set(bytes, textStarts[i]));
    return {
      kind: "copydesk/shared-passages",
      textBytes,
      textStarts,
      kinds: sharedCopy(this.kinds.view()),
      files: sharedCopy(this.files.view()),
      speakers: sharedCopy(this.speakers.view()),
      lines: sharedCopy(this.lines.view()),
      columns: sharedCopy(this.columns.view()),
      quotedStarts: sharedCopy(this.quotedStarts.view()),
      quoted: sharedCopy(this.quoted.view()),
      fileNames: [...this.fileNames],
      speakerFields: [...this.speakerFields],
    };
  }

  /** Adds another store's passages after these, in their order. */
  addColumns(other: PassageColumns): void {
    this.mustBeOwn();
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

  private mustBeOwn(): void {
    if (this.shared !== undefined) throw new Error("PassageStore: a store over shared columns is read-only");
  }

  private textAt(id: number): string {
    const shared = this.shared;
    if (shared === undefined) return this.texts[id] as string;
    // Decoded from a copy: a view of a SharedArrayBuffer is not what every decoder takes.
    return decoder.decode(shared.textBytes.slice(shared.textStarts[id] as number, shared.textStarts[id + 1] as number));
  }

  private make(id: number): Passage {
    const text = this.textAt(id);
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

import { Data } from "effect";

/** A file that could not be read, decoded or parsed. The run goes on with the other files. */
export class InputError extends Data.TaggedError("InputError")<{
  readonly path: string;
  readonly reason: string;
}> {
  override get message(): string {
    return `${this.path}: ${this.reason}`;
  }
}

/** A configuration that cannot be used: the run stops before checking anything. */
export class ConfigError extends Data.TaggedError("ConfigError")<{
  readonly path: string;
  readonly reason: string;
}> {
  override get message(): string {
    return `${this.path}: ${this.reason}`;
  }
}

export declare const MB: number;

export declare const CONTROL: { readonly file: string; readonly text: string };

export interface HostileInput {
  readonly name: string;
  readonly file: string;
  readonly bytes: () => Buffer;
  readonly options?: { readonly encoding?: string; readonly maxFileSize?: number };
  readonly benchOnly?: boolean;
}

export declare const hostileInputs: ReadonlyArray<HostileInput>;

export declare function writeHostileInput(dir: string, input: HostileInput): string[];

export interface CorpusOptions {
  seed?: number;
  formats?: Array<"html" | "md" | "txt">;
  plantNames?: boolean;
  variantRate?: number;
  disclaimers?: number;
  footerRate?: number;
  rareFooterRate?: number;
  originals?: boolean;
}
export interface CorpusManifest {
  count: number;
  seed: number;
  formats: string[];
  bytes: number;
  generatedBy: string;
}
/** Raised whenever the same options would write a different corpus. */
export const GENERATOR_VERSION: number;
export const DEFAULT_OPTIONS: Required<CorpusOptions>;
/** Writes `count` articles (and their originals and ground truth) into `out`, replacing what was there. */
export function generateCorpus(count: number, out: string, options?: CorpusOptions): CorpusManifest;

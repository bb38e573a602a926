/** Each entry of a copydesk JSON report's `files`, parsed one at a time. */
export function reportFiles(path: string): Generator<unknown, void, undefined>;

import { readFileSync } from "node:fs";

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

export const TOOL_NAME = "copydesk";
export const TOOL_VERSION: string = manifest.version;

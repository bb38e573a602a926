// The article files under a directory, sorted: the same list every floor and tool reads.
import { readdirSync } from "node:fs";
import { join } from "node:path";

export function listFiles(dir, extensions = [".html", ".htm", ".md", ".txt"]) {
  const out = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (extensions.some((ext) => entry.name.endsWith(ext))) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

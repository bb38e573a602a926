// Bundles the copydesk command and its worker thread into two files (dist/bundle/), so starting
// the command loads one file instead of several hundred modules (effect alone is ~300): a check
// of one small file starts in about a third of the time.
//
// Packages find their data files (gazetteer, boilerplate library, lexicons) and the worker
// script relative to their own module (`new URL("../../data/x.json", import.meta.url)`). In the
// bundle every module shares one URL, so each package's `import.meta.url` is replaced by the URL
// its file would have in a copy of the package laid out under dist/bundle/pkgs/<name>/, and the
// package's data folder and package.json are copied there.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const cli = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(cli, "..", "..");
const out = join(cli, "dist", "bundle");
const packagesDir = join(root, "packages");

/** "packages/rule-names/dist/data/load.js" -> { name: "rule-names", inside: "dist/data/load.js" } */
function packageOf(path) {
  const rel = relative(packagesDir, path);
  if (rel.startsWith("..")) return undefined;
  const [name, ...rest] = rel.split(sep);
  return { name, inside: rest.join("/") };
}

const relocateImportMeta = {
  name: "copydesk-relocate-import-meta",
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/ }, (args) => {
      const contents = readFileSync(args.path, "utf8");
      if (!contents.includes("import.meta.url")) return undefined;
      const where = packageOf(args.path);
      if (where === undefined) return undefined;
      // The bundle sits in dist/bundle/, worker in dist/bundle/pkgs/node/dist/parallel/: say where each is.
      const fromBundle = `pkgs/${where.name}/${where.inside}`;
      const replacement = `new URL(${JSON.stringify(fromBundle)}, globalThis.__copydeskBundleUrl ?? import.meta.url).href`;
      return { contents: contents.replaceAll("import.meta.url", replacement), loader: "js", resolveDir: dirname(args.path) };
    });
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  plugins: [relocateImportMeta],
  // Some dependencies are CommonJS and call require(): give the ES module bundle one.
  banner: { js: "import { createRequire as __copydeskRequire } from 'node:module'; const require = __copydeskRequire(import.meta.url);" },
};

// The worker lives at pkgs/node/dist/parallel/worker.js, where run-parallel looks for it; its own
// modules' URLs are computed from the bundle root, two folders up from that file's folder... so
// the worker sets __copydeskBundleUrl to the bundle root before anything reads it.
await build({
  ...common,
  entryPoints: [join(cli, "dist", "main.js")],
  outfile: join(out, "copydesk.mjs"),
  banner: { js: `${common.banner.js}\nglobalThis.__copydeskBundleUrl = new URL("./", import.meta.url).href;` },
});
await build({
  ...common,
  entryPoints: [join(packagesDir, "node", "dist", "parallel", "worker.js")],
  outfile: join(out, "pkgs", "node", "dist", "parallel", "worker.js"),
  banner: { js: `${common.banner.js}\nglobalThis.__copydeskBundleUrl = new URL("../../../../", import.meta.url).href;` },
});

for (const name of ["core", "ingest", "node", "reporters", "rule-names", "rule-disclaimers", "rule-sources", "rule-quotes"]) {
  const pkg = join(packagesDir, name);
  if (!existsSync(pkg)) continue;
  cpSync(join(pkg, "package.json"), join(out, "pkgs", name, "package.json"));
  if (existsSync(join(pkg, "data"))) cpSync(join(pkg, "data"), join(out, "pkgs", name, "data"), { recursive: true });
}

/// <reference lib="dom" />
/**
 * The report page's script. It runs in the browser, from the page itself: the reporter embeds
 * `copydeskReportPage.toString()`, so this function must stay self-contained (no imports, no
 * closures over module values). Every piece of article data reaches the DOM through `textContent`
 * or attribute setters, never as markup: nothing an article says can become an element or a script.
 *
 * Data: `#copydesk-index` (the summary, the rules, one compact line per file) is parsed at once;
 * each file's `#copydesk-file-N` (its text, findings and evidence) only when its page is shown.
 */
export function copydeskReportPage(): void {
  type Severity = "error" | "warning" | "info";
  type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
  interface Range { block: number; start: number; end: number }
  interface DiffPart { op: "eq" | "del" | "ins"; text: string }
  interface Side { label: string; text: string; block?: number }
  interface FixChange {
    kind: "replace" | "remove-block" | "source";
    block?: number; before?: string; removed?: string; inserted?: string; after?: string; text?: string; line?: number; column?: number;
  }
  interface Finding {
    ruleId: string; severity: Severity; message: string; line: number; column: number; endLine: number; endColumn: number;
    at?: Range;
    evidence?: { entries: [string, Json][]; diffs: { key: string; parts: DiffPart[] }[] };
    fix?: { description: string; changes: FixChange[] };
    related?: { message: string; line: number; column: number; at?: Range }[];
    compare?: { title: string; left: Side; right: Side; diff?: DiffPart[] };
  }
  interface Block { kind: string; text: string; line: number; boilerplate?: { category: string; provider?: string } }
  interface Quotation { kind: string; text: string; at: Range[]; cue?: string; speaker?: { name: string; kind: string; role?: string; resolvedBy?: string } }
  interface Payload {
    path: string; format?: string; fixed?: boolean; errors: string[]; findings: Finding[];
    article?: {
      encoding: string; headline?: string; blocks: Block[];
      provenance: { label: string; value?: string; from: string[]; url?: boolean }[];
      quotations: Quotation[];
    };
  }
  interface Rule { id: string; description?: string; docsUrl: string }
  interface FileEntry { path: string; format?: string; failed: boolean; f: [number, number][] }
  interface Index {
    tool: { name: string; version: string };
    summary: { files: number; errors: number; warnings: number; infos: number; failures: number };
    rules: Rule[];
    files: FileEntry[];
  }

  const SEVERITIES: Severity[] = ["error", "warning", "info"];
  const PLURAL: Record<Severity, string> = { error: "errors", warning: "warnings", info: "infos" };
  const index = JSON.parse(document.getElementById("copydesk-index")?.textContent ?? "null") as Index;
  const app = document.getElementById("app") as HTMLElement;

  // ---- small DOM helpers: text only, never markup ----
  function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function add<T extends Node>(parent: Node, child: T): T {
    parent.appendChild(child);
    return child;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const safeUrl = (url: string | undefined) => (url !== undefined && /^https?:\/\//i.test(url) ? url : undefined);
  function link(url: string | undefined, text: string, className?: string): HTMLElement {
    const href = safeUrl(url);
    if (href === undefined) return el("span", className, text);
    const a = el("a", className, text);
    a.href = href;
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    return a;
  }
  function button(text: string, className: string, onClick: () => void): HTMLButtonElement {
    const b = el("button", className, text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  // ---- state: what is shown ----
  const rulesById = new Map(index.rules.map((rule, i) => [rule.id, i]));
  const state = {
    severities: new Set<Severity>(SEVERITIES),
    rules: new Set<number>(index.rules.map((_, i) => i)),
    path: "",
    showClean: true,
    worstFirst: false,
    page: 0,
    pageSize: index.files.length > 200 ? 20 : 50,
    current: -1,
  };
  const payloads = new Map<number, Payload>();
  function payload(file: number): Payload {
    let data = payloads.get(file);
    if (data === undefined) {
      data = JSON.parse(document.getElementById(`copydesk-file-${file}`)?.textContent ?? "null") as Payload;
      payloads.set(file, data);
    }
    return data;
  }

  const restricted = () => state.severities.size < 3 || state.rules.size < index.rules.length;
  const findingShown = (rule: number, severity: number) => state.rules.has(rule) && state.severities.has(SEVERITIES[severity] as Severity);
  const shownCount = (file: FileEntry) => file.f.filter(([r, s]) => findingShown(r, s)).length;
  const weight = (file: FileEntry) => {
    const c = [0, 0, 0];
    for (const [, s] of file.f) c[s] = (c[s] as number) + 1;
    return (file.failed ? 1e9 : 0) + (c[0] as number) * 1e6 + (c[1] as number) * 1e3 + (c[2] as number);
  };

  /** Indexes of the files the filters let through, in display order. */
  function visibleFiles(): number[] {
    const needle = state.path.toLowerCase();
    const out: number[] = [];
    index.files.forEach((file, i) => {
      if (needle !== "" && !file.path.toLowerCase().includes(needle)) return;
      const shown = shownCount(file);
      if (shown > 0 || (!restricted() && (file.failed || (state.showClean && file.f.length === 0)))) out.push(i);
    });
    if (state.worstFirst) out.sort((a, b) => weight(index.files[b] as FileEntry) - weight(index.files[a] as FileEntry) || a - b);
    return out;
  }

  /** Every finding the filters let through, as [file, finding], in reading order: what j and k step through. */
  function visibleFindings(files: number[]): [number, number][] {
    const out: [number, number][] = [];
    for (const i of files) (index.files[i] as FileEntry).f.forEach(([r, s], k) => findingShown(r, s) && out.push([i, k]));
    return out;
  }

  // ---- the summary ----
  function renderSummary(): HTMLElement {
    const section = el("section", "summary");
    section.id = "summary";
    const s = index.summary;
    const totals = add(section, el("p", "totals"));
    add(totals, el("strong", "", plural(s.files, "file") + " checked"));
    for (const [n, word, cls] of [[s.errors, "error", "sev-error"], [s.warnings, "warning", "sev-warning"], [s.infos, "info", "sev-info"]] as [number, string, string][]) {
      add(totals, el("span", `pill ${cls}`, plural(n, word)));
    }
    if (s.failures > 0) add(totals, el("span", "pill failed", `${plural(s.failures, "file")} could not be checked`));

    const byRule = index.rules.map((rule, i) => {
      const c = [0, 0, 0];
      for (const file of index.files) for (const [r, sev] of file.f) if (r === i) c[sev] = (c[sev] as number) + 1;
      return { rule, i, c };
    });
    const columns = add(section, el("div", "summary-columns"));
    const rulesBox = add(columns, el("div", "by-rule"));
    add(rulesBox, el("h2", "", "Findings by rule"));
    const table = add(rulesBox, el("table"));
    const head = add(add(table, el("thead")), el("tr"));
    for (const label of ["Show", "Rule", "Errors", "Warnings", "Infos"]) add(head, el("th", "", label));
    const body = add(table, el("tbody"));
    byRule
      .filter((r) => r.c.some((n) => n > 0))
      .sort((a, b) => (b.c[0] as number) - (a.c[0] as number) || (b.c[1] as number) - (a.c[1] as number) || (b.c[2] as number) - (a.c[2] as number))
      .forEach(({ rule, i, c }) => {
        const row = add(body, el("tr"));
        const box = el("input");
        box.type = "checkbox";
        box.checked = state.rules.has(i);
        box.className = "rule-filter";
        box.dataset["rule"] = rule.id;
        box.setAttribute("aria-label", `Show ${rule.id}`);
        box.addEventListener("change", () => {
          if (box.checked) state.rules.add(i);
          else state.rules.delete(i);
          refresh();
        });
        add(add(row, el("td")), box);
        const name = add(row, el("td"));
        add(name, link(rule.docsUrl, rule.id, "rule"));
        if (rule.description) add(name, el("div", "description", rule.description));
        c.forEach((n, k) => add(row, el("td", n > 0 ? `num sev-${SEVERITIES[k]}` : "num zero", String(n))));
      });
    if (body.childNodes.length === 0) add(rulesBox, el("p", "clean", "No findings."));

    const worstBox = add(columns, el("div", "worst"));
    add(worstBox, el("h2", "", "Worst files"));
    const worst = index.files
      .map((file, i) => ({ file, i, w: weight(file) }))
      .filter((x) => x.w > 0)
      .sort((a, b) => b.w - a.w || a.i - b.i)
      .slice(0, 10);
    const list = add(worstBox, el("ol", "worst-files"));
    for (const { file, i } of worst) {
      const item = add(list, el("li"));
      add(item, button(file.path, "goto-file", () => gotoFile(i)));
      const c = [0, 0, 0];
      for (const [, sev] of file.f) c[sev] = (c[sev] as number) + 1;
      c.forEach((n, k) => n > 0 && add(item, el("span", `pill sev-${SEVERITIES[k]}`, plural(n, SEVERITIES[k] as string))));
      if (file.failed) add(item, el("span", "pill failed", "could not be checked"));
    }
    if (worst.length === 0) add(worstBox, el("p", "clean", "Every file is clean."));
    return section;
  }

  // ---- the filter bar ----
  const status = el("p", "status");
  status.setAttribute("aria-live", "polite");
  function renderFilters(): HTMLElement {
    const bar = el("section", "filters");
    bar.id = "filters";
    const sev = add(bar, el("fieldset", "severity-filter"));
    add(sev, el("legend", "", "Severity"));
    const counts = [index.summary.errors, index.summary.warnings, index.summary.infos];
    SEVERITIES.forEach((severity, k) => {
      const label = add(sev, el("label", `sev-${severity}`));
      const box = add(label, el("input"));
      box.type = "checkbox";
      box.checked = true;
      box.className = "severity-toggle";
      box.dataset["severity"] = severity;
      box.addEventListener("change", () => {
        if (box.checked) state.severities.add(severity);
        else state.severities.delete(severity);
        refresh();
      });
      add(label, document.createTextNode(` ${PLURAL[severity]} (${counts[k]})`));
    });
    const fileLabel = add(bar, el("label", "file-filter"));
    add(fileLabel, document.createTextNode("File "));
    const input = add(fileLabel, el("input"));
    input.type = "search";
    input.id = "file-filter";
    input.placeholder = "part of a path";
    input.addEventListener("input", () => {
      state.path = input.value;
      refresh();
    });
    const cleanLabel = add(bar, el("label", "show-clean"));
    const clean = add(cleanLabel, el("input"));
    clean.type = "checkbox";
    clean.checked = state.showClean;
    clean.addEventListener("change", () => {
      state.showClean = clean.checked;
      refresh();
    });
    add(cleanLabel, document.createTextNode(" files without findings"));
    const sortLabel = add(bar, el("label", "sort"));
    add(sortLabel, document.createTextNode("Order "));
    const sort = add(sortLabel, el("select"));
    for (const [value, text] of [["input", "as checked"], ["worst", "worst first"]]) {
      const option = add(sort, el("option", "", text));
      option.value = value as string;
    }
    sort.addEventListener("change", () => {
      state.worstFirst = sort.value === "worst";
      refresh();
    });
    const sizeLabel = add(bar, el("label", "page-size"));
    add(sizeLabel, document.createTextNode("Per page "));
    const size = add(sizeLabel, el("select"));
    for (const n of [10, 20, 50, 100, 0]) {
      const option = add(size, el("option", "", n === 0 ? "all" : String(n)));
      option.value = String(n);
      option.selected = n === state.pageSize;
    }
    size.addEventListener("change", () => {
      state.pageSize = Number(size.value);
      refresh();
    });
    add(bar, status);
    const keys = add(bar, el("p", "keys"));
    keys.id = "keys";
    add(keys, document.createTextNode("Keys: "));
    for (const [k, what] of [["j / n", "next finding"], ["k / p", "previous finding"], ["] / [", "next / previous page"], ["/", "filter files"], ["?", "help"]]) {
      add(keys, el("kbd", "", k as string));
      add(keys, document.createTextNode(` ${what}  `));
    }
    return bar;
  }

  // ---- one article ----
  const maxSeverity = (list: Finding[]): Severity => (list.some((f) => f.severity === "error") ? "error" : list.some((f) => f.severity === "warning") ? "warning" : "info");

  function diffInto(parent: HTMLElement, parts: DiffPart[], side: "left" | "right" | "both"): void {
    for (const part of parts) {
      if (part.op === "eq") add(parent, document.createTextNode(part.text));
      else if (part.op === "del" && side !== "right") add(parent, el("del", "", part.text));
      else if (part.op === "ins" && side !== "left") add(parent, el("ins", "", part.text));
    }
  }

  function jsonValue(value: Json): HTMLElement {
    if (value === null || typeof value !== "object") return el("span", `value ${value === null ? "null" : typeof value}`, String(value));
    if (Array.isArray(value)) {
      if (value.every((v) => v === null || typeof v !== "object")) return el("span", "value list", value.map(String).join(", "));
      const list = el("ol", "value");
      for (const item of value) add(add(list, el("li")), jsonValue(item));
      return list;
    }
    const record = value as { [key: string]: Json };
    const dl = el("dl", "value");
    if (typeof record["line"] === "number") {
      const file = ["path", "file", "uri", "source"].map((k) => record[k]).find((v) => typeof v === "string");
      const where = `${typeof file === "string" ? `${file}:` : ""}${record["line"]}${typeof record["column"] === "number" ? `:${record["column"]}` : ""}`;
      add(dl, el("dt", "", "at"));
      add(dl, el("dd", "location", where));
    }
    for (const [key, item] of Object.entries(record)) {
      add(dl, el("dt", "", key));
      add(add(dl, el("dd")), jsonValue(item));
    }
    return dl;
  }

  function sideText(side: Side, parts: DiffPart[] | undefined, which: "left" | "right"): HTMLElement {
    const col = el("div", `side side-${which}`);
    add(col, el("div", "side-label", side.label));
    const text = add(col, el("blockquote", "side-text"));
    if (parts !== undefined) diffInto(text, parts, which);
    else text.textContent = side.text;
    return col;
  }

  function renderFinding(file: number, k: number, f: Finding, rule: Rule | undefined): HTMLElement {
    const card = el("article", `finding sev-${f.severity}`);
    card.id = `f-${file}-${k}`;
    card.tabIndex = -1;
    card.dataset["rule"] = f.ruleId;
    card.dataset["severity"] = f.severity;
    const head = add(card, el("div", "finding-head"));
    add(head, el("span", `sev sev-${f.severity}`, f.severity));
    add(head, link(rule?.docsUrl, f.ruleId, "rule"));
    add(head, el("span", "loc", `${f.line}:${f.column}`));
    add(card, el("p", "message", f.message));
    if (f.compare) {
      const box = add(card, el("div", "compare"));
      add(box, el("div", "compare-title", f.compare.title));
      const cols = add(box, el("div", "compare-cols"));
      add(cols, sideText(f.compare.left, f.compare.diff, "left"));
      add(cols, sideText(f.compare.right, f.compare.diff, "right"));
    }
    if (f.fix) {
      const box = add(card, el("div", "fix"));
      add(box, el("div", "fix-title", `Fix: ${f.fix.description}`));
      for (const change of f.fix.changes) {
        if (change.kind === "replace") {
          const before = add(box, el("div", "fix-before"));
          add(before, el("span", "fix-label", "Before"));
          add(before, document.createTextNode(change.before ?? ""));
          add(before, el("del", "", change.removed ?? ""));
          add(before, document.createTextNode(change.after ?? ""));
          const after = add(box, el("div", "fix-after"));
          add(after, el("span", "fix-label", "After"));
          add(after, document.createTextNode(change.before ?? ""));
          add(after, el("ins", "", change.inserted ?? ""));
          add(after, document.createTextNode(change.after ?? ""));
        } else if (change.kind === "remove-block") {
          // The block itself is on the left, marked: its first words say which one goes.
          const text = change.text ?? "";
          const cut = text.length > 140 ? text.lastIndexOf(" ", 140) : -1;
          const before = add(box, el("div", "fix-before"));
          add(before, el("span", "fix-label", "Removes"));
          add(before, el("del", "", cut > 0 ? `${text.slice(0, cut)} …` : text));
          if (change.block !== undefined) {
            const block = change.block;
            add(before, document.createTextNode(" "));
            add(before, button("show the block", "goto-block", () => flashBlock(file, block)));
          }
        } else {
          const where = change.line !== undefined ? `At ${change.line}:${change.column}: ` : "";
          const line = add(box, el("div", "fix-source"));
          add(line, document.createTextNode(where));
          if (change.removed !== undefined && change.removed !== "") add(line, el("del", "", change.removed));
          add(line, el("ins", "", change.inserted ?? ""));
        }
      }
    }
    if (f.evidence) {
      // Closed until the editor opens it or steps onto the finding (and opened for printing).
      const details = add(card, el("details", "evidence"));
      add(details, el("summary", "", "Evidence"));
      for (const diff of f.evidence.diffs) {
        const row = add(details, el("div", "evidence-diff"));
        add(row, el("span", "key", diff.key));
        diffInto(add(row, el("span", "diff")), diff.parts, "both");
      }
      if (f.evidence.entries.length > 0) {
        const dl = add(details, el("dl", "evidence-entries"));
        for (const [key, value] of f.evidence.entries) {
          add(dl, el("dt", "", key));
          add(add(dl, el("dd")), jsonValue(value));
        }
      }
    }
    if (f.related) {
      const list = add(card, el("ul", "related"));
      for (const r of f.related) {
        const item = add(list, el("li"));
        const text = `Line ${r.line}:${r.column}: ${r.message}`;
        if (r.at) {
          const at = r.at;
          add(item, button(text, "goto-block", () => flashBlock(file, at.block)));
        } else add(item, document.createTextNode(text));
      }
    }
    return card;
  }

  /** A block's text with findings marked (colour by the worst severity over each piece) and quotations underlined. */
  function markedText(blockIndex: number, text: string, findings: [number, Finding][], quotes: Quotation[]): DocumentFragment {
    const out = document.createDocumentFragment();
    const here = findings.filter(([, f]) => f.at?.block === blockIndex);
    const quoteRanges = quotes.flatMap((q) => q.at.filter((r) => r.block === blockIndex).map((r) => ({ r, q })));
    const cuts = new Set<number>([0, text.length]);
    for (const [, f] of here) {
      cuts.add(Math.min(f.at?.start ?? 0, text.length));
      cuts.add(Math.min(f.at?.end ?? 0, text.length));
    }
    for (const { r } of quoteRanges) {
      cuts.add(Math.min(r.start, text.length));
      cuts.add(Math.min(r.end, text.length));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pointMarks = (at: number) => {
      for (const [k, f] of here) {
        if (f.at && f.at.start === f.at.end && Math.min(f.at.start, text.length) === at) {
          const mark = add(out, el("mark", `point sev-${f.severity}`));
          mark.dataset["f"] = String(k);
          mark.title = `${f.ruleId}: ${f.message}`;
          mark.setAttribute("aria-label", `${f.severity}: ${f.message}`);
        }
      }
    };
    for (let p = 0; p < points.length - 1; p++) {
      const a = points[p] as number;
      const b = points[p + 1] as number;
      pointMarks(a);
      const piece = text.slice(a, b);
      const covering = here.filter(([, f]) => f.at !== undefined && f.at.start < f.at.end && f.at.start <= a && f.at.end >= b);
      const quote = quoteRanges.find(({ r }) => r.start <= a && r.end >= b);
      let target: Node = out;
      if (quote) {
        const span = add(out, el("span", "quote"));
        span.title = quote.q.speaker ? `Quotation (${quote.q.kind}) by ${quote.q.speaker.name}` : `Quotation (${quote.q.kind}), no speaker found`;
        target = span;
      }
      if (covering.length > 0) {
        const mark = add(target, el("mark", `sev-${maxSeverity(covering.map(([, f]) => f))}`, piece));
        mark.dataset["f"] = covering.map(([k]) => k).join(" ");
        mark.title = covering.map(([, f]) => `${f.ruleId}: ${f.message}`).join("\n");
      } else add(target, document.createTextNode(piece));
    }
    pointMarks(text.length);
    if (text.length === 0) add(out, el("span", "empty", "(empty)"));
    return out;
  }

  function renderArticle(file: number): HTMLElement {
    const data = payload(file);
    const entry = index.files[file] as FileEntry;
    const section = el("section", "article");
    section.id = `file-${file}`;
    const header = add(section, el("header", "article-head"));
    add(header, el("h2", "path", data.path));
    const meta = add(header, el("p", "article-meta"));
    if (data.format) add(meta, el("span", "tag", data.format));
    if (data.article) add(meta, el("span", "tag", data.article.encoding));
    if (data.fixed) add(meta, el("span", "tag fixed", "fixed by --fix"));
    const c = [0, 0, 0];
    for (const [, s] of entry.f) c[s] = (c[s] as number) + 1;
    c.forEach((n, k) => n > 0 && add(meta, el("span", `pill sev-${SEVERITIES[k]}`, plural(n, SEVERITIES[k] as string))));
    if (entry.f.length === 0 && !entry.failed) add(meta, el("span", "pill clean", "no findings"));

    if (data.errors.length > 0) {
      const box = add(section, el("div", "file-errors"));
      add(box, el("strong", "", data.article ? "Not fully checked:" : "Could not be checked:"));
      const list = add(box, el("ul"));
      for (const message of data.errors) add(list, el("li", "", message));
    }
    const article = data.article;
    const rule = (id: string) => index.rules[rulesById.get(id) ?? -1];
    const findings = data.findings.map((f, k) => [k, f] as [number, Finding]);
    if (article && data.fixed) {
      add(section, el("p", "note", "The text below is the file as it was before --fix wrote its fixes; the findings are those left after fixing, listed by line and column."));
    }
    if (article) {
      if (article.headline) add(section, el("p", "headline", article.headline));
      const prov = add(section, el("div", "provenance"));
      add(prov, el("h3", "", "Provenance"));
      const dl = add(prov, el("dl"));
      for (const field of article.provenance) {
        const pair = add(dl, el("div", "field"));
        add(pair, el("dt", "", field.label));
        const dd = add(pair, el("dd", field.value === undefined ? "missing" : ""));
        if (field.value === undefined) dd.textContent = "missing";
        else {
          add(dd, field.url ? link(field.value, field.value) : el("span", "", field.value));
          if (field.from.length > 0) add(dd, el("span", "from", ` from ${field.from.join(", ")}`));
        }
      }
    }
    const loose = findings.filter(([, f]) => f.at === undefined);
    if (loose.length > 0) {
      const box = add(section, el("div", "article-findings"));
      add(box, el("h3", "", article ? "About the whole article" : "Findings"));
      for (const [k, f] of loose) add(box, renderFinding(file, k, f, rule(f.ruleId)));
    }
    if (article) {
      const text = add(section, el("div", "text"));
      add(text, el("h3", "", "Text as copydesk read it"));
      article.blocks.forEach((block, b) => {
        const row = add(text, el("div", "row"));
        const box = add(row, el("div", `block kind-${block.kind}${block.boilerplate ? " boilerplate" : ""}`));
        box.id = `b-${file}-${b}`;
        const label = add(box, el("div", "block-label"));
        add(label, el("span", "lineno", `line ${block.line}`));
        if (block.kind !== "paragraph") add(label, el("span", "kind", block.kind));
        if (block.boilerplate) {
          add(label, el("span", "boilerplate-tag", `boilerplate: ${block.boilerplate.category}${block.boilerplate.provider ? ` (${block.boilerplate.provider})` : ""}`));
        }
        add(add(box, el("p", "block-text")), markedText(b, block.text, findings, article.quotations));
        const notes = findings.filter(([, f]) => f.at?.block === b);
        if (notes.length > 0) {
          const side = add(row, el("div", "notes"));
          for (const [k, f] of notes) add(side, renderFinding(file, k, f, rule(f.ruleId)));
        }
      });
      if (article.quotations.length > 0) {
        const box = add(section, el("div", "quotations"));
        add(box, el("h3", "", `Quotations (${article.quotations.length})`));
        const table = add(box, el("table"));
        const head = add(add(table, el("thead")), el("tr"));
        for (const label of ["Speaker", "Kind", "Cue", "Words"]) add(head, el("th", "", label));
        const body = add(table, el("tbody"));
        for (const q of article.quotations) {
          const row = add(body, el("tr"));
          const who = add(row, el("td", q.speaker ? "" : "missing"));
          if (q.speaker) {
            add(who, el("strong", "", q.speaker.name));
            const extra = [q.speaker.role, q.speaker.kind !== "person" ? q.speaker.kind : undefined, q.speaker.resolvedBy ? `by ${q.speaker.resolvedBy}` : undefined].filter(Boolean);
            if (extra.length > 0) add(who, el("span", "from", ` (${extra.join(", ")})`));
          } else who.textContent = "no speaker";
          add(row, el("td", "", q.kind));
          add(row, el("td", "", q.cue ?? ""));
          const words = add(row, el("td", "quote-words"));
          const first = q.at[0];
          if (first) add(words, button(q.text, "goto-block", () => flashBlock(file, first.block)));
          else words.textContent = q.text;
        }
      }
    } else if (findings.length > loose.length) {
      const box = add(section, el("div", "article-findings"));
      for (const [k, f] of findings.filter(([, x]) => x.at !== undefined)) add(box, renderFinding(file, k, f, rule(f.ruleId)));
    }
    return section;
  }

  // ---- pages, filters applied to what is on screen, navigation ----
  const articles = el("div", "articles");
  articles.id = "articles";
  const pagers = [el("nav", "pager"), el("nav", "pager")];
  let files: number[] = [];
  let order: [number, number][] = [];

  const pageCount = () => (state.pageSize === 0 ? 1 : Math.max(1, Math.ceil(files.length / state.pageSize)));
  const pageOf = (position: number) => (state.pageSize === 0 ? 0 : Math.floor(position / state.pageSize));

  function applyFilters(): void {
    articles.querySelectorAll<HTMLElement>(".finding").forEach((card) => {
      const rule = rulesById.get(card.dataset["rule"] ?? "") ?? -1;
      card.hidden = !(state.rules.has(rule) && state.severities.has(card.dataset["severity"] as Severity));
    });
    articles.querySelectorAll<HTMLElement>("mark[data-f]").forEach((mark) => {
      const section = mark.closest("section.article");
      const file = Number(section?.id.slice(5));
      const anyShown = (mark.dataset["f"] ?? "").split(" ").some((k) => {
        const [r, s] = (index.files[file] as FileEntry).f[Number(k)] ?? [-1, 0];
        return findingShown(r, s);
      });
      mark.classList.toggle("off", !anyShown);
    });
  }

  function renderPage(): void {
    articles.textContent = "";
    const start = state.pageSize === 0 ? 0 : state.page * state.pageSize;
    const slice = state.pageSize === 0 ? files : files.slice(start, start + state.pageSize);
    if (slice.length === 0) add(articles, el("p", "empty-page", "No file matches these filters."));
    for (const file of slice) add(articles, renderArticle(file));
    for (const pager of pagers) {
      pager.textContent = "";
      if (pageCount() <= 1) continue;
      const prev = add(pager, button("← Previous page", "page-prev", () => turnPage(-1)));
      prev.disabled = state.page === 0;
      add(pager, el("span", "page-of", `Page ${state.page + 1} of ${pageCount()}`));
      const next = add(pager, button("Next page →", "page-next", () => turnPage(1)));
      next.disabled = state.page >= pageCount() - 1;
    }
    applyFilters();
  }

  function refresh(): void {
    files = visibleFiles();
    order = visibleFindings(files);
    state.page = Math.min(state.page, pageCount() - 1);
    state.current = -1;
    const total = index.files.length;
    status.textContent = `Showing ${plural(files.length, "file")} of ${total} · ${plural(order.length, "finding")}`;
    renderPage();
  }

  function turnPage(step: number): void {
    const next = Math.max(0, Math.min(pageCount() - 1, state.page + step));
    if (next === state.page) return;
    state.page = next;
    state.current = -1;
    renderPage();
    articles.scrollIntoView({ block: "start" });
  }

  function showFile(file: number): boolean {
    const position = files.indexOf(file);
    if (position < 0) return false;
    if (pageOf(position) !== state.page) {
      state.page = pageOf(position);
      renderPage();
    }
    return true;
  }

  function gotoFile(file: number): void {
    if (!showFile(file)) {
      state.path = "";
      (document.getElementById("file-filter") as HTMLInputElement).value = "";
      state.severities = new Set(SEVERITIES);
      state.rules = new Set(index.rules.map((_, i) => i));
      document.querySelectorAll<HTMLInputElement>(".severity-toggle, .rule-filter").forEach((box) => (box.checked = true));
      refresh();
      showFile(file);
    }
    document.getElementById(`file-${file}`)?.scrollIntoView({ block: "start" });
  }

  function flashBlock(file: number, block: number): void {
    const target = document.getElementById(`b-${file}-${block}`);
    if (!target) return;
    target.scrollIntoView({ block: "center" });
    target.classList.remove("flash");
    void target.offsetWidth;
    target.classList.add("flash");
  }

  /** Where stepping starts when no finding is selected: the first finding of the page shown. */
  function firstFromPage(): number {
    const start = state.pageSize === 0 ? 0 : state.page * state.pageSize;
    const onOrAfter = new Set(files.slice(start));
    const position = order.findIndex(([file]) => onOrAfter.has(file));
    return position < 0 ? order.length : position;
  }

  function select(position: number): void {
    if (order.length === 0) return;
    state.current = (position + order.length) % order.length;
    const [file, k] = order[state.current] as [number, number];
    showFile(file);
    document.querySelectorAll(".current").forEach((node) => node.classList.remove("current"));
    const card = document.getElementById(`f-${file}-${k}`);
    const section = document.getElementById(`file-${file}`);
    section?.querySelectorAll<HTMLElement>("mark[data-f]").forEach((mark) => {
      if ((mark.dataset["f"] ?? "").split(" ").includes(String(k))) mark.classList.add("current");
    });
    const mark = section?.querySelector<HTMLElement>("mark.current");
    mark?.scrollIntoView({ block: "center" });
    if (card) {
      card.classList.add("current");
      const evidence = card.querySelector("details.evidence") as HTMLDetailsElement | null;
      if (evidence) evidence.open = true;
      card.focus({ preventScroll: true });
      card.scrollIntoView({ block: mark ? "nearest" : "center" });
    }
    status.textContent = `Finding ${state.current + 1} of ${order.length} · ${plural(files.length, "file")} shown`;
  }

  // ---- keys ----
  const help = el("div", "help");
  help.id = "help";
  help.hidden = true;
  help.setAttribute("role", "dialog");
  help.setAttribute("aria-label", "Keyboard shortcuts");
  add(help, el("h2", "", "Keyboard"));
  const helpList = add(help, el("dl"));
  for (const [k, what] of [
    ["j or n", "next finding (across files and pages)"],
    ["k or p", "previous finding"],
    ["]", "next page"],
    ["[", "previous page"],
    ["/", "type part of a path to filter files"],
    ["Esc", "leave the filter box, close this help"],
    ["?", "show or hide this help"],
  ]) {
    add(add(helpList, el("dt")), el("kbd", "", k as string));
    add(helpList, el("dd", "", what as string));
  }
  add(help, button("Close", "close-help", () => (help.hidden = true)));

  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target !== null && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA");
    if (event.key === "Escape") {
      help.hidden = true;
      if (typing) target.blur();
      return;
    }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    if (key === "j" || key === "n") select(state.current < 0 ? firstFromPage() : state.current + 1);
    else if (key === "k" || key === "p") select((state.current < 0 ? firstFromPage() : state.current) - 1);
    else if (key === "]") turnPage(1);
    else if (key === "[") turnPage(-1);
    else if (key === "/") (document.getElementById("file-filter") as HTMLInputElement).focus();
    else if (key === "?") help.hidden = !help.hidden;
    else return;
    event.preventDefault();
  });

  articles.addEventListener("click", (event) => {
    const mark = (event.target as HTMLElement).closest<HTMLElement>("mark[data-f]");
    if (!mark) return;
    const file = Number(mark.closest("section.article")?.id.slice(5));
    const k = Number((mark.dataset["f"] ?? "").split(" ")[0]);
    const position = order.findIndex(([f, i]) => f === file && i === k);
    if (position >= 0) select(position);
  });

  // Printing shows every finding's evidence; what was closed on screen is closed again afterwards.
  let closedForScreen: HTMLDetailsElement[] = [];
  window.addEventListener("beforeprint", () => {
    closedForScreen = Array.from(document.querySelectorAll<HTMLDetailsElement>("details:not([open])"));
    for (const details of closedForScreen) details.open = true;
  });
  window.addEventListener("afterprint", () => {
    for (const details of closedForScreen) details.open = false;
    closedForScreen = [];
  });

  // ---- the page ----
  app.textContent = "";
  const top = add(app, el("header", "page-head"));
  add(top, el("h1", "", "copydesk report"));
  add(top, el("p", "tool", `${index.tool.name} ${index.tool.version}`));
  add(app, renderSummary());
  add(app, renderFilters());
  add(app, help);
  add(app, pagers[0] as HTMLElement);
  add(app, articles);
  add(app, pagers[1] as HTMLElement);
  const s = index.summary;
  document.title = `copydesk report: ${plural(s.files, "file")}, ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}`;
  refresh();
}

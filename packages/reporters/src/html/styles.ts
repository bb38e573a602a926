/** The report's style sheet (inline; the page's CSP admits exactly this text by its hash). */
export const STYLES = `
:root {
  --ink: #1d2433; --muted: #5b6475; --line: #d7dbe3; --paper: #ffffff; --wash: #f5f6f8;
  --error: #b42318; --error-bg: #fde8e6; --warning: #93370d; --warning-bg: #fff0c2; --info: #1849a9; --info-bg: #e1ebff;
  --bp: #6b7280; --bp-bg: #f1f1ee; --ins: #dcfae6; --del: #fee4e2;
  color-scheme: light;
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--wash); }
main { max-width: 1280px; margin: 0 auto; padding: 0 1rem 4rem; }
h1 { font-size: 1.5rem; margin: 0; }
h2 { font-size: 1.15rem; margin: 1rem 0 .5rem; }
h3 { font-size: .95rem; margin: .75rem 0 .35rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
button { font: inherit; cursor: pointer; }
a { color: #1849a9; }
.page-head { display: flex; align-items: baseline; gap: 1rem; padding: 1rem 0 .5rem; }
.page-head .tool { color: var(--muted); margin: 0; }
.summary, .filters, .article { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; margin: .75rem 0; }
.totals { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; font-size: 1.05rem; margin: .25rem 0; }
.pill { display: inline-block; border-radius: 999px; padding: 0 .6rem; font-size: .85rem; border: 1px solid currentColor; margin-right: .25rem; }
.pill.failed { color: #fff; background: var(--error); border-color: var(--error); }
.pill.clean { color: #067647; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); }
.summary-columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: .8rem; color: var(--muted); font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; } td.zero { text-align: right; color: #b0b6c2; }
.description { color: var(--muted); font-size: .85rem; }
.worst-files li { margin: .2rem 0; }
.worst-files li .goto-file { margin-right: .5rem; }
.article, .block, .finding { scroll-margin-top: 9rem; }
.goto-file, .goto-block { background: none; border: 0; padding: 0; color: #1849a9; text-decoration: underline; text-align: left; word-break: break-all; }
.filters { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .75rem; }
.filters legend { float: left; margin-right: .5rem; color: var(--muted); }
.filters input[type=search] { padding: .2rem .4rem; width: 14rem; }
.status { margin: 0; color: var(--muted); flex-basis: 100%; }
.keys { margin: 0; color: var(--muted); font-size: .85rem; flex-basis: 100%; }
kbd { font: .8rem ui-monospace, monospace; border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 .3rem; background: var(--wash); }
.help { position: fixed; right: 1rem; top: 1rem; z-index: 5; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1rem; box-shadow: 0 8px 30px rgba(0,0,0,.15); }
.help dl { display: grid; grid-template-columns: auto 1fr; gap: .25rem 1rem; }
.help dd { margin: 0; }
.pager { display: flex; gap: 1rem; align-items: center; justify-content: center; }
.pager:empty { display: none; }
.article-head h2 { margin: 0; font: 600 1rem ui-monospace, monospace; word-break: break-all; }
.article-meta { margin: .25rem 0; }
.tag { display: inline-block; font-size: .75rem; background: var(--wash); border: 1px solid var(--line); border-radius: 4px; padding: 0 .35rem; margin-right: .3rem; }
.tag.fixed { background: var(--ins); }
.headline { font: 600 1.25rem/1.3 Georgia, "Times New Roman", serif; margin: .5rem 0; }
.note { background: var(--wash); border-left: 4px solid var(--muted); padding: .4rem .75rem; }
.file-errors { background: var(--error-bg); border-left: 4px solid var(--error); padding: .5rem .75rem; margin: .5rem 0; }
.provenance dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: .15rem 1.5rem; margin: 0; }
.provenance .field { display: flex; gap: .75rem; }
.provenance dt { font-weight: 600; min-width: 5.5rem; }
.provenance dd { margin: 0; word-break: break-word; }
dd.missing, td.missing { color: var(--error); font-weight: 600; }
.from { color: var(--muted); font-size: .85rem; }
.row { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; border-top: 1px solid var(--wash); padding: .35rem 0; }
.block { grid-column: 1; align-self: start; padding: .1rem .5rem; border-left: 3px solid transparent; }
.block.flash { animation: flash 1.2s ease-out; }
@keyframes flash { from { background: #fff6a8; } to { background: transparent; } }
.block-label { font-size: .75rem; color: var(--muted); display: flex; gap: .5rem; }
.block-text { margin: .1rem 0; font: 1rem/1.6 Georgia, "Times New Roman", serif; white-space: pre-wrap; word-break: break-word; }
.kind-headline .block-text { font-size: 1.2rem; font-weight: 600; }
.block.boilerplate { background: repeating-linear-gradient(135deg, var(--bp-bg), var(--bp-bg) 8px, #fafaf8 8px, #fafaf8 16px); border-left: 3px dashed var(--bp); }
.block.boilerplate .block-text { color: #4b5260; font-size: .92rem; }
.boilerplate-tag { color: var(--paper); background: var(--bp); border-radius: 3px; padding: 0 .35rem; }
.notes { grid-column: 2; }
mark { color: inherit; border-radius: 2px; padding: 0 1px; cursor: pointer; }
mark.sev-error { background: var(--error-bg); border-bottom: 2px solid var(--error); }
mark.sev-warning { background: var(--warning-bg); border-bottom: 2px solid var(--warning); }
mark.sev-info { background: var(--info-bg); border-bottom: 2px dotted var(--info); }
mark.off { background: none; border-bottom: 0; cursor: auto; }
mark.point { display: inline-block; width: 0; padding: 0; }
mark.point::before { content: "\\25BE"; margin-left: -.3em; }
mark.point.off::before { content: ""; }
mark.current { outline: 2px solid var(--ink); }
.quote { text-decoration: underline dotted #7a8599; text-underline-offset: 3px; }
.finding { border: 1px solid var(--line); border-left: 4px solid currentColor; border-radius: 6px; padding: .4rem .6rem; margin: .35rem 0; background: var(--paper); color: var(--ink); }
.finding.sev-error { border-left-color: var(--error); } .finding.sev-warning { border-left-color: var(--warning); } .finding.sev-info { border-left-color: var(--info); }
.finding.current { box-shadow: 0 0 0 3px #9db4ff; }
.finding:focus { outline: none; }
.finding-head { display: flex; gap: .5rem; align-items: baseline; font-size: .85rem; }
.finding-head .sev { font-weight: 700; text-transform: uppercase; font-size: .75rem; }
.finding-head .loc { color: var(--muted); font-family: ui-monospace, monospace; margin-left: auto; }
.finding .message { margin: .2rem 0; }
.fix, .compare { margin: .35rem 0; font-size: .9rem; }
.fix-title, .compare-title { font-weight: 600; }
.fix-before, .fix-after, .fix-source { padding: .15rem .4rem; border-radius: 4px; margin: .15rem 0; white-space: pre-wrap; word-break: break-word; }
.fix-before { background: #fff8f7; } .fix-after { background: #f5fffa; }
.fix-label { display: inline-block; min-width: 4.2rem; font-size: .75rem; color: var(--muted); }
del { background: var(--del); text-decoration: line-through; } ins { background: var(--ins); text-decoration: none; }
.compare-cols { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; }
.side-label { font-size: .75rem; color: var(--muted); }
.side-text { margin: 0; padding: .3rem .5rem; background: var(--wash); border-radius: 4px; white-space: pre-wrap; word-break: break-word; font-size: .85rem; }
.evidence summary { cursor: pointer; color: var(--muted); font-size: .85rem; }
.evidence dl, dl.value { display: grid; grid-template-columns: max-content 1fr; gap: 0 .75rem; margin: .2rem 0; font-size: .85rem; }
.evidence dt, dl.value dt { color: var(--muted); }
.evidence dd, dl.value dd { margin: 0; word-break: break-word; white-space: pre-wrap; }
ol.value { margin: 0; padding-left: 1.2rem; }
.evidence-diff { font-size: .85rem; white-space: pre-wrap; }
.evidence-diff .key { color: var(--muted); margin-right: .5rem; }
.related { margin: .25rem 0; padding-left: 1.1rem; font-size: .85rem; }
.quotations td { font-size: .9rem; }
.empty-page, .clean { color: var(--muted); }
@media (max-width: 800px) {
  .summary-columns, .row, .compare-cols { grid-template-columns: 1fr; }
  .notes { grid-column: 1; }
}
@media print {
  @page { margin: 14mm; }
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .filters, .pager, .help, .rule-filter, th:first-child, td:first-child:has(input) { display: none !important; }
  .summary, .article { border: 0; padding: 0; margin: 0 0 8mm; }
  .article { break-before: page; }
  .row { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); break-inside: avoid; }
  .finding { break-inside: avoid; }
  .finding[hidden] { display: none; }
  .goto-file, .goto-block { color: inherit; text-decoration: none; }
  a { color: inherit; text-decoration: none; }
  mark, del, ins, .pill, .block.boilerplate, .boilerplate-tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .block.flash { animation: none; }
}
`;

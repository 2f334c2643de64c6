// The review page's stylesheet, inlined (the page is one file served by the review script) and
// allowed by its hash. Colours follow the site's (src/styles/site.css).
export const REVIEW_CSS = `
:root {
  --ink: #1d2330; --muted: #555f6d; --line: #d7dce3; --tint: #f4f6f9; --accent: #0b5cad; --mark: #fff1b8;
  --ok: #1d6b35; --ok-tint: #eef7f0; --no: #4b5563; --warn: #8a3b00; --focus: #f0a500;
  font-family: system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif;
  color: var(--ink); background: #fff; line-height: 1.5;
}
* { box-sizing: border-box; }
body { margin: 0; }
.en { color: var(--muted); font-size: 0.875em; }
code { font-size: 0.9em; }
header.page, main { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header.page { padding-top: 0.75rem; }
.kicker { margin: 0; color: var(--muted); font-size: 0.875rem; overflow-wrap: anywhere; }
h1 { font-size: 1.4rem; line-height: 1.3; margin: 0.25rem 0; }
.counts { display: flex; flex-wrap: wrap; gap: 0.1rem 1.25rem; list-style: none; padding: 0; margin: 0.5rem 0; }
.counts strong { font-size: 1.15rem; font-variant-numeric: tabular-nums; }
.shortcuts { font-size: 0.875rem; color: var(--muted); margin: 0.25rem 0 0.75rem; }
kbd { font: 0.8rem/1 ui-monospace, monospace; border: 1px solid #8a94a3; border-bottom-width: 2px; border-radius: 3px; padding: 0.1rem 0.3rem; color: var(--ink); background: #fff; }
.toolbar { background: #fff; border-bottom: 1px solid var(--line); border-top: 1px solid var(--line); }
.toolbar-row { max-width: 72rem; margin: 0 auto; padding: 0.35rem 1rem; display: flex; flex-wrap: wrap; gap: 0.35rem 1.5rem; align-items: center; }
.filter { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.1rem 0.9rem; align-items: center; }
.filter legend { float: left; font-weight: 600; padding: 0; margin-right: 0.25rem; }
.filter label { white-space: nowrap; }
.save { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: center; flex: 1 1 20rem; }
.progress { white-space: nowrap; }
#status { margin: 0; flex: 1 1 12rem; }
}
#status.error { color: #a11; font-weight: 600; }
button { font: inherit; min-height: 2.25rem; padding: 0.25rem 0.9rem; border: 1px solid var(--ink); border-radius: 4px; background: #fff; color: var(--ink); cursor: pointer; }
button .en { color: inherit; }
#save { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
#save:disabled { opacity: 0.6; cursor: progress; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
ol.cards { list-style: none; padding: 0; margin: 0.75rem 0 4rem; }
.card { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px; padding: 0.6rem 1rem 0.75rem; margin: 0 0 0.75rem; scroll-margin-top: 6.5rem; }
.card.current { outline: 3px solid var(--focus); outline-offset: 2px; }
.card:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.card[data-accept="y"] { border-left-color: var(--ok); background: var(--ok-tint); }
.card[data-accept="n"] { border-left-color: var(--no); background: var(--tint); }
.card[data-accept="n"] .context, .card[data-accept="n"] .fields { opacity: 0.75; }
.card h2 { font-size: 1rem; margin: 0; display: flex; flex-wrap: wrap; gap: 0 0.6rem; align-items: baseline; }
.card h2 .n { color: var(--muted); font-weight: 400; font-variant-numeric: tabular-nums; }
.card h2 .vt { font-size: 1.25rem; overflow-wrap: anywhere; }
.meta { margin: 0.1rem 0; color: var(--muted); font-size: 0.875rem; }
.decision { font-weight: 600; color: var(--ink); }
.card[data-accept="y"] .decision { color: var(--ok); }
.context { margin: 0.4rem 0; overflow-wrap: anywhere; }
.context q { background: var(--tint); border-bottom: 2px solid var(--line); }
.card[data-accept="y"] .context q { background: #fff; }
.context mark { background: var(--mark); color: inherit; font-weight: 700; outline: 1px solid #c9a227; }
.table-head { margin: 0.25rem 0; font-size: 0.875rem; color: var(--muted); overflow-wrap: anywhere; }
.table-head strong { color: var(--ink); }
.warnings { color: var(--warn); margin: 0.25rem 0; padding-left: 1.25rem; font-weight: 600; }
.warnings .en { color: inherit; }
.edit > summary { cursor: pointer; color: var(--muted); font-size: 0.875rem; width: max-content; padding: 0.2rem 0; margin: 0.2rem 0; }
.edit[open] > summary { display: none; }
.card-error { color: #a11; font-weight: 600; margin: 0.25rem 0; }
.fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5rem), 1fr)); gap: 0.4rem 0.75rem; margin: 0.5rem 0; }
.field { min-width: 0; }
.field.wide, .field.roomy { grid-column: 1 / -1; }
.field.full { grid-column: 1 / -1; }
.field label { display: block; font-size: 0.8rem; color: var(--muted); }
.field input, .field select, .field textarea { display: block; width: 100%; min-width: 0; font: inherit; padding: 0.2rem 0.35rem; border: 1px solid #8a94a3; border-radius: 3px; background: #fff; color: var(--ink); }
.field textarea { resize: vertical; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
button.accept[aria-pressed="true"] { background: var(--ok); border-color: var(--ok); color: #fff; }
button.skip[aria-pressed="true"] { background: var(--no); border-color: var(--no); color: #fff; }
button[aria-pressed="true"]::before { content: "✓ "; }
/* Wide screens keep filter and Save in view; phones keep only Save, at the bottom. */
@media (min-width: 40rem) {
  .toolbar { position: sticky; top: 0; z-index: 2; }
  .field.wide, .field.roomy { grid-column: span 2; }
}
@media (max-width: 39.99rem) {
  .shortcuts { display: none; }
  .save { position: fixed; left: 0; right: 0; bottom: 0; z-index: 2; background: #fff; border-top: 1px solid var(--line); padding: 0.35rem 1rem; }
  main { padding-bottom: 6rem; }
  .card { scroll-margin: 1rem 0 6rem; }
  .fields { grid-template-columns: 1fr 1fr; }
  .field.roomy { grid-column: auto; }
}
`;

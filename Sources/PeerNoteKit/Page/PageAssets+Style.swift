extension PageAssets {
    /// The page's stylesheet. Colours meet WCAG AA contrast (text 4.5:1, marks and focus 3:1);
    /// severity is told by the underline's pattern and a word, never by colour alone. The note's
    /// marks sit on a backdrop behind a transparent text area, so the two share every metric.
    public static let css = #"""
:root {
  --ink: #1b1b1b;
  --muted: #4a4a4a;
  --paper: #fbfaf7;
  --card: #ffffff;
  --line: #c9c5bb;
  --accent: #1d4f91;
  --accent-ink: #ffffff;
  --focus: #1d4f91;
  --error: #a4161a;
  --error-bg: #fde4e2;
  --warning: #7a4d00;
  --warning-bg: #fff1c7;
  --info: #1f4f9a;
  --info-bg: #e3edfb;
  --hint: #1b6b37;
  --hint-bg: #dcf3e3;
  --quoted: #5b3d8f;
  --quoted-bg: #efe8fa;
  --note-font: 1.0625rem/1.65 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
}
*, *::before, *::after { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body {
  margin: 0 auto; max-width: 88rem; padding: 0 1.25rem 2rem;
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
}
h1 { font-size: 1.5rem; margin: 1rem 0 0.25rem; }
h1 .tagline { font-size: 1rem; font-weight: 400; color: var(--muted); margin-left: 0.5rem; }
h2 { font-size: 1.15rem; margin: 0; }
h3 { font-size: 1rem; margin: 1.1rem 0 0.4rem; }
.top p { margin: 0 0 1rem; color: var(--muted); max-width: 60rem; }
.bottom { color: var(--muted); font-size: 0.875rem; border-top: 1px solid var(--line); margin-top: 2rem; }
.skip { position: absolute; left: -100vw; top: 0.5rem; background: var(--accent); color: var(--accent-ink); padding: 0.5rem 1rem; z-index: 10; }
.skip:focus { left: 0.5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }

.layout { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); align-items: start; }
@media (min-width: 62rem) {
  .layout { grid-template-columns: minmax(0, 1fr) minmax(19rem, 25rem); }
  .thread { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow-y: auto; }
}

.editor-head { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; justify-content: space-between; margin-bottom: 0.5rem; }
.tools { display: flex; flex-wrap: wrap; gap: 0.5rem; }
button {
  font: inherit; font-size: 0.95rem; line-height: 1.3; padding: 0.45rem 0.85rem; min-height: 2.5rem;
  border: 1px solid var(--accent); border-radius: 0.4rem; background: var(--card); color: var(--accent); cursor: pointer;
}
button:hover { background: #eef3fa; }
button.primary { background: var(--accent); color: var(--accent-ink); }
button.primary:hover { background: #163d70; }
button.quiet { border-color: var(--line); color: var(--ink); }
button:disabled { border-color: var(--line); color: #6b6b6b; background: #f1f0ec; cursor: default; }
button.small { font-size: 0.875rem; padding: 0.3rem 0.6rem; min-height: 2.25rem; }

/* The note: a transparent text area over a backdrop that holds the marks. */
.field { position: relative; background: var(--card); border: 2px solid #8b877d; border-radius: 0.5rem; }
.field:focus-within { border-color: var(--focus); box-shadow: 0 0 0 2px var(--focus); }
.backdrop, #note { font: var(--note-font); letter-spacing: normal; tab-size: 4; padding: 0.75rem 0.9rem; margin: 0; border: 0; }
.backdrop { position: absolute; inset: 0; overflow: hidden; pointer-events: none; }
.highlights, #note { white-space: pre-wrap; overflow-wrap: break-word; word-break: normal; }
.highlights { color: transparent; }
#note {
  position: relative; display: block; width: 100%; min-height: 16rem; resize: none; overflow: hidden;
  background: transparent; color: var(--ink); caret-color: var(--ink); outline: none;
}
mark { color: inherit; border-radius: 0.15rem; text-decoration-thickness: 2px; text-underline-offset: 0.2em; text-decoration-skip-ink: none; }
.highlights mark { color: transparent; }
mark.sev-error { background: var(--error-bg); text-decoration: underline solid var(--error); text-decoration-thickness: 3px; }
mark.sev-warning { background: var(--warning-bg); text-decoration: underline wavy var(--warning); }
mark.sev-info { background: var(--info-bg); text-decoration: underline dotted var(--info); text-decoration-thickness: 3px; }
mark.sev-hint { background: var(--hint-bg); text-decoration: underline double var(--hint); }
mark.quoted { background: var(--quoted-bg); text-decoration: underline dashed var(--quoted); }
mark.current { box-shadow: 0 0 0 2px var(--ink); }
.legend mark { padding: 0 0.2rem; }

.help { font-size: 0.9rem; color: var(--muted); margin: 0.5rem 0 0; }
kbd { font: 0.85rem/1 ui-monospace, "DejaVu Sans Mono", monospace; border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 0.25rem; padding: 0.1rem 0.3rem; background: var(--card); color: var(--ink); }
.status { min-height: 1.5rem; margin: 0.5rem 0 0; font-weight: 600; }
.status.problem { color: var(--error); }
.options { margin: 0.5rem 0; }
.toggle, .check { display: inline-flex; gap: 0.5rem; align-items: center; }
input[type="checkbox"] { width: 1.15rem; height: 1.15rem; accent-color: var(--accent); }

.facts { border: 1px solid var(--line); border-radius: 0.5rem; background: var(--card); padding: 0.5rem 0.9rem; margin: 0.75rem 0; }
.facts summary { cursor: pointer; font-weight: 600; padding: 0.25rem 0; }
.facts .optional { font-weight: 400; color: var(--muted); }
.facts-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: 0.75rem 1rem; padding: 0.5rem 0; }
.facts-grid label { display: flex; flex-direction: column; gap: 0.25rem; font-size: 0.95rem; }
.facts-grid label.check { flex-direction: row; align-items: center; }
.facts-grid .wide { grid-column: 1 / -1; }
.facts-grid input[type="text"], .facts-grid input[type="number"], .facts-grid select, .facts-grid textarea {
  font: inherit; padding: 0.4rem 0.5rem; border: 1px solid #8b877d; border-radius: 0.35rem; background: #fff; color: var(--ink); min-height: 2.5rem;
}

/* Findings: one card each, its severity as a word and a coloured edge. */
.findings-section { margin-top: 1.5rem; }
.findings { list-style: none; margin: 0.5rem 0 0; padding: 0; display: grid; gap: 0.6rem; }
.finding, .popover {
  background: var(--card); border: 1px solid var(--line); border-left: 0.4rem solid var(--line); border-radius: 0.45rem; padding: 0.6rem 0.8rem;
}
.finding.sev-error, .popover.sev-error { border-left-color: var(--error); }
.finding.sev-warning, .popover.sev-warning { border-left-color: var(--warning); }
.finding.sev-info, .popover.sev-info { border-left-color: var(--info); }
.finding.sev-hint, .popover.sev-hint { border-left-color: var(--hint); }
.finding.current { box-shadow: 0 0 0 2px var(--ink); }
.finding-head { display: flex; flex-wrap: wrap; gap: 0.4rem 0.6rem; align-items: baseline; }
.words { font-weight: 700; }
.where { color: var(--muted); font-size: 0.875rem; }
.badge { font-size: 0.8rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; padding: 0.1rem 0.45rem; border-radius: 1rem; }
.badge.sev-error { background: var(--error-bg); color: var(--error); }
.badge.sev-warning { background: var(--warning-bg); color: var(--warning); }
.badge.sev-info { background: var(--info-bg); color: var(--info); }
.badge.sev-hint { background: var(--hint-bg); color: var(--hint); }
.badge.quoted { background: var(--quoted-bg); color: var(--quoted); }
.message { margin: 0.3rem 0 0; }
.rationale { margin: 0.25rem 0 0; color: var(--muted); font-size: 0.925rem; }
.actions { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-top: 0.5rem; }
.try { margin: 0.35rem 0 0; font-size: 0.95rem; }
.empty { color: var(--muted); }

.popover { position: absolute; z-index: 5; width: min(28rem, calc(100% - 1rem)); box-shadow: 0 0.4rem 1.2rem rgba(0, 0, 0, 0.18); }
.popover .finding-head { padding-right: 2.25rem; }
.popover .close { position: absolute; top: 0.3rem; right: 0.3rem; min-height: 2rem; padding: 0.1rem 0.5rem; border-color: transparent; }

/* The golden-thread panel. */
.thread { background: var(--card); border: 1px solid var(--line); border-radius: 0.5rem; padding: 0.9rem 1rem; }
.thread-body section { border-top: 1px solid var(--line); margin-top: 0.9rem; }
.thread-body section:first-child { border-top: 0; margin-top: 0.25rem; }
.score { display: flex; align-items: baseline; gap: 0.6rem; flex-wrap: wrap; }
.score .number { font-size: 2.25rem; font-weight: 700; line-height: 1; }
.thread meter { display: block; width: 100%; height: 0.8rem; margin-top: 0.4rem; }
.checklist { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
.checklist li { display: grid; grid-template-columns: 1.6rem 1fr; gap: 0.1rem 0.4rem; align-items: start; }
.mark-yes, .mark-no { font-weight: 700; font-size: 1.1rem; line-height: 1.4; text-align: center; border-radius: 50%; }
.mark-yes { color: var(--hint); }
.mark-no { color: var(--error); }
.todo { grid-column: 2; font-size: 0.925rem; }
.todo .suggestion { display: block; margin: 0.2rem 0; padding: 0.3rem 0.5rem; background: #f4f2ec; border-radius: 0.3rem; white-space: pre-wrap; }
.facts-line { margin: 0.25rem 0; }
dl.more { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 0.75rem; margin: 0.25rem 0; }
dl.more dt { font-weight: 600; }
dl.more dd { margin: 0; overflow-wrap: anywhere; }
.note-level { list-style: none; padding: 0; margin: 0.25rem 0; display: grid; gap: 0.5rem; }
.note-level li { border-left: 0.3rem solid var(--line); padding-left: 0.6rem; }
.note-level li.sev-error { border-left-color: var(--error); }
.note-level li.sev-warning { border-left-color: var(--warning); }
.note-level li.sev-info { border-left-color: var(--info); }

@media (max-width: 30rem) {
  body { padding: 0 0.75rem 1.5rem; }
  h1 .tagline { display: block; margin: 0.2rem 0 0; }
  .tools { width: 100%; }
  .tools button { flex: 1 1 auto; }
}
@media (forced-colors: active) {
  mark { forced-color-adjust: none; }
  .highlights mark { color: transparent; }
}
@media print {
  .tools, .facts, .options, .help, .popover, .skip, .thread { display: none; }
}
"""#
}

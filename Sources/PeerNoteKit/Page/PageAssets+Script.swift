extension PageAssets {
    /// The page's script: checks the note as the peer types (debounced), draws the marks, the
    /// findings and the golden-thread panel from `POST /check`'s JSON, and applies the edits that
    /// JSON offers exactly as given. It builds the page with DOM calls only (no HTML strings, as
    /// the Trusted Types policy requires), keeps nothing beyond the open page, and renders any
    /// field of the analysis it does not know as it comes.
    public static let script = #"""
'use strict';
(() => {
  const DEBOUNCE_MS = 150;
  const $ = (id) => document.getElementById(id);
  const note = $('note');
  const field = $('field');
  const highlights = $('highlights');
  const popover = $('popover');
  const statusLine = $('status');
  const cursorStatus = $('cursor-status');
  const findingsList = $('findings');
  const strengthsList = $('strengths');
  const strengthsSection = $('strengths-section');
  const findingsEmpty = $('findings-empty');
  const threadPanel = $('thread');
  const showStrengths = $('show-strengths');
  const factsForm = $('facts-form');
  const factsBox = $('facts');
  const copyButton = $('copy');
  const safeButton = $('apply-safe');
  const exampleButton = $('example');

  const SEVERITY = {
    error: { word: 'Change', rank: 3 },
    warning: { word: 'Reconsider', rank: 2 },
    info: { word: 'Worth a thought', rank: 1 },
    hint: { word: 'Strength', rank: 0 },
  };
  const ELEMENTS = {
    type: 'Type of service',
    purpose: 'Purpose of the contact',
    response: "The person's response",
    progress: 'Progress toward the goal',
  };
  const KNOWN = {
    note: new Set(['path', 'score', 'thread', 'findings', 'page']),
    score: new Set(['recovery', 'concern', 'strength', 'words', 'categories']),
    thread: new Set(['goals', 'links', 'elements', 'missing', 'units']),
  };
  const EXAMPLE = 'Met with pt at the drop-in center for 30 minutes. Pt c/o trouble sleeping and said she refused her meds ' +
    'this week. She is a schizophrenic who suffers from anxiety. Client was pleasant and cooperative. ' +
    'We talked about her goal of going back to work, and she shared that she wants to call the job center on Monday.';

  let analysis = null;     // the last analysis, for the text in `analysedText`
  let analysedText = null;
  let marks = [];          // {start, end, finding, index}: UTF-16 ranges, moved along as the peer types
  let previousText = note.value;
  let timer = 0;
  let scheduled = false;   // a check is waiting for the typing to pause
  let controller = null;
  let sequence = 0;
  let currentIndex = -1;   // the finding at the cursor, by its index in analysis.findings
  let lastSummary = '';
  let said = null;         // the last thing the page did, for the status line

  // ---- Building the page: DOM calls only. ----
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name === 'text') node.textContent = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  const quote = (text) => '\u201c' + text + '\u201d';
  const humanize = (key) => {
    const words = String(key).replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim();
    return words.charAt(0).toUpperCase() + words.slice(1);
  };

  // ---- Checking as the peer types. ----
  function facts() {
    const data = new FormData(factsForm);
    const given = {};
    for (const name of ['person', 'service', 'setting', 'modifier', 'lpha_cosign']) {
      const value = String(data.get(name) || '').trim();
      if (value) given[name] = value;
    }
    for (const name of ['minutes', 'group_size']) {
      const value = String(data.get(name) || '').trim();
      if (/^\d+$/.test(value)) given[name] = Number(value);
    }
    if (data.get('preadmission')) given.preadmission = true;
    if (data.get('adhoc')) given.adhoc = true;
    const goals = String(data.get('goals') || '').split('\n').map((line) => line.trim()).filter(Boolean)
      .map((line, index) => {
        const named = /^([A-Za-z]{0,4}\d+[A-Za-z]?)\s*[:.)\u2013-]\s*(.+)$/.exec(line);
        return named ? { id: named[1], text: named[2] } : { id: 'G' + (index + 1), text: line };
      });
    if (goals.length) given.goals = goals;
    return given;
  }

  // `data-up-to-date` tells whoever reads the page (a test, an assistive tool) that what it
  // shows is the analysis of the text as it is now.
  // A lone half of a surrogate pair (pasted from a broken source) is not text JSON can carry:
  // it is sent as U+FFFD, one code unit for one, so every offset still fits the note as it is.
  function wellFormed(text) {
    if (typeof text.toWellFormed === 'function') return text.toWellFormed();
    return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/g,
      (match) => match.length === 2 && match.charCodeAt(1) >= 0xdc00 ? match[0] + '\ufffd' : '\ufffd');
  }

  function scheduleCheck(delay = DEBOUNCE_MS) {
    document.documentElement.dataset.upToDate = 'false';
    clearTimeout(timer);
    scheduled = true;
    timer = setTimeout(check, delay);
  }

  async function check() {
    scheduled = false;
    const text = note.value;
    if (controller) controller.abort();
    controller = new AbortController();
    const mine = ++sequence;
    const started = performance.now();
    let response, json;
    try {
      response = await fetch('/check', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, cache: 'no-store',
        body: JSON.stringify(Object.assign({ text: wellFormed(text) }, facts())), signal: controller.signal,
      });
      json = await response.json();
    } catch (error) {
      if (error && error.name === 'AbortError') return;
      if (mine === sequence) say('PeerNote is not answering. Is "peernote serve" still running? Your text is still here.', true);
      return;
    }
    if (mine !== sequence) return;
    if (!response.ok) {
      say((json && json.error ? json.error : 'The note could not be checked.') + ' Your text is still here.', true);
      return;
    }
    // The peer typed on while this was checked: the next check is already on its way.
    if (note.value !== text) return;
    analysis = json;
    analysedText = text;
    render();
    const elapsed = performance.now() - started;
    document.documentElement.dataset.checks = String(Number(document.documentElement.dataset.checks || 0) + 1);
    document.documentElement.dataset.lastCheckMs = elapsed.toFixed(1);
    if (!scheduled && mine === sequence && note.value === text) document.documentElement.dataset.upToDate = 'true';
  }

  // While a check is on its way, the marks move with the text: a mark the edit touched goes.
  function moveMarks(before, after) {
    let prefix = 0;
    const shortest = Math.min(before.length, after.length);
    while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < shortest - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
    const delta = after.length - before.length;
    const editEnd = before.length - suffix;
    marks = marks.filter((mark) => mark.end <= prefix || mark.start >= editEnd)
      .map((mark) => mark.start >= editEnd ? Object.assign({}, mark, { start: mark.start + delta, end: mark.end + delta }) : mark);
  }

  function onInput() {
    const text = note.value;
    moveMarks(previousText, text);
    previousText = text;
    fitHeight();
    drawMarks();
    updateCurrent();
    scheduleCheck();
  }

  function fitHeight() {
    note.style.height = 'auto';
    note.style.height = note.scrollHeight + 'px';
  }

  // ---- Marks in the note. ----
  function shownInText(finding) {
    return finding.about_wording && (finding.severity !== 'hint' || showStrengths.checked);
  }

  function collectMarks() {
    marks = [];
    if (!analysis) return;
    analysis.findings.forEach((finding, index) => {
      if (shownInText(finding) && finding.utf16_end > finding.utf16_start) {
        marks.push({ start: finding.utf16_start, end: finding.utf16_end, finding, index });
      }
    });
  }

  function markClass(finding) {
    return 'sev-' + finding.severity + (finding.quoted ? ' quoted' : '');
  }

  // The text cut where any mark starts or ends; each piece inside marks takes the look of the
  // most severe of them. One sweep over the cuts, so a long note with many marks stays quick.
  function drawMarks() {
    const text = note.value;
    const points = new Set([0, text.length]);
    for (const mark of marks) { points.add(Math.min(mark.start, text.length)); points.add(Math.min(mark.end, text.length)); }
    const cuts = [...points].sort((a, b) => a - b);
    const starting = marks.slice().sort((a, b) => a.start - b.start);
    let next = 0;
    let here = [];
    const pieces = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [from, to] = [cuts[i], cuts[i + 1]];
      here = here.filter((mark) => mark.end > from);
      while (next < starting.length && starting[next].start <= from) {
        if (starting[next].end > from) here.push(starting[next]);
        next++;
      }
      const piece = text.slice(from, to);
      if (!here.length) { pieces.push(piece); continue; }
      const top = here.reduce((a, b) => SEVERITY[b.finding.severity].rank > SEVERITY[a.finding.severity].rank ? b : a);
      pieces.push(el('mark', {
        class: markClass(top.finding) + (here.some((mark) => mark.index === currentIndex) ? ' current' : ''),
        'data-finding': top.index, 'data-rule': top.finding.rule,
      }, piece));
    }
    // A final line break needs a character after it to take up its line, as it does in the text area.
    if (text.endsWith('\n') || text === '') pieces.push('\u200b');
    highlights.replaceChildren(...pieces);
  }

  // ---- The finding at the cursor. ----
  function findingsAt(position) {
    return marks.filter((mark) => mark.start <= position && position <= mark.end)
      .sort((a, b) => SEVERITY[b.finding.severity].rank - SEVERITY[a.finding.severity].rank);
  }

  function updateCurrent() {
    const position = note.selectionStart;
    const here = document.activeElement === note || popover.contains(document.activeElement) ? findingsAt(position) : [];
    const next = here.length ? here[0].index : -1;
    if (next === currentIndex) { if (next >= 0) placePopover(); return; }
    currentIndex = next;
    drawMarks();
    for (const card of document.querySelectorAll('.finding.current')) card.classList.remove('current');
    if (next < 0 || !analysis) { popover.hidden = true; popover.replaceChildren(); return; }
    const finding = analysis.findings[next];
    const card = document.getElementById('finding-' + next);
    if (card) card.classList.add('current');
    popover.className = 'popover ' + markClass(finding);
    popover.replaceChildren(
      el('button', { type: 'button', class: 'close small', 'aria-label': 'Close', onclick: closePopover }, '\u00d7'),
      ...findingContent(finding, 'pop'),
    );
    popover.hidden = false;
    placePopover();
    const choices = finding.rewrites && finding.rewrites.length ? ' Alt+Enter for choices.' : '';
    cursorStatus.textContent = SEVERITY[finding.severity].word + ': ' + quote(finding.text) + '. ' + finding.message + '.' + choices;
  }

  function placePopover() {
    if (popover.hidden) return;
    const mark = highlights.querySelector('mark[data-finding="' + currentIndex + '"]');
    if (!mark) { popover.hidden = true; return; }
    const box = field.getBoundingClientRect();
    const word = mark.getBoundingClientRect();
    const width = popover.offsetWidth;
    const left = Math.max(4, Math.min(word.left - box.left, box.width - width - 4));
    popover.style.left = left + 'px';
    popover.style.top = (word.bottom - box.top + 6) + 'px';
  }

  function closePopover() {
    popover.hidden = true;
    note.focus();
  }

  function goToFinding(step) {
    const ordered = marks.slice().sort((a, b) => a.start - b.start);
    if (!ordered.length) { say('No marked words in the note.'); return; }
    const position = step > 0 ? note.selectionEnd : note.selectionStart;
    let target = step > 0 ? ordered.find((mark) => mark.start > position || (mark.start === position && mark.index !== currentIndex))
      : ordered.slice().reverse().find((mark) => mark.end < position || (mark.start < position && mark.index !== currentIndex));
    if (!target) target = step > 0 ? ordered[0] : ordered[ordered.length - 1];
    select(target.start, target.end);
  }

  function select(start, end) {
    note.focus();
    note.setSelectionRange(start, end);
    updateCurrent();
    const shown = highlights.querySelector('mark[data-finding="' + currentIndex + '"]');
    if (shown) shown.scrollIntoView({ block: 'nearest' });
  }

  // ---- Edits: exactly the ones the analysis offers. ----
  function replace(start, end, replacement) {
    const before = note.value;
    const expected = before.slice(0, start) + replacement + before.slice(end);
    note.focus();
    note.setSelectionRange(start, end);
    // insertText keeps the browser's undo; when it is not there, the text is set directly.
    let done = false;
    try { done = document.execCommand('insertText', false, replacement); } catch (error) { done = false; }
    if (!done || note.value !== expected) {
      note.value = expected;
      note.setSelectionRange(start + replacement.length, start + replacement.length);
      note.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  function upToDate() {
    if (analysis && note.value === analysedText) return true;
    say('The note changed since it was checked; checking again.');
    scheduleCheck(0);
    return false;
  }

  function applyEdit(finding, edit, what) {
    if (!upToDate()) return;
    replace(edit.utf16_start, edit.utf16_end, edit.replacement);
    say(what);
  }

  function applySafe() {
    if (!upToDate()) return;
    const edits = (analysis.page && analysis.page.safe_rewrites) || [];
    if (!edits.length) return;
    // As `peernote fix` applies them: from the end, an edit overlapping one after it skipped.
    let text = note.value;
    let lastStart = Infinity;
    let count = 0;
    for (const edit of edits.slice().sort((a, b) => b.utf16_start - a.utf16_start)) {
      if (edit.utf16_end > lastStart || edit.utf16_end > text.length) continue;
      text = text.slice(0, edit.utf16_start) + edit.replacement + text.slice(edit.utf16_end);
      lastStart = edit.utf16_start;
      count++;
    }
    replace(0, note.value.length, text);
    say('Applied ' + count + (count === 1 ? ' safe rewrite.' : ' safe rewrites.'));
  }

  function addToNote(suggestion) {
    const text = note.value;
    const separator = text === '' || text.endsWith('\n\n') ? '' : (text.endsWith('\n') ? '\n' : '\n\n');
    const start = text.length + separator.length;
    replace(text.length, text.length, separator + suggestion);
    // The part to fill in is selected, so typing replaces it.
    const gap = suggestion.indexOf('\u2026');
    if (gap >= 0) note.setSelectionRange(start + gap, start + gap + 1);
    say('Added a sentence at the end of the note: fill in the \u2026');
  }

  async function copyNote() {
    const text = note.value;
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch (error) {
      const start = note.selectionStart, end = note.selectionEnd;
      note.focus();
      note.select();
      try { copied = document.execCommand('copy'); } catch (failure) { copied = false; }
      note.setSelectionRange(start, end);
    }
    say(copied ? 'Copied the note (' + text.length + ' characters). Paste it where the note goes.'
      : 'The browser would not copy: select the note and press Ctrl+C.', !copied);
  }

  // What the page just did stays in the status line, and the check after it adds the summary.
  function say(text, problem = false) {
    statusLine.textContent = text;
    statusLine.classList.toggle('problem', problem);
    said = problem ? null : { text, at: performance.now() };
    lastSummary = '';
  }

  // ---- Cards for findings. ----
  function findingContent(finding, prefix) {
    const id = prefix + '-' + analysis.findings.indexOf(finding);
    const severity = SEVERITY[finding.severity] || { word: finding.severity };
    const parts = [
      el('div', { class: 'finding-head' },
        el('span', { class: 'badge ' + markClass(finding) }, finding.quoted ? 'Their own words' : severity.word),
        finding.text ? el('span', { class: 'words', id: id + '-words' }, quote(finding.text)) : null,
        finding.line ? el('span', { class: 'where' }, 'line ' + finding.line) : null),
      el('p', { class: 'message' }, finding.message),
    ];
    if (finding.rationale) parts.push(el('p', { class: 'rationale' }, finding.rationale));
    const actions = [];
    for (const edit of finding.rewrites || []) {
      // A rewrite that drops the words says so, never "Use “”".
      const label = edit.replacement ? 'Use ' + quote(edit.replacement) : 'Leave out ' + quote(finding.text);
      actions.push(el('button', {
        type: 'button', class: 'small rewrite', 'data-replacement': edit.replacement,
        'aria-label': label + (edit.replacement ? ' for ' + quote(finding.text) : ''),
        onclick: () => applyEdit(finding, edit, edit.replacement ? 'Replaced ' + quote(finding.text) + ' with ' + quote(edit.replacement) + '.'
                                                                 : 'Left out ' + quote(finding.text) + '.'),
      }, label));
    }
    if (!(finding.rewrites || []).length && finding.suggestions && finding.suggestions.length && finding.about_wording) {
      parts.push(el('p', { class: 'try' }, 'Try: ' + finding.suggestions.map(s => s ? quote(s) : 'leaving out ' + quote(finding.text)).join(', ')));
    }
    if (finding.keep) {
      actions.push(el('button', {
        type: 'button', class: 'small quiet keep', 'aria-label': 'Keep it here: ' + quote(finding.text),
        onclick: () => applyEdit(finding, finding.keep, 'Kept ' + quote(finding.text) + ' here; PeerNote will not mark it again.'),
      }, 'Keep it here'));
    }
    if (prefix === 'finding' && finding.utf16_end > finding.utf16_start) {
      actions.push(el('button', {
        type: 'button', class: 'small quiet show', 'aria-label': 'Show in note: ' + quote(finding.text),
        onclick: () => { if (upToDate()) select(finding.utf16_start, finding.utf16_end); },
      }, 'Show in note'));
    }
    if (actions.length) {
      parts.push(el('div', { class: 'actions', role: 'group', 'aria-label': 'Choices for ' + quote(finding.text || finding.rule) }, actions));
    }
    return parts;
  }

  function renderFindings() {
    const concerns = [], strengths = [];
    analysis.findings.forEach((finding, index) => {
      if (!finding.about_wording) return;
      const card = el('li', { class: 'finding ' + markClass(finding), id: 'finding-' + index, 'data-rule': finding.rule },
        ...findingContent(finding, 'finding'));
      (finding.severity === 'hint' ? strengths : concerns).push(card);
    });
    findingsList.replaceChildren(...concerns);
    findingsEmpty.hidden = concerns.length > 0;
    findingsEmpty.textContent = analysedText && analysedText.trim() ? 'No words to reconsider. Well done.' : 'Nothing to reconsider yet.';
    strengthsList.replaceChildren(...strengths);
    strengthsSection.hidden = !showStrengths.checked || strengths.length === 0;
    const safe = (analysis.page && analysis.page.safe_rewrites) || [];
    safeButton.disabled = safe.length === 0;
    safeButton.textContent = safe.length ? 'Apply safe rewrites (' + safe.length + ')' : 'Apply safe rewrites';
  }

  // ---- The golden-thread panel. ----
  function suggestionBlock(finding) {
    const block = el('div', { class: 'todo' }, el('span', {}, finding.message + '.'));
    const suggestion = (finding.suggestions || [])[0];
    if (finding.rule === 'metadata-missing') {
      block.append(' ', el('button', { type: 'button', class: 'small', onclick: openFacts }, 'Fill in the facts'));
    } else if (suggestion) {
      block.append(el('span', { class: 'suggestion' }, 'Try: ' + suggestion),
        el('button', { type: 'button', class: 'small add', 'aria-label': 'Add to the note: ' + suggestion,
          onclick: () => addToNote(suggestion) }, 'Add to note'));
    }
    return block;
  }

  function openFacts() {
    factsBox.open = true;
    const first = factsForm.querySelector('input, select, textarea');
    if (first) first.focus();
  }

  function noteLevelList(findings) {
    return el('ul', { class: 'note-level' }, findings.map((finding) =>
      el('li', { class: 'sev-' + finding.severity, 'data-rule': finding.rule },
        el('span', { class: 'badge sev-' + finding.severity }, (SEVERITY[finding.severity] || {}).word || finding.severity), ' ',
        suggestionBlock(finding))));
  }

  function evidenceButton(range, label) {
    if (range.utf16_end === undefined || range.utf16_end <= range.utf16_start) return null;
    return el('button', { type: 'button', class: 'small quiet', 'aria-label': 'Show ' + label + ' in the note',
      onclick: () => { if (upToDate()) select(range.utf16_start, range.utf16_end); } }, 'Show');
  }

  // Any value the page does not know yet: scalars as text, lists and objects as definition lists.
  function renderValue(value, key) {
    if (value === null || value === undefined) return el('span', { class: 'empty' }, 'not known');
    if (typeof value === 'boolean') return document.createTextNode(value ? 'yes' : 'no');
    if (typeof value === 'number') {
      const hint = /grade/i.test(key || '') ? ' (aim for grade 8 or lower, so the person can read the note)' : '';
      return document.createTextNode(String(Math.round(value * 10) / 10) + hint);
    }
    if (typeof value === 'string') return document.createTextNode(value);
    if (Array.isArray(value)) {
      if (!value.length) return el('span', { class: 'empty' }, 'none');
      if (value.every((item) => item === null || typeof item !== 'object')) return document.createTextNode(value.join(', '));
      return el('ul', { class: 'note-level' }, value.map((item) => el('li', {}, renderValue(item, key))));
    }
    const rows = [];
    for (const [name, item] of Object.entries(value)) {
      if (/^utf(8|16)_(start|end)$/.test(name)) continue;
      rows.push(el('dt', {}, humanize(name)), el('dd', {}, renderValue(item, name)));
    }
    const show = evidenceButton(value, humanize(key || 'this'));
    return el('div', {}, el('dl', { class: 'more' }, rows), show);
  }

  function unknownRows(object, known) {
    const rows = [];
    for (const [key, value] of Object.entries(object || {})) {
      if (known.has(key)) continue;
      rows.push(el('dt', {}, humanize(key)), el('dd', {}, renderValue(value, key)));
    }
    return rows.length ? el('dl', { class: 'more' }, rows) : null;
  }

  function renderThread() {
    const { score, thread, findings } = analysis;
    const facts = (analysis.page && analysis.page.facts) || {};
    const noteLevel = findings.filter((finding) => !finding.about_wording);
    const taken = new Set();
    const take = (test) => noteLevel.filter((finding) => !taken.has(finding) && test(finding) && taken.add(finding));
    const sections = [];

    // The recovery score, and whatever else the score says (readability, when the analysis has it).
    const recovery = score && score.recovery;
    sections.push(el('section', { 'aria-labelledby': 'score-heading' },
      el('h3', { id: 'score-heading' }, 'Recovery score'),
      el('div', { class: 'score' },
        el('span', { class: 'number' }, recovery === null || recovery === undefined ? '\u2014' : String(recovery)),
        el('span', {}, recovery === null || recovery === undefined ? 'no words yet' : 'of 100')),
      recovery === null || recovery === undefined ? null
        : el('meter', { min: 0, max: 100, low: 50, high: 80, optimum: 100, value: recovery, 'aria-label': 'Recovery score ' + recovery + ' of 100' }),
      el('p', { class: 'facts-line' }, (score ? score.concern : 0) + ' to reconsider \u00b7 ' + (score ? score.strength : 0) + ' strengths \u00b7 ' +
        (score ? score.words : 0) + ' words'),
      unknownRows(score, KNOWN.score)));

    if (!thread) {
      sections.push(el('p', { class: 'empty' }, 'Type or paste a note to see its golden thread.'));
      threadPanel.replaceChildren(...sections);
      return;
    }

    // The goal link, with its evidence.
    const goalFindings = take((finding) => finding.rule.startsWith('goal-'));
    const links = (thread.links || []).map((link) => el('li', {},
      el('span', { class: 'mark-yes', 'aria-hidden': 'true' }, '\u2713'),
      el('div', {},
        el('strong', {}, link.goal ? 'Goal ' + link.goal : 'A goal'), ' ',
        link.how === 'content' ? '(shares the words ' + (link.shared_words || []).join(', ') + ')' : '(named)',
        link.evidence ? el('div', { class: 'try' }, quote(link.evidence)) : null,
        evidenceButton(link, 'the goal link'))));
    sections.push(el('section', { 'aria-labelledby': 'goal-heading' },
      el('h3', { id: 'goal-heading' }, 'Goal link'),
      links.length ? el('ul', { class: 'checklist' }, links) : null,
      !links.length && !goalFindings.length ? el('p', { class: 'empty' }, 'No goal link found.') : null,
      goalFindings.length ? noteLevelList(goalFindings) : null));

    // The four elements as a checklist, each missing one with what to add.
    const elementItems = Object.entries(thread.elements || {}).map(([name, present]) => {
      const missing = take((finding) => finding.rule === 'element-' + name + '-missing');
      return el('li', { 'data-element': name },
        el('span', { class: present ? 'mark-yes' : 'mark-no', 'aria-hidden': 'true' }, present ? '\u2713' : '\u2717'),
        el('span', {}, el('span', { class: 'visually-hidden' }, present ? 'Stated: ' : 'Missing: '), ELEMENTS[name] || humanize(name)),
        !present && missing.length ? suggestionBlock(missing[0]) : null);
    });
    const alsoNeeded = take((finding) => finding.category === 'element' || (finding.category === 'thread' && finding.rule !== 'metadata-missing'));
    sections.push(el('section', { 'aria-labelledby': 'elements-heading' },
      el('h3', { id: 'elements-heading' }, 'The four elements'),
      el('ul', { class: 'checklist' }, elementItems),
      alsoNeeded.length ? noteLevelList(alsoNeeded) : null));

    // Units and billing facts.
    const billing = take((finding) => finding.category === 'billing' || finding.rule === 'metadata-missing');
    const known = [];
    if (facts.service) known.push(humanize(facts.service));
    if (facts.setting) known.push(facts.setting);
    if (facts.minutes !== null && facts.minutes !== undefined) known.push(facts.minutes + ' minutes');
    if (thread.units !== null && thread.units !== undefined) known.push(thread.units + (thread.units === 1 ? ' unit' : ' units'));
    if (facts.group_size) known.push('group of ' + facts.group_size);
    if (facts.modifier) known.push('modifier ' + facts.modifier);
    if (facts.preadmission) known.push('pre-admission' + (facts.lpha_cosign ? ', co-signed' : ''));
    if (facts.adhoc) known.push('not on the plan');
    sections.push(el('section', { 'aria-labelledby': 'billing-heading' },
      el('h3', { id: 'billing-heading' }, 'Units and billing'),
      el('p', { class: 'facts-line' }, known.length ? known.join(' \u00b7 ') : 'No service facts yet.'),
      billing.length ? noteLevelList(billing) : el('p', { class: 'empty' }, known.length ? 'No billing problems found.' : '')));

    const voice = take((finding) => finding.category === 'voice');
    if (voice.length) {
      sections.push(el('section', { 'aria-labelledby': 'voice-heading' },
        el('h3', { id: 'voice-heading' }, "The person's voice"), noteLevelList(voice)));
    }
    const rest = take(() => true);
    if (rest.length) {
      sections.push(el('section', { 'aria-labelledby': 'other-heading' }, el('h3', { id: 'other-heading' }, 'Also'), noteLevelList(rest)));
    }
    const moreThread = unknownRows(thread, KNOWN.thread);
    if (moreThread) sections.push(el('section', {}, el('h3', {}, 'More about the thread'), moreThread));
    for (const [key, value] of Object.entries(analysis)) {
      if (KNOWN.note.has(key)) continue;
      sections.push(el('section', {}, el('h3', {}, humanize(key)), renderValue(value, key)));
    }
    threadPanel.replaceChildren(...sections);
  }

  function summary() {
    const shown = analysis.findings.filter((finding) => finding.about_wording && finding.severity !== 'hint');
    const elements = analysis.thread ? Object.values(analysis.thread.elements || {}) : [];
    const parts = [shown.length === 0 ? 'No words to reconsider' : shown.length + (shown.length === 1 ? ' word to reconsider' : ' words to reconsider')];
    if (elements.length) parts.push(elements.filter(Boolean).length + ' of ' + elements.length + ' elements');
    if (analysis.score && analysis.score.recovery !== null) parts.push('recovery score ' + analysis.score.recovery);
    return parts.join(' \u00b7 ');
  }

  function render() {
    collectMarks();
    currentIndex = -2;   // drawn again below
    renderFindings();
    renderThread();
    drawMarks();
    updateCurrent();
    const line = summary();
    if (line !== lastSummary) {
      const recent = said && performance.now() - said.at < 2000 ? said.text + ' ' : '';
      statusLine.textContent = recent + line + '.';
      statusLine.classList.remove('problem');
      lastSummary = line;
      said = null;
    }
  }

  // ---- Wiring. ----
  note.addEventListener('input', onInput);
  for (const type of ['keyup', 'click', 'select', 'focus']) note.addEventListener(type, () => updateCurrent());
  document.addEventListener('selectionchange', () => { if (document.activeElement === note) updateCurrent(); });
  note.addEventListener('keydown', (event) => {
    if (event.key === 'F8') { event.preventDefault(); goToFinding(event.shiftKey ? -1 : 1); }
    else if (event.key === 'Enter' && event.altKey && !popover.hidden) {
      event.preventDefault();
      const first = popover.querySelector('.actions button') || popover.querySelector('button');
      if (first) first.focus();
    } else if (event.key === 'Escape' && !popover.hidden) { popover.hidden = true; }
  });
  // A click on a card's button keeps the cursor in the note (and the card open) until it acts.
  popover.addEventListener('mousedown', (event) => { if (event.target.closest('button')) event.preventDefault(); });
  popover.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') { event.preventDefault(); closePopover(); }
  });
  note.addEventListener('blur', () => setTimeout(() => {
    if (!popover.contains(document.activeElement) && document.activeElement !== note) { popover.hidden = true; currentIndex = -1; drawMarks(); }
  }, 0));
  showStrengths.addEventListener('change', () => { if (analysis) render(); });
  factsForm.addEventListener('input', () => scheduleCheck());
  factsForm.addEventListener('change', () => scheduleCheck());
  factsForm.addEventListener('submit', (event) => event.preventDefault());
  copyButton.addEventListener('click', copyNote);
  safeButton.addEventListener('click', applySafe);
  exampleButton.addEventListener('click', () => {
    if (note.value.trim() && !window.confirm('Replace your note with an example?')) return;
    replace(0, note.value.length, EXAMPLE);
    note.setSelectionRange(0, 0);
  });
  window.addEventListener('resize', () => { fitHeight(); placePopover(); });

  fitHeight();
  drawMarks();
  scheduleCheck(0);
})();
"""#
}

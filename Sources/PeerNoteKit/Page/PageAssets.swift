/// The page's files: plain HTML, CSS and JavaScript with no framework and no build step, kept
/// in the binary so that an installed `peernote` serves the page without any other file. The
/// stylesheet is `PageAssets+Style.swift` and the script `PageAssets+Script.swift`.
public enum PageAssets {
    /// The page. Everything it loads is its own (`/page.css`, `/page.js`, `/favicon.svg`), as
    /// the Content-Security-Policy requires.
    public static let html = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>PeerNote: check a note</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/page.css">
<script src="/page.js" defer></script>
</head>
<body>
<a class="skip" href="#note">Skip to the note</a>
<header class="top">
  <h1>PeerNote <span class="tagline">a coach for peer support notes</span></h1>
  <p>Paste or type your note. PeerNote marks the words to reconsider and what the note still needs, as you type.
     Nothing you type leaves this computer or is saved.</p>
</header>
<main class="layout">
  <div class="work">
    <section class="editor" aria-labelledby="note-label">
      <div class="editor-head">
        <h2 id="note-label"><label for="note">Your note</label></h2>
        <div class="tools">
          <button type="button" id="example" class="quiet">Try an example</button>
          <button type="button" id="apply-safe" disabled>Apply safe rewrites</button>
          <button type="button" id="copy" class="primary">Copy note</button>
        </div>
      </div>
      <div class="field" id="field">
        <div class="backdrop" aria-hidden="true"><div class="highlights" id="highlights"></div></div>
        <textarea id="note" name="note" rows="14" spellcheck="true" autocomplete="off" autocapitalize="sentences"
                  placeholder="Paste or type your progress note here…" aria-describedby="note-help"></textarea>
        <div class="popover" id="popover" role="region" aria-label="The finding at the cursor" hidden></div>
      </div>
      <p id="note-help" class="help">
        Marked words:
        <span class="legend"><mark class="sev-error">change</mark> <mark class="sev-warning">reconsider</mark>
        <mark class="sev-info">worth a thought</mark> <mark class="sev-hint">strength</mark></span>.
        Put the cursor on marked words to see why and what to try. Keys in the note:
        <kbd>F8</kbd> next finding, <kbd>Shift</kbd>+<kbd>F8</kbd> previous,
        <kbd>Alt</kbd>+<kbd>Enter</kbd> its choices, <kbd>Esc</kbd> back to the note.
      </p>
      <p id="status" class="status" role="status" aria-live="polite"></p>
      <p id="cursor-status" class="visually-hidden" aria-live="polite"></p>
      <div class="options">
        <label class="toggle"><input type="checkbox" id="show-strengths"> Show strengths too</label>
      </div>
      <details class="facts" id="facts">
        <summary>Facts about the service <span class="optional">(optional: for the golden thread and billing)</span></summary>
        <form id="facts-form" class="facts-grid" autocomplete="off">
          <label>Person's name <input type="text" name="person" autocomplete="off"></label>
          <label>Service
            <select name="service">
              <option value="">Not given</option>
              <option value="individual">Individual</option>
              <option value="group">Group</option>
              <option value="family">Family or collateral</option>
            </select>
          </label>
          <label>Setting
            <select name="setting">
              <option value="">Not given</option>
              <option value="onsite">On site</option>
              <option value="offsite">In the community</option>
              <option value="telehealth">Telehealth (video or phone)</option>
            </select>
          </label>
          <label>Minutes <input type="number" name="minutes" min="0" step="1" inputmode="numeric"></label>
          <label>Group size <input type="number" name="group_size" min="1" step="1" inputmode="numeric"></label>
          <label>Billing modifier <input type="text" name="modifier" placeholder="HQ for groups" autocomplete="off"></label>
          <label class="check"><input type="checkbox" name="preadmission"> Pre-admission contact</label>
          <label>LPHA co-signature <input type="text" name="lpha_cosign" placeholder="for pre-admission" autocomplete="off"></label>
          <label class="check"><input type="checkbox" name="adhoc"> A single service not on the plan</label>
          <label class="wide">Plan goals, one a line
            <textarea name="goals" rows="3" placeholder="G1: Find a part-time job near home" autocomplete="off"></textarea>
          </label>
        </form>
      </details>
    </section>
    <section class="findings-section" aria-labelledby="findings-heading">
      <h2 id="findings-heading">Words to reconsider</h2>
      <p id="findings-empty" class="empty">Nothing to reconsider yet.</p>
      <ol id="findings" class="findings"></ol>
      <div id="strengths-section" hidden>
        <h2 id="strengths-heading">Strengths in the note</h2>
        <ol id="strengths" class="findings"></ol>
      </div>
    </section>
  </div>
  <aside class="thread" aria-labelledby="thread-heading">
    <h2 id="thread-heading">Golden thread</h2>
    <div id="thread" class="thread-body">
      <p class="empty">Type or paste a note to see its golden thread.</p>
    </div>
  </aside>
</main>
<footer class="bottom">
  <p>PeerNote runs on this computer only. The page stores nothing and loads nothing from anywhere else.</p>
</footer>
</body>
</html>
"""#

    /// A small icon: a note with a check mark.
    public static let icon = #"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="5" y="3" width="22" height="26" rx="3" fill="#1d4f91"/><path d="M10 17l4 4 8-9" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>
"""#
}

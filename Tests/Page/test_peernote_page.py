"""The page for peers (`peernote serve`) in a real browser, and its refusals over plain HTTP.

A headless Chromium, driven by selenium, types a synthetic note as a peer would and checks what
the peer sees: the marks in place, why and what to try, a rewrite applied and copied out (the
text that comes back is the input with exactly that rewrite), the golden-thread panel, the
keyboard alone, labels and contrast, the page at 200% zoom and on a phone-sized window. The
HTTP checks need no browser: another host, another origin, a post that is not JSON.
"""
import http.client
import json
import pathlib
import subprocess
import time

import pytest

from conftest import PEERNOTE, SCREENSHOTS

NOTE = ("José 😊 met the pt at the library. Pt c/o trouble sleeping and refused to go to group.\n"
        "She shared her hope to work again.\n")


# ---- Plain HTTP, no browser. ----

def request(server, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def check_over_http(server, payload):
    status, _, body = request(server, "POST", "/check", json.dumps(payload).encode(),
                              {"Content-Type": "application/json", "Origin": server.origin})
    assert status == 200, body
    return json.loads(body)


def test_http_refuses_other_hosts_and_cross_site_posts(server):
    # The page itself, at its own address and at localhost.
    for host in ["127.0.0.1:%d" % server.port, "localhost:%d" % server.port]:
        status, headers, body = request(server, "GET", "/", headers={"Host": host})
        assert status == 200 and b"<textarea" in body
        assert "default-src 'none'" in headers["Content-Security-Policy"]
        assert headers["Cache-Control"] == "no-store"
    # DNS rebinding: the attacker's name points at 127.0.0.1, but the Host header still says it.
    for host in ["attacker.example:%d" % server.port, "attacker.example", "127.0.0.1:1", "127.0.0.2:%d" % server.port]:
        status, _, body = request(server, "GET", "/", headers={"Host": host})
        assert status == 403, host
        assert b"<textarea" not in body
    note = json.dumps({"text": "The pt refused."}).encode()
    good = {"Content-Type": "application/json", "Origin": server.origin}
    assert request(server, "POST", "/check", note, good)[0] == 200
    # A post from another site's page, from no page, or dressed as a form.
    refused = [
        dict(good, Origin="http://attacker.example"),
        dict(good, Origin="http://127.0.0.1:1"),
        dict(good, Origin="null"),
        {"Content-Type": "application/json"},
        dict(good, **{"Sec-Fetch-Site": "cross-site"}),
        dict(good, **{"Content-Type": "text/plain"}),
        dict(good, **{"Content-Type": "application/x-www-form-urlencoded"}),
    ]
    for headers in refused:
        status, _, body = request(server, "POST", "/check", note, headers)
        assert status in (403, 415), headers
        assert b"refused" not in body, "a refusal never echoes the note"
    # Not a request the page makes.
    assert request(server, "DELETE", "/check", None, good)[0] == 405
    assert request(server, "GET", "/../../etc/passwd")[0] in (400, 404)
    assert request(server, "POST", "/check", json.dumps({"text": "x", "plan": "/etc/passwd"}).encode(), good)[0] == 400


def test_the_json_is_check_output_plus_what_a_browser_needs(server):
    analysis = check_over_http(server, {"text": NOTE, "minutes": 30, "service": "individual"})
    jsonl = subprocess.run([PEERNOTE, "check", "--input", "jsonl", "--format", "jsonl"], capture_output=True, text=True,
                           input=json.dumps({"id": "note", "text": NOTE, "minutes": 30, "service": "individual"}) + "\n")
    record = json.loads(jsonl.stdout)
    added = {"utf16_start", "utf16_end", "about_wording", "rewrites", "keep"}
    assert [{k: v for k, v in f.items() if k not in added} for f in analysis["findings"]] == record["findings"]
    assert analysis["score"] == record["score"]
    utf16 = NOTE.encode("utf-16-le")
    for finding in analysis["findings"]:
        if finding["about_wording"]:
            words = utf16[finding["utf16_start"] * 2:finding["utf16_end"] * 2].decode("utf-16-le")
            assert words == finding["text"]
    assert analysis["thread"]["units"] == 2


# ---- In the browser. ----

def open_page(browser, server, width=1280, height=900, scale=1):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": False})
    browser.get(server.url)
    wait_until(browser, lambda: browser.execute_script("return document.documentElement.dataset.upToDate") == "true")


def wait_until(browser, condition, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("the page did not get there in %.0f s; browser log: %s" % (timeout, browser.get_log("browser")))


def wait_checked(browser):
    wait_until(browser, lambda: browser.execute_script("return document.documentElement.dataset.upToDate") == "true")


def type_note(browser, text):
    note = browser.find_element("id", "note")
    browser.execute_script("arguments[0].focus(); arguments[0].select();", note)
    from selenium.webdriver.common.keys import Keys
    note.send_keys(Keys.DELETE)
    note.send_keys(text)
    wait_until(browser, lambda: note.get_attribute("value") == text)
    wait_checked(browser)
    return note


def value(browser):
    return browser.find_element("id", "note").get_attribute("value")


def marks(browser):
    return browser.execute_script(
        "return [...document.querySelectorAll('#highlights mark')].map(m => [m.dataset.rule, m.textContent, m.className])")


def clipboard(browser):
    """What a paste gives, read in a blank page of its own (the page's policy forbids reading)."""
    page = browser.current_window_handle
    browser.switch_to.new_window("tab")
    try:
        browser.get("about:blank")
        area = browser.execute_script("const t = document.createElement('textarea'); document.body.append(t); t.focus(); return t;")
        from selenium.webdriver.common.keys import Keys
        area.send_keys(Keys.CONTROL, "v")
        return area.get_attribute("value")
    finally:
        browser.close()
        browser.switch_to.window(page)


def test_typing_marks_each_finding_in_place(browser, server):
    open_page(browser, server)
    type_note(browser, NOTE)
    shown = marks(browser)
    expected = check_over_http(server, {"text": NOTE})
    wording = [f for f in expected["findings"] if f["about_wording"] and f["severity"] != "hint"]
    # Every concern is marked on exactly its words, emoji and accents before it notwithstanding.
    assert [(rule, text) for rule, text, _ in shown] == [(f["rule"], f["text"]) for f in wording]
    assert ("jargon-pt", "pt") in [(rule, text) for rule, text, _ in shown]
    assert all("sev-warning" in classes for rule, _, classes in shown if rule == "jargon-c-o")
    cards = browser.find_elements("css selector", "#findings .finding")
    assert len(cards) == len(wording)
    assert "Chart shorthand for the person" in cards[0].text
    assert browser.find_element("id", "status").text.startswith("%d words to reconsider" % len(wording))


def test_the_cursor_shows_why_and_what_to_try(browser, server):
    open_page(browser, server)
    note = type_note(browser, NOTE)
    at = NOTE.index("c/o") + 1
    browser.execute_script("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[1]);", note, at)
    popover = browser.find_element("id", "popover")
    wait_until(browser, popover.is_displayed)
    assert "\u201cc/o\u201d" in popover.text
    assert 'Chart shorthand for "complains of"' in popover.text
    assert "Use \u201ctalked about\u201d" in popover.text and "Keep it here" in popover.text
    assert browser.execute_script("return document.querySelector('#highlights mark.current').textContent") == "c/o"


def test_a_rewrite_comes_back_exactly_in_the_copied_note(browser, server):
    open_page(browser, server)
    type_note(browser, NOTE)
    card = browser.find_elements("css selector", "#findings .finding[data-rule='jargon-pt']")[0]
    card.find_element("css selector", "button.rewrite").click()
    wait_checked(browser)
    # "the pt" → "the person": the writer's own "the" stays, nothing else in the note moves.
    assert value(browser) == NOTE.replace("the pt", "the person", 1)
    browser.find_element("id", "copy").click()
    wait_until(browser, lambda: browser.find_element("id", "status").text.startswith("Copied the note"))
    assert clipboard(browser) == NOTE.replace("the pt", "the person", 1)
    assert [text for rule, text, _ in marks(browser) if rule == "jargon-pt"] == ["Pt"]


def test_keep_it_here_inserts_the_marker_and_the_mark_goes(browser, server):
    open_page(browser, server)
    type_note(browser, NOTE)
    card = browser.find_element("css selector", "#findings .finding[data-rule='jargon-c-o']")
    card.find_element("css selector", "button.keep").click()
    wait_checked(browser)
    assert value(browser) == NOTE.replace("c/o", "c/o{>>PeerNote ok<<}", 1)
    assert "jargon-c-o" not in [rule for rule, _, _ in marks(browser)]


def test_apply_safe_rewrites_gives_what_fix_gives(browser, server):
    open_page(browser, server)
    type_note(browser, NOTE)
    button = browser.find_element("id", "apply-safe")
    # Pt, c/o (a verb: "talked about") and refused: every safe rewrite fits its slot. The first
    # sentence names José, so its "pt" is left to the writer (who would use a name).
    assert button.is_enabled() and "(3)" in button.text
    button.click()
    wait_checked(browser)
    fixed = subprocess.run([PEERNOTE, "fix"], input=NOTE, capture_output=True, text=True, check=True).stdout
    assert value(browser) == fixed
    assert fixed != NOTE


def test_keyboard_alone_finds_and_fixes(browser, server):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    open_page(browser, server)
    ActionChains(browser).send_keys(Keys.TAB).perform()
    assert browser.switch_to.active_element.text == "Skip to the note"
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    assert browser.switch_to.active_element.get_attribute("id") == "note"
    ActionChains(browser).send_keys(NOTE).perform()
    wait_until(browser, lambda: value(browser) == NOTE)
    wait_checked(browser)
    ActionChains(browser).send_keys(Keys.F8).perform()
    start, end = browser.execute_script("const n = document.getElementById('note'); return [n.selectionStart, n.selectionEnd];")
    assert NOTE.encode("utf-16-le")[start * 2:end * 2].decode("utf-16-le") == "pt"
    ActionChains(browser).key_down(Keys.ALT).send_keys(Keys.ENTER).key_up(Keys.ALT).perform()
    focused = browser.switch_to.active_element
    assert focused.text == "Use \u201cperson\u201d"
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    wait_checked(browser)
    assert value(browser) == NOTE.replace("the pt", "the person", 1)
    assert browser.switch_to.active_element.get_attribute("id") == "note"
    # Tab from the note reaches every control in order, with nothing unreachable.
    names = []
    for _ in range(40):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        element = browser.switch_to.active_element
        names.append(element.get_attribute("id") or element.get_attribute("name") or element.text)
    assert "show-strengths" in names and "minutes" not in names  # the facts are folded away until opened
    assert any(name.startswith("Use ") for name in names)


def test_strengths_in_a_second_colour_when_asked(browser, server):
    open_page(browser, server)
    type_note(browser, NOTE)
    assert not [m for m in marks(browser) if "sev-hint" in m[2]]
    browser.find_element("id", "show-strengths").click()
    strengths = [(rule, text) for rule, text, classes in marks(browser) if "sev-hint" in classes]
    assert ("s-hope", "hope") in strengths
    colours = browser.execute_script("""
        const bg = (selector) => getComputedStyle(document.querySelector(selector)).backgroundColor;
        return [bg('#highlights mark.sev-hint'), bg('#highlights mark.sev-warning')];""")
    assert colours[0] != colours[1]
    assert browser.find_element("id", "strengths-section").is_displayed()
    browser.find_element("id", "show-strengths").click()


def test_golden_thread_panel_with_facts(browser, server):
    open_page(browser, server)
    # A note that states none of its facts, so the panel asks for them.
    note_text = "Dana said, \u201cI want to work again.\u201d We worked on goal G1.\n"
    type_note(browser, note_text)
    panel = browser.find_element("id", "thread")
    assert "Fill in the facts" in panel.text
    browser.find_element("css selector", "#facts summary").click()
    browser.find_element("name", "minutes").send_keys("30")
    browser.find_element("css selector", "select[name=service] option[value=individual]").click()
    browser.find_element("name", "goals").send_keys("G1: Find a part-time job near home")
    wait_checked(browser)
    assert "30 minutes \u00b7 2 units" in panel.text
    assert "Goal G1" in panel.text
    items = browser.find_elements("css selector", "#thread .checklist li[data-element]")
    assert [item.get_attribute("data-element") for item in items] == ["type", "purpose", "response", "progress"]
    missing = [item for item in items if item.find_elements("css selector", ".mark-no")]
    assert missing, "this note leaves an element out"
    add = missing[0].find_element("css selector", "button.add")
    suggestion = add.get_attribute("aria-label").split(": ", 1)[1]
    add.click()
    wait_checked(browser)
    assert value(browser) == note_text + "\n" + suggestion


def test_fields_the_page_does_not_know_yet_are_shown(browser, server):
    """What the analysis learns to say (a readability figure, facts read from the words) reaches
    the panel with no change to the page: here added to the server's answer on its way in."""
    open_page(browser, server)
    browser.execute_script("""
        const original = window.fetch;
        window.fetch = async (...args) => {
          const response = await original(...args);
          const analysis = await response.json();
          analysis.score.readability = { grade: 6.24, formula: 'Flesch-Kincaid' };
          analysis.measures_from_text = { reading_minutes: { value: 30, utf8_start: 0, utf8_end: 8, utf16_start: 0, utf16_end: 8 } };
          return new Response(JSON.stringify(analysis), { status: response.status, headers: { 'Content-Type': 'application/json' } });
        };""")
    type_note(browser, "30 min at the library. The pt refused.\n")
    panel = browser.find_element("id", "thread").text
    assert "Readability" in panel and "Grade" in panel and "6.2 (aim for grade 8 or lower" in panel
    assert "Flesch-Kincaid" in panel
    assert "Measures from text" in panel and "Reading minutes" in panel
    show = browser.find_element("css selector", "#thread button[aria-label='Show Reading minutes in the note']")
    show.click()
    selected = browser.execute_script("const n = document.getElementById('note'); return n.value.slice(n.selectionStart, n.selectionEnd);")
    assert selected == "30 min a"


def test_a_broken_surrogate_pasted_in_keeps_every_offset(browser, server):
    open_page(browser, server)
    browser.execute_script("""const n = document.getElementById('note');
        n.value = 'Odd \\ud83d paste: the pt refused.'; n.dispatchEvent(new Event('input'));""")
    wait_checked(browser)
    assert ("jargon-pt", "pt") in [(rule, text) for rule, text, _ in marks(browser)]
    assert "could not" not in browser.find_element("id", "status").text


def test_screen_reader_labels_and_contrast(browser, server):
    open_page(browser, server)
    type_note(browser, NOTE)
    browser.find_element("id", "show-strengths").click()
    unlabelled = browser.execute_script("""
        const name = (el) => (el.getAttribute('aria-label') || el.textContent || '').trim()
          || (el.labels && [...el.labels].map(l => l.textContent.trim()).join(' '));
        return [...document.querySelectorAll('button, input, select, textarea, a[href], summary')]
          .filter(el => !name(el)).map(el => el.outerHTML.slice(0, 80));""")
    assert unlabelled == []
    assert browser.execute_script("return document.documentElement.lang") == "en"
    assert browser.execute_script("return document.getElementById('status').getAttribute('role')") == "status"
    pairs = browser.execute_script("""
        const background = (el) => {
          for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor; if (!c.endsWith(', 0)')) return c; }
          return 'rgb(255, 255, 255)'; };
        const out = [];
        for (const el of document.querySelectorAll('body *')) {
          if (!el.offsetParent || el.closest('.backdrop') || el.matches('.visually-hidden, .skip')) continue;
          if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
          out.push([el.tagName + '.' + el.className, getComputedStyle(el).color, background(el)]);
        }
        for (const mark of document.querySelectorAll('#highlights mark')) {   // the note's text over each mark
          out.push(['note over mark.' + mark.className, getComputedStyle(document.getElementById('note')).color, background(mark)]);
        }
        return out;""")
    low = [(what, ratio(fg, bg)) for what, fg, bg in pairs if ratio(fg, bg) < 4.5]
    assert not low, low
    # The underlines that tell severity stand out from their marks (3:1 for non-text contrast).
    lines = browser.execute_script("""return [...document.querySelectorAll('#highlights mark')].map(m =>
        [m.className, getComputedStyle(m).textDecorationColor, getComputedStyle(m).backgroundColor]);""")
    assert all(ratio(line, bg) >= 3 for _, line, bg in lines), lines
    browser.find_element("id", "show-strengths").click()


def test_reflow_at_200_percent_zoom_and_on_a_narrow_window(browser, server):
    # 1280 px at 200% zoom is 640 CSS px; 320 px is WCAG's reflow width.
    for width, height, scale in [(640, 450, 2), (390, 844, 1), (320, 640, 1)]:
        open_page(browser, server, width, height, scale)
        type_note(browser, NOTE)
        overflow = browser.execute_script("""
            const width = document.documentElement.clientWidth;
            return [document.documentElement.scrollWidth - width,
                    [...document.querySelectorAll('body *')].filter(el => el.offsetParent && !el.closest('.skip, .visually-hidden')
                      && el.getBoundingClientRect().right > width + 1).map(el => el.tagName + '.' + el.className)];""")
        assert overflow == [0, []], (width, overflow)
        note = browser.find_element("id", "note")
        panel = browser.find_element("css selector", "aside.thread")
        assert note.rect["width"] >= width - 80
        assert panel.rect["y"] > note.rect["y"] + note.rect["height"], "one column: the panel comes after the note"


def test_screenshots_at_two_window_sizes(browser, server):
    for width, height in [(1280, 900), (390, 844)]:
        open_page(browser, server, width, height)
        type_note(browser, NOTE)
        browser.find_element("id", "show-strengths").click()
        note = browser.find_element("id", "note")
        at = NOTE.index("refused") + 2
        browser.execute_script("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[1]);", note, at)
        wait_until(browser, browser.find_element("id", "popover").is_displayed)
        path = SCREENSHOTS / ("peernote-page-%dx%d.png" % (width, height))
        browser.save_screenshot(str(path))
        assert path.stat().st_size > 10_000
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_nothing_stored_and_nothing_loaded_from_elsewhere(browser, server):
    browser.get_log("browser")
    open_page(browser, server)
    type_note(browser, NOTE)
    browser.find_element("id", "copy").click()
    stored = browser.execute_async_script("""
        const done = arguments[0];
        indexedDB.databases().then(dbs => done([localStorage.length, sessionStorage.length, document.cookie, dbs.length]));""")
    assert stored == [0, 0, "", 0]
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
    assert resources and all(name.startswith(server.origin + "/") for name in resources), resources
    # A script from elsewhere cannot even be named (Trusted Types), and an image from elsewhere is
    # refused by the policy, which reports it.
    blocked = browser.execute_async_script("""
        const done = arguments[0];
        let script = 'allowed';
        try { document.createElement('script').src = 'https://cdn.example/x.js'; } catch (error) { script = error.name; }
        const seen = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          seen.push(e.violatedDirective);
          if (e.violatedDirective === 'img-src') done([script, seen.sort()]);
        });
        const image = new Image(); image.src = 'https://cdn.example/x.png'; document.body.append(image);""")
    assert blocked == ["TypeError", ["img-src", "require-trusted-types-for"]]
    # Nothing else went wrong on the page: no error but the two refusals asked for above.
    errors = [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert len(errors) == 2 and any("TrustedScriptURL" in error for error in errors) \
        and any("cdn.example" in error for error in errors), errors


def ratio(foreground, background):
    def luminance(colour):
        channels = [float(part) for part in colour[colour.index("(") + 1:colour.index(")")].split(",")[:3]]
        linear = [c / 255 / 12.92 if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    light, dark = sorted([luminance(foreground), luminance(background)], reverse=True)
    return (light + 0.05) / (dark + 0.05)

#!/usr/bin/env python3
"""Check latency of the page for peers (`peernote serve`), over HTTP and in a real browser.

Over HTTP (one kept-alive connection, as the page's own): a 2 KB note built from the Corpus is
posted to /check once per character typed at its end, each timed from the request to the whole
JSON read and parsed. The baseline, in the same run, is a GET of the page's 0.3 KB icon: the
cost of HTTP alone. In Chromium (when selenium, chromium and chromedriver are installed): the
same note is pasted into the page, then characters are typed at its end; each check is timed by
the page itself, from its request to the marks, findings and panel drawn (the typing pause the
page waits for first, 150 ms, is not counted). Prints medians and 90th percentiles.

    swift build -c release
    python3 Benchmarks/page-latency.py [.build/release/peernote] [checks]
"""
import http.client
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import time

from notes import two_kilobyte_note

ROOT = pathlib.Path(__file__).resolve().parents[1]
BINARY = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build" / "release" / "peernote")
CHECKS = int(sys.argv[2]) if len(sys.argv) > 2 else 300
TYPED = " She said she is proud of the pt who refused."


def summary(times):
    ordered = sorted(times)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.9)] * 1000


def over_http(port, origin, note):
    connection = http.client.HTTPConnection("127.0.0.1", port)
    headers = {"Content-Type": "application/json", "Origin": origin}
    checks, baseline = [], []
    for index in range(CHECKS):
        text = note + (TYPED * (index // len(TYPED) + 1))[:index + 1]
        start = time.perf_counter()
        connection.request("POST", "/check", body=json.dumps({"text": text}).encode(), headers=headers)
        response = connection.getresponse()
        analysis = json.loads(response.read())
        checks.append(time.perf_counter() - start)
        assert response.status == 200 and analysis["findings"]
        start = time.perf_counter()
        connection.request("GET", "/favicon.svg")
        connection.getresponse().read()
        baseline.append(time.perf_counter() - start)
    connection.close()
    (check_median, check_p90), (base_median, base_p90) = summary(checks), summary(baseline)
    print(f"note: {len(note.encode())} bytes, {CHECKS} checks over HTTP, one kept-alive connection")
    print(f"POST /check, request to parsed JSON: median {check_median:.2f} ms, p90 {check_p90:.2f} ms")
    print(f"baseline GET of the icon:            median {base_median:.2f} ms, p90 {base_p90:.2f} ms")


def in_browser(url, note, count=60):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        print("(selenium not installed: no browser timing)")
        return
    chromium, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver_path:
        print("(chromium or chromedriver not installed: no browser timing)")
        return
    os.environ.setdefault("SE_AVOID_STATS", "true")
    options = Options()
    options.binary_location = chromium
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    try:
        driver.get(url)
        up_to_date = "return document.documentElement.dataset.upToDate === 'true'"
        wait(lambda: driver.execute_script(up_to_date))
        area = driver.find_element("id", "note")
        driver.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", area, note)
        wait(lambda: driver.execute_script(up_to_date))
        times = []
        for index in range(count):
            before = driver.execute_script("return Number(document.documentElement.dataset.checks)")
            area.send_keys(TYPED[index % len(TYPED)])
            wait(lambda: driver.execute_script(up_to_date) and
                 driver.execute_script("return Number(document.documentElement.dataset.checks)") > before)
            times.append(float(driver.execute_script("return document.documentElement.dataset.lastCheckMs")) / 1000)
    finally:
        driver.quit()
    median, p90 = summary(times)
    print(f"in Chromium, {count} characters typed: check to marks and panel drawn, median {median:.1f} ms, p90 {p90:.1f} ms")


def wait(condition, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the page did not finish its check")
        time.sleep(0.005)


def main():
    server = subprocess.Popen([BINARY, "serve"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        first = server.stdout.readline()
        url = first[first.index("http://"):].split()[0]
        origin = url.rstrip("/")
        note = two_kilobyte_note()
        over_http(int(origin.rsplit(":", 1)[1]), origin, note)
        in_browser(url, note)
    finally:
        server.terminate()
        server.wait()


main()

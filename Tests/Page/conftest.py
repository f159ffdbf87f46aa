"""Starts `peernote serve` and a headless Chromium driven by selenium for the page's tests.

The Swift test `PageBrowserTests` runs this suite with the binary it built (`PEERNOTE_BINARY`).
Without selenium, Chromium or chromedriver the browser tests are skipped with a message, unless
`PEERNOTE_REQUIRE_BROWSER=1` (set by `.ci/run`, which installs them) makes them required.
"""
import os
import pathlib
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
PEERNOTE = os.environ.get("PEERNOTE_BINARY", str(ROOT / ".build" / "debug" / "peernote"))
SCREENSHOTS = pathlib.Path(os.environ.get("PEERNOTE_SCREENSHOTS", "/tmp"))
REQUIRED = os.environ.get("PEERNOTE_REQUIRE_BROWSER") == "1"
# Selenium's own driver manager is never asked for anything: the driver and browser are named.
os.environ.setdefault("SE_AVOID_STATS", "true")
os.environ.setdefault("SE_OFFLINE", "true")


def _missing_browser():
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install selenium)"
    if not _chromium():
        return "Chromium is not installed (apt-get install chromium)"
    if not _chromedriver():
        return "chromedriver is not installed (apt-get install chromium-driver)"
    return None


def _chromium():
    return os.environ.get("PEERNOTE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def _chromedriver():
    return os.environ.get("PEERNOTE_CHROMEDRIVER") or shutil.which("chromedriver")


class Server:
    """`peernote serve` on a free port, stopped when the tests are done."""

    def __init__(self):
        self.process = subprocess.Popen([PEERNOTE, "serve"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        stdin=subprocess.DEVNULL, text=True)
        first = self.process.stdout.readline()
        if "http://" not in first:
            self.process.kill()
            raise RuntimeError("peernote serve did not print its address: %r %r" % (first, self.process.stderr.read()))
        self.url = first[first.index("http://"):].split()[0]
        self.origin = self.url.rstrip("/")
        self.port = int(self.origin.rsplit(":", 1)[1])

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture(scope="session")
def server():
    running = Server()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def browser():
    missing = _missing_browser()
    if missing:
        if REQUIRED:
            pytest.fail("PEERNOTE_REQUIRE_BROWSER=1 but " + missing)
        pytest.skip(missing)
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = _chromium()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--no-first-run", "--no-default-browser-check",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=_chromedriver()), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()

"""End to end: a real ``rasd serve`` over a store made by ``rasd ingest``, in chromium.

The Done-when question — what happened at Tabqa in August 2014 according to these
documents, when, who claims it and how sure the author is — is answered by clicking
through the pages, as a newcomer would.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from tests.web.browser import chromium

# RASD_SCREENSHOTS=docs/img refreshes the docs' screenshots; otherwise they go to a
# temporary folder, so a test run leaves the work tree as it was
SCREENSHOTS = Path(os.environ.get("RASD_SCREENSHOTS") or tempfile.mkdtemp(prefix="rasd-shots-"))


@pytest.fixture(scope="module")
def browser():
    with chromium() as context:
        yield context


@pytest.fixture
def page(browser, server):
    page = browser.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("dialog", lambda d: (page.errors.append(f"dialog: {d.message}"), d.dismiss()))
    yield page
    page.close()


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)


def _example(page, server) -> str:
    page.goto(server + "/?lang=en")
    page.get_by_role("link", name=re.compile("نظام الاسد")).click()
    return page.url


def test_reader_shows_the_worked_example_with_its_highlights(page, server):
    _example(page, server)
    text = page.locator("#text")
    assert text.get_attribute("dir") is None  # the article carries the direction
    assert page.locator("article.document").get_attribute("dir") == "rtl"
    assert page.locator("#text .a-time").count() >= 15
    assert page.locator("#text .a-mention").count() >= 50
    assert page.locator("#text .a-trigger").count() >= 30
    # a time shows its TIMEX3 value and anchor in the side panel
    page.locator("#text .a-time", has_text="19 من الشهر").first.click()
    details = page.locator("#details")
    assert details.is_visible()
    assert "2014-08-19" in details.inner_text()
    # a mention shows its linked entity
    page.locator("#text .a-mention", has_text="مطار الطبقة").first.click()
    assert "Tabqa Air Base" in details.inner_text()
    # a date a finding is about shows the finding too (weekday or counted date checked)
    page.locator("#text .a-finding .a-time").first.click()
    assert re.search(r"(weekday|relative_date)_ok: ", details.inner_text())
    # a trigger shows its event: type, date, modality and who claims it
    page.locator("#tr-e26").click()
    shown = details.inner_text()
    assert "RETREAT" in shown and "2014-08-24TNI" in shown and "the author" in shown
    shoot(page, "reader")
    assert not page.errors


def test_tabqa_in_august_2014_from_the_timeline_to_the_evidence(page, server):
    page.goto(server + "/timeline?lang=en")
    page.select_option("select[name=place]", "fac:tabqa-airbase")
    page.fill("input[name=from]", "2014-08-01")
    page.fill("input[name=to]", "2014-08-31")
    page.get_by_role("button", name="Filter").click()
    rows = page.locator("table.events-table tbody tr")
    assert rows.count() == 2
    table = page.locator("table.events-table").inner_text()
    assert "2014-08-19" in table and "2014-08-24TNI" in table and "(night)" in table
    assert "the author" in table and "asserted" in table
    shoot(page, "timeline")
    page.locator("svg.timeline a.item").last.click()
    page.wait_for_url(re.compile(r"/documents/[0-9a-f]+#ev-e\d+$"))
    target = page.locator(":target")
    assert target.get_attribute("class").startswith("a a-evidence")
    assert "مطار الطبقة" in target.inner_text()
    assert page.locator("#details").is_visible()
    assert "Islamic State" in page.locator("#details").inner_text()
    assert not page.errors


def test_network_filters_by_date_and_an_edge_lists_its_evidence(page, server):
    page.goto(server + "/network?lang=en")
    every = page.locator("table.edges tbody tr").count()
    assert page.locator("svg.network a.edge").count() >= 1
    shoot(page, "network")
    page.fill("input[name=from]", "2014-08-01")
    page.fill("input[name=to]", "2014-08-31")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"from=2014-08-01"))
    fewer = page.locator("table.edges tbody tr").count()
    assert 0 < fewer < every
    page.locator("svg.network a.edge").first.click()
    page.wait_for_url(re.compile(r"/network/edge\?"))
    assert page.locator("blockquote").count() >= 1
    assert not page.errors


def test_search_in_arabic_finds_a_word_with_its_clitic(page, server):
    page.goto(server + "/search?lang=en")
    page.fill("main input[name=q]", "والرقة")
    page.locator("main button[type=submit]").click()
    assert int(page.locator("#total").inner_text()) >= 2
    marks = page.locator(".snippet mark").all_inner_texts()
    assert any(m.endswith("الرقة") for m in marks)
    assert not page.errors


def test_interface_switches_to_arabic_right_to_left(page, server):
    page.goto(server + "/timeline", )
    page.locator("a.lang").click()
    html = page.locator("html")
    if html.get_attribute("lang") == "en":  # the browser asked for Arabic: switch twice
        page.locator("a.lang").click()
    assert html.get_attribute("lang") == "ar" and html.get_attribute("dir") == "rtl"
    assert page.get_by_role("link", name="الخط الزمني").count() == 1
    shoot(page, "timeline-ar")
    page.goto(server + "/")  # remembered
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.goto(server + "/?lang=en")


def test_no_payload_runs_on_any_page_reachable_from_home(page, server):
    seen: set[str] = set()
    queue = [server + "/", server + "/search?q=script", server + "/search?q=javascript"]
    while queue and len(seen) < 60:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        page.goto(url)
        assert page.evaluate("window.__pwned") is None, url
        for a in page.locator("[data-kind]").all()[:40]:
            a.click()
        hrefs = page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
        for href in hrefs:
            assert not href.lower().startswith("javascript:"), (url, href)
            full = urljoin(url, href).split("#")[0]
            if urlsplit(full).netloc == urlsplit(server).netloc and "/api/" not in full \
                    and "/static/" not in full and full not in seen:
                queue.append(full)
        assert page.evaluate("window.__pwned") is None, url
    assert len(seen) > 10
    assert not page.errors, page.errors
    # the payloads are there, as text
    page.goto(server + "/search?q=onerror")
    assert "onerror" in page.locator("main").inner_text()


def test_upload_a_document_from_the_browser(page, server, tmp_path):
    report = tmp_path / "aleppo.txt"
    report.write_text("قصفت الطائرات الروسية مدينة حلب يوم الأحد 2 آب 2015، بحسب المرصد.\n",
                      "utf-8")
    before = int(page.goto(server + "/?lang=en") and page.locator("#count").inner_text())
    page.goto(server + "/ingest?lang=en")
    page.set_input_files("input[type=file]", str(report))
    page.get_by_role("button", name="Add").click()
    assert "added" in page.locator("#results").inner_text()
    page.locator("#results a").first.click()
    assert page.locator("#text .a-trigger").count() >= 1
    page.goto(server + "/")
    assert int(page.locator("#count").inner_text()) == before + 1
    assert not page.errors


def test_map_marker_leads_to_the_events_of_its_place(page, server):
    page.goto(server + "/map?lang=en")
    assert page.locator("svg.map path.border").count() >= 6
    shoot(page, "map")
    marker = page.locator("svg.map a.marker", has=page.locator("title", has_text="Tabqa"))
    marker.click()
    if "#cluster-" in page.url:  # a cluster: its places are listed under the map
        page.locator(":target a[href='/timeline?place=fac%3Atabqa-airbase']").click()
    page.wait_for_url(re.compile(r"/timeline\?place=fac%3Atabqa-airbase"))
    assert page.locator("table.events-table tbody tr").count() >= 2
    assert not page.errors

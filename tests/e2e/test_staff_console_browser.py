"""The staff console in a real browser (Debian's Chromium, driven by Playwright) against the real servers.

The issue's main path: a publisher (created with ``lantern staff add`` in the
end-to-end servers' database) signs in, opens Childline GB, changes its phone
number to 0808 800 5000, saves a draft, sees the diff (before 0800 1111,
after 0808 800 5000), publishes it, and the bot's very next answer to a child
in the UK gives the new number; an administrator sees the change, before and
after, in the audit log.  axe-core (the copy bundled with
axe-playwright-python) finds no serious or critical accessibility problem on
the sign-in page, the service form, the draft's diff and the preview.

Childline's original entry is put back after each test that touches it (and
any draft left open is discarded), so the other end-to-end tests, which expect
0800 1111, pass in any order.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page
from sqlalchemy.orm import Session

from bot.directory.db import make_engine
from bot.directory.store import DirectoryCache
from bot.settings import PROJECT_ROOT
from bot.staff import accounts, workflow
from bot.staff.audit import SYSTEM
from tests.e2e.conftest import Say
from tests.helpers import texts

pytestmark = pytest.mark.stack

SERVICE = "childline-gb"
OLD_NUMBER = "0800 1111"
NEW_NUMBER = "0808 800 5000"
PASSWORD = "correct horse battery staple"
DISCLOSURE = "someone made a fake nude of me and sent it round school"


# --- accounts, the database, clean-up -------------------------------------------------------------------


@pytest.fixture(scope="module")
def staff_accounts(stack: dict[str, Any]) -> dict[str, str]:
    """A publisher made with the real command line, and an administrator, in the servers' database."""
    suffix = uuid.uuid4().hex[:8]
    emails = {"publisher": f"publisher-{suffix}@example.org", "admin": f"admin-{suffix}@example.org"}
    env = dict(os.environ, DATABASE_URL=stack["settings"].database_url)
    for role, email in emails.items():
        made = subprocess.run(
            [str(Path(sys.executable).parent / "lantern"), "staff", "add", email, "--role", role, "--password-stdin"],
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            env=env,
            cwd=PROJECT_ROOT,
            timeout=120,
            check=False,
        )
        assert made.returncode == 0, made.stdout + made.stderr
        assert f"Created {email} ({role})" in made.stdout
    return emails


def _published(database_url: str) -> dict[str, Any]:
    engine = make_engine(database_url)
    try:
        with Session(engine, future=True) as session:
            document = workflow.published_document(session, "service", SERVICE)
    finally:
        engine.dispose()
    assert document is not None
    return document


def _put_back(database_url: str, original: dict[str, Any], admin_email: str) -> None:
    """Discard any open draft of the service and publish its original entry again if it changed."""
    engine = make_engine(database_url)
    try:
        with Session(engine, future=True) as session, session.begin():
            account = accounts.find_account(session, admin_email)
            actor = accounts.actor_of(account) if account else SYSTEM
            draft = workflow.open_draft(session, "service", SERVICE)
            if draft is not None:
                workflow.discard(session, actor, draft.id)
            current = workflow.published_document(session, "service", SERVICE)
            if current is not None and current.get("contacts") != original.get("contacts"):
                draft = workflow.save_draft(session, actor, "service", original)
                workflow.publish(session, actor, draft.id)
        gb = DirectoryCache(engine).get().country("GB")
        assert gb is not None
        childline = next(s for s in gb.services if s.id == SERVICE)
        assert [c.value for c in childline.contacts] == [OLD_NUMBER], "Childline's number was not put back"
    finally:
        engine.dispose()


@pytest.fixture()
def childline_restored(stack: dict[str, Any], staff_accounts: dict[str, str]) -> Iterator[dict[str, Any]]:
    """Childline GB as published before the test; put back afterwards whatever happened."""
    url = stack["settings"].database_url
    original = _published(url)
    assert [c["value"] for c in original.get("contacts") or []] == [OLD_NUMBER], "the test starts from the seed"
    try:
        yield original
    finally:
        _put_back(url, original, staff_accounts["admin"])


# --- the browser ------------------------------------------------------------------------------------------


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, errors


def console_url(stack: dict[str, Any], path: str = "") -> str:
    return f"http://127.0.0.1:{stack['settings'].server_port}{path}"


def sign_in(page: Page, stack: dict[str, Any], email: str) -> None:
    page.goto(console_url(stack, "/admin/sign-in"))
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(console_url(stack, "/admin"))
    assert email in page.locator("header").inner_text()


def open_edit_form(page: Page, stack: dict[str, Any]) -> None:
    page.goto(console_url(stack, f"/admin/services/{SERVICE}"))
    assert page.get_by_role("heading", level=1).inner_text() == "Childline"
    page.get_by_role("link", name="Edit (as a draft)").click()
    page.wait_for_url(console_url(stack, f"/admin/services/{SERVICE}/edit"))


def save_new_number(page: Page, stack: dict[str, Any]) -> int:
    """Change the first contact to the new number and save the draft; returns the draft's number."""
    number = page.get_by_label("Number or address 1", exact=True)
    assert number.input_value() == OLD_NUMBER
    number.fill(NEW_NUMBER)
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url(re.compile(r".*/admin/drafts/\d+(\?.*)?$"))
    found = re.search(r"/admin/drafts/(\d+)", page.url)
    assert found, page.url
    return int(found.group(1))


def diff_rows(page: Page) -> dict[str, tuple[str, str]]:
    rows = {}
    for row in page.locator("table.diff tbody tr").all():
        if row.locator("th").count():
            field = row.locator("th").inner_text().strip()
            rows[field] = (row.locator("td.before").inner_text().strip(), row.locator("td.after").inner_text().strip())
    return rows


# --- the main path ----------------------------------------------------------------------------------


def test_a_publisher_changes_childlines_number_and_the_bots_next_answer_gives_it(
    browser: Browser, page: Page, stack: dict[str, Any], say: Say, staff_accounts: dict[str, str],
    childline_restored: dict[str, Any],
) -> None:  # fmt: skip
    before = texts(say(DISCLOSURE, country="GB"))
    assert OLD_NUMBER in before and NEW_NUMBER not in before

    sign_in(page, stack, staff_accounts["publisher"])
    open_edit_form(page, stack)
    draft_id = save_new_number(page, stack)
    assert "Draft saved" in page.get_by_role("status").inner_text()
    assert diff_rows(page) == {"contacts[0].value": (OLD_NUMBER, NEW_NUMBER)}, "the diff shows exactly the change"
    assert OLD_NUMBER in texts(say(DISCLOSURE, country="GB")), "a draft does not reach children"

    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(re.compile(rf".*/admin/drafts/{draft_id}\?notice=.*"))
    assert "Published" in page.get_by_role("status").inner_text()
    assert page.locator("main p", has_text="· status").inner_text().endswith("status published")

    answer = say(DISCLOSURE, country="GB")
    first, everything = answer[0]["text"], texts(answer)
    assert answer[0]["custom"]["type"] == "escalation"
    assert NEW_NUMBER in first, first
    assert OLD_NUMBER not in everything, everything

    admin_context = browser.new_context()
    try:
        admin = admin_context.new_page()
        sign_in(admin, stack, staff_accounts["admin"])
        admin.goto(console_url(stack, f"/admin/audit?entity_id={SERVICE}"))
        row = admin.locator("main table tbody tr").filter(has_text=f"publish (draft #{draft_id})")
        assert row.count() == 1, admin.locator("main table").inner_text()
        cells = row.locator("td").all_inner_texts()
        assert staff_accounts["publisher"] in cells[1]
        before_cell, after_cell = cells[4], cells[5]
        assert OLD_NUMBER in before_cell and NEW_NUMBER not in before_cell, before_cell
        assert NEW_NUMBER in after_cell and OLD_NUMBER not in after_cell, after_cell
        saved = admin.locator("main table tbody tr").filter(has_text=f"edit (draft #{draft_id})")
        assert saved.count() == 1 and staff_accounts["publisher"] in saved.locator("td").nth(1).inner_text()
    finally:
        admin_context.close()


# --- accessibility ------------------------------------------------------------------------------------------


def serious_violations(page: Page) -> list[str]:
    """Each serious or critical axe-core violation as "rule-id (impact): selectors — help"."""
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {', '.join(' '.join(n['target']) for n in v['nodes'])} — {v['help']}"
        for v in results.response["violations"]
        if v.get("impact") in {"serious", "critical"}
    ]


def _sign_in_page(page: Page, stack: dict[str, Any], emails: dict[str, str]) -> None:
    page.goto(console_url(stack, "/admin/sign-in"))
    page.get_by_role("button", name="Sign in").wait_for()


def _service_form(page: Page, stack: dict[str, Any], emails: dict[str, str]) -> None:
    sign_in(page, stack, emails["publisher"])
    open_edit_form(page, stack)


def _draft_diff(page: Page, stack: dict[str, Any], emails: dict[str, str]) -> None:
    _service_form(page, stack, emails)
    save_new_number(page, stack)
    page.get_by_role("button", name="Publish").wait_for()


def _preview_with_reply(page: Page, stack: dict[str, Any], emails: dict[str, str]) -> None:
    sign_in(page, stack, emails["publisher"])
    page.goto(console_url(stack, "/admin/preview"))
    page.get_by_label("Situation (what the user said)").select_option("report_fake_image_of_me")
    page.get_by_label("Country code (empty: unknown)").fill("GB")
    page.get_by_label("Audience").select_option("child")
    page.get_by_label("Language").select_option("en")
    page.get_by_role("button", name="Show the reply").click()
    page.locator("#reply .bubble").first.wait_for()
    assert OLD_NUMBER in page.locator("#reply").inner_text()


PAGES = {
    "sign-in page": _sign_in_page,
    "service edit form": _service_form,
    "draft diff page": _draft_diff,
    "preview with a reply": _preview_with_reply,
}


@pytest.mark.parametrize("name", list(PAGES))
def test_the_console_page_has_no_serious_accessibility_problems(
    page: Page, stack: dict[str, Any], staff_accounts: dict[str, str], childline_restored: dict[str, Any], name: str
) -> None:
    PAGES[name](page, stack, staff_accounts)
    problems = serious_violations(page)
    assert not problems, f"axe-core: serious or critical problems on the {name} ({page.url}):\n" + "\n".join(problems)

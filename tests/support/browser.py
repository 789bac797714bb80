"""Debian's Chromium driven by Playwright for Python (Playwright's own browser download is not used), and the
pictures of the control page that the README shows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Page

CHROMIUM = Path("/usr/bin/chromium")
# CSS pixels of the pictures: a common phone held upright and a 10-inch tablet held sideways.
SIZES = {"phone": (390, 844), "tablet": (1180, 820)}


def missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.exists():
        return f"no Chromium at {CHROMIUM} (Debian's chromium package)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed"
    return None


def take_pictures(page: Page, directory: Path) -> list[Path]:
    """An open page, showing the server's state, at phone and tablet size: ``page-<size>.png`` each."""
    written = []
    for name, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_function("() => document.fonts.status === 'loaded'")
        path = directory / f"page-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        written.append(path)
    return written

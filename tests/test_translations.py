"""Qt's lupdate finds Reconnect's words where the app looks them up (issue 15, point 7).

A translator (a .qm made from the .ts that ``make translations`` writes) only helps if the
context and source lupdate records are the ones ``ui/i18n.tr``/``ntr`` ask for at run time.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from numbness_desktop.ui import i18n

PACKAGE = Path(i18n.__file__).resolve().parent.parent
LUPDATE = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> ET.Element:
    if LUPDATE is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    ts = tmp_path_factory.mktemp("ts") / "reconnect.ts"
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run([LUPDATE, "-silent", "-tr-function-alias", "tr+=ntr", *sources,
                    "-ts", str(ts)], check=True, capture_output=True, timeout=300)
    return ET.parse(ts).getroot()


def _messages(root: ET.Element, context: str) -> dict[str, ET.Element]:
    return {m.findtext("source"): m for c in root.iter("context")
            if (c.findtext("name") or "") == context for m in c.iter("message")}


def test_the_words_are_filed_under_the_context_tr_looks_in(catalogue):
    found = _messages(catalogue, i18n.CONTEXT)
    assert len(found) > 700  # the whole interface (845 in December 2026), not a corner
    for words in ("Settings", "Get help now", "Start breathing"):
        assert words in found, words


def test_plurals_are_recorded_with_their_plural_form(catalogue):
    found = _messages(catalogue, i18n.CONTEXT)
    plurals = [m for m in found.values() if m.get("numerus") == "yes"]
    assert plurals
    assert all(m.findtext("comment") for m in plurals if "%n" in (m.findtext("source") or ""))


def test_a_translation_is_found_for_a_word_and_a_plural(qapp):
    """What a .qm would do: answer for (context, source[, comment, n])."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Dutch(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if context != i18n.CONTEXT:
                return ""
            if source == "Settings":
                return "Instellingen"
            if source == "%n entry" and disambiguation == "%n entries":
                return "%n item" if n == 1 else "%n items"
            return ""

        def isEmpty(self):
            return False

    dutch = Dutch()
    QCoreApplication.installTranslator(dutch)
    try:
        assert i18n.tr("Settings") == "Instellingen"
        assert i18n.ntr("%n entry", "%n entries", 3) == "3 items"
        assert i18n.ntr("%n entry", "%n entries", 1) == "1 item"
    finally:
        QCoreApplication.removeTranslator(dutch)
    assert i18n.ntr("%n entry", "%n entries", 3) == "3 entries"

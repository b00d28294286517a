"""Just enough PDF reading for tests: the text Qt's QPdfWriter wrote, in reading order.

Qt writes each font as a Type0 font named after its object (``/F11`` is object 11) with a
ToUnicode map, and places glyphs one by one (``<0001> Tj``). Spaces are advances, not
glyphs, so compare with :func:`squashed` (all whitespace removed) on both sides.
"""

from __future__ import annotations

import re
import zlib

OBJECT = re.compile(rb"(\d+) 0 obj\s*(.*?)endobj", re.S)
STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def _objects(data: bytes) -> dict[int, tuple[bytes, bytes]]:
    found = {}
    for number, body in OBJECT.findall(data):
        stream = STREAM.search(body)
        content = b""
        if stream:
            content = stream.group(1)
            if b"/FlateDecode" in body[:stream.start()]:
                content = zlib.decompress(content)
        found[int(number)] = (body[:stream.start()] if stream else body, content)
    return found


def _code_points(hex_text: bytes) -> str:
    raw = bytes.fromhex(hex_text.decode())
    return raw.decode("utf-16-be")


def _to_unicode(cmap: bytes) -> dict[int, str]:
    """bfchar and bfrange entries of a ToUnicode CMap."""
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(src, 16)] = _code_points(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, rest in re.findall(
                rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block):
            low_code, high_code = int(low, 16), int(high, 16)
            if rest.startswith(b"["):
                for offset, dst in enumerate(HEX.findall(rest)):
                    mapping[low_code + offset] = _code_points(dst)
            else:
                start = int(rest[1:-1], 16)
                for offset in range(high_code - low_code + 1):
                    mapping[low_code + offset] = chr(start + offset)
    return mapping


def pdf_text(data: bytes) -> str:
    """Every glyph's character, fonts resolved, a newline where a line moves down."""
    objects = _objects(data)
    fonts: dict[int, dict[int, str]] = {}
    for number, (head, _) in objects.items():
        reference = re.search(rb"/ToUnicode (\d+) 0 R", head)
        if b"/Type /Font" in head and reference:
            fonts[number] = _to_unicode(objects[int(reference.group(1))][1])
    pages = [int(n) for head, _ in objects.values()
             for n in re.findall(rb"/Contents (\d+) 0 R", head)]
    text: list[str] = []
    for page in pages:
        mapping: dict[int, str] = {}
        for token in re.finditer(rb"/F(\d+) [\d.]+ Tf|([-\d.]+) ([-\d.]+) Td|<([0-9A-Fa-f]+)> Tj",
                                 objects[page][1]):
            font, _dx, dy, glyphs = token.groups()
            if font:
                mapping = fonts.get(int(font), {})
            elif dy is not None and float(dy) != 0:
                text.append("\n")
            elif glyphs:
                for i in range(0, len(glyphs), 4):
                    text.append(mapping.get(int(glyphs[i:i + 4], 16), ""))
    return "".join(text)


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)

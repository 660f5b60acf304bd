"""Word's bullets: a list drawn with Symbol/Wingdings bullets that extract as private-use characters."""

from __future__ import annotations

from pathlib import Path


def _pdf_text(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")


def _pdf_with_symbol_bullets(path: Path, items: list[list[str]], bullet: bytes = b"\\267",
                             second_level: frozenset[int] = frozenset()) -> None:
    """A page as Word writes a bulleted list: each item's bullet in a font of its own whose ToUnicode
    maps the bullet's code to a private-use character (U+F0B7, Symbol's bullet), the text in Helvetica."""
    ops = [b"BT /F4 18 Tf 72 740 Td (Backup for network environments) Tj ET"]
    intro = ["Starting from version 2 it is easier to install the program in a network environment.",
             "Network administrators can install it on a single computer and enter a single key.",
             "All workstations can run the application from there."]
    for k, line in enumerate(intro):
        ops.append(b"BT /F1 11 Tf 72 %d Td (%s) Tj ET" % (712 - 14 * k, _pdf_text(line)))
    ops.append(b"BT /F3 14 Tf 72 650 Td (Recommended solution for:) Tj ET")
    y = 626
    for i, item in enumerate(items):
        # Word's second level: a letter "o" in Courier New, indented one step
        inner = i in second_level
        ops.append(b"BT /F5 11 Tf 126 %d Td (o) Tj ET" % y if inner else b"BT /F2 11 Tf 90 %d Td (%s) Tj ET" % (y, bullet))
        for k, line in enumerate(item):
            ops.append(b"BT /F1 11 Tf %d %d Td (%s) Tj ET" % (144 if inner else 108, y, _pdf_text(line)))
            y -= 14
    ops.append(b"BT /F3 14 Tf 72 %d Td (Summary:) Tj ET" % (y - 20))
    for k, line in enumerate(intro):
        ops.append(b"BT /F1 11 Tf 72 %d Td (%s) Tj ET" % (y - 42 - 14 * k, _pdf_text(line)))
    content = b"\n".join(ops)
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Bullets def "
            b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <%s> <F0%s> endbfchar "
            b"endcmap CMapName currentdict /CMap defineresource pop end end"
            % (b"%02X" % ord(eval(b"b'" + bullet + b"'")), b"%02X" % ord(eval(b"b'" + bullet + b"'"))))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 8 0 R /F4 9 0 R /F5 10 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Symbol /ToUnicode 7 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-BoldOblique /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


ITEMS = [["Home users (2+ computers in a network environment, i.e. using the laptop to",
          "backup onto desktop or vice-versa)"],
         ["Professional Services"], ["Service Industries"], ["Telecommunications"], ["Education"]]


def test_symbol_font_bullets_read_as_bullets_in_section_text(tmp_path):
    """A bullet Word draws in the Symbol font reads as U+F0B7 (a private-use character no font of a
    pack shows): it is a bullet ("•"), each item is a paragraph of its own, and an item's wrapped
    line stays in its item."""
    from app.extract.pipeline import extract_document

    path = tmp_path / "bullets.pdf"
    _pdf_with_symbol_bullets(path, ITEMS)
    data = extract_document(path, workers=1)
    section = next(s for s in data.all_sections() if s.title.startswith("Recommended"))
    paragraphs = section.text.split("\n\n")
    assert paragraphs == ["• Home users (2+ computers in a network environment, i.e. using the laptop to "
                          "backup onto desktop or vice-versa)",
                          "• Professional Services", "• Service Industries", "• Telecommunications", "• Education"]
    assert not any("\uf000" <= c <= "\uf8ff" for s in data.all_sections() for c in s.text + s.title)


def test_word_second_level_bullets_are_bullets(tmp_path):
    """Word's second-level bullet is the letter "o" set in Courier New before text in another face: a
    bullet ("◦"), so each such item is a paragraph of its own, not words run into the item above."""
    from app.extract.pipeline import extract_document

    path = tmp_path / "nested.pdf"
    items = [["Platform"], ["Desktop and Notebook"], ["Intel-Based"], ["Operating Systems"], ["Windows"],
             ["Linux and other systems"]]
    _pdf_with_symbol_bullets(path, items, second_level=frozenset({1, 2, 4, 5}))
    data = extract_document(path, workers=1)
    section = next(s for s in data.all_sections() if s.title.startswith("Recommended"))
    assert section.text.split("\n\n") == ["• Platform", "◦ Desktop and Notebook", "◦ Intel-Based",
                                           "• Operating Systems", "◦ Windows", "◦ Linux and other systems"]


def test_private_use_bullets_standing_alone_are_bullets():
    from app.document.textfix import clean_text

    assert clean_text("\uf0b7 Home users") == "• Home users"
    assert clean_text("\uf0a7 Second level") == "▪ Second level"
    assert clean_text("\uf0d8 Arrow item") == "➢ Arrow item"
    assert clean_text("\uf0fc Done") == "✓ Done"
    # inside a word a private-use character is the font's own symbol: left for the user to see
    assert clean_text("x\uf0b7y") == "x\uf0b7y"

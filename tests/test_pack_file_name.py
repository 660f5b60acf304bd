"""Pack file names: the title's words kept, valid on every system."""

from __future__ import annotations


def test_a_pack_s_file_name_keeps_its_title_s_words_and_is_valid_everywhere():
    from app.packs.pack import file_name

    assert file_name("Myanmar Crisis Response Plan 2025 (sample, illustrative figures): dossier d’information",
                     ".pdf") == "Myanmar Crisis Response Plan 2025 (sample, illustrative figures) dossier d’information.pdf"
    assert file_name("Côte d'Ivoire: briefing pack", ".xlsx") == "Côte d'Ivoire briefing pack.xlsx"
    assert file_name('a/b\\c<d>e|f?g*h"i\x01', ".pdf") == "a b c d e f g h i.pdf"
    assert file_name("CON", ".pdf") == "CON pack.pdf" and file_name("nul.txt", ".pdf") == "nul.txt pack.pdf"
    assert file_name("Total ...", ".pdf") == "Total.pdf" and file_name(":::", ".pdf") == "pack.pdf"
    assert len(file_name("x" * 500, ".xlsx")) == 120 + len(".xlsx")

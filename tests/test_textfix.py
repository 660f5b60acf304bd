"""Ligatures and characters lost to missing font maps."""

from __future__ import annotations

from app.document.textfix import (
    LOST,
    Vocabulary,
    clean_text,
    country_words,
    normalise_ligatures,
    normalise_lost,
    repair_lost_characters,
)

DOC = [
    "The objective of these initiatives is to support the migration governance framework.",
    "Objectives and activities were agreed with the partners; coordination continued in the Pacific.",
]


def test_ligatures():
    assert normalise_ligatures("ﬁnancial ﬂows, eﬀect, oﬃce, baﬄe, ﬆ") == "financial flows, effect, office, baffle, st"
    assert normalise_ligatures("") == ""
    assert normalise_ligatures("plain") == "plain"
    from app.document.textfix import LIGATURES

    for lig, letters in LIGATURES.items():  # each one, alone or in non-ASCII text
        assert normalise_ligatures(f"Côte d’Ivoire {lig}x") == f"Côte d’Ivoire {letters}x"
    assert normalise_ligatures("Côte d’Ivoire — été") == "Côte d’Ivoire — été"


def test_cid_placeholders_become_lost_characters():
    assert normalise_lost("Objec(cid:415)ve") == f"Objec{LOST}ve"
    assert clean_text("(cid:3)ﬁ") == f"{LOST}fi"


def test_vocabulary_from_document_and_countries():
    vocab = Vocabulary.from_texts(DOC)
    assert "objective" in vocab and "Initiatives" in vocab
    assert "Djibouti" in vocab and "Tanzania" in vocab  # country names by default
    assert "djibouti" not in Vocabulary.from_texts(DOC, extra_words=())
    assert "Djibouti" in country_words()
    # damaged words are never learnt
    assert f"objec{LOST}ve" not in Vocabulary.from_texts([f"Objec{LOST}ve"], extra_words=())


def test_repairs_when_exactly_one_word_fits():
    vocab = Vocabulary.from_texts(DOC)
    text = f"Objec{LOST}ve 2: Djibou{LOST} and ini{LOST}a{LOST}ves"
    repair = repair_lost_characters(text, vocab)
    assert repair.text == "Objective 2: Djibouti and initiatives"
    assert [f[2:] for f in repair.fixes] == [
        (f"Objec{LOST}ve", "Objective"),
        (f"Djibou{LOST}", "Djibouti"),
        (f"ini{LOST}a{LOST}ves", "initiatives"),
    ]
    # positions refer to the original text
    for start, end, old, _new in repair.fixes:
        assert text[start:end] == old
    assert not repair.unresolved


def test_case_is_kept():
    vocab = Vocabulary.from_texts(DOC)
    assert repair_lost_characters(f"OBJEC{LOST}VES", vocab).text == "OBJECTIVES"
    assert repair_lost_characters(f"objec{LOST}ves", vocab).text == "objectives"
    assert repair_lost_characters(f"Coordina{LOST}on", Vocabulary.from_texts(["coordination"])).text == "Coordination"


def test_cid_form_is_repaired_with_original_positions():
    vocab = Vocabulary.from_texts(DOC)
    text = "The objec(cid:415)ve."
    repair = repair_lost_characters(text, vocab)
    assert repair.text == "The objective."
    start, end, old, new = repair.fixes[0]
    assert text[start:end] == "objec(cid:415)ve" == old and new == "objective"


def test_ambiguous_or_unknown_is_flagged_not_guessed():
    vocab = Vocabulary.from_texts(["the cat sat on the cot with a cut"], extra_words=())
    repair = repair_lost_characters(f"the c{LOST}t", vocab)
    assert repair.text == f"the c{LOST}t"  # cat, cot and cut all fit
    assert not repair.fixes
    (start, end, old, candidates) = repair.unresolved[0]
    assert old == f"c{LOST}t" and sorted(candidates) == ["cat", "cot", "cut"]
    unknown = repair_lost_characters(f"Zorb{LOST}x", vocab)
    assert unknown.text == f"Zorb{LOST}x" and unknown.unresolved[0][3] == []


def test_ligature_fill_breaks_a_tie():
    # "ac�on": "action" (lost "ti") and "acorn"? no: only one-to-three letters per gap; craft a tie
    vocab = Vocabulary.from_texts(["affection affecxion"], extra_words=())
    # both fit "affec�on": "ti" (a ligature) and "xi" (not one): the ligature reading wins
    assert repair_lost_characters(f"affec{LOST}on", vocab).text == "affection"


def test_lone_lost_glyph_is_left_alone():
    vocab = Vocabulary.from_texts(DOC)
    repair = repair_lost_characters(f"{LOST} bullet point", vocab)
    assert repair.text == f"{LOST} bullet point" and not repair.fixes and not repair.unresolved


def test_nothing_to_do_is_cheap_and_identity():
    vocab = Vocabulary.from_texts(DOC)
    repair = repair_lost_characters("nothing lost here", vocab)
    assert repair.text == "nothing lost here" and not repair.changed


def test_words_broken_at_a_line_end_without_their_hyphen_are_joined():
    from app.document.textfix import Vocabulary, join_split_words

    pages = ["Advancing the socioeconom ic well-being", "the socioeconomic status of migrants",
             "Migrant health and health care", "Viet Nam", "data collection and for mer"]
    vocabulary = Vocabulary.from_texts(pages)
    cells = ["Advancing the socioeconom ic well-being", "Migrant health", "Viet Nam", "data collection",
             "for mer"]
    assert join_split_words(cells, vocabulary) == [
        "Advancing the socioeconomic well-being",  # "socioeconomic" is a word of the document, its parts not
        "Migrant health", "Viet Nam", "data collection",  # words of their own, or a capital
        "for mer",  # "former" is no word of this document
    ]


def test_vocabulary_from_pages_split_as_they_arrive_is_the_vocabulary_of_their_words():
    # the pipeline splits each page's words as the page arrives (issue 13): the same counts and the
    # same preferred spellings (ties go to the spelling seen first) as splitting them all at the end
    import random

    from app.document.textfix import word_tokens

    rng = random.Random(7)
    pieces = ["Objective", "objective", "OBJECTIVE", "ﬁnancial", "financial", "l'état", "l’État", "co-operation",
              "Djibou\ufffd", "2017", "x", "Côte", "d'Ivoire", "«", "well-being", "Well-Being", "ﬂows", "a'b'c"]
    for _ in range(300):
        pages = [[rng.choice(pieces) for _ in range(rng.randint(0, 12))] for _ in range(rng.randint(1, 6))]
        whole = Vocabulary.from_words(w for words in pages for w in words)
        split = Vocabulary.from_tokens(w for words in pages for w in word_tokens(" ".join(words)))
        assert split.counts == whole.counts
        assert list(split.counts) == list(whole.counts)
        assert split.spelling == whole.spelling


def test_vocabulary_spelling_is_the_most_frequent_then_the_first_seen():
    vocab = Vocabulary.from_texts(["objective Objective OBJECTIVE Objective", "Funding funding"], extra_words=[])
    assert vocab.counts["objective"] == 4 and vocab.counts["funding"] == 2
    assert vocab.spelling["objective"] == "Objective"  # twice against once each
    assert vocab.spelling["funding"] == "Funding"  # a tie: the spelling seen first
    later = Vocabulary.from_texts(["funding Funding"], extra_words=["Funding"])
    assert later.spelling["funding"] == "Funding"  # the country words count too
    assert Vocabulary.from_texts(["funding Funding"], extra_words=[]).spelling["funding"] == "funding"


def test_page_words_counted_page_by_page_give_the_vocabulary_of_the_whole_text():
    """``PageWords``: the words of a document counted page by page, pages in any order, some lines
    counted back out later; its vocabulary is ``Vocabulary.from_texts`` of the text kept, in page order:
    the same words and counts, and the same spelling of each, the first used of two used equally often
    (on one page or on two; in the text before the extra words)."""
    from app.document.textfix import PageWords

    pages = {
        1: ["Running Header", "the Data and the data", "Migration figures"],
        2: ["Running Header", "MIGRATION of migration", "Objec\ufffdve one"],
        3: ["Running Header", "kenya objective Objective", "header Header"],
    }
    running = {(1, 0), (2, 0), (3, 0)}  # found to be running headers after the last page
    kept = {p: [t for i, t in enumerate(lines) if (p, i) not in running] for p, lines in pages.items()}
    extra = ["Kenya", "Ngorongoro", "NGORONGORO"]
    expected = Vocabulary.from_texts(["\n".join(t for p in sorted(kept) for t in kept[p])], extra_words=extra)

    words = PageWords()
    for p in (3, 1, 2):  # as the pages arrive
        words.add("\n".join(pages[p]))
    for p, i in running:
        words.add(pages[p][i], -1)
    got = words.vocabulary(lambda: ("\n".join(kept[p]) for p in sorted(kept)), extra_words=extra)
    assert dict(got.counts) == dict(expected.counts)
    assert {low: got.spelling[low] for low in got.spelling} == expected.spelling
    assert got.spelling["data"] == "Data" and got.spelling["migration"] == "Migration"
    assert got.spelling["kenya"] == "kenya" and got.spelling["header"] == "header"
    assert got.spelling["ngorongoro"] == "Ngorongoro" and "running" not in got.counts
    assert got.spelling.get("nothing", "nothing") == "nothing"
    assert repair_lost_characters("Objec\ufffdve", got).text == repair_lost_characters("Objec\ufffdve", expected).text

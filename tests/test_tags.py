"""Country, region and theme tags (app/document/tags.py)."""

from __future__ import annotations

import pytest

from app.document.model import DocumentData, Section, SourceDocument, Table
from app.document.tags import (
    REGION_COUNTRIES,
    REGIONS,
    THEMES,
    country_tag,
    find_country,
    find_region,
    find_theme,
    region_of,
    row_tags,
    section_tags,
    tag_document,
    tag_text,
)


def codes(text: str, kinds=("country",)) -> list[str]:
    return [t.code for t in tag_text(text, kinds=kinds)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea", ["PNG", "GNQ", "GNB", "GIN"]),
        ("Niger and Nigeria", ["NER", "NGA"]),
        ("South Sudan and the Sudan", ["SSD", "SDN"]),
        ("the Dominican Republic and Dominica", ["DOM", "DMA"]),
        ("Democratic Republic of the Congo and the Republic of the Congo", ["COD", "COG"]),
        ("Democratic People's Republic of Korea; Republic of Korea", ["PRK", "KOR"]),
        ("United Republic of Tanzania", ["TZA"]),
        ("Côte d'Ivoire / Cote d’Ivoire", ["CIV"]),
        ("Gambia, the", ["GMB"]),
        ("Iran, Islamic Republic of", ["IRN"]),
        ("Iran (Islamic Republic of)", ["IRN"]),
        ("Lao People's Democratic Republic", ["LAO"]),
        ("Türkiye (formerly Turkey)", ["TUR"]),
        ("Kosovo*", ["XKX"]),
        ("Syria, Viet Nam and the Republic of Moldova", ["SYR", "VNM", "MDA"]),
        ("Bolivia (Plurinational State of) and Venezuela (Bolivarian Republic of)", ["BOL", "VEN"]),
        ("State of Palestine", ["PSE"]),
        ("Micronesia (Federated States of)", ["FSM"]),
        ("Mauritius, covering the Seychelles and the Union of the Comoros", ["MUS", "SYC", "COM"]),
        ("Hargeisa, Somaliland", ["SOM"]),
    ],
)
def test_country_names(text, expected):
    assert codes(text) == expected


def test_names_across_line_breaks_and_hyphenated_line_ends():
    assert codes("United\nRepublic of\nTanzania") == ["TZA"]
    assert codes("Guinea-\nBissau") == ["GNB"]
    assert codes("The former Yugoslav\nRepublic of Macedonia") == ["MKD"]


def test_case_aware_matching():
    # common words that are also country names are not countries in running text
    assert codes("chad and turkey are words; a jordan") == []
    assert codes("CHAD and Chad") == ["TCD"]
    # abbreviations only as written
    assert codes("the DRC and the UK") == ["COD", "GBR"]
    assert codes("drc, uk") == []


def test_whole_words_only():
    assert codes("Omanis in Romania") == ["ROU"]  # not Oman
    assert codes("Malian and Maliki") == []


def test_find_country_accepts_codes_and_names():
    assert find_country("SOM").code == "SOM"
    assert find_country("som").code == "SOM"
    assert find_country("Somalia").code == "SOM"
    assert find_country("Gambia, the").code == "GMB"
    assert find_country("Viet Nam").name == "Viet Nam"
    assert find_country("XKX").name.startswith("Kosovo")
    assert find_country("not a country") is None
    assert find_country("") is None


def test_country_tag_is_exact_and_ignores_footnote_markers():
    assert country_tag("United Republic of Tanzania").code == "TZA"
    assert country_tag("Kosovo*").code == "XKX"
    assert country_tag("Somalia¹").code == "SOM"
    assert country_tag("Regional initiatives") is None


def test_regions_as_printed_in_seed_001():
    assert len(REGIONS) == 9
    assert codes("EAST AND HORN OF AFRICA", kinds=("region",)) == ["east-and-horn-of-africa"]
    assert codes("South-Eastern Europe, Eastern Europe and Central Asia", kinds=("region",)) == [
        "south-eastern-europe-eastern-europe-and-central-asia"
    ]
    assert find_region("MENA").code == "middle-east-and-north-africa"
    assert find_region("asia-and-the-pacific").name == "Asia and the Pacific"
    assert region_of("SOM").code == "east-and-horn-of-africa"
    assert "TZA" in REGION_COUNTRIES["east-and-horn-of-africa"]
    assert all(len(REGION_COUNTRIES[r.code]) >= 7 for r in REGIONS)


def test_themes():
    assert {t.code for t in THEMES} >= {f"principle-{i}" for i in (1, 2, 3)} | {f"objective-{i}" for i in (1, 2, 3)}
    assert codes("PRINCIPLE 1: ADHERING TO INTERNATIONAL STANDARDS AND FULFILLING MIGRANTS' RIGHTS", ("theme",)) == [
        "principle-1"
    ]
    assert codes("Objective 2: Addressing the mobility\ndimensions of crises", ("theme",)) == ["objective-2"]
    assert codes("Saving lives and protecting people on the move", ("theme",)) == ["crp-objective-1"]
    assert find_theme("Objective 2").code == "objective-2"
    assert find_theme("principle-3").code == "principle-3"
    assert "Principle 1" in find_theme("principle-1").name


def test_section_tags_own_subject_and_mentions():
    tags = section_tags("Somalia", "IOM works in Somalia and with Kenya.")
    assert [t.code for t in tags if t.kind == "country"] == ["SOM", "KEN"]
    # themes only from the title and the opening of the text
    late = "x " * 400 + "Addressing the mobility dimensions of crises"
    assert not [t for t in section_tags("Notes", late) if t.kind == "theme"]


def _doc() -> DocumentData:
    table = Table.from_rows(
        [
            ["Country", "Objective 1", "Total"],
            ["Regional initiatives", "1", "1"],
            ["United Republic of Tanzania", "2", "2"],
            ["Gambia, the", "3", "3"],
            ["Mauritius, covering the Seychelles", "4", "4"],
            ["Total", "10", "10"],
        ],
        id="t1",
        header_rows=1,
    )
    region = Section("s1", "East and Horn of Africa", 1, 1, 2)
    region.children = [
        Section("s2", "Somalia", 2, 1, 1, text="IOM will assist returnees in Somalia."),
        Section("s3", "Regional initiatives", 2, 2, 2, text="Projects in Kenya and Uganda."),
    ]
    doc = SourceDocument(path="x.pdf", sha256="0" * 64, pages=2)
    return DocumentData(document=doc, tables=[table], sections=[region])


def test_tag_document_tags_sections_and_rows():
    data = _doc()
    tag_document(data)
    by_id = {s.id: s for s in data.all_sections()}
    assert [t.code for t in by_id["s1"].tags] == ["east-and-horn-of-africa"]
    assert [t.code for t in by_id["s2"].tags] == ["SOM"]
    assert [t.code for t in by_id["s3"].tags] == ["KEN", "UGA"]
    rows = {r: [t.code for t in tags] for r, tags in data.tables[0].row_tags.items()}
    assert rows == {2: ["TZA"], 3: ["GMB"], 4: ["MUS", "SYC"]}


def test_row_tags_of_labels():
    assert [t.code for t in row_tags("Somalia")] == ["SOM"]
    assert row_tags("Total") == []
    assert [t.code for t in row_tags("Objective 2")] == ["objective-2"]


# --------------------------------------------------------------------------- false positives (issue 4)


@pytest.mark.parametrize(
    "text",
    [
        "requirements in United States dollars",
        "budget: 3 million US dollars (US$ 3,000,000; USD 3 million)",
        "UNITED STATES DOLLARS",
        "paid in Fiji dollars and Hong Kong dollars",
    ],
)
def test_currencies_are_not_countries(text):
    assert codes(text) == []


def test_the_united_states_is_still_a_country():
    assert codes("resettlement to the United States, and United States dollars") == ["USA"]


@pytest.mark.parametrize(
    "text",
    [
        "migrants from the Gulf of Guinea and the Guinea Gulf",
        "the Niger Delta, the River Niger",
        "the Lake Chad Basin region and the LAKE CHAD area",
        "the Congo Basin and the Congo River",
        "New Mexico and New Guinea",
    ],
)
def test_geographic_features_are_not_countries(text):
    assert codes(text) == []


def test_features_do_not_hide_the_country_itself():
    assert codes("Guinea, Chad and Niger border the Gulf of Guinea and Lake Chad") == ["GIN", "TCD", "NER"]
    assert codes("Papua New Guinea and New Zealand") == ["PNG", "NZL"]


def test_given_names_followed_by_a_surname_are_people():
    assert codes("Students of Jordan Misja high school in Shkodra, Albania") == ["ALB"]
    assert codes("Mr Jordan and Dr. Chad met Ms Georgia") == []
    # a capitalised word the document also writes in lower case is not a surname
    assert codes("the Jordan Response Plan guides the response") == ["JOR"]
    # nor is the next country of a list (chart legends, table headers)
    assert codes("Iraq Jordan Kuwait Lebanon") == ["IRQ", "JOR", "KWT", "LBN"]
    # the document's vocabulary decides (tag_document passes it)
    assert codes("the Jordan Compact") == []
    assert [t.code for t in tag_text("the Jordan Compact", words={"compact"})] == ["JOR"]


def test_georgia_the_us_state():
    assert codes("Atlanta, Georgia, USA") == ["USA"]
    assert codes("the U.S. state of Georgia") == []
    assert codes("Tbilisi, Georgia and Georgia's regions") == ["GEO"]


def test_congo_alone_is_ambiguous_in_running_text():
    # "eastern Congo" usually means the Democratic Republic: bare "Congo" tags nothing in text ...
    assert codes("living around Eastern Congo’s mining sites") == []
    # ... while full names and the usual short forms do
    assert codes("Republic of the Congo, Congo-Brazzaville") == ["COG"]
    assert codes("Democratic Republic of the Congo, DR Congo, Congo-Kinshasa") == ["COD"]
    # and an exact label (table row, heading) "Congo" is the Republic of the Congo, as in UN lists
    assert country_tag("Congo").code == "COG"
    assert find_country("Congo").code == "COG"
    assert [t.code for t in row_tags("Congo")] == ["COG"]
    assert [t.code for t in section_tags("Congo", "IOM works with the Government.") if t.kind == "country"] == ["COG"]


def test_names_inside_longer_names():
    assert codes("South Sudan") == ["SSD"]
    assert codes("Guinea-Bissau, Equatorial Guinea") == ["GNB", "GNQ"]
    assert codes("the Dominican Republic") == ["DOM"]
    # "Korea" alone could be either Korea
    assert codes("the Korea Human Rights Commission") == []


def test_demonyms_do_not_tag():
    """Decision: a demonym names people, not the place a section is about ("Syrian refugees in Turkey"
    is about Turkey); several are ambiguous ("Dominican", "Congolese", "Guinean", "Sudanese")."""
    assert codes("Syrian refugees in Turkey") == ["TUR"]
    assert codes("Dominican, Congolese, Sudanese and Afghan migrants") == []
    assert codes("Turkish Coast Guard") == []


def test_common_words_in_capitals_only_as_countries_in_capital_text():
    assert codes("turkey, chad, jordan and georgia") == []
    assert codes("TURKEY") == ["TUR"]


def test_tag_document_uses_the_document_vocabulary_for_surnames():
    data = _doc()
    data.sections[0].children[0].text = "The Jordan Compact and Jordan Misja school."
    data.sections[0].children[1].text = "A compact was signed in Kenya."
    tag_document(data)
    got = [t.code for t in data.sections[0].children[0].tags if t.kind == "country"]
    assert got == ["SOM", "JOR"]
    data.sections[0].children[1].text = "Nothing."
    tag_document(data)
    got = [t.code for t in data.sections[0].children[0].tags if t.kind == "country"]
    assert got == ["SOM"]


def test_tag_document_collects_the_document_words_only_when_a_given_name_asks(monkeypatch):
    # collecting a long document's words is a fifth of its tagging; only "Jordan <Capitalised>" needs them
    import app.document.tags as tags

    calls = []
    plain = tags.document_words
    monkeypatch.setattr(tags, "document_words", lambda d: calls.append(1) or plain(d))
    data = _doc()
    data.sections[0].children[0].text = "Refugees from Jordan and Kenya."
    tag_document(data)
    assert calls == []
    assert [t.code for t in data.sections[0].children[0].tags if t.kind == "country"] == ["SOM", "JOR", "KEN"]
    data.sections[0].children[0].text = "The Jordan Compact and Chad Misja."
    data.sections[0].children[1].text = "A compact was signed in Kenya."
    tag_document(data)
    assert calls == [1]  # once for the document, however many names ask
    assert [t.code for t in data.sections[0].children[0].tags if t.kind == "country"] == ["SOM", "JOR"]


@pytest.mark.parametrize("name, code", [
    ("Côte d'Ivoire", "CIV"), ("République démocratique du Congo", "COD"), ("Haití", "HTI"), ("Haïti", "HTI"),
    ("Tchad", "TCD"), ("Éthiopie", "ETH"), ("Etiopía", "ETH"), ("Kenia", "KEN"), ("Somalie", "SOM"),
])
def test_french_and_spanish_country_names(name, code):
    tag = find_country(name)
    assert tag is not None and tag.code == code


def test_french_and_spanish_regions_and_objectives():
    from app.document.tags import find_region, find_theme

    assert find_region("Afrique de l'Ouest et du Centre").code == "west-and-central-africa"
    assert find_region("América del Sur").code == "south-america"
    assert find_theme("Objectif 2").code == "objective-2"
    assert find_theme("Objetivo 1").code == "objective-1"
    assert find_theme("Principe 3").code == "principle-3"


def test_french_names_in_running_text_and_given_names():
    codes = [t.code for t in tag_text("Le programme au Tchad et en République centrafricaine, avec Maurice Dupont.")]
    assert codes == ["TCD", "CAF"]  # "Maurice" (Mauritius in French) is a given name here


def test_country_suggestions_use_the_names_tags_give():
    from app.document.tags import country_names, country_suggestions

    assert "Kenya" in country_suggestions("Kenia")
    assert "Kosovo (UNSCR 1244)" in country_names()
    assert set(country_suggestions("Somalai")) <= set(country_names())


# ------------------------------------------------------------------------- French and Spanish documents


def test_a_label_led_by_a_country_name_too_ambiguous_for_running_text():
    """"Maurice" (Mauritius) is a given name in French text; leading a row label or a heading, before
    a comma, it is the country, as the whole label would be."""
    label = "Maurice, couvrant les Seychelles et l’Union des Comores"
    assert [t.code for t in row_tags(label)] == ["MUS", "SYC", "COM"]
    assert {"MUS", "SYC", "COM"} <= {t.code for t in section_tags(label, "")}
    assert "MUS" not in {t.code for t in tag_text("Maurice Dupont a rencontré l’équipe.")}


def test_the_uns_spanish_names():
    assert [t.code for t in row_tags("Trinidad y Tabago")] == ["TTO"]
    assert [t.code for t in row_tags("Haití")] == ["HTI"]
    assert [t.code for t in row_tags("República Dominicana")] == ["DOM"]


@pytest.mark.parametrize("text", ["en dollars des États-Unis (USD)", "en dólares de los Estados Unidos (USD)",
                                  "460 000 dollars des États-Unis", "en dollar des Etats-Unis"])
def test_a_currency_named_before_its_country_is_not_the_country(text):
    assert "USA" not in {t.code for t in tag_text(text)}


def test_the_united_states_still_found_in_french_and_spanish_text():
    assert "USA" in {t.code for t in tag_text("vers les États-Unis et le Canada")}
    assert "USA" in {t.code for t in tag_text("hacia los Estados Unidos")}


@pytest.mark.parametrize("title,code", [
    ("Objectif 2 : Apporter une réponse efficace aux aspects de mobilité des crises", "objective-2"),
    ("Objectif 3 : Faire en sorte que les migrations se déroulent de façon sûre, ordonnée et digne", "objective-3"),
    ("Principe 3 : S’appuyer sur de solides partenariats", "principle-3"),
    ("Objetivo 2: Abordar eficazmente los aspectos relativos a la movilidad en situaciones de crisis", "objective-2"),
    ("Objetivo 3: Asegurar una migración segura, ordenada y digna", "objective-3"),
    ("Principio 1: Adherirse a las normas internacionales y respetar los derechos de los migrantes", "principle-1"),
])
def test_french_and_spanish_migof_headings_carry_their_theme(title, code):
    assert code in {t.code for t in section_tags(title, "") if t.kind == "theme"}
    assert find_theme(title.split(":", 1)[1].strip()).code == code


def test_one_tagging_pass_tags_rows_named_by_iso_code_and_packs_use_it():
    """Rows labelled by ISO code were tagged only when a pack was made (a second rule in the selection);
    the tagging pass now tags them, and the selection reads what the pass stored."""
    from app.document.tags import table_row_tags
    from app.packs.selection import Filters, select

    table = Table.from_rows([["Country", "USD"], ["SOM", "1"], ["Kenya (a)", "2"], ["Total", "3"]],
                            id="t", page=1, header_rows=1)
    table.total_rows = [3]
    data = DocumentData(SourceDocument(path="x.pdf", sha256="f" * 64, pages=1), tables=[table])
    untagged = {r: [t.code for t in tags] for r, tags in table_row_tags(table).items()}
    tag_document(data)
    assert {r: [t.code for t in tags] for r, tags in table.row_tags.items()} == {1: ["SOM"], 2: ["KEN"]}
    assert untagged == {1: ["SOM"], 2: ["KEN"]}  # the same rule for a table the pass never saw
    table.row_tags = {2: table.row_tags[2]}  # a correction: row 1 is not Somalia's
    [item] = list(select([data], Filters(countries=["SOM", "KEN"])).tables())
    assert [r.cells[0].text for r in item.view.rows] == ["Kenya (a)"]


@pytest.mark.parametrize("kind,code,lang,want", [
    ("country", "HTI", "es", "Haití"),
    ("country", "COD", "fr", "République démocratique du Congo"),
    ("country", "COD", "es", "República Democrática del Congo"),   # ISO's "Congo, República ... del" put in order
    ("country", "SLB", "fr", "Îles Salomon"),
    ("country", "KOR", "fr", "République de Corée"),
    # the UN's names, not pycountry's ("Birmanie", "Birmania", "Turquie", "Kenia")
    ("country", "MMR", "fr", "Myanmar"),
    ("country", "MMR", "es", "Myanmar"),
    ("country", "TUR", "fr", "Türkiye"),
    ("country", "KEN", "es", "Kenya"),
    ("country", "SOM", "en", "Somalia"),
    ("region", "southern-africa", "es", "África Austral"),
    ("theme", "objective-2", "fr", "Objectif 2 : Apporter une réponse efficace aux aspects de mobilité des crises"),
])
def test_local_names_for_packs_in_french_and_spanish(kind, code, lang, want):
    from app.document.tags import find_country, find_region, find_theme, local_name

    tag = {"country": find_country, "region": find_region, "theme": find_theme}[kind](code)
    assert local_name(tag, lang) == want


def test_tag_text_folds_a_text_once_for_every_kind(monkeypatch):
    # folding long non-ASCII texts is a good part of tagging: once per text, not once per kind
    from app.document import tags as tags_module

    calls = []
    fold_text = tags_module.unaccented

    def counting(text):
        calls.append(text)
        return fold_text(text)

    text = "L’OIM au Sénégal, en Afrique de l’Ouest et du Centre : gouvernance des migrations."
    before = tags_module.tag_text(text)
    monkeypatch.setattr(tags_module, "unaccented", counting)
    assert tags_module.tag_text(text) == before
    assert [c for c in calls if c == text] == [text]
    assert {t.kind for t in before} >= {"country", "region"}


def test_name_scan_tries_the_patterns_only_at_first_words_and_finds_what_the_full_scan_finds():
    # the full alternation of ~1,300 names tried at every word was three quarters of tagging; the scan
    # that tries it only where a name's first word stands must find exactly the same matches
    from app.document import tags as tags_module
    from tests.helpers import ROOT

    texts = [
        "Côte d’Ivoire, Guinea-Bissau and Guinea- Bissau; the Gambia, GAMBIA (THE), Bolivia (Plurinational "
        "State of), Saint Kitts and Nevis, St. Lucia, Korea, Republic of, Sudanese in South Sudan",
        # non-ASCII letters the case-insensitive patterns pair with ASCII ones (long s, Kelvin sign)
        "Syria, ſyria, Kenya, \u212aenya, ıraq, İran; Niger-Delta, Nigeria's Niger",
        "Haïti, Perú, México y la República Dominicana; Afrique de l’Ouest et du Centre, Amérique du Sud",
        "migration governance, labour migration, counter-trafficking; Europe and Central Asia, EEA",
        "", "   ", "Chad", "xChad Chadx _Chad Chad_ 1Chad",
    ]
    import pdfplumber

    with pdfplumber.open(ROOT / "resources" / "samples" / "migration-initiatives-2017-sample.pdf") as doc:
        texts += [page.extract_text() or "" for page in doc.pages[:12]]
    found = 0
    for index in (tags_module._countries()[1], tags_module._regions(), tags_module._themes()):
        assert index.firsts  # every name starts with a word: the quick scan is in use
        for text in texts:
            folded = tags_module.unaccented(text)
            full = [(m.start(), m.end(), m.group()) for m in index.regex.finditer(folded)]
            quick = [(m.start(), m.end(), m.group()) for m in tags_module._matches(index, folded)]
            assert quick == full, text[:80]
            found += len(full)
    assert found > 50


def _word_starts_one_by_one(folded: str, firsts: frozenset[str]) -> list[int]:
    """The rule :func:`app.document.tags._word_starts` implements, word by word (what it replaced)."""
    from app.document import tags

    return [(w.start(), w.group().lower() if w.group().isascii() else None) for w in tags._WORD.finditer(folded)
            if not w.group().isascii() or w.group().lower() in firsts]


def _random_texts(n: int, seed: int) -> list[str]:
    import random

    from app.document import tags

    rng = random.Random(seed)
    tags.tag_text("")
    names = [n for m in (tags._countries()[1], tags._regions(), tags._themes()) for n in m.names.values()]
    pieces = ["the", "of", "s", "S", "east", "EAST", "Eastern", "Sudan", "sudan", "southsudan", "Migration",
              "migrations", "’", "'", "-", "—", "\n", " ", "  ", ",", ".", "é", "Côte", "ſudan", "K", "ı",
              "_", "x_s", "2017", "s2", "Niger", "Nigeria", "Δ", "中国", "Türkiye", "(", ")", "\u00ad"]
    texts = []
    for _ in range(n):
        parts = [rng.choice(names) if rng.random() < 0.3 else rng.choice(pieces) for _ in range(rng.randint(0, 60))]
        sep = rng.choice(["", " ", " ", "\n"])
        texts.append(sep.join(parts))
    return texts


def test_word_starts_are_the_words_one_by_one():
    """Where a name can start is found from the text's distinct words (C-speed on long texts): the very
    places the word-by-word rule gives, on ASCII and non-ASCII texts, words inside words, "s" words."""
    from app.document import tags

    tags.tag_text("")
    matchers = [tags._countries()[1], tags._regions(), tags._themes()]
    texts = _random_texts(400, 13) + ["", "s", "s s s's", "South-Sudan", "xsudan sudanx sudan", "Sudan" * 40,
                                      ("the s of s’ " * 300) + "Kenya", "ſudan Sudan", "ÉAST east"]
    for text in texts:
        folded = tags.unaccented(text)
        for m in matchers:
            assert tags._word_starts(folded, m.firsts) == _word_starts_one_by_one(folded, m.firsts), (text, m.firsts)


def test_matches_are_the_whole_pattern_tried_word_by_word():
    """Names found through the word finder and each first word's own pattern are those of the whole
    pattern tried at every word that may start a name (the rule before), spans and order included."""
    from app.document import tags

    def one_by_one(matcher, folded):
        end, out = 0, []
        for start, _first in _word_starts_one_by_one(folded, matcher.firsts):
            if start >= end:
                m = matcher.regex.match(folded, start)
                if m is not None:
                    end = m.end()
                    out.append(m.span())
        return out

    tags.tag_text("")
    matchers = [tags._countries()[1], tags._regions(), tags._themes()]
    for text in _random_texts(300, 7) + ["the Gambia and The Bahamas, THE GAMBIA; the gambia", "Côte d’Ivoire"]:
        folded = tags.unaccented(text)
        for m in matchers:
            assert [x.span() for x in tags._matches(m, folded)] == one_by_one(m, folded), text


def test_folding_only_the_runs_that_change_folds_as_the_whole_table_does():
    # unaccented translates only runs of characters other than ASCII (and backticks): the same text as
    # translating every character with the folding table
    import random

    from app.document.tags import _FOLD_TABLE, unaccented

    rng = random.Random(13)
    alphabet = "ab Z`'’‘´-\téÉçÇñ ᾶ한국어 العربية\u0301ﬁ\u00ad 12."
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert unaccented(text) == text.translate(_FOLD_TABLE)


def _people(rows):
    return Table.from_rows([["Surname", "Given name", "USD"], *rows], id="t", page=1, header_rows=1)


@pytest.mark.parametrize("rows", [
    # surnames in capitals, given names in the next column
    [["MENA", "Ahmed", "10"], ["DUPONT", "Marie", "20"], ["OKAFOR", "Chidi", "30"], ["SMITH", "John", "40"]],
    # given name and surname in one cell
    [["Ahmed MENA", "", "10"], ["Marie DUPONT", "", "20"], ["Chidi OKAFOR", "", "30"], ["John SMITH", "", "40"]],
    # a surname that spells a country
    [["JORDAN", "Michael", "10"], ["DUPONT", "Marie", "20"], ["OKAFOR", "Chidi", "30"], ["SMITH", "John", "40"]],
])
def test_a_surname_in_capitals_in_a_names_column_is_no_place(rows):
    """"MENA" is a surname as well as the Middle East and North Africa: in a column of people's names
    (surnames in capitals, given names beside them) it tags nothing."""
    data = DocumentData(SourceDocument(path="x.pdf", sha256="e" * 64, pages=1), tables=[_people(rows)])
    tag_document(data)
    assert data.tables[0].row_tags == {}


def test_region_codes_still_tag_outside_a_names_column():
    funding = Table.from_rows([["Region", "USD"], ["MENA", "1"], ["EEA", "2"], ["Asia and the Pacific", "3"]],
                              id="t", page=1, header_rows=1)
    offices = Table.from_rows([["Region", "Office"], ["MENA", "Cairo"], ["EEA", "Brussels"],
                               ["SEEECA", "Vienna"], ["WCA", "Dakar"]], id="u", page=1, header_rows=1)
    data = DocumentData(SourceDocument(path="x.pdf", sha256="d" * 64, pages=1), tables=[funding, offices])
    tag_document(data)
    assert [t.code for t in funding.row_tags[1]] == ["middle-east-and-north-africa"]
    assert [t.code for t in funding.row_tags[2]] == ["european-economic-area"]
    assert [t.code for t in offices.row_tags[1]] == ["middle-east-and-north-africa"]
    assert [t.code for t in offices.row_tags[3]] == ["south-eastern-europe-eastern-europe-and-central-asia"]


def test_row_tags_cell_index_reads_what_the_table_lookups_read():
    """The row tags read every cell through one index of the table's positions (``_cell_texts``): at each
    position the cell anchored there, else the first cell covering it, as ``Table.anchor`` then
    ``Table.cell_at`` give them; overlapping cells and empty positions included."""
    from app.document.model import Cell
    from app.document.tags import _cell_texts

    cells = [
        Cell(0, 0, "Country", col_span=2),
        Cell(0, 2, " Total "),
        Cell(1, 0, "Kenya", row_span=2),
        Cell(1, 1, "12"),
        Cell(2, 1, "first at (2, 1)"),
        Cell(2, 1, "second at (2, 1)"),
        Cell(1, 2, "spans down over (2, 2) and (3, 2)", row_span=3),
        Cell(3, 0, ""),
    ]
    table = Table(id="t1", page=1, bbox=(0, 0, 100, 100), n_rows=4, n_cols=3, cells=cells)
    text = _cell_texts(table)
    for row in range(table.n_rows):
        for col in range(table.n_cols):
            cell = table.anchor(row, col)
            if cell is None:
                cell = table.cell_at(row, col)
            expected = cell.text.strip() if cell is not None and cell.text else ""
            assert text(row, col) == expected, (row, col)
    assert text(2, 1) == "first at (2, 1)" and text(3, 1) == "" and text(0, 1) == "Country"


def test_distinct_words_of_an_ascii_text_are_those_of_the_word_pattern():
    import random

    from app.document.tags import _WORD, _distinct_words

    every = "".join(chr(c) for c in range(128))
    rnd = random.Random(29)
    texts = [every, every[::-1], "", "   ", "_a_ b-c d'e\tf\ng\x0bh\x0ci\x1cj\x1fk\x7fl 9_9", "UN-Habitat  IOM's"]
    texts += ["".join(rnd.choice(every) for _ in range(rnd.randint(0, 60))) for _ in range(500)]
    for text in texts:
        lowered, distinct = _distinct_words(text)
        assert lowered == text.lower()
        assert distinct == set(_WORD.findall(text.lower()))


def test_names_columns_stopping_early_finds_the_columns_of_every_cell():
    """A column's test for persons' names may stop once it is settled: the columns are those counted
    over every cell."""
    import random

    from app.document import tags
    from app.document.model import Cell

    def plain(table) -> set[int]:
        text = tags._cell_texts(table)
        out = set()
        rows = [r for r in range(table.header_rows, table.n_rows) if r not in set(table.total_rows)]
        for col in range(table.n_cols):
            filled = [r for r in rows if text(r, col)]
            if len(filled) < 3:
                continue
            persons = places = 0
            for r in filled:
                caps = " ".join(w for w in text(r, col).split() if tags._CAPS_WORD.match(w))
                if caps and tags.tag_text(caps, kinds=tags.PLACES):
                    places += 1
                elif tags._person_name(table, r, col, text):
                    persons += 1
            if persons > len(filled) / 2 and places <= max(1, len(filled) // 10):
                out.add(col)
        return out

    rng = random.Random(5)
    pool = ["Ahmed MENA", "MENA", "Ahmed", "DUPONT Marie", "Marie Claire", "KENYA", "Jordan", "SEEECA", "Vienna",
            "12", "", "Total", "N'DIAYE", "Fatou", "CHAD Ali"]
    found = 0
    for _ in range(400):
        n_rows, n_cols = rng.randint(2, 14), rng.randint(1, 4)
        cells = [Cell(r, c, rng.choice(pool)) for r in range(n_rows) for c in range(n_cols)]
        table = Table(id="t1", page=1, bbox=(0, 0, 100, 100), n_rows=n_rows, n_cols=n_cols, cells=cells,
                      header_rows=rng.randint(0, 1))
        expected = plain(table)
        found += bool(expected)
        assert tags._names_columns(table) == expected
    assert found  # some tables have a column of names


@pytest.mark.parametrize("text", [
    "130 Período Ordinario - 18ª Sesión de Tablas - 21º Reunión",  # a meeting (Spanish)
    "Réunion du comité de pilotage, le 3 mars.",  # a meeting (French), capitalised at a sentence's start
    "Family Reunion Programme in Kenya",
])
def test_a_meeting_is_not_la_reunion(text):
    # "reunión" / "réunion" are the words for a meeting; the island always takes its article
    assert "REU" not in {t.code for t in tag_text(text)}


@pytest.mark.parametrize("text", ["Les migrants arrivés à La Réunion et à Mayotte.",
                                  "en la isla de la Reunión", "flights to Reunion Island",
                                  "in Mayotte and La Réunion"])
def test_la_reunion_with_its_article_is_the_island(text):
    assert "REU" in {t.code for t in tag_text(text)}
    assert [t.code for t in row_tags("Réunion")] == ["REU"]  # a row label as a whole is the island

"""Country, region and theme tags.

* **Countries** are ISO 3166-1 alpha-3 codes (pycountry's maintained list) found by name in titles, text
  and table row labels: the ISO names, their official and common forms, the inverted forms ISO uses
  ("Iran, Islamic Republic of") turned round, the UN / humanitarian forms ("Iran (Islamic Republic
  of)", "Türkiye", "Viet Nam", "Gambia, the" …) and a curated list of usual short names ("Syria",
  "DRC"). Matching is by whole words, longest name first ("Papua New Guinea" is not "Guinea", "South
  Sudan" is not "Sudan", "Nigeria" is not "Niger", "Dominican Republic" is not "Dominica"), across
  line breaks and hyphenated line ends, accents optional ("Cote d'Ivoire"), and case-aware: the
  capitalised words of a name must be capitalised in the text (or the text is in capitals), so
  "chad" or "turkey" in running text are not countries.
* **Kosovo** is tagged ``XKX`` (the code UN agencies use), named "Kosovo (UNSCR 1244)".
* **Somaliland** and **Puntland** are tagged as Somalia (``SOM``): UN documents treat them as parts of
  Somalia, and a donor pack for Somalia must include them.
* **Regions** are IOM's regional groupings as printed in *Migration Initiatives* (nine regions), with
  slug codes (``east-and-horn-of-africa``); :data:`REGION_COUNTRIES` lists the countries each region's
  funding table covers there.
* **Themes** are the Migration Governance Framework's three principles and three objectives
  (``principle-1`` … ``objective-3``) and the crisis response plan objectives (``crp-objective-1`` …).
  In section text a theme is only taken from the title and the opening of the text (the phrases
  occur in passing everywhere); in a table row label it is taken from the label.

Everything is offline runtime data; nothing is downloaded.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterable

from app.document.model import Tag

if TYPE_CHECKING:  # pragma: no cover
    from app.document.model import DocumentData

# ------------------------------------------------------------------------------------------- data

#: Display names (UN / humanitarian usage) where they differ from pycountry's short name.
_DISPLAY = {
    "BOL": "Bolivia (Plurinational State of)",
    "COD": "Democratic Republic of the Congo",
    "CIV": "Côte d'Ivoire",
    "COG": "Congo",
    "CZE": "Czechia",
    "FSM": "Micronesia (Federated States of)",
    "GBR": "United Kingdom",
    "GMB": "Gambia",
    "IRN": "Iran (Islamic Republic of)",
    "KOR": "Republic of Korea",
    "LAO": "Lao People's Democratic Republic",
    "MDA": "Republic of Moldova",
    "PRK": "Democratic People's Republic of Korea",
    "PSE": "State of Palestine",
    "RUS": "Russian Federation",
    "SYR": "Syrian Arab Republic",
    "TUR": "Türkiye",
    "VNM": "Viet Nam",
    "TZA": "United Republic of Tanzania",
    "USA": "United States of America",
    "VAT": "Holy See",
    "VEN": "Venezuela (Bolivarian Republic of)",
    "TWN": "Taiwan Province of China",
    "XKX": "Kosovo (UNSCR 1244)",
}

#: Names used in documents besides the ISO ones (all matched case-aware as whole words).
_ALIASES: dict[str, list[str]] = {
    "AFG": ["Afghanistan"],
    "ARE": ["UAE", "U.A.E."],
    "BHS": ["The Bahamas", "Bahamas, the"],
    "BOL": ["Bolivia (Plurinational State of)", "Bolivia"],
    "BRN": ["Brunei"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"],
    "COD": [
        "Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "D.R. Congo",
        "DRC", "Congo, Democratic Republic of the", "Congo, Dem. Rep.", "Congo (Democratic Republic of the)",
        "Congo-Kinshasa",
    ],
    "COG": ["Republic of the Congo", "Republic of Congo", "Congo-Brazzaville", "Congo, Rep.", "Congo"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "CZE": ["Czech Republic", "Czechia"],
    "ECU": ["Ecuador", "Equador"],
    "FSM": ["Micronesia (Federated States of)", "Micronesia"],
    "GBR": ["United Kingdom of Great Britain and Northern Ireland", "United Kingdom", "UK", "U.K.", "Great Britain"],
    "GMB": ["Gambia, the", "Gambia, The", "The Gambia", "the Gambia", "Gambia"],
    "IRN": ["Iran (Islamic Republic of)", "Iran, Islamic Republic of", "Islamic Republic of Iran", "Iran"],
    "KOR": ["Republic of Korea", "South Korea", "Korea, Republic of", "Korea, Rep."],
    "KGZ": ["Kyrgyz Republic"],
    "LAO": ["Lao People's Democratic Republic", "Lao PDR", "Laos"],
    "MDA": ["Republic of Moldova", "Moldova"],
    "MKD": ["North Macedonia", "the former Yugoslav Republic of Macedonia", "former Yugoslav Republic of Macedonia", "Macedonia"],
    "MMR": ["Myanmar", "Burma"],
    "PRK": ["Democratic People's Republic of Korea", "DPR Korea", "DPRK", "North Korea", "Korea, Dem. People's Rep."],
    "PSE": [
        "State of Palestine", "Palestine", "Occupied Palestinian Territory", "Occupied Palestinian Territories",
        "occupied Palestinian territory", "Gaza Strip", "West Bank and Gaza",
    ],
    "RUS": ["Russian Federation", "Russia"],
    "SOM": ["Somalia", "Somaliland", "Puntland"],
    "STP": ["São Tomé and Príncipe", "Sao Tome and Principe"],
    "SWZ": ["Eswatini", "Swaziland"],
    "SYR": ["Syrian Arab Republic", "Syria"],
    "TLS": ["Timor-Leste", "East Timor"],
    "TTO": ["Trinidad y Tabago"],  # the UN's Spanish name (pycountry's catalogue has "Trinidad y Tobago")
    "TUR": ["Türkiye", "Turkiye", "Turkey"],
    "TZA": ["United Republic of Tanzania", "Tanzania"],
    "USA": ["United States of America", "United States", "USA", "U.S.A."],
    "VAT": ["Holy See", "Vatican City", "Vatican"],
    "VEN": ["Venezuela (Bolivarian Republic of)", "Venezuela, Bolivarian Republic of", "Venezuela"],
    "VNM": ["Viet Nam", "Vietnam"],
    "XKX": ["Kosovo", "Kosovo (UNSCR 1244)", "Kosovo/*", "Kosovo*", "Kosovo/UNSC 1244", "Kosovo/UNSCR 1244",
            "UNSC resolution 1244-administered Kosovo"],
    "YEM": ["Yemen"],
}

#: Short all-capital abbreviations: matched only exactly as written.
_ABBREVIATIONS = {"UAE", "U.A.E.", "DRC", "DPRK", "UK", "U.K.", "USA", "U.S.A.", "PDR"}

#: Names never matched in running text (too ambiguous there), still accepted by :func:`country_tag`.
#: "Congo" alone: UN documents use it for the Republic of the Congo (``COG``), running text ("eastern
#: Congo", "Congo's mining sites") mostly for the Democratic Republic: only an exact label (a table row,
#: a heading) is tagged, as ``COG``.
_TEXT_STOP = {"Jersey", "Guernsey", "Man", "Congo"}

#: Country names that are also common given names: not the country when a surname follows
#: ("Jordan Misja high school", "Chad Smith"), see :func:`_context_ok`.
_GIVEN_NAMES = {"Chad", "Jordan", "Georgia", "Israel"}

#: Names that are also a common word of French and Spanish (the island of Réunion; "réunion",
#: "reunión": a meeting): in running text, the place only with its article or the word island ("La
#: Réunion", "isla de la Reunión", "Reunion Island"), as French and Spanish always write it.
_WITH_ARTICLE = {"reunion"}
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:[Ll]a|LA|[Ii]sla|ISLA|[ÎîIi]le|ÎLE)\s+|\b[Ll][’'])$")
_ISLAND_AFTER = re.compile(r"\s+(?:[Ii]sland|ISLAND)\b")

#: Country names that are also names of states of the United States ("Atlanta, Georgia, USA").
_US_STATES = {"Georgia"}

#: Words after a country name that make it a currency ("United States dollars", "Fiji dollars").
_CURRENCY_AFTER = re.compile(
    r"\s*(?:dollars?|pounds?|francs?|shillings?|rupees?|pesos?|dinars?|rials?|riyals?|euros?|yuan|yen|"
    r"kwacha|birr|naira|cedis?|leones?|rand|lira|liras|currency)\b",
    re.IGNORECASE,
)
#: Words before a country name that make it a currency in French and Spanish ("dollars des
#: États-Unis", "dólares de los Estados Unidos").
_CURRENCY_BEFORE = re.compile(r"\b(?:dollars?|d[oó]lares|francs?|francos?)\s+(?:des|du|de\s+los|del|de)\s+$",
                              re.IGNORECASE)
#: A geographic feature named after (part of) a country: "Gulf of Guinea", "Lake Chad", "River Niger",
#: "New Mexico" / "New Guinea" (never a country: names that start with "New" are matched whole, as
#: "New Zealand"), and "Niger Delta", "Congo Basin", "Guinea Gulf".
_FEATURE_BEFORE = re.compile(
    r"(?:\b(?:[Gg]ulf|GULF|[Bb]ay|BAY|[Ss]ea|SEA|[Ll]ake|LAKE|[Rr]iver|RIVER|[Mm]ount|MOUNT|Mt\.?)\s+"
    r"(?:(?:of|OF)\s+(?:(?:the|THE)\s+)?)?|\b(?:New|NEW)\s+)$"
)
_FEATURE_AFTER = re.compile(
    r"[ \t]*\n?[ \t]*(?:Delta|River|Basin|Gulf|Sea|Valley|Lake|Highlands|DELTA|RIVER|BASIN|GULF|SEA|VALLEY|LAKE)\b"
)
#: "Mr Jordan", "Dr. Chad …": a person.
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Madam|Mme|M)\.?\s+$")
#: "Georgia, USA", "the U.S. state of Georgia".
_US_AFTER = re.compile(r",?\s*(?:USA|U\.S\.A?\.?|US|United\s+States)\b")
_US_BEFORE = re.compile(r"\b(?:(?:U\.?S\.?|American)\s+)?[Ss]tate\s+of\s+$")
_SURNAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z\u00e0-\u024f'’-]+)")
#: the characters the words of ``_CURRENCY_BEFORE``, ``_FEATURE_BEFORE`` and ``_HONORIFIC_BEFORE`` end
#: with (in any case the first allows: "ſ" is an "s" there), before the spaces that close each of them
_CURRENCY_ENDS = frozenset("sulSULſeE")
_FEATURE_ENDS = frozenset("fFyYaAeErRtTwW.")
_HONORIFIC_ENDS = frozenset("rsfmeM.")


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    aliases: tuple[str, ...] = ()


#: IOM's regional groupings as printed in Migration Initiatives (nine regions).
REGIONS: tuple[Region, ...] = (
    # aliases: English variants, then the French and Spanish names IOM's regional offices use
    Region("east-and-horn-of-africa", "East and Horn of Africa",
           ("East and the Horn of Africa", "East Africa and the Horn of Africa", "Eastern Africa and the Horn of Africa",
            "Afrique de l'Est et Corne de l'Afrique", "Afrique de l'Est et de la Corne de l'Afrique",
            "África Oriental y el Cuerno de África", "África del Este y el Cuerno de África")),
    Region("west-and-central-africa", "West and Central Africa",
           ("West and Central Africa region", "Afrique de l'Ouest et du Centre", "Afrique de l'Ouest et centrale",
            "África Occidental y Central")),
    Region("southern-africa", "Southern Africa", ("Afrique australe", "África Austral", "África Meridional")),
    Region("central-and-north-america-and-the-caribbean", "Central and North America and the Caribbean",
           ("Central America, North America and the Caribbean", "Central and North America and Caribbean",
            "Amérique centrale et du Nord et Caraïbes", "Amérique centrale, Amérique du Nord et Caraïbes",
            "América Central y del Norte y el Caribe", "Centroamérica, Norteamérica y el Caribe")),
    Region("south-america", "South America", ("Amérique du Sud", "América del Sur", "Sudamérica")),
    Region("asia-and-the-pacific", "Asia and the Pacific",
           ("Asia-Pacific", "Asia Pacific", "Asia and Pacific", "Asie et Pacifique", "Asie-Pacifique",
            "Asia y el Pacífico", "Asia-Pacífico")),
    Region("european-economic-area", "European Economic Area",
           ("EEA", "Espace économique européen", "Espacio Económico Europeo")),
    Region("middle-east-and-north-africa", "Middle East and North Africa",
           ("MENA", "Moyen-Orient et Afrique du Nord", "Oriente Medio y Norte de África",
            "Medio Oriente y Norte de África")),
    Region("south-eastern-europe-eastern-europe-and-central-asia",
           "South-Eastern Europe, Eastern Europe and Central Asia",
           ("South-Eastern Europe, Eastern Europe, and Central Asia", "SEEECA",
            "Europe du Sud-Est, Europe orientale et Asie centrale",
            "Europa Sudoriental, Europa Oriental y Asia Central")),
)

#: Countries (alpha-3) listed in each region's funding table in Migration Initiatives 2017 (seed 001),
#: read with :func:`tag_text`. Not a complete membership list: only countries with an appeal there.
REGION_COUNTRIES: dict[str, tuple[str, ...]] = {}  # filled below from _REGION_TABLES


@dataclass(frozen=True)
class Theme:
    code: str
    #: The principle's or objective's title ("Developing strong partnerships").
    title: str
    #: Short label ("Principle 1", "Objective 2") as printed in tables and headings.
    label: str
    phrases: tuple[str, ...]
    framework: str

    @property
    def name(self) -> str:
        """Display name: "Principle 3: Developing strong partnerships"."""
        return f"{self.label}: {self.title}"


#: MiGOF principles and objectives; crisis response plan objectives.
THEMES: tuple[Theme, ...] = (
    Theme("principle-1", "Adhering to international standards and fulfilling migrants' rights", "Principle 1",
          ("Adhering to international standards and fulfilling migrants' rights",), "MiGOF"),
    Theme("principle-2", "Using evidence and whole-of-government approaches", "Principle 2",
          ("Using evidence and whole-of-government approaches", "Using evidence and whole of government approaches"), "MiGOF"),
    Theme("principle-3", "Developing strong partnerships", "Principle 3", ("Developing strong partnerships",), "MiGOF"),
    Theme("objective-1", "Advancing the socioeconomic well-being of migrants and society", "Objective 1",
          ("Advancing the socioeconomic well-being of migrants and society",
           "Advancing the socio-economic well-being of migrants and society"), "MiGOF"),
    Theme("objective-2", "Addressing the mobility dimensions of crises", "Objective 2",
          ("Addressing the mobility dimensions of crises", "Effectively addressing the mobility dimensions of crises"), "MiGOF"),
    Theme("objective-3", "Safe, orderly and dignified migration", "Objective 3",
          ("Safe, orderly and dignified migration", "Migration should take place in a safe, orderly and dignified manner",
           "Ensuring that migration takes place in a safe, orderly and dignified manner"), "MiGOF"),
    Theme("crp-objective-1", "Saving lives and protecting people on the move", "CRP Objective 1",
          ("Saving lives and protecting people on the move",), "Crisis response plan"),
    Theme("crp-objective-2", "Driving solutions to displacement", "CRP Objective 2",
          ("Driving solutions to displacement",), "Crisis response plan"),
    Theme("crp-objective-3", "Facilitating pathways for regular migration", "CRP Objective 3",
          ("Facilitating pathways for regular migration",), "Crisis response plan"),
    Theme("crp-preparedness", "Strengthen preparedness and reduce disaster risk", "CRP preparedness",
          ("Strengthen preparedness and reduce disaster risk", "Strengthening preparedness and reducing disaster risk"),
          "Crisis response plan"),
    Theme("crp-evidence", "Contribute to an evidence-based and efficient crisis response system", "CRP evidence",
          ("Contribute to an evidence-based and efficient crisis response system",
           "Contributing to an evidence-based and efficient crisis response system"), "Crisis response plan"),
)

#: The MiGOF principles and objectives as French and Spanish documents title them (IOM's own
#: translations of the framework, and the shorter forms headings use).
_THEME_PHRASES: dict[str, tuple[str, ...]] = {
    "principle-1": ("Adhérer aux normes internationales et respecter les droits des migrants",
                    "Adherirse a las normas internacionales y respetar los derechos de los migrantes"),
    "principle-2": ("Formuler des politiques fondées sur des données factuelles et une approche mobilisant "
                    "l'ensemble du gouvernement",
                    "Formular políticas con base empírica y aplicar un enfoque integral de gobierno"),
    "principle-3": ("S'appuyer sur de solides partenariats", "Forjar asociaciones sólidas"),
    "objective-1": ("Promouvoir le bien-être socioéconomique des migrants et de la société",
                    "Fomentar el bienestar socioeconómico de los migrantes y de la sociedad"),
    "objective-2": ("Apporter une réponse efficace aux aspects de mobilité des crises",
                    "Abordar eficazmente los aspectos relativos a la movilidad en situaciones de crisis"),
    "objective-3": ("Faire en sorte que les migrations se déroulent de façon sûre, ordonnée et digne",
                    "Asegurar una migración segura, ordenada y digna"),
}

_REGION_TABLES: dict[str, str] = {
    "east-and-horn-of-africa": "BDI DJI ETH KEN RWA SOM SSD TZA UGA",
    "west-and-central-africa": "BEN BFA CAF CIV CMR CPV GHA GIN GMB GNB LBR MLI MRT NER NGA SEN SLE TCD TGO",
    "southern-africa": "AGO BWA COD COM LSO MDG MOZ MUS MWI NAM SYC ZAF ZMB ZWE",
    "central-and-north-america-and-the-caribbean": "CRI DOM GTM GUY HND HTI JAM MEX NIC PAN SLV TTO USA",
    "south-america": "ARG BOL BRA COL PER PRY URY",
    "asia-and-the-pacific": (
        "AFG AUS BGD CHN FJI FSM IDN IND IRN JPN KHM KOR LAO LKA MDV MHL MMR MNG MYS NPL PAK PHL PLW PNG THA "
        "TLS VNM VUT"
    ),
    "european-economic-area": (
        "AUT BEL BGR CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GRC HRV HUN IRL ISL ITA LTU LUX LVA MLT NLD NOR "
        "POL PRT ROU SVK SVN SWE"
    ),
    "middle-east-and-north-africa": "DZA EGY IRQ JOR KWT LBN LBY MAR SDN SYR TUN YEM",
    "south-eastern-europe-eastern-europe-and-central-asia": (
        "ALB ARM AZE BIH BLR GEO KAZ KGZ MDA MKD MNE RUS SRB TJK TKM TUR UKR UZB XKX"
    ),
}
REGION_COUNTRIES.update({k: tuple(v.split()) for k, v in _REGION_TABLES.items()})

# ------------------------------------------------------------------------------------- matching

_APOS = "'’‘`´"
_SMALL_WORDS = {"of", "the", "and", "da", "de", "del", "di", "du", "la", "le", "des", "y", "et", "part", "dem.", "rep."}


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` for comparing names and keywords ("Côte d'Ivoire"
    -> "cote d'ivoire")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().replace("’", "'").split())


def _fold_char(ch: str) -> str:
    if ch in _APOS:
        return "'"
    base = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in base if not unicodedata.combining(c))
    return base if len(base) == 1 else ch


class _FoldTable(dict):
    """Code point -> its folded form (:func:`_fold_char`), each computed once when first met: a table
    for ``str.translate``, which folds a long text in C (a long document's tags fold megabytes)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()

#: what folding changes: a run starting with a character other than ASCII or a backtick, going on over
#: such characters and spaces (a word of another script and the spaces between such words)
_FOLDABLE = re.compile(r"[^\x00-\x5f\x61-\x7f][^\x00-\x1f\x21-\x5f\x61-\x7f]*")


def _fold_run(m: re.Match) -> str:
    return m.group().translate(_FOLD_TABLE)


def unaccented(text: str) -> str:
    """Accents removed, apostrophes unified, case kept, the same length as the input for precomposed
    text: a match found in the result is at the same place in ``text`` (unlike :func:`fold`)."""
    if text.isascii():
        return text.replace("`", "'")
    # the table folds character by character and keeps ASCII but the backtick: only the runs that
    # may change are translated (in a long text with a few accents and quotes, a small part of it)
    return _FOLDABLE.sub(_fold_run, text)


@lru_cache(maxsize=8192)  # each match is looked up by its key: the same few names recur
def _key(text: str) -> str:
    t = unaccented(text).casefold()
    t = re.sub(r"-\s+", "-", t)
    return " ".join(t.replace("\u00ad", "").split())


def _pattern(name: str) -> str:
    parts = []
    for token in name.split():
        sub = []
        for piece in re.split(r"(['’‘`´]|-)", token):
            if not piece:
                continue
            if piece in _APOS:
                sub.append("['’‘`´]")
            elif piece == "-":
                sub.append(r"-\s*")
            else:
                sub.append(re.escape(piece))
        parts.append("".join(sub))
    return r"\s+".join(parts)


def _variants(name: str) -> set[str]:
    out = {name}
    if ", " in name:
        head, tail = name.split(", ", 1)
        turned = f"{tail} {head}"
        out.add(turned)
        if turned.lower().startswith("the "):
            out.add(turned[4:])
        out.add(f"{head} ({tail})")
    if "(" in name:
        out.add(re.sub(r"\s*\([^)]*\)", "", name).strip())
    if name.lower().startswith("the "):
        out.add(name[4:])
    folded = {unaccented(v) for v in out}
    return {v for v in out | folded if v}


@dataclass(frozen=True)
class _NameIndex:
    regex: re.Pattern
    lookup: dict[str, Tag]
    names: dict[str, str]  # key -> name as listed (for case checks)
    #: lower-cased first words of the names, or None when a name does not start with one: a name
    #: can only match where a whole word of the text is one of them (see :func:`_find`)
    firsts: frozenset[str] | None = None
    #: first word -> the names starting with it, in the order of ``regex``'s alternatives
    by_first: dict[str, list[str]] = field(default_factory=dict, compare=False, hash=False)
    #: first word -> ``regex`` restricted to those names (compiled when first needed)
    first_regex: dict[str, re.Pattern] = field(default_factory=dict, compare=False, hash=False)

    def regex_at(self, first: str | None) -> re.Pattern:
        """The pattern to try where a word of the text begins: for an ASCII word (``first``: its lower
        case) only the names starting with it can match there (a name's first word is followed by a
        character that is never a word character), tried in the same order as in ``regex``, so the
        match is the one ``regex`` finds; for a word with other letters (None), ``regex`` itself."""
        if first is None:
            return self.regex
        pattern = self.first_regex.get(first)
        if pattern is None:
            body = "|".join(_pattern(n) for n in self.by_first.get(first, ()))
            pattern = self.first_regex[first] = re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)
        return pattern


#: a whole word (a maximal run of word characters, as ``\w`` in the name patterns)
_WORD = re.compile(r"\w+")


def _first_word(name: str) -> str | None:
    r"""The lower-cased word a name's pattern starts with, or None when it does not start with an ASCII
    word. The pattern's first piece is that word followed by a separator that is never a word
    character (a space, an apostrophe, a hyphen, a full stop) or by the pattern's end (``(?![\w])``)."""
    m = _WORD.match(name)
    if not m or not m.group().isascii():
        return None
    return m.group().lower()


def _build(entries: Iterable[tuple[str, Tag]]) -> _NameIndex:
    lookup: dict[str, Tag] = {}
    names: dict[str, str] = {}
    for name, tag in entries:
        key = _key(name)
        if not key or key in lookup:
            continue
        lookup[key] = tag
        names[key] = name
    ordered = sorted(names.values(), key=lambda n: (-len(n), n))
    body = "|".join(_pattern(unaccented(n)) for n in ordered)
    regex = re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)
    by_first: dict[str, list[str]] = {}
    for n in ordered:
        by_first.setdefault(_first_word(unaccented(n)), []).append(unaccented(n))
    if None in by_first:
        return _NameIndex(regex, lookup, names, None)
    return _NameIndex(regex, lookup, names, frozenset(by_first), by_first)


#: The other languages of our users' documents: their country names come from pycountry's own
#: translations of the ISO 3166 names (shipped in its package, no download).
LANGUAGES = ("fr", "es")

#: French and Spanish names in running text that are also common words or given names there
#: ("Maurice", the French name of Mauritius, is a given name): accepted as exact labels only.
_FOREIGN_TEXT_STOP = {"Maurice", "Chine", "Inde", "Guinée", "Japon", "Jordanie",
                      "Jordania", "Chili"}


@lru_cache(maxsize=None)
def _catalogue(lang: str):
    """pycountry's ISO 3166 catalogue for ``lang``, or None in a trimmed installation without it."""
    import gettext

    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return None


def _translations() -> tuple:
    return tuple(c for c in (_catalogue(lang) for lang in LANGUAGES) if c is not None)


def _translated_names(country) -> list[str]:
    """The country's ISO names in French and Spanish ("Côte d'Ivoire", "République démocratique du
    Congo", "Haití"), when pycountry's catalogues have them."""
    out = []
    for catalogue in _translations():
        for field_name in ("name", "official_name", "common_name"):
            english = getattr(country, field_name, None)
            if english:
                translated = catalogue.gettext(english)
                if translated and translated != english:
                    out.append(translated)
    return out


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, Tag], _NameIndex, dict[str, str]]:
    import pycountry

    by_code: dict[str, Tag] = {}
    alpha2: dict[str, str] = {}
    # (name, tag, exact): exact = listed as such, not derived by dropping a qualifier ("Congo" from
    # "Congo (Democratic Republic of the)").
    listed: list[tuple[str, Tag, bool]] = []
    for c in pycountry.countries:
        code = c.alpha_3
        display = _DISPLAY.get(code) or getattr(c, "common_name", None) or c.name
        tag = Tag("country", code, display)
        by_code[code] = tag
        alpha2[c.alpha_2] = code
        names = list(_ALIASES.get(code, []))
        names += [v for v in (getattr(c, f, None) for f in ("name", "official_name", "common_name")) if v]
        names += _translated_names(c)
        for name in names:
            for v in _variants(name):
                listed.append((v, tag, _key(v) == _key(name)))
    kosovo = Tag("country", "XKX", _DISPLAY["XKX"])
    by_code["XKX"] = kosovo
    for alias in _ALIASES["XKX"]:
        listed.append((alias, kosovo, True))
    # A name two countries share goes to the one that lists it as such; when none or both do, to neither.
    owners: dict[str, dict[str, bool]] = {}
    for name, tag, exact in listed:
        got = owners.setdefault(_key(name), {})
        got[tag.code] = got.get(tag.code, False) or exact
    entries: list[tuple[str, Tag]] = []
    for name, tag, _exact in listed:
        got = owners[_key(name)]
        if len(got) > 1 and [c for c, e in got.items() if e] != [tag.code]:
            continue
        entries.append((name, tag))
    text_entries = [(n, t) for n, t in entries
                    if n not in _TEXT_STOP and n not in _FOREIGN_TEXT_STOP and len(_key(n)) > 2 or n in _ABBREVIATIONS]
    matcher = _build(text_entries)
    # Lookups (country_tag / find_country) accept every name, including the ambiguous ones.
    for n, t in entries:
        matcher.lookup.setdefault(_key(n), t)
        matcher.names.setdefault(_key(n), n)
    return by_code, matcher, alpha2


@lru_cache(maxsize=1)
def _regions() -> _NameIndex:
    entries = []
    for r in REGIONS:
        tag = Tag("region", r.code, r.name)
        for n in (r.name, *r.aliases):
            entries.append((n, tag))
    return _build(entries)


@lru_cache(maxsize=1)
def _themes() -> _NameIndex:
    entries = []
    for t in THEMES:
        tag = Tag("theme", t.code, t.name)
        for n in (t.title, *t.phrases, *_THEME_PHRASES.get(t.code, ())):
            entries.append((n, tag))
    return _build(entries)


@lru_cache(maxsize=4096)  # a document names the same places in the same words again and again
def _case_ok(matched: str, name: str) -> bool:
    """The capitalised words of ``name`` are capitalised in ``matched`` (or it is in capitals)."""
    letters = [c for c in matched if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    m_words = matched.split()
    n_words = name.split()
    if len(m_words) != len(n_words):
        m_words = re.split(r"[\s-]+", matched)
        n_words = re.split(r"[\s-]+", name)
        if len(m_words) != len(n_words):
            return matched[:1].isupper()
    for mw, nw in zip(m_words, n_words):
        if nw.lower() in _SMALL_WORDS:
            continue
        if nw[:1].isupper() and not mw[:1].isupper():
            return False
        if nw in _ABBREVIATIONS and mw != nw:
            return False
    return True


def lower_words(text: str) -> set[str]:
    """Words written in lower case in ``text`` (a surname never is)."""
    # each distinct word tested once (a section's text repeats its words)
    return {w for w in set(re.findall(r"[a-z\u00e0-\u024f][\w'’-]*", text or "")) if w.islower()}


def _context_ok(text: str, start: int, end: int, name: str, words: set[str] | None) -> bool:
    """False when the words around a country name show it is something else: a currency ("United States
    dollars"), a geographic feature ("Gulf of Guinea", "Niger Delta", "New Mexico"), a person ("Mr
    Jordan", "Jordan Misja"), a state of the United States ("Georgia, USA")."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    # each pattern of the words before ends with the name's own spaces ("Mr ", "Gulf of "): the last
    # character before them is the one its words end with, and nearly always another (a name is
    # mostly read after "in", "and", "of"): only then is the pattern searched for
    last = before.rstrip()[-1:]
    if _CURRENCY_AFTER.match(after) or last in _CURRENCY_ENDS and _CURRENCY_BEFORE.search(before):
        return False
    if last in _FEATURE_ENDS and _FEATURE_BEFORE.search(before) or _FEATURE_AFTER.match(after):
        return False
    if last in _HONORIFIC_ENDS and _HONORIFIC_BEFORE.search(before):
        return False
    if _key(name) in _WITH_ARTICLE and not (_ARTICLE_BEFORE.search(before) or _ISLAND_AFTER.match(after)):
        return False
    if name in _US_STATES and (_US_AFTER.match(after) or _US_BEFORE.search(before)):
        return False
    if name in _GIVEN_NAMES:
        m = _SURNAME_AFTER.match(after)
        if m:
            word = m.group(1)
            known = words if words is not None else lower_words(text)
            if word.lower() not in known and not _is_place_word(word):
                return False
    return True


def _is_place_word(word: str) -> bool:
    """A capitalised word that starts a country or region name (so a list "Jordan Kuwait Lebanon" of a
    chart or a table is not taken for a person's name)."""
    first = _first_words()
    return _key(word) in first


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    out = set()
    for key in _countries()[1].lookup:
        out.add(key.split()[0])
    for r in REGIONS:
        for n in (r.name, *r.aliases):
            out.add(_key(n).split()[0])
    return frozenset(out)


def _find(
    matcher: _NameIndex, text: str, case_aware: bool = True, words: set[str] | None = None, context: bool = False,
    folded: str | None = None,
) -> list[tuple[int, int, Tag]]:
    """``folded``: ``unaccented(text)`` when the caller has it (one text searched for several kinds)."""
    if not text:
        return []
    if folded is None:
        folded = unaccented(text)
    out = []
    for m in _matches(matcher, folded):
        key = _key(m.group(0))
        tag = matcher.lookup.get(key)
        if tag is None:
            continue
        original = text[m.start():m.end()]
        if case_aware and not _case_ok(original, matcher.names[key]):
            continue
        if context and not _context_ok(text, m.start(), m.end(), matcher.names[key], words):
            continue
        out.append((m.start(), m.end(), tag))
    return out


def _matches(matcher: _NameIndex, folded: str) -> Iterable[re.Match]:
    r"""``matcher.regex.finditer(folded)``, without trying the thousands of alternatives at every word.

    A match starts a whole word of the text (``(?<![\w])``, the name's first word, then a non-word
    character or the end), so the regex is only tried where that word is a name's first word. A word
    with non-ASCII letters is always tried (case-insensitive matching pairs some of them with ASCII
    letters: "ſ" with "s"). Matches come in the same order and do not overlap, as with ``finditer``."""
    firsts = matcher.firsts
    if firsts is None:
        yield from matcher.regex.finditer(folded)
        return
    end = 0
    for start, first in _word_starts(folded, firsts):
        if start < end:
            continue
        m = matcher.regex_at(first).match(folded, start)
        if m is not None:
            end = m.end()
            yield m


#: one word character (``\w``), to tell whether a place is a word's edge
_WORD_CHAR = re.compile(r"\w")
#: footnote markers after a row label ("Kenya*", "Chad 2", "Niger¹")
_NOTE_MARKS_AFTER = re.compile(r"\s*[\d¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+$")


#: the last text :func:`_distinct_words` read, with its answer (a text is searched for several kinds)
_LAST_WORDS: tuple[str, str, set[str]] = ("", "", set())


#: every ASCII byte but a word character (``\w``: letters, digits, "_") made a space
_ASCII_NON_WORD = bytes(c if chr(c).isalnum() or c == ord("_") else 32 for c in range(128)) + bytes([32] * 128)


def _distinct_words(folded: str) -> tuple[str, set[str]]:
    """The text to look for words in and its distinct words: an ASCII text in lower case (it has the
    same words at the same places), any other text as it is."""
    global _LAST_WORDS
    last = _LAST_WORDS
    if last[0] is folded:
        return last[1], last[2]
    if folded.isascii():
        text = folded.lower()
        # the words of ``_WORD`` (\w+: letters, digits and "_" in ASCII) split out in C: every other
        # character made a space (a regex pass over a long document's section texts cost twice this)
        distinct = set(text.encode("ascii").translate(_ASCII_NON_WORD).decode("ascii").split())
    else:
        text = folded
        distinct = set(_WORD.findall(text))
    _LAST_WORDS = (folded, text, distinct)
    return text, distinct


def _word_starts(folded: str, firsts: frozenset[str]) -> list[tuple[int, str | None]]:
    """Where the whole words of ``folded`` that may start a name begin, in order, each with its lower
    case (None for a word with non-ASCII letters): ASCII words whose lower-case form is in ``firsts``,
    and every word with non-ASCII letters.

    The same places as looking at every word (:data:`_WORD`) in turn, found in C where it counts
    (tagging a long document's section texts looked at some 200,000 words one by one): the distinct
    words are collected and filtered first, and only the places of those that qualify are sought."""
    text, distinct = _distinct_words(folded)
    if text is not folded:
        hits = distinct & firsts
    else:
        hits = {w for w in distinct if not w.isascii() or w.lower() in firsts}
    if not hits:
        return []
    # Past this many occurrences of those words, whole or inside others (words also common inside
    # other words, "s"), looking at every word is cheaper; they are counted as they are sought (the
    # occurrences ``str.count`` would count, without a pass of its own over the text for each word).
    limit = 4 * len(hits) + len(text) // 16
    seen = 0
    edge = _WORD_CHAR.match
    starts = []
    for w in hits:
        n = len(w)
        first = w.lower() if w.isascii() else None
        i = text.find(w)
        while i >= 0:
            seen += 1
            if seen > limit:
                return _every_word_start(folded, firsts)
            if (i == 0 or edge(text, i - 1) is None) and edge(text, i + n) is None:
                starts.append((i, first))
            i = text.find(w, i + n)
    starts.sort()
    return starts


def _every_word_start(folded: str, firsts: frozenset[str]) -> list[tuple[int, str | None]]:
    """:func:`_word_starts` by looking at every word of the text in turn."""
    out = []
    for w in _WORD.finditer(folded):
        word = w.group()
        if not word.isascii():
            out.append((w.start(), None))
        elif word.lower() in firsts:
            out.append((w.start(), word.lower()))
    return out


def _unique(tags: Iterable[Tag]) -> list[Tag]:
    seen: set[tuple[str, str]] = set()
    out = []
    for t in tags:
        if (t.kind, t.code) not in seen:
            seen.add((t.kind, t.code))
            out.append(t)
    return out


# ----------------------------------------------------------------------------------------- public


def country_mentions(text: str, words: set[str] | None = None) -> list[tuple[int, int, Tag]]:
    """(start, end, tag) of every country named in ``text``.

    ``words``: the words the document writes in lower case (see :func:`_context_ok`); by default
    those of ``text``."""
    return _find(_countries()[1], text, words=words, context=True)


def tag_text(
    text: str, kinds: Iterable[str] = ("country", "region", "theme"), words: set[str] | None = None
) -> list[Tag]:
    """Countries, regions and themes named in ``text`` (first occurrence order, no duplicates).

    Demonyms are not countries: "Syrian refugees in Turkey" is about Turkey (``TUR``), not Syria.
    ``words``: the words the document writes in lower case (default: those of ``text``)."""
    kinds = set(kinds)
    found: list[tuple[int, int, Tag]] = []
    # folded once for every kind searched (folding is a good part of the cost on long texts)
    folded = unaccented(text) if text else ""
    if "country" in kinds:
        found += _find(_countries()[1], text, words=words, context=True, folded=folded)
    if "region" in kinds:
        found += _find(_regions(), text, folded=folded)
    if "theme" in kinds:
        found += _find(_themes(), text, case_aware=False, folded=folded)
    found.sort(key=lambda x: (x[0], -x[1]))
    return _unique(t for _, _, t in found)


def country_tag(name: str) -> Tag | None:
    """The country a name (or alias) designates exactly ("Somalia", "Gambia, the", "Viet Nam")."""
    if not name:
        return None
    key = _key(name).strip(" .:*")
    key = _NOTE_MARKS_AFTER.sub("", key)  # footnote markers after a row label
    return _countries()[1].lookup.get(key)


#: The tag kinds that are places (a heading names a country or a region).
PLACES = ("country", "region")


@lru_cache(maxsize=8192)
def named_places(text: str) -> tuple[Tag, ...]:
    """Countries and regions a heading or a table title names ("East and Horn of Africa: funding
    requirements (USD)" -> the region; "Somalia" -> the country)."""
    if not (text or "").strip():
        return ()
    exact = country_tag(text)
    found = ([exact] if exact is not None else []) + tag_text(text, kinds=PLACES)
    return tuple(_unique(found))


def find_country(name_or_code: str) -> Tag | None:
    """A country from an ISO alpha-3 (or alpha-2) code or a name; None when unknown."""
    if not name_or_code:
        return None
    text = name_or_code.strip()
    by_code, matcher, alpha2 = _countries()
    if len(text) == 3 and text.isalpha() and text.upper() in by_code:
        return by_code[text.upper()]
    if len(text) == 2 and text.isalpha() and text.upper() in alpha2 and text.isupper():
        return by_code[alpha2[text.upper()]]
    tag = country_tag(text)
    if tag is not None:
        return tag
    found = _find(matcher, text, case_aware=False)
    if len(found) == 1 and found[0][1] - found[0][0] >= 0.6 * len(text):
        return found[0][2]
    return None


def country_by_code(code: str) -> Tag | None:
    return _countries()[0].get((code or "").upper())


def country_names() -> list[str]:
    """The name of every country as tags show it (for completers), sorted."""
    return sorted({tag.name for tag in known_tags("country")})


def known_tags(kind: str) -> list[Tag]:
    """Every country, region or theme a tag can name, in the catalogue's order (for completers)."""
    if kind == "country":
        return list(_countries()[0].values())
    if kind == "region":
        return [Tag("region", r.code, r.name) for r in REGIONS]
    if kind == "theme":
        return [Tag("theme", t.code, t.name) for t in THEMES]
    raise ValueError(f"unknown kind of tag: {kind!r}")


def country_suggestions(text: str, limit: int = 3, lang: str | None = None) -> list[str]:
    """Names of countries close to ``text`` (for "unknown country" messages), named in ``lang``; the
    English names and those of ``lang`` are both compared."""
    import difflib

    names: dict[str, str] = {}
    for tag in _countries()[0].values():
        shown = local_name(tag, lang)
        names[fold(tag.name)] = shown
        names.setdefault(fold(shown), shown)
    close = difflib.get_close_matches(fold(text), list(names), n=3 * limit, cutoff=0.6)
    return list(dict.fromkeys(names[k] for k in close))[:limit]


def find_region(name_or_code: str) -> Tag | None:
    """A region from its slug or its name (or alias); None when unknown."""
    if not name_or_code:
        return None
    text = name_or_code.strip()
    for r in REGIONS:
        if text.lower() == r.code or _key(text) in {_key(n) for n in (r.name, *r.aliases)}:
            return Tag("region", r.code, r.name)
    found = _find(_regions(), text, case_aware=False)
    return found[0][2] if found else None


def find_theme(name_or_code: str) -> Tag | None:
    """A theme from its code, its label ("Objective 2", "Principle 1": MiGOF) or its name."""
    if not name_or_code:
        return None
    text = name_or_code.strip()
    key = _key(text)
    for t, labels, phrases in _theme_keys():
        if text.lower() == t.code or key in labels or key in phrases:
            return Tag("theme", t.code, t.name)
    found = _find(_themes(), text, case_aware=False)
    return found[0][2] if found else None


@lru_cache(maxsize=1)
def _theme_keys() -> tuple[tuple[Theme, frozenset[str], frozenset[str]], ...]:
    """Each theme with the keys of its labels and of its phrases (made once: every table row label
    that names nothing else is looked up)."""
    out = []
    for t in THEMES:
        labels = frozenset({_key(t.label), *(_key(x) for x in translated_labels(t.label))})
        phrases = (t.name, t.title, *t.phrases, *_THEME_PHRASES.get(t.code, ()))
        out.append((t, labels, frozenset(_key(p) for p in phrases)))
    return tuple(out)


#: "Objective 2" as French and Spanish documents print it.
_LABEL_WORDS = {"Objective": ("Objectif", "Objetivo"), "Principle": ("Principe", "Principio")}


def translated_labels(label: str) -> list[str]:
    """French and Spanish forms of a theme label: "Objective 2" -> "Objectif 2", "Objetivo 2"."""
    out = []
    for english, others in _LABEL_WORDS.items():
        if english in label:
            out += [label.replace(english, other) for other in others]
    return out


#: Region names as IOM's French and Spanish publications print them (one of each region's aliases).
_REGION_LOCAL: dict[str, dict[str, str]] = {
    "fr": {"east-and-horn-of-africa": "Afrique de l'Est et Corne de l'Afrique",
           "west-and-central-africa": "Afrique de l'Ouest et du Centre",
           "southern-africa": "Afrique australe",
           "central-and-north-america-and-the-caribbean": "Amérique centrale et du Nord et Caraïbes",
           "south-america": "Amérique du Sud",
           "asia-and-the-pacific": "Asie et Pacifique",
           "european-economic-area": "Espace économique européen",
           "middle-east-and-north-africa": "Moyen-Orient et Afrique du Nord",
           "south-eastern-europe-eastern-europe-and-central-asia":
               "Europe du Sud-Est, Europe orientale et Asie centrale"},
    "es": {"east-and-horn-of-africa": "África Oriental y el Cuerno de África",
           "west-and-central-africa": "África Occidental y Central",
           "southern-africa": "África Austral",
           "central-and-north-america-and-the-caribbean": "Centroamérica, Norteamérica y el Caribe",
           "south-america": "América del Sur",
           "asia-and-the-pacific": "Asia y el Pacífico",
           "european-economic-area": "Espacio Económico Europeo",
           "middle-east-and-north-africa": "Oriente Medio y Norte de África",
           "south-eastern-europe-eastern-europe-and-central-asia":
               "Europa Sudoriental, Europa Oriental y Asia Central"},
}

#: The part after the comma of an inverted ISO name that reads before the rest when put back in
#: running order ("Salomon, Îles" -> "Îles Salomon", "Russie, Fédération de" -> "Fédération de Russie").
_INVERTED_TAIL = re.compile(r"^(?:[ÎI]les?|Islas?|.* (?:de|du|des|de la|del|de los|de las))$")


def local_name(tag: Tag, lang: str | None) -> str:
    """The tag's name in a pack's language: ISO country names from pycountry's French and Spanish
    catalogues in running order ("République démocratique du Congo", "Haití"), IOM's region names,
    translated theme labels and MiGOF titles. English, or no known form, gives ``tag.name``."""
    if not lang or lang == "en" or lang not in LANGUAGES:
        return tag.name
    if tag.kind == "country":
        return _local_country_name(tag.code, lang) or tag.name
    if tag.kind == "region":
        return _REGION_LOCAL.get(lang, {}).get(tag.code, tag.name)
    if tag.kind == "theme":
        theme = next((t for t in THEMES if t.code == tag.code), None)
        if theme is None:
            return tag.name
        index = LANGUAGES.index(lang)
        labels = translated_labels(theme.label)
        titles = _THEME_PHRASES.get(theme.code, ())
        if len(labels) > index and len(titles) > index:
            return f"{labels[index]}{' :' if lang == 'fr' else ':'} {titles[index]}"
    return tag.name


#: Where the UN's French or Spanish short name (UNTERM) differs from pycountry's catalogue (as _DISPLAY does
#: for English): a UN agency's pack names Myanmar "Myanmar" in every language, never "Birmanie".
_LOCAL_DISPLAY = {
    "fr": {"KOR": "République de Corée", "MMR": "Myanmar", "TUR": "Türkiye", "TLS": "Timor-Leste",
           "LAO": "République démocratique populaire lao", "SYR": "République arabe syrienne",
           "IRN": "Iran (République islamique d')", "VEN": "Venezuela (République bolivarienne du)",
           "BOL": "Bolivie (État plurinational de)", "VNM": "Viet Nam", "CPV": "Cabo Verde",
           "SLV": "El Salvador", "IRQ": "Iraq", "NGA": "Nigéria", "COG": "Congo",
           "PRK": "République populaire démocratique de Corée", "FSM": "Micronésie (États fédérés de)",
           "TZA": "République-Unie de Tanzanie", "GNQ": "Guinée équatoriale", "VAT": "Saint-Siège",
           "KNA": "Saint-Kitts-et-Nevis", "SUR": "Suriname"},
    "es": {"KOR": "República de Corea", "CIV": "Côte d'Ivoire", "MMR": "Myanmar", "TUR": "Türkiye",
           "TLS": "Timor-Leste", "LAO": "República Democrática Popular Lao", "SYR": "República Árabe Siria",
           "IRN": "Irán (República Islámica del)", "VEN": "Venezuela (República Bolivariana de)",
           "BOL": "Bolivia (Estado Plurinacional de)", "VNM": "Viet Nam", "IRQ": "Iraq", "BGD": "Bangladesh",
           "MDA": "República de Moldova", "RUS": "Federación de Rusia", "TZA": "República Unida de Tanzanía",
           "FSM": "Micronesia (Estados Federados de)", "SWZ": "Eswatini", "VAT": "Santa Sede",
           "KEN": "Kenya", "RWA": "Rwanda", "MWI": "Malawi", "DJI": "Djibouti", "BEN": "Benin",
           "BFA": "Burkina Faso", "GNB": "Guinea-Bissau", "BWA": "Botswana", "LSO": "Lesotho",
           "ZWE": "Zimbabwe", "COM": "Comoras", "MDV": "Maldivas", "FJI": "Fiji", "PNG": "Papua Nueva Guinea",
           "SAU": "Arabia Saudita", "QAT": "Qatar", "BHR": "Bahrein", "TUN": "Túnez", "KAZ": "Kazajstán",
           "BLR": "Belarús", "BTN": "Bhután", "PLW": "Palau", "SUR": "Suriname"},
}


@lru_cache(maxsize=None)
def _local_country_name(code: str, lang: str) -> str | None:
    import pycountry

    if code in _LOCAL_DISPLAY.get(lang, {}):
        return _LOCAL_DISPLAY[lang][code]

    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return None
    catalogue = _catalogue(lang)
    if catalogue is None:
        return None
    display = _countries()[0][code].name
    forms = [catalogue.gettext(x) for x in (display, getattr(country, "common_name", None), country.name) if x]
    forms = [f for f in forms if f and f != display] or [display]
    for form in forms:
        if "," not in form:
            return form
    head, _, tail = forms[0].rpartition(", ")
    if head and "," not in head and _INVERTED_TAIL.match(tail):
        return f"{tail} {head}"
    return forms[0]


def region_of(country_code: str) -> Tag | None:
    """The IOM region whose table lists this country in Migration Initiatives 2017, if any."""
    for r in REGIONS:
        if country_code in REGION_COUNTRIES.get(r.code, ()):
            return Tag("region", r.code, r.name)
    return None


# --------------------------------------------------------------------------------------- documents

#: How much of a section's text may name its themes (they are also mentioned in passing later on).
THEME_TEXT_CHARS = 300


def section_tags(title: str, text: str, words: set[str] | None = None) -> list[Tag]:
    """A section's own tags: countries and regions named in its title or text; themes named in its
    title or at the start of its text. A title that is exactly a country name ("Congo", "Gambia, the")
    is that country.

    ``words``: the words the document writes in lower case (default: those of the title and text)."""
    if words is None:
        words = lower_words(f"{title or ''}\n{text or ''}")
    exact = country_tag(title or "") or _label_head(title or "")
    tags = [exact] if exact is not None else []
    tags += tag_text(title or "", words=words)
    tags += tag_text(text or "", kinds=("country", "region"), words=words)
    tags += tag_text((text or "")[:THEME_TEXT_CHARS], kinds=("theme",))
    return _unique(tags)


def row_label(table, row: int) -> str:
    """The label of a table row: its first non-empty cell that is not a number."""
    return _row_label_at(table, row)[0]


def _cell_texts(table) -> Callable[[int, int], str]:
    """``text(row, col)``: the text of the cell anchored at (row, col), else of the first cell covering
    it (``Table.anchor``, then ``Table.cell_at``), stripped. The positions are indexed once: the row
    tags read every cell of a table, and each of those lookups scanned all its cells."""
    anchors: dict[tuple[int, int], Any] = {}
    covering: dict[tuple[int, int], Any] = {}
    for cell in table.cells:
        anchors.setdefault((cell.row, cell.col), cell)
        for r in range(cell.row, cell.row + cell.row_span):
            for c in range(cell.col, cell.col + cell.col_span):
                covering.setdefault((r, c), cell)

    def text(row: int, col: int) -> str:
        cell = anchors.get((row, col))
        if cell is None:
            cell = covering.get((row, col))
        return cell.text.strip() if cell is not None and cell.text else ""

    return text


def _row_label_at(table, row: int, text: Callable[[int, int], str] | None = None) -> tuple[str, int | None]:
    """(label, its column) of a table row (see :func:`row_label`); ``text``: the table's
    :func:`_cell_texts` when the caller has it."""
    from app.document.numbers import parse_number

    text_at = text or _cell_texts(table)
    for col in range(table.n_cols):
        text = text_at(row, col)
        if not text:
            continue
        if parse_number(text) is not None and not any(ch.isalpha() for ch in text):
            continue
        return text, col
    return "", None


#: a word in capitals (a surname as lists of people print it: "MENA", "DUPONT", "N'DIAYE")
_CAPS_WORD = re.compile(r"^[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'’-]+$")
#: a word in lower case after its capital (a given name: "Ahmed", "Marie-Claire")
_TITLE_WORD = re.compile(r"^[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’]+(?:-[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’]+)?$")


def _given_names(text: str) -> bool:
    """One or two given names ("Ahmed", "Marie Claire"), none of them a place's first word."""
    words = text.split()
    return 1 <= len(words) <= 2 and all(_TITLE_WORD.match(w) and not _is_place_word(w) for w in words)


def _person_name(table, row: int, col: int, text: Callable[[int, int], str]) -> bool:
    """Is the cell a person's surname written in capitals, with the given names in the cell ("Ahmed
    MENA", "MENA Ahmed") or in the cell beside it ("MENA" | "Ahmed")? ``text``: :func:`_cell_texts`."""
    words = text(row, col).split()
    caps = [w for w in words if _CAPS_WORD.match(w)]
    if not caps or len(caps) > 2:
        return False
    rest = " ".join(w for w in words if not _CAPS_WORD.match(w))
    if rest:
        return _given_names(rest)
    return any(0 <= c < table.n_cols and _given_names(text(row, c)) for c in (col - 1, col + 1))


def _names_columns(table, text: Callable[[int, int], str] | None = None) -> set[int]:
    """Columns of persons' names: more than half of their filled body cells (three at least) are a
    surname in capitals naming no place, with given names beside it (:func:`_person_name`), and at
    most one cell in ten (one at least) has capitals that name a place. A column of region codes
    beside their offices' cities ("MENA" | "Cairo", "EEA" | "Brussels", "SEEECA" | "Vienna") has
    several places."""
    text = text or _cell_texts(table)
    out = set()
    totals = set(table.total_rows)
    rows = [r for r in range(table.header_rows, table.n_rows) if r not in totals]
    for col in range(table.n_cols):
        filled = [r for r in rows if text(r, col)]
        if len(filled) < 3:
            continue
        persons = places = 0
        need, most = len(filled) / 2, max(1, len(filled) // 10)
        for k, r in enumerate(filled):
            if persons + len(filled) - k <= need or places > most:
                break  # (settled: too few cells left to make it a column of names, or too many places)
            caps = " ".join(w for w in text(r, col).split() if _CAPS_WORD.match(w))
            if caps and tag_text(caps, kinds=PLACES):
                places += 1
            elif _person_name(table, r, col, text):
                persons += 1
        if persons > need and places <= most:
            out.add(col)
    return out


def _without_capital_words(label: str) -> str:
    """The label with its words in capitals removed (what is left of "Ahmed MENA" once the surname
    is set aside)."""
    return " ".join(w for w in label.split() if not _CAPS_WORD.match(w))


def _label_head(label: str) -> Tag | None:
    """The country a label starts with, before a comma: "Maurice, couvrant les Seychelles et l'Union
    des Comores" is Mauritius first (a name too ambiguous for running text counts when it leads a
    label, as a whole label would)."""
    head, sep, _ = (label or "").partition(",")
    return country_tag(head) if sep else None


def row_tags(label: str) -> list[Tag]:
    """Tags carried by a table row label ("Somalia", "Gambia, the", "United Republic of Tanzania")."""
    if not label:
        return []
    exact = country_tag(label)
    if exact is not None:
        return [exact]
    head = _label_head(label)
    tags = _unique(([head] if head is not None else []) + tag_text(label))
    if not tags:
        theme = find_theme(label)
        if theme is not None:
            tags = [theme]
    return tags


def document_words(data: "DocumentData") -> set[str]:
    """The words the document writes in lower case, in its section titles and texts (what tells "turkey"
    the bird from Turkey, see :func:`lower_words`)."""
    # all the texts at once: a word never runs across a line break, and each distinct word of the
    # document is tested once (each section's were, many of them in every section)
    texts = []
    for section in data.all_sections():
        texts.append(section.title or "")
        texts.append(section.text or "")
    return lower_words("\n".join(texts))


class _WordsWhenAsked:
    """:func:`document_words` of a document, worked out the first time a word is looked up: only a
    country that is also a given name followed by a capitalised word ("Jordan Misja") asks, which few
    documents print, while collecting the words of a long document's texts costs about a fifth of its
    tagging. Tagging changes no title or text, so the words are those of the document as tagging
    starts."""

    __slots__ = ("_data", "_words")

    def __init__(self, data: "DocumentData") -> None:
        self._data = data
        self._words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = document_words(self._data)
        return word in self._words


#: Note marks after a row label ("Somalia*", "Kenya (a)", "Chad [12]").
_NOTE_TAIL = re.compile(r"[\s\*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+$|\s*\(\w\)$|\s*\[\w{1,3}\]$")


@lru_cache(maxsize=8192)
def label_country(text: str) -> Tag | None:
    """The country a first-column row label is, by name or ISO code ("SOM", "Kenya (a)"); None for
    labels with figures, long labels and short lower-case words."""
    label = _NOTE_TAIL.sub("", text or "").strip(" .:")
    if not label or len(label) > 60 or any(ch.isdigit() for ch in label):
        return None
    return find_country(label) if len(label) > 3 or label.isupper() else None


def tag_rows(table) -> dict[int, list[Tag]]:
    """The tags of a table's body rows, from their labels (:func:`row_tags` of :func:`row_label`); a row
    whose label names nothing is still a country's when its first cell is that country's name or ISO
    code (:func:`label_country`; not for total rows). In a column of persons' names
    (:func:`_names_columns`) the words in capitals are surnames and tag nothing ("MENA" is a surname
    as well as the Middle East and North Africa)."""
    tags: dict[int, list[Tag]] = {}
    labels = {c.row: c for c in table.cells if c.col == 0}
    totals = set(table.total_rows)
    text = _cell_texts(table)
    names = _names_columns(table, text)
    for r in range(table.header_rows, table.n_rows):
        label, col = _row_label_at(table, r, text)
        if col in names:
            # a column of people's names: a word in capitals there is a surname ("MENA", "JORDAN"),
            # not the place it also spells
            label = _without_capital_words(label)
            if not label:
                continue
        found = row_tags(label)
        if not found and r in labels and r not in totals and 0 not in names:
            country = label_country(labels[r].text)
            found = [country] if country is not None else []
        if found:
            tags[r] = found
    return tags


def table_row_tags(table) -> dict[int, list[Tag]]:
    """The tags of a table's body rows as the tagging pass gave them (``table.row_tags``, corrections
    included); for a table the pass never saw (made by hand, or from a document tagged before it had
    this table), the same rule (:func:`tag_rows`) applied now."""
    if table.row_tags:
        return {r: list(t) for r, t in table.row_tags.items() if r >= table.header_rows}
    return tag_rows(table)


def tag_document(data: "DocumentData") -> None:
    """The tagging pass: tag every section (own tags from title and text; the level-0 document root from
    its title only) and every table row (from its label). Run once, at extraction (or for a document
    saved before extraction tagged); packs (:mod:`app.packs.selection`) use its result."""
    words = _WordsWhenAsked(data)
    for section in data.all_sections():
        if section.level <= 0:
            # The document itself (the root section): what its title names applies to every section
            # (inherited when packs filter: a "Myanmar Crisis Response Plan" is about Myanmar); its
            # text (front matter) does not.
            section.tags = tag_text(section.title, words=words)
        else:
            section.tags = section_tags(section.title, section.text, words)
    for table in data.tables:
        table.row_tags = tag_rows(table)


def ensure_tagged(data: "DocumentData") -> None:
    """Run :func:`tag_document` on a document that carries no tag at all (saved by a version that did not
    tag at extraction); a tagged document is left as it is (its tags may have been corrected)."""
    if not (any(s.tags for s in data.all_sections()) or any(t.row_tags for t in data.tables)):
        tag_document(data)

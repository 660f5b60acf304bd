"""The words a briefing pack is written in: every label, note and heading the pack and the built-in
exporters write themselves, in English, French and Spanish, with dates, numbers and plural forms.

One home for these strings (the interface has Qt's own translation files). Text that comes from a
source document — titles, table cells, section text — never passes through here.

``tr("fr", "page_of", page=2, total=9)`` -> "Page 2 sur 9"; ``count("fr", 2, "table")`` -> "2 tableaux";
``format_number(1234567.5, 1, "fr")`` -> "1 234 567,5" (narrow no-break spaces);
``format_date("2026-12-03", "es")`` -> "3 de diciembre de 2026".
"""

from __future__ import annotations

import datetime as _dt
from typing import Iterable

LANGUAGES = ("en", "fr", "es")
DEFAULT = "en"
#: Each language named in itself (for option lists).
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}

NNBSP = "\u202f"  # narrow no-break space: French thousands separator and space before "%"

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
}

#: (thousands separator, decimal mark, text between a number and "%").
_NUMBERS = {"en": (",", ".", ""), "fr": (NNBSP, ",", NNBSP), "es": (".", ",", NNBSP)}

#: Counted nouns: (singular, plural).
_NOUNS = {
    "en": {"table": ("table", "tables"), "section": ("section", "sections"),
           "paragraph": ("paragraph", "paragraphs"), "document": ("document", "documents"),
           "row": ("row", "rows")},
    "fr": {"table": ("tableau", "tableaux"), "section": ("section", "sections"),
           "paragraph": ("paragraphe", "paragraphes"), "document": ("document", "documents"),
           "row": ("ligne", "lignes")},
    "es": {"table": ("tabla", "tablas"), "section": ("sección", "secciones"),
           "paragraph": ("párrafo", "párrafos"), "document": ("documento", "documentos"),
           "row": ("fila", "filas")},
}

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        # cover and page furniture
        "prepared_for": "Prepared for {audience}",
        "prepared_for_label": "Prepared for", "file_label": "File", "pages_used_label": "Pages used",
        "date": "Date", "prepared_by": "Prepared by", "subject": "Subject", "selection": "Selection",
        "sources": "Sources", "notes": "Notes", "organisation": "Organisation",
        "page_of": "Page {page} of {total}", "page": "Page {page}",
        "made_with": "Made with Briefing Builder",
        "contents": "Contents", "key_figures": "Key figures", "untitled": "Untitled", "table": "Table",
        "briefing_for": "Briefing for {audience}", "briefing_pack": "Briefing pack", "named_pack": "{name}: briefing pack",
        "empty_pack": "This pack is empty: nothing matches its filters.",
        # source lines and notes
        "source_line": "Source: {source}.", "source_label": "Source: {source}",
        "file": "File: {name}", "pages_used": "Pages used: {pages}",
        "table_at": "Table “{title}”, {pages}", "table_item": "Table: {title}", "quoted": "“{text}”",
        "whole_selection": "Whole selection",
        "corrected": "Figures are the corrected values recorded in the Briefing Builder project.",
        "recomputed_rows": "Rows marked “{label}” are recomputed from the rows shown.",
        "recomputed_table": "“{label}” is recomputed from the rows shown, not copied from the source.",
        "recomputed_comment": "Recomputed from the selected rows above; not copied from the source's total row.",
        "landscape": "Printed on a landscape page to fit its columns.",
        "footnote": "Footnote {note} in the source.",
        "selected_rows": "Selected rows: {labels}.",
        "not_summed": "{columns}: not added up in the total of the selected rows; the source's own total is not the sum of its rows (people counted once, or a rate).",
        "mixed_currencies": "The amounts are in different currencies ({currencies}): they are not added up.",
        "theme_columns": "Columns of the chosen theme only: {columns}.",
        "continued": "The table runs over {count} pages in the source; its parts are joined here.",
        "paragraphs_kept": "{kept} of {total}: those that name the selection.",
        "table_on_page": "Table on page {page}",
        "total_of_selected": "Total of selected rows",
        # key figures and chart
        "total_requirements": "Total funding requirements",
        "total_requirements_of": "Total funding requirements: {document}",
        "people_targeted": "People targeted",
        "people": "People",
        "note_printed_total": "As printed in the source's total row.",
        "note_sum_rows": "Sum of the selected rows (source total rows are not counted).",
        "note_mixed": "Printed totals of the tables shown whole, plus the selected rows of the others.",
        "note_printed_row_totals": "As printed in the Total column of the selected rows.",
        "note_mixed_columns": "As printed in the source where it gives the figure (total rows, Total columns), "
                              "plus the selected rows of the others.",
        "note_repeated": "{document} prints the same figures as {original} (another edition): counted once.",
        "note_people": "As printed in the source (people are not added up across sectors).",
        "chart_by_objective": "Requirements by objective",
        "chart_by_sector": "Requirements by objective / sector",
        "basis_columns": "Sum of the selected rows of the funding tables, per objective column "
                         "(rows without a figure count as zero).",
        "basis_rows": "Funding required per objective or sector, from the selected rows of the funding tables.",
        "all_other": "All other ({n})",
        "thousand": "K", "million": "M", "billion": "B",
        # selection in words
        "labelled": "{label}: {value}",
        "sel_countries": "Countries", "sel_regions": "Regions", "sel_themes": "Themes",
        "sel_sections": "Sections", "sel_keywords": "Keywords", "sel_columns": "Columns",
        "whole_document": "Whole document",
        # workbook
        "sheet_pack": "Pack", "sheet_sections": "Sections", "sheet_sources": "Sources", "sheet_table": "Table",
        "figure": "Figure", "value": "Value", "unit": "Unit", "source": "Source", "category": "Category",
        "requirements": "Requirements", "document": "Document", "title": "Title", "level": "Level",
        "pages": "Pages", "tags": "Tags", "text": "Text", "sha256": "SHA-256", "item": "Item",
        "sheet": "Sheet", "iso_code": "ISO 3166 code", "column": "Column {n}",
        # stub columns
        "stub_country": "Country", "stub_region": "Region", "stub_sector": "Sector",
        "stub_objective": "Objective", "stub_population": "Population group", "stub_item": "Item",
    },
    "fr": {
        "prepared_for": "Préparé pour {audience}",
        "prepared_for_label": "Préparé pour", "file_label": "Fichier", "pages_used_label": "Pages utilisées",
        "date": "Date", "prepared_by": "Préparé par", "subject": "Objet", "selection": "Sélection",
        "sources": "Sources", "notes": "Notes", "organisation": "Organisation",
        "page_of": "Page {page} sur {total}", "page": "Page {page}",
        "made_with": "Réalisé avec Briefing Builder",
        "contents": "Sommaire", "key_figures": "Chiffres clés", "untitled": "Sans titre", "table": "Tableau",
        "briefing_for": "Note d’information pour {audience}", "briefing_pack": "Dossier d’information", "named_pack": "{name} : dossier d’information",
        "empty_pack": "Ce dossier est vide : rien ne correspond à ses filtres.",
        "source_line": "Source : {source}.", "source_label": "Source : {source}",
        "file": "Fichier : {name}", "pages_used": "Pages utilisées : {pages}",
        "table_at": "Tableau « {title} », {pages}", "table_item": "Tableau : {title}", "quoted": "« {text} »",
        "whole_selection": "Toute la sélection",
        "corrected": "Les chiffres sont les valeurs corrigées enregistrées dans le projet Briefing Builder.",
        "recomputed_rows": "Les lignes « {label} » sont recalculées à partir des lignes affichées.",
        "recomputed_table": "« {label} » est recalculé à partir des lignes affichées, et non repris de la source.",
        "recomputed_comment": "Recalculé à partir des lignes sélectionnées ci-dessus ; "
                              "non repris de la ligne de total de la source.",
        "landscape": "Imprimé sur une page à l’italienne pour loger ses colonnes.",
        "footnote": "Note {note} dans la source.",
        "selected_rows": "Lignes retenues : {labels}.",
        "not_summed": "{columns} : non additionné dans le total des lignes retenues ; le total de la source n'est pas la somme de ses lignes (personnes comptées une fois, ou taux).",
        "mixed_currencies": "Les montants sont en différentes devises ({currencies}) : ils ne sont pas additionnés.",
        "theme_columns": "Colonnes du thème choisi seulement : {columns}.",
        "continued": "Le tableau s’étend sur {count} pages dans la source ; ses parties sont réunies ici.",
        "paragraphs_kept": "{kept} sur {total} : ceux qui nomment la sélection.",
        "table_on_page": "Tableau de la page {page}",
        "total_of_selected": "Total des lignes retenues",
        "total_requirements": "Besoins de financement totaux",
        "total_requirements_of": "Besoins de financement totaux : {document}",
        "people_targeted": "Personnes ciblées",
        "people": "Personnes",
        "note_printed_total": "Tel qu’imprimé dans la ligne de total de la source.",
        "note_sum_rows": "Somme des lignes retenues (les lignes de total de la source ne sont pas comptées).",
        "note_mixed": "Totaux imprimés des tableaux repris en entier, plus les lignes retenues des autres.",
        "note_printed_row_totals": "Tel qu’imprimé dans la colonne Total des lignes retenues.",
        "note_mixed_columns": "Tel qu’imprimé dans la source là où elle donne le chiffre (lignes et "
                              "colonnes de total), plus les lignes retenues des autres.",
        "note_repeated": "{document} imprime les mêmes chiffres que {original} (une autre édition) : comptés une fois.",
        "note_people": "Tel qu’imprimé dans la source (les personnes ne sont pas additionnées d’un secteur à l’autre).",
        "chart_by_objective": "Besoins par objectif",
        "chart_by_sector": "Besoins par objectif / secteur",
        "basis_columns": "Somme des lignes retenues des tableaux de financement, par colonne d’objectif "
                         "(une ligne sans chiffre compte pour zéro).",
        "basis_rows": "Financement requis par objectif ou secteur, d’après les lignes retenues des tableaux "
                      "de financement.",
        "all_other": "Tous les autres ({n})",
        "thousand": "k", "million": "M", "billion": "Md",
        "labelled": "{label} : {value}",
        "sel_countries": "Pays", "sel_regions": "Régions", "sel_themes": "Thèmes",
        "sel_sections": "Sections", "sel_keywords": "Mots-clés", "sel_columns": "Colonnes",
        "whole_document": "Document entier",
        "sheet_pack": "Dossier", "sheet_sections": "Sections", "sheet_sources": "Sources", "sheet_table": "Tableau",
        "figure": "Chiffre", "value": "Valeur", "unit": "Unité", "source": "Source", "category": "Catégorie",
        "requirements": "Besoins", "document": "Document", "title": "Titre", "level": "Niveau",
        "pages": "Pages", "tags": "Étiquettes", "text": "Texte", "sha256": "SHA-256", "item": "Élément",
        "sheet": "Feuille", "iso_code": "Code ISO 3166", "column": "Colonne {n}",
        "stub_country": "Pays", "stub_region": "Région", "stub_sector": "Secteur",
        "stub_objective": "Objectif", "stub_population": "Groupe de population", "stub_item": "Élément",
    },
    "es": {
        "prepared_for": "Preparado para {audience}",
        "prepared_for_label": "Preparado para", "file_label": "Archivo", "pages_used_label": "Páginas usadas",
        "date": "Fecha", "prepared_by": "Preparado por", "subject": "Asunto", "selection": "Selección",
        "sources": "Fuentes", "notes": "Notas", "organisation": "Organización",
        "page_of": "Página {page} de {total}", "page": "Página {page}",
        "made_with": "Hecho con Briefing Builder",
        "contents": "Índice", "key_figures": "Cifras clave", "untitled": "Sin título", "table": "Tabla",
        "briefing_for": "Nota informativa para {audience}", "briefing_pack": "Dosier informativo", "named_pack": "{name}: dosier informativo",
        "empty_pack": "Este dosier está vacío: nada coincide con sus filtros.",
        "source_line": "Fuente: {source}.", "source_label": "Fuente: {source}",
        "file": "Archivo: {name}", "pages_used": "Páginas usadas: {pages}",
        "table_at": "Tabla «{title}», {pages}", "table_item": "Tabla: {title}", "quoted": "«{text}»",
        "whole_selection": "Toda la selección",
        "corrected": "Las cifras son los valores corregidos registrados en el proyecto de Briefing Builder.",
        "recomputed_rows": "Las filas «{label}» se recalculan a partir de las filas mostradas.",
        "recomputed_table": "«{label}» se recalcula a partir de las filas mostradas; no se copia de la fuente.",
        "recomputed_comment": "Recalculado a partir de las filas seleccionadas arriba; "
                              "no se copia de la fila de total de la fuente.",
        "landscape": "Impresa en una página horizontal para que quepan sus columnas.",
        "footnote": "Nota {note} en la fuente.",
        "selected_rows": "Filas seleccionadas: {labels}.",
        "not_summed": "{columns}: no se suma en el total de las filas seleccionadas; el total de la fuente no es la suma de sus filas (personas contadas una vez, o una tasa).",
        "mixed_currencies": "Los importes están en monedas distintas ({currencies}): no se suman.",
        "theme_columns": "Solo las columnas del tema elegido: {columns}.",
        "continued": "La tabla ocupa {count} páginas en la fuente; sus partes se unen aquí.",
        "paragraphs_kept": "{kept} de {total}: los que nombran la selección.",
        "table_on_page": "Tabla de la página {page}",
        "total_of_selected": "Total de las filas seleccionadas",
        "total_requirements": "Necesidades totales de financiación",
        "total_requirements_of": "Necesidades totales de financiación: {document}",
        "people_targeted": "Personas destinatarias",
        "people": "Personas",
        "note_printed_total": "Tal como figura en la fila de total de la fuente.",
        "note_sum_rows": "Suma de las filas seleccionadas (no se cuentan las filas de total de la fuente).",
        "note_mixed": "Totales impresos de las tablas completas, más las filas seleccionadas de las demás.",
        "note_printed_row_totals": "Tal como figura en la columna Total de las filas seleccionadas.",
        "note_mixed_columns": "Tal como figura en la fuente donde da la cifra (filas y columnas de total), "
                              "más las filas seleccionadas de las demás.",
        "note_repeated": "{document} imprime las mismas cifras que {original} (otra edición): se cuentan una vez.",
        "note_people": "Tal como figura en la fuente (las personas no se suman entre sectores).",
        "chart_by_objective": "Necesidades por objetivo",
        "chart_by_sector": "Necesidades por objetivo / sector",
        "basis_columns": "Suma de las filas seleccionadas de las tablas de financiación, por columna de objetivo "
                         "(las filas sin cifra cuentan como cero).",
        "basis_rows": "Financiación requerida por objetivo o sector, según las filas seleccionadas de las "
                      "tablas de financiación.",
        "all_other": "Todos los demás ({n})",
        "thousand": "mil", "million": "M", "billion": "mil M",
        "labelled": "{label}: {value}",
        "sel_countries": "Países", "sel_regions": "Regiones", "sel_themes": "Temas",
        "sel_sections": "Secciones", "sel_keywords": "Palabras clave", "sel_columns": "Columnas",
        "whole_document": "Documento completo",
        "sheet_pack": "Dosier", "sheet_sections": "Secciones", "sheet_sources": "Fuentes", "sheet_table": "Tabla",
        "figure": "Cifra", "value": "Valor", "unit": "Unidad", "source": "Fuente", "category": "Categoría",
        "requirements": "Necesidades", "document": "Documento", "title": "Título", "level": "Nivel",
        "pages": "Páginas", "tags": "Etiquetas", "text": "Texto", "sha256": "SHA-256", "item": "Elemento",
        "sheet": "Hoja", "iso_code": "Código ISO 3166", "column": "Columna {n}",
        "stub_country": "País", "stub_region": "Región", "stub_sector": "Sector",
        "stub_objective": "Objetivo", "stub_population": "Grupo de población", "stub_item": "Elemento",
    },
}

#: Page abbreviations: (one page, several pages).
_PAGES = {"en": ("p.", "pp."), "fr": ("p.", "p."), "es": ("pág.", "págs.")}


def language(code: str | None) -> str:
    """A supported language code from what a user or a file gives ("FR", "fr-CA", "", None -> "en")."""
    code = (code or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else DEFAULT


def tr(lang: str | None, key: str, **values) -> str:
    """The pack text ``key`` in ``lang`` with ``values`` filled in."""
    table = _TEXT[language(lang)]
    return table.get(key, _TEXT[DEFAULT][key]).format(**values)


def plural_index(lang: str | None, n: int | float) -> int:
    """0 for the singular, 1 for the plural: French counts 0 and 1 as singular ("0 tableau"), English
    and Spanish only 1 ("0 tables", "0 tablas")."""
    n = abs(n)
    if language(lang) == "fr":
        return 0 if n < 2 else 1
    return 0 if n == 1 else 1


def noun(lang: str | None, n: int | float, name: str) -> str:
    """The noun ``name`` ("table") in the form ``n`` calls for ("tableaux")."""
    return _NOUNS[language(lang)][name][plural_index(lang, n)]


def count(lang: str | None, n: int, name: str) -> str:
    """``n`` and the noun: "1 table", "2 tables"; "1 tableau", "2 tableaux"; "1 tabla", "2 tablas"."""
    return f"{format_number(n, 0, lang)} {noun(lang, n, name)}"


def format_number(value: int | float | None, decimals: int | None = None, lang: str | None = DEFAULT) -> str:
    """A number as the language writes it: "1,234,567.5" (en), "1 234 567,5" with narrow no-break
    spaces (fr), "1.234.567,5" (es). ``None`` is "-"."""
    if value is None:
        return "-"
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    text = f"{value:,.{decimals}f}"
    thousands, decimal, _ = _NUMBERS[language(lang)]
    if (thousands, decimal) == (",", "."):
        return text
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)


def format_percent(value: int | float, decimals: int | None = None, lang: str | None = DEFAULT) -> str:
    """"12.5%" (en), "12,5 %" (fr, es: a narrow no-break space before the sign)."""
    return format_number(value, decimals, lang) + _NUMBERS[language(lang)][2] + "%"


def compact_number(value: float, lang: str | None = DEFAULT) -> str:
    """Axis labels: "1.5M", "250K" (en); "1,5 M", "250 k" (fr); "1,5 M", "250 mil" (es)."""
    lang = language(lang)
    v = abs(value)
    sign = "-" if value < 0 else ""
    space = "" if lang == "en" else "\u00a0"
    for limit, key, decimals in ((1e9, "billion", 1), (1e6, "million", 1), (1e3, "thousand", 0)):
        if v >= limit:
            scaled = round(v / limit, decimals)
            shown = format_number(scaled, 0 if float(scaled).is_integer() else decimals, lang)
            return f"{sign}{shown}{space}{tr(lang, key)}"
    return format_number(value, 0, lang)


def format_date(iso: str, lang: str | None = DEFAULT) -> str:
    """"2026-12-03" -> "3 December 2026", "3 décembre 2026" ("1er" on the first), "3 de diciembre de
    2026"; other text is returned as it is; empty -> today."""
    if not iso:
        day = _dt.date.today()
    else:
        try:
            day = _dt.date.fromisoformat(iso.strip())
        except ValueError:
            return iso
    lang = language(lang)
    month = _MONTHS[lang][day.month - 1]
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def pages_label(pages: Iterable[int], lang: str | None = DEFAULT) -> str:
    """[3, 4, 5, 9] -> "pp. 3–5, 9" (en), "p. 3–5, 9" (fr), "págs. 3–5, 9" (es); [7] -> "p. 7"."""
    nums = sorted(set(int(p) for p in pages))
    if not nums:
        return ""
    ranges: list[str] = []
    start = prev = nums[0]
    for n in nums[1:] + [None]:  # type: ignore[list-item]
        if n is not None and n == prev + 1:
            prev = n
            continue
        ranges.append(f"{start}–{prev}" if prev != start else f"{start}")
        if n is not None:
            start = prev = n
    one, several = _PAGES[language(lang)]
    return f"{one if len(nums) == 1 else several} {', '.join(ranges)}"


def strings(lang: str | None) -> dict[str, str]:
    """Every catalogue text of ``lang`` (tests compare languages with it)."""
    return dict(_TEXT[language(lang)])


__all__ = ["DEFAULT", "LANGUAGES", "LANGUAGE_NAMES", "NNBSP", "compact_number", "count", "format_date",
           "format_number", "format_percent", "language", "noun", "pages_label", "plural_index", "strings",
           "tr"]

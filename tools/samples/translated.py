"""The French and Spanish samples: Migration Initiatives 2017 translated for the purpose.

* ``initiatives-migratoires-2017-sample.pdf`` (French): the West and Central Africa and Southern
  Africa funding tables of seed 001 (real figures, French number format: narrow no-break spaces in
  one table, plain spaces in the other, "30,7 %" shares), then "Objectif 2" and "Objectif 3"
  chapters -> region -> country sections (Côte d'Ivoire, Guinée, Sénégal, République démocratique du
  Congo ...), their text translated from seed 001;
* ``iniciativas-de-migracion-2017-sample.pdf`` (Spanish): the Central and North America and the
  Caribbean and South America tables ("1.234.567", "65,5 %"), then "Objetivo 2" and "Objetivo 3"
  chapters (Haití, México, República Dominicana, Perú ...).

The translations are ours (written for these samples, from the seed's English); the figures are the
seed's, as printed there. Same machinery and the same kind of truth as the English samples
(``build_samples.py``): the truth is built from the positions the layout produced and verified
against the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Frame, KeepTogether, NextPageTemplate, PageBreak, PageTemplate, Spacer

import appeals as B
import layout as L
import seedtext as S
from app.document.model import Tag

PAGE_W, PAGE_H = A4
MARGIN = 56.0
WIDTH = PAGE_W - 2 * MARGIN
NNBSP, NBSP = "\u202f", "\u00a0"


@dataclass
class FundingSpec:
    seed_region: str  # the region as the seed prints it (upper case)
    slug: str
    name: str  # the region as this language prints it
    thousands: str  # thousands separator of this table's figures
    labels: dict[str, str]  # the seed's row label -> the printed label
    intro: str = ""  # the sentence under the region heading, above the table
    look: L.TableStyleSpec = field(default_factory=L.TableStyleSpec)


@dataclass
class ChapterSpec:
    theme: str  # theme code (app/document/tags.py)
    title: str
    intro: list[str]
    region: str  # slug of the region section
    countries: list[tuple[str, list[str]]]  # (heading, paragraphs)


@dataclass
class LangSpec:
    code: str
    stem: str
    meta: dict
    running: str
    cover: list[tuple[str, str, float]]  # (text, font, size), from the top
    note: str  # footer line of every page
    foreword_title: str
    foreword: list[str]
    funding_title: str
    funding_lead: str
    table_title: str  # "{region} ..." title above a funding table
    columns: list[str]  # six framework labels
    captions: list[str]  # six framework captions
    total: str
    decimal: str
    percent_space: str
    funding: list[FundingSpec]
    shares: tuple[int, str, list[str]]  # (funding table index, title, three column headers)
    chapters: list[ChapterSpec]
    codes: dict[str, list[str]]  # printed country name -> ISO alpha-3 codes (the truth's tags)


def amount(value: int | None, sep: str) -> str:
    return "-" if value is None else f"{value:,}".replace(",", sep)


def plain(text: str) -> str:
    return text.replace(NNBSP, " ").replace(NBSP, " ")


def percent(value: float, spec: LangSpec) -> str:
    return f"{value:.1f}".replace(".", spec.decimal) + spec.percent_space + "%"


# ============================================================================================ French

FR_WCA = {
    "Regional initiatives": "Initiatives régionales", "Benin": "Bénin", "Burkina Faso": "Burkina Faso",
    "Cabo Verde": "Cabo Verde", "Cameroon": "Cameroun", "Central African Republic": "République centrafricaine",
    "Chad": "Tchad", "Côte d'Ivoire": "Côte d’Ivoire", "Gambia, the": "Gambie", "Ghana": "Ghana",
    "Guinea": "Guinée", "Guinea-Bissau": "Guinée-Bissau", "Liberia": "Libéria", "Mali": "Mali",
    "Mauritania": "Mauritanie", "Niger": "Niger", "Nigeria": "Nigéria", "Senegal": "Sénégal",
    "Sierra Leone": "Sierra Leone", "Togo": "Togo", "Total": "Total",
}
FR_SA = {
    "Regional initiatives": "Initiatives régionales", "Angola": "Angola", "Botswana": "Botswana",
    "Democratic Republic of the Congo": "République démocratique du Congo", "Lesotho": "Lesotho",
    "Madagascar": "Madagascar", "Malawi": "Malawi",
    "Mauritius, covering the Seychelles and the Union of the Comoros":
        "Maurice, couvrant les Seychelles et l’Union des Comores",
    "Mozambique": "Mozambique", "Namibia": "Namibie", "South Africa": "Afrique du Sud", "Zambia": "Zambie",
    "Zimbabwe": "Zimbabwe", "Total": "Total",
}
FR_CODES = {
    "Bénin": ["BEN"], "Burkina Faso": ["BFA"], "Cabo Verde": ["CPV"], "Cameroun": ["CMR"],
    "République centrafricaine": ["CAF"], "Tchad": ["TCD"], "Côte d’Ivoire": ["CIV"], "Gambie": ["GMB"],
    "Ghana": ["GHA"], "Guinée": ["GIN"], "Guinée-Bissau": ["GNB"], "Libéria": ["LBR"], "Mali": ["MLI"],
    "Mauritanie": ["MRT"], "Niger": ["NER"], "Nigéria": ["NGA"], "Sénégal": ["SEN"], "Sierra Leone": ["SLE"],
    "Togo": ["TGO"], "Angola": ["AGO"], "Botswana": ["BWA"], "République démocratique du Congo": ["COD"],
    "Lesotho": ["LSO"], "Madagascar": ["MDG"], "Malawi": ["MWI"],
    "Maurice, couvrant les Seychelles et l’Union des Comores": ["MUS", "SYC", "COM"],
    "Mozambique": ["MOZ"], "Namibie": ["NAM"], "Afrique du Sud": ["ZAF"], "Zambie": ["ZMB"], "Zimbabwe": ["ZWE"],
}

FR = LangSpec(
    code="fr",
    stem="initiatives-migratoires-2017-sample",
    meta=dict(title="Initiatives migratoires 2017 (document d’exemple)",
              author="Briefing Builder sample generator",
              subject="Document d’exemple en français, inspiré de Migration Initiatives 2017 (OIM), pour tester "
                      "le logiciel", creator=B.GENERATOR, keywords="OIM, migration, besoins de financement, exemple"),
    running="Initiatives migratoires 2017",
    cover=[("INITIATIVES", L.BOLD, 38), ("MIGRATOIRES 2017", L.BOLD, 38),
           ("Document d’exemple pour Briefing Builder", L.REGULAR, 13),
           ("Inspiré de Migration Initiatives 2017 (OIM) ; textes traduits de l’anglais pour les essais, montants "
            "de la publication originale.", L.ITALIC, 8.5)],
    note="Document d’exemple généré pour tester le logiciel ; ce n’est pas une publication de l’OIM",
    foreword_title="Avant-propos",
    foreword=[
        "La migration est aujourd’hui plus que jamais au centre de l’attention mondiale. Les arrivées massives "
        "par bateau en mer Égée et dans les Balkans occidentaux en 2015 et 2016 ont mis en lumière les "
        "conditions dangereuses auxquelles de nombreux migrants sont encore confrontés lorsqu’ils franchissent "
        "des frontières internationales. Les conflits et les catastrophes naturelles, comme le passage "
        "dévastateur de l’ouragan Matthew en Haïti et dans d’autres pays des Caraïbes, contraignent encore de "
        "nombreuses personnes au déplacement interne.",
        "Dans ce contexte d’incertitude et d’instabilité, la première obligation de la communauté "
        "internationale est de sauver des vies et, au-delà, d’offrir une protection à tous les migrants et à "
        "toutes les personnes déplacées, quelles que soient les circonstances de leur voyage. Plus que jamais, "
        "nous avons besoin d’approches novatrices qui couvrent tout le continuum de l’aide humanitaire et de "
        "l’aide au développement, adaptées aux défis migratoires propres aux pays d’origine, de transit et de "
        "destination.",
    ],
    funding_title="Besoins de financement",
    funding_lead="Les tableaux de ce chapitre présentent les besoins de financement pour 2017 de deux régions, "
                 "par pays et par principe et objectif du Cadre de gouvernance des migrations (MiGOF), en dollars "
                 "des États-Unis (USD). Les montants sont ceux de la publication originale. Un tiret signifie "
                 "qu’aucun financement n’est demandé.",
    table_title="{region} : besoins de financement (USD)",
    columns=["Principe 1", "Principe 2", "Principe 3", "Objectif 1", "Objectif 2", "Objectif 3"],
    captions=[
        "Respecter les normes internationales et les droits des migrants",
        "Fonder les politiques sur des données et associer tout le gouvernement",
        "S’appuyer sur de solides partenariats",
        "Favoriser le bien-être économique et social des migrants et de la société",
        "Répondre aux aspects de mobilité des crises",
        "Des migrations sûres, ordonnées et dignes",
    ],
    total="Total",
    decimal=",",
    percent_space=NNBSP,
    funding=[
        FundingSpec("WEST AND CENTRAL AFRICA", "west-and-central-africa", "Afrique de l’Ouest et du Centre", NNBSP,
                    FR_WCA, f"En 2017, les besoins de la région s’élèvent à 490{NBSP}556{NBSP}044 dollars des "
                    f"États-Unis, dont 179{NBSP}326{NBSP}000 pour les initiatives régionales. Le Nigéria et le Niger "
                    "présentent les besoins nationaux les plus élevés."),
        FundingSpec("SOUTHERN AFRICA", "southern-africa", "Afrique australe", " ", FR_SA,
                    f"Les besoins de l’Afrique australe s’élèvent à 59{NBSP}953{NBSP}491 dollars des États-Unis ; "
                    "la République démocratique du Congo et l’Afrique du Sud présentent les besoins nationaux les "
                    "plus élevés.", L.TableStyleSpec(total_band=True)),
    ],
    shares=(0, "Afrique de l’Ouest et du Centre : répartition par principe et objectif (USD)",
            ["Principe ou objectif", "Montant (USD)", "Part du total"]),
    chapters=[
        ChapterSpec(
            "objective-2", "Objectif 2 : Apporter une réponse efficace aux aspects de mobilité des crises",
            ["En 2015, 60 millions de personnes ont été déplacées à la suite de catastrophes naturelles ou "
             "causées par l’homme ; un grand nombre de migrants forcés restent en situation de déplacement "
             "prolongé, y compris en milieu urbain. Les crises ont des effets durables sur les migrants et sur la "
             "société. C’est pourquoi la communauté internationale doit agir de concert pour prévenir les crises "
             "et s’y préparer, soutenir les migrants, les personnes déplacées et les communautés touchées "
             "conformément aux principes humanitaires, et promouvoir des solutions durables pour mettre fin aux "
             "déplacements."],
            "west-and-central-africa",
            [("Initiatives régionales", [
                "Faire face aux déplacements massifs de population dans la région est une priorité de l’OIM pour "
                "2017. Une initiative régionale a été conçue pour renforcer la résilience des communautés "
                "d’origine, de transit et d’accueil, en mettant l’accent sur l’emploi et la création de moyens de "
                "subsistance durables. Cette approche s’inscrit dans le Cadre opérationnel de l’OIM en cas de "
                "crise migratoire (MCOF), une stratégie globale qui aborde les crises à tous leurs stades et "
                "répond aux défis par des réponses régionales."]),
             ("Cameroun", [
                 "Depuis 2014, le Cameroun connaît une recrudescence des violences commises par le groupe Boko "
                 "Haram, qui a entraîné d’importants déplacements de personnes déplacées internes, de réfugiés et "
                 "de rapatriés dans l’Extrême-Nord du pays.",
                 "En 2017, l’OIM continuera de travailler avec le Gouvernement du Cameroun et les agences des "
                 "Nations Unies pour appuyer le retour volontaire des réfugiés nigérians, et fournira un soutien "
                 "psychosocial aux personnes déplacées internes et aux réfugiés hors camp dans le nord du pays."]),
             ("Tchad", [
                 "Les violences de Boko Haram se poursuivent dans le bassin du lac Tchad et font croître le nombre "
                 "de personnes déplacées au Tchad. Le nombre de personnes déplacées enregistrées dans la région "
                 f"du Lac est passé de 55{NBSP}461 en janvier 2016 à 71{NBSP}718 en juin 2016. En tant que "
                 "co-responsable du groupe sectoriel Abris, articles non alimentaires et CCCM, l’OIM contribuera à "
                 "l’enregistrement et au profilage des personnes déplacées au moyen de la Matrice de suivi des "
                 "déplacements (DTM)."]),
             ("Côte d’Ivoire", [
                 "Des projets de stabilisation communautaire et de promotion d’activités génératrices de revenus "
                 "seront encouragés et soutenus en 2017. Ces initiatives offriront des solutions de rechange à la "
                 "migration irrégulière tout en renforçant la cohésion sociale."]),
             ("Guinée", [
                 "Pendant l’épidémie de maladie à virus Ebola, l’OIM a soutenu la préparation et la riposte du "
                 "Gouvernement par des formations, la réhabilitation de structures sanitaires et la mise en place "
                 "de centres préfectoraux d’opérations d’urgence chargés de coordonner la riposte. En 2017, l’OIM "
                 "continuera d’appuyer la préparation aux situations d’urgence et la gestion sanitaire des "
                 "frontières, en renforçant la gestion des points d’entrée et la surveillance dans les "
                 "communautés frontalières."]),
             ("Sénégal", [
                 "L’OIM cherche à reproduire, le long des frontières sénégalaises, les initiatives de gestion des "
                 "crises menées avec succès en 2016. Elle prévoit de promouvoir des exercices de simulation "
                 "d’urgence dans une perspective régionale, en y associant le Mali et la Mauritanie. Ces exercices "
                 "se sont révélés la meilleure méthode pour préparer les gouvernements concernés à gérer "
                 "d’éventuelles crises migratoires à leurs frontières."])]),
        ChapterSpec(
            "objective-3",
            "Objectif 3 : Faire en sorte que les migrations se déroulent de façon sûre, ordonnée et digne",
            ["Pour que la migration soit sûre et ordonnée, il faut atténuer les risques liés aux déplacements de "
             "personnes. Cela suppose d’appliquer des mesures sanitaires transfrontalières efficaces et de "
             "renforcer les stratégies de santé publique afin de prévenir la propagation des maladies et de "
             "protéger la santé des migrants et de la société. Préserver l’intégrité des régimes de migration et "
             "de mobilité exige de pouvoir détecter la migration irrégulière et d’interdire les activités "
             "transfrontalières illégales."],
            "southern-africa",
            [("République démocratique du Congo", [
                "Pour lutter contre la traite des êtres humains en République démocratique du Congo, l’OIM "
                "appuiera les efforts du Gouvernement visant à protéger les victimes de la traite en mettant en "
                "place un cadre législatif conforme aux normes internationales. Ses programmes de lutte contre la "
                "traite en 2017 reposeront sur l’approche des quatre P : prévention, protection, poursuites et "
                "partenariats.",
                "L’OIM soutiendra des activités génératrices de revenus pour d’anciennes personnes déplacées "
                "internes dans l’est de la République démocratique du Congo. Les rapatriés vulnérables "
                "bénéficieront de moyens de subsistance durables grâce à la formation professionnelle et à des "
                "subventions."]),
             ("Madagascar", [
                 "Dans le cadre du Fonds pour la consolidation de la paix des Nations Unies, et en coordination "
                 "avec les agences partenaires des Nations Unies à Madagascar, l’OIM mènera en 2017 une évaluation "
                 "complète des pratiques et des systèmes de gestion des frontières du pays. L’objectif est que la "
                 "gestion des migrations et la sécurité des frontières répondent aux normes internationales, "
                 "réduisant ainsi les risques liés au terrorisme et à la criminalité transnationale organisée."]),
             ("Maurice, couvrant les Seychelles et l’Union des Comores", [
                 "En 2017, l’OIM poursuivra ses efforts pour répondre aux besoins des victimes de la traite et des "
                 "migrants bloqués, en renforçant les capacités de coordination, d’enquête centrée sur les "
                 "victimes, de poursuite et de signalement des cas de traite des personnes aux Comores, à Maurice "
                 "et aux Seychelles."])]),
    ],
    codes=FR_CODES,
)

# =========================================================================================== Spanish

ES_CNAC = {
    "Regional initiatives": "Iniciativas regionales", "Costa Rica": "Costa Rica",
    "Dominican Republic": "República Dominicana", "El Salvador": "El Salvador", "Guatemala": "Guatemala",
    "Guyana": "Guyana", "Haiti": "Haití", "Honduras": "Honduras", "Jamaica": "Jamaica", "Mexico": "México",
    "Nicaragua": "Nicaragua", "Panama": "Panamá", "Trinidad and Tobago": "Trinidad y Tabago",
    "United States": "Estados Unidos", "Total": "Total",
}
ES_SAM = {
    "Regional initiatives": "Iniciativas regionales", "Argentina": "Argentina",
    "Bolivia, Plurinational State of": "Bolivia (Estado Plurinacional de)", "Brazil": "Brasil",
    "Colombia": "Colombia", "Equador": "Ecuador", "Paraguay": "Paraguay", "Peru": "Perú", "Uruguay": "Uruguay",
    "Total": "Total",
}
ES_CODES = {
    "Costa Rica": ["CRI"], "República Dominicana": ["DOM"], "El Salvador": ["SLV"], "Guatemala": ["GTM"],
    "Guyana": ["GUY"], "Haití": ["HTI"], "Honduras": ["HND"], "Jamaica": ["JAM"], "México": ["MEX"],
    "Nicaragua": ["NIC"], "Panamá": ["PAN"], "Trinidad y Tabago": ["TTO"], "Estados Unidos": ["USA"],
    "Argentina": ["ARG"], "Bolivia (Estado Plurinacional de)": ["BOL"], "Brasil": ["BRA"], "Colombia": ["COL"],
    "Ecuador": ["ECU"], "Paraguay": ["PRY"], "Perú": ["PER"], "Uruguay": ["URY"],
}

ES = LangSpec(
    code="es",
    stem="iniciativas-de-migracion-2017-sample",
    meta=dict(title="Iniciativas de Migración 2017 (documento de muestra)",
              author="Briefing Builder sample generator",
              subject="Documento de muestra en español, basado en Migration Initiatives 2017 (OIM), para pruebas "
                      "de software", creator=B.GENERATOR, keywords="OIM, migración, necesidades de financiación, muestra"),
    running="Iniciativas de Migración 2017",
    cover=[("INICIATIVAS DE", L.BOLD, 38), ("MIGRACIÓN 2017", L.BOLD, 38),
           ("Documento de muestra para Briefing Builder", L.REGULAR, 13),
           ("Basado en Migration Initiatives 2017 (OIM); textos traducidos del inglés para las pruebas, cifras de "
            "la publicación original.", L.ITALIC, 8.5)],
    note="Documento de muestra generado para pruebas de software; no es una publicación de la OIM",
    foreword_title="Prólogo",
    foreword=[
        "Hoy más que nunca, la migración está en el centro de la atención mundial. Las llegadas masivas de "
        "embarcaciones al mar Egeo y a los Balcanes Occidentales en 2015 y 2016 pusieron de relieve las "
        "peligrosas condiciones que todavía enfrentan muchos migrantes al cruzar fronteras internacionales. Los "
        "conflictos y los desastres naturales, como el devastador paso del huracán Matthew por Haití y otros "
        "países del Caribe, siguen obligando a muchas personas a desplazarse dentro de sus países.",
        "En este entorno de incertidumbre e inestabilidad, la primera obligación de la comunidad internacional "
        "es salvar vidas y, más allá de eso, ofrecer protección a todos los migrantes y desplazados, "
        "independientemente de las circunstancias de su viaje. Hoy más que nunca necesitamos enfoques "
        "innovadores que abarquen todo el continuo de la asistencia humanitaria y de la asistencia para el "
        "desarrollo, adaptados a los desafíos migratorios propios de los países de origen, tránsito y destino.",
    ],
    funding_title="Necesidades de financiación",
    funding_lead="Los cuadros de este capítulo presentan las necesidades de financiación para 2017 de dos "
                 "regiones, por país y por principio y objetivo del Marco de Gobernanza sobre la Migración "
                 "(MiGOF), en dólares de los Estados Unidos (USD). Las cifras son las de la publicación original. "
                 "Un guion significa que no se solicita financiación.",
    table_title="{region}: necesidades de financiación (USD)",
    columns=["Principio 1", "Principio 2", "Principio 3", "Objetivo 1", "Objetivo 2", "Objetivo 3"],
    captions=[
        "Adherirse a las normas internacionales y respetar los derechos de los migrantes",
        "Formular políticas con base empírica y un enfoque de todo el gobierno",
        "Forjar asociaciones sólidas",
        "Fomentar el bienestar económico y social de los migrantes y de la sociedad",
        "Abordar la movilidad en las situaciones de crisis",
        "Una migración segura, ordenada y digna",
    ],
    total="Total",
    decimal=",",
    percent_space=" ",
    funding=[
        FundingSpec("CENTRAL AND NORTH AMERICA AND THE CARIBBEAN", "central-and-north-america-and-the-caribbean",
                    "Centroamérica, Norteamérica y el Caribe", ".", ES_CNAC,
                    "En 2017, las necesidades de la región ascienden a 164.574.629 dólares de los Estados Unidos, "
                    "de los cuales 85.325.000 corresponden a iniciativas regionales. Haití presenta las mayores "
                    "necesidades nacionales.", L.TableStyleSpec(header_rule=True)),
        FundingSpec("SOUTH AMERICA", "south-america", "América del Sur", ".", ES_SAM,
                    "Las necesidades de América del Sur ascienden a 192.470.524 dólares de los Estados Unidos; "
                    "Colombia concentra 167.000.000 de ellos.", L.TableStyleSpec(zebra=True)),
    ],
    shares=(1, "América del Sur: distribución por principio y objetivo (USD)",
            ["Principio u objetivo", "Monto (USD)", "Porcentaje del total"]),
    chapters=[
        ChapterSpec(
            "objective-2",
            "Objetivo 2: Abordar eficazmente los aspectos relativos a la movilidad en situaciones de crisis",
            ["En 2015, 60 millones de personas se vieron desplazadas por desastres naturales o provocados por el "
             "ser humano; un gran número de migrantes forzosos sigue en situación de desplazamiento prolongado, "
             "también en zonas urbanas. Las crisis tienen efectos duraderos sobre los migrantes y la sociedad. "
             "Por ello, la comunidad internacional debe actuar de forma concertada para prevenir las crisis y "
             "prepararse para ellas, apoyar a los migrantes, los desplazados y las comunidades afectadas de "
             "conformidad con los principios humanitarios, y promover soluciones duraderas que pongan fin al "
             "desplazamiento."],
            "central-and-north-america-and-the-caribbean",
            [("Iniciativas regionales", [
                "Centroamérica y México han sido históricamente un corredor de tránsito para los migrantes "
                "irregulares que se dirigen hacia el norte, en particular a los Estados Unidos. Algunos de estos "
                "migrantes han quedado varados en países centroamericanos, pues su tránsito se ha visto frenado "
                "por políticas fronterizas más estrictas en varios países de la región. La OIM vigila la "
                "situación y procura fortalecer las capacidades y las políticas de los gobiernos para gestionar "
                "estos movimientos y prevenir conflictos entre los migrantes y las comunidades."]),
             ("Haití", [
                 "Como responsable del Grupo de Trabajo sobre Coordinación y Gestión de Campamentos (CCCM), la "
                 "OIM ha apoyado al Gobierno de Haití en la comprensión y el abordaje de la dimensión de movilidad "
                 "de las crisis.",
                 "En 2017, la OIM se propone reforzar las capacidades del Estado en la gestión del riesgo de "
                 "desastres, en particular la preparación y la reducción del riesgo, y facilitar la recuperación "
                 "conforme al Plan de Acción Gubernamental para la Recuperación y el Desarrollo Nacional de "
                 "Haití."]),
             ("México", [
                 "Para abordar la dimensión de movilidad de las crisis, la OIM seguirá aplicando medidas que "
                 "garanticen la seguridad humana de los migrantes en tránsito por México, incluidos mujeres, "
                 "niños, niños no acompañados, personas LGBTI y otras poblaciones vulnerables. Estas medidas "
                 "buscan reducir los riesgos que enfrentan los migrantes en tránsito y brindar protección y "
                 "asistencia a quienes las necesitan, mediante centros de atención a lo largo del corredor "
                 "migratorio."]),
             ("República Dominicana", [
                 "La OIM se propone reforzar sus actividades de emergencia y preparación en la República "
                 "Dominicana en el marco del MCOF, con especial énfasis en la gestión de campamentos y albergues "
                 "colectivos, el seguimiento de los desplazamientos y la reducción del riesgo de desastres. Según "
                 "el Informe Mundial de Riesgo (2016), la República Dominicana figura entre los 25 países más "
                 "expuestos a los desastres naturales."])]),
        ChapterSpec(
            "objective-3", "Objetivo 3: Asegurar una migración segura, ordenada y digna",
            ["Para que la migración sea segura y ordenada, es preciso mitigar los riesgos asociados al movimiento "
             "de personas. Ello supone aplicar medidas sanitarias transfronterizas eficaces y fortalecer las "
             "estrategias de salud pública para prevenir la propagación de enfermedades y proteger la salud de "
             "los migrantes y de la sociedad. Mantener la integridad de los sistemas de migración y movilidad "
             "exige poder detectar la migración irregular e impedir las actividades transfronterizas ilícitas."],
            "south-america",
            [("Ecuador", [
                "La OIM seguirá facilitando el reasentamiento de refugiados y sus familiares, principalmente hacia "
                "los Estados Unidos, el Canadá y Nueva Zelandia, mediante información y transporte hasta su "
                "destino final. Se mantendrán los servicios de visados para los ciudadanos del Ecuador que viajan "
                "al Canadá y al Reino Unido."]),
             ("Paraguay", [
                 "La OIM y el Ministerio Público del Paraguay trabajan juntos para fortalecer las capacidades "
                 "institucionales en la lucha contra la trata de personas. Las conversaciones iniciales han dado "
                 "lugar a un programa de capacitación de funcionarios de distintas instituciones en el uso del "
                 "Manual de Procedimientos Operativos y sus cuatro protocolos, elaborados en 2014 por la OIM y el "
                 "Ministerio Público."]),
             ("Perú", [
                 "La OIM ha brindado un amplio apoyo a la comisión interinstitucional contra la trata de personas, "
                 "capacitando a funcionarios públicos y sensibilizando a las poblaciones en riesgo. Sus "
                 "actividades contra la trata seguirán centradas en la difusión de información, especialmente "
                 "entre niños, niñas y adolescentes, y en la mejora de los servicios a las víctimas, sobre todo en "
                 "las regiones fuera de la capital."])]),
    ],
    codes=ES_CODES,
)

LANGS = {"fr": FR, "es": ES}


# ============================================================================================ layout


def page_templates(spec: LangSpec):
    def make(doc: B.SampleDoc) -> list[PageTemplate]:
        def furniture(canvas, d) -> None:
            page = canvas.getPageNumber()
            L.REC.page_templates[page] = d.pageTemplate.id
            canvas.saveState()
            canvas.setFillColor(L.IOM_BLUE)
            canvas.rect(0, PAGE_H - 8, PAGE_W, 8, stroke=0, fill=1)
            B.furniture_text(canvas, page, MARGIN, PAGE_H - 36, spec.running, "running_header", L.BOLD, 8, L.IOM_BLUE)
            if d.running:
                B.furniture_text(canvas, page, PAGE_W - MARGIN, PAGE_H - 36, d.running, "running_header", L.REGULAR,
                                 8, L.GREY, "right")
            B.furniture_text(canvas, page, MARGIN, 30, spec.note, "footer", L.ITALIC, 6.6, L.GREY)
            B.furniture_text(canvas, page, PAGE_W - MARGIN, 30, str(page), "footer", L.BOLD, 9, L.IOM_BLUE, "right")
            canvas.restoreState()

        def cover(canvas, d) -> None:
            canvas.saveState()
            canvas.setFillColor(L.IOM_BLUE)
            canvas.rect(0, 0, PAGE_W, PAGE_H, stroke=0, fill=1)
            photo = L.Photo(PAGE_W, 360, 3 if spec.code == "fr" else 5)
            photo.canv = canvas
            canvas.translate(0, 250)
            photo.draw()
            canvas.translate(0, -250)
            y = 190
            for text, font, size in spec.cover:
                B.furniture_text(canvas, 1, MARGIN, y, text, "cover", font, size, colors.white)
                y -= size + (8 if size > 20 else 10)
            B.furniture_text(canvas, 1, MARGIN, y, spec.note + ".", "cover", L.ITALIC, 8.5, colors.white)
            B.furniture_text(canvas, 1, PAGE_W - MARGIN, PAGE_H - 50, "OIM · ONU MIGRATION", "cover", L.BOLD, 11,
                             colors.white, "right")
            canvas.restoreState()

        body = Frame(MARGIN, 56, WIDTH, PAGE_H - 56 - 62, id="full", leftPadding=0, rightPadding=0, topPadding=0,
                     bottomPadding=0)
        cover_frame = Frame(MARGIN, 56, WIDTH, 40, id="cover")
        return [PageTemplate("cover", [cover_frame], onPage=cover), PageTemplate("full", [body], onPageEnd=furniture)]

    return make


def funding_table(spec: LangSpec, fs: FundingSpec, ft: S.FundingTable, key: str) -> tuple[L.LayoutTable, dict]:
    """A regional funding table as this language prints it: two header rows (labels, captions), one
    row per country (names wrapped to the label column), figures with the table's separators."""
    label_w, total_w = 104.0, 58.0
    num_w = (WIDTH - label_w - total_w) / 6
    widths = [label_w] + [num_w] * 6 + [total_w]
    cap_size, size = 6.3, 7.6
    cells = [L.TCell(0, 0, [], "", row_span=2, align="left", valign="top")]
    for i, (name, caption) in enumerate(zip(spec.columns, spec.captions)):
        cells.append(L.TCell(0, i + 1, [name], name, font=L.BOLD, size=size, leading=9.2, align="center",
                             valign="top", color=L.IOM_BLUE))
        lines = L._wrap(caption, L.REGULAR, cap_size, num_w - 6)
        cells.append(L.TCell(1, i + 1, lines, caption, size=cap_size, leading=7.6, align="center", valign="top",
                             color=L.GREY))
    cells.append(L.TCell(0, 7, [spec.total], spec.total, font=L.BOLD, size=size, leading=9.2, align="center",
                         valign="top", row_span=2, color=L.IOM_BLUE))
    row_tags: dict[int, list[Tag]] = {}
    total_rows: list[int] = []
    n = 2
    for row in ft.rows:
        label = fs.labels[row.label]
        is_total = row.label == "Total"
        font = L.BOLD if is_total else L.REGULAR
        lines = L._wrap(label, font, size, label_w - 6)
        valign = "bottom" if len(lines) <= 2 else "middle"
        cells.append(L.TCell(n, 0, lines, label, font=font, align="left", valign=valign))
        for c, printed in enumerate(row.cells):
            value = S.cell_value(printed)
            text = amount(value, fs.thousands) if printed else ""
            # the logical text writes every space as a plain one (whitespace normalised, as everywhere)
            cells.append(L.TCell(n, c + 1, [text] if text else [], plain(text), value=value, font=font,
                                 valign=valign))
        if is_total:
            total_rows.append(n)
        elif label in spec.codes:
            row_tags[n] = [Tag("country", code, label) for code in spec.codes[label]]
        n += 1
    flow = L.LayoutTable(key, -1, widths, n, cells, header_rows=2, total_row=total_rows[-1], style=fs.look)
    truth = {"n_rows": n, "n_cols": 8, "header_rows": 2, "total_rows": total_rows, "row_tags": row_tags,
             "method": "borderless", "lost": [], "caption": ""}
    return flow, truth


def shares_table(spec: LangSpec, ft: S.FundingTable, key: str) -> tuple[L.LayoutTable, dict]:
    """The region's Total row by principle and objective, with each one's share of the total: decimal
    commas and a space before "%" as this language writes them. The shares are rounded to one decimal
    and add up to 100.0 (checked)."""
    fs = spec.funding[spec.shares[0]]
    heads = spec.shares[2]
    total = next(r for r in ft.rows if r.label == "Total")
    values = [S.cell_value(c) for c in total.cells]
    grand = values[6]
    shares = [round(100 * v / grand, 1) for v in values[:6]]
    if round(sum(shares), 1) != 100.0:
        raise SystemExit(f"translated: the shares of {fs.name} add up to {sum(shares)}, not 100")
    widths = [WIDTH - 220.0, 110.0, 110.0]
    cells = [B.mm_cell(0, 0, heads[0], font=L.BOLD, width=widths[0], valign="bottom"),
             B.mm_cell(0, 1, heads[1], font=L.BOLD, width=widths[1], align="right", valign="bottom"),
             B.mm_cell(0, 2, heads[2], font=L.BOLD, width=widths[2], align="right", valign="bottom")]
    r = 1
    for name, v, share in zip(spec.columns, values, shares):
        cells += [B.mm_cell(r, 0, name, width=widths[0]),
                  printed_cell(r, 1, amount(v, fs.thousands), widths[1], v),
                  printed_cell(r, 2, percent(share, spec), widths[2], share)]
        r += 1
    cells += [B.mm_cell(r, 0, spec.total, font=L.BOLD, width=widths[0]),
              printed_cell(r, 1, amount(grand, fs.thousands), widths[1], grand, L.BOLD),
              printed_cell(r, 2, percent(100.0, spec), widths[2], 100.0, L.BOLD)]
    flow = L.LayoutTable(key, -1, widths, r + 1, cells, 1, r, L.TableStyleSpec(hrules=True, pad_x=4, pad_y=3.4))
    truth = {"n_rows": r + 1, "n_cols": 3, "header_rows": 1, "total_rows": [r], "row_tags": {}, "method": "ruled",
             "lost": [], "caption": ""}
    return flow, truth


def printed_cell(row: int, col: int, printed: str, width: float, value, font: str = L.REGULAR) -> L.TCell:
    """A right-aligned figure: printed with its no-break spaces, logical text with plain ones."""
    # one line as printed: wrapping would turn the no-break spaces into plain ones
    return L.TCell(row, col, [printed], plain(printed), value=value, font=font, size=8.4, leading=10.6,
                   align="right", valign="top")


def build_story(spec: LangSpec, tables: list[S.FundingTable], st) -> B.Story:
    story = B.Story(st)
    f = story.flow
    f += [NextPageTemplate("cover"), Spacer(1, 1), NextPageTemplate("full"), PageBreak()]
    story.heading(1, spec.foreword_title, style="h1dark", short=spec.foreword_title)
    for p in spec.foreword:
        story.body(p, hyph=False)
    # ---- funding requirements
    f.append(PageBreak())
    story.heading(1, spec.funding_title, style="h1dark", short=spec.funding_title)
    story.body(spec.funding_lead, style="lead", hyph=False)
    by_region = {t.region: t for t in tables}
    for i, fs in enumerate(spec.funding):
        ft = by_region[fs.seed_region]
        if i:
            f.append(PageBreak())
        story.heading(2, fs.name, [Tag("region", fs.slug, fs.name)])
        if fs.intro:
            story.body(fs.intro, hyph=False)
        story.n_tables += 1
        key = f"t{story.n_tables}"
        flow, truth = funding_table(spec, fs, ft, key)
        title = spec.table_title.format(region=fs.name)
        parts = [L.para(title, st["table_title"], "table_title", key, -1, {"text": title}), flow]
        story.table(flow, truth, title)
        f.append(KeepTogether(parts))
        if i == spec.shares[0]:
            f.append(Spacer(1, 14))
            story.n_tables += 1
            key = f"t{story.n_tables}"
            flow, truth = shares_table(spec, ft, key)
            title = spec.shares[1]
            story.table(flow, truth, title)
            f.append(KeepTogether([L.para(title, st["table_title"], "table_title", key, -1, {"text": title}),
                                   flow]))
    # ---- chapters: objective -> region -> country
    for ch in spec.chapters:
        f.append(PageBreak())
        short = ch.title.split(":")[0].strip()
        story.heading(1, ch.title, [B.theme_tag(ch.theme)], style="h1dark", short=short)
        for p in ch.intro:
            story.body(p, hyph=False)
        fs = next(x for x in spec.funding if x.slug == ch.region)
        story.heading(2, fs.name, [Tag("region", fs.slug, fs.name)])
        for heading, paragraphs in ch.countries:
            tags = [Tag("country", code, heading) for code in spec.codes.get(heading, [])]
            story.heading(3, heading, tags)
            for p in paragraphs:
                story.body(p, hyph=False)
    return story


def build(spec: LangSpec, seeds: Path, out_dir: Path, check: bool) -> tuple[Path, dict]:
    raw = S.seed_path(seeds, "001").read_text(encoding="utf-8")
    tables = S.funding_tables(raw.split("\n"), S.Vocabulary(raw))
    st = B.styles()
    st["h1dark"] = B.ParagraphStyle("i18n_h1", parent=st["h1dark"], fontSize=19, leading=23, spaceBefore=4,
                                    keepWithNext=1)
    st["body"] = B.ParagraphStyle("i18n_body", parent=st["body"], fontSize=9.4, leading=13.2, spaceAfter=6)
    story = build_story(spec, tables, st)
    pdf = out_dir / f"{spec.stem}.pdf"
    B.build_document(story, pdf, page_templates(spec), spec.meta, toc=False)
    extra = {
        "language": spec.code,
        "source": {"seed": "001 (Migration Initiatives 2017, IOM)",
                   "figures": "as printed in the source tables",
                   "text": f"translated into {'French' if spec.code == 'fr' else 'Spanish'} for this sample"},
        "source_inconsistencies": [],
    }
    truth = B.build_truth(story, pdf, illustrative=False, extra=extra)
    B.write_json(out_dir / f"{spec.stem}.truth.json", truth)
    if check:
        B.report(pdf, truth)
    return pdf, truth

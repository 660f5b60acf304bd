<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommandLine</name>
    <message>
        <source>working</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>--pages: {error}</source>
        <translation>--pages&#xa0;: {error}</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>impossible d’écrire {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the graphical interface cannot start ({error}).</source>
        <translation>l’interface graphique ne peut pas démarrer ({error}).</translation>
    </message>
    <message>
        <source>Turn appeal PDFs into corrected tables, section trees and donor briefing packs.</source>
        <translation>Transforme les PDF d’appels en tableaux corrigés, en arborescences de sections et en dossiers d’information pour les donateurs.</translation>
    </message>
    <message>
        <source>open the graphical interface (the default)</source>
        <translation>ouvrir l’interface graphique (par défaut)</translation>
    </message>
    <message>
        <source>PDFs or project files to open</source>
        <translation>PDF ou fichiers de projet à ouvrir</translation>
    </message>
    <message>
        <source>language of the interface for this run (default: the one chosen in the Language menu, else $BRIEFING_LANGUAGE, else the system&apos;s)</source>
        <translation>langue de l’interface pour cette exécution (par défaut&#xa0;: celle choisie dans le menu Langue, sinon $BRIEFING_LANGUAGE, sinon celle du système)</translation>
    </message>
    <message>
        <source>extract tables and sections of a PDF as JSON</source>
        <translation>extraire les tableaux et les sections d’un PDF en JSON</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>le PDF</translation>
    </message>
    <message>
        <source>pages to extract, e.g. 1-3,7 (default: all)</source>
        <translation>pages à extraire, par ex. 1-3,7 (par défaut&#xa0;: toutes)</translation>
    </message>
    <message>
        <source>password of an encrypted PDF</source>
        <translation>mot de passe d’un PDF chiffré</translation>
    </message>
    <message>
        <source>write JSON here (default: standard output)</source>
        <translation>écrire le JSON ici (par défaut&#xa0;: la sortie standard)</translation>
    </message>
    <message>
        <source>worker processes (default: one per core)</source>
        <translation>processus de travail (par défaut&#xa0;: un par cœur)</translation>
    </message>
    <message>
        <source>pretty-print the JSON</source>
        <translation>présenter le JSON lisiblement</translation>
    </message>
    <message>
        <source>no progress output</source>
        <translation>ne pas afficher la progression</translation>
    </message>
    <message>
        <source>export a briefing pack from a project or a PDF</source>
        <translation>exporter un dossier d’information depuis un projet ou un PDF</translation>
    </message>
    <message>
        <source>a project file (.bbproj, with its corrections) or a PDF</source>
        <translation>un fichier de projet (.bbproj, avec ses corrections) ou un PDF</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 code or name (repeatable)</source>
        <translation>code ISO 3166 alpha-3 ou nom (répétable)</translation>
    </message>
    <message>
        <source>region name or code (repeatable)</source>
        <translation>nom ou code de région (répétable)</translation>
    </message>
    <message>
        <source>theme/objective name or code (repeatable)</source>
        <translation>nom ou code de thème ou d’objectif (répétable)</translation>
    </message>
    <message>
        <source>section title or id (repeatable)</source>
        <translation>titre ou identifiant de section (répétable)</translation>
    </message>
    <message>
        <source>keyword to match in text (repeatable)</source>
        <translation>mot-clé à chercher dans le texte (répétable)</translation>
    </message>
    <message>
        <source>name of a pack saved in the project</source>
        <translation>nom d’un dossier enregistré dans le projet</translation>
    </message>
    <message>
        <source>title of the pack</source>
        <translation>titre du dossier</translation>
    </message>
    <message>
        <source>language of the pack&apos;s own words: labels, dates, numbers (default: the saved pack&apos;s, else en); text from the source is never translated</source>
        <translation>langue des mots propres au dossier&#xa0;: libellés, dates, nombres (par défaut&#xa0;: celle du dossier enregistré, sinon en)&#xa0;; le texte de la source n’est jamais traduit</translation>
    </message>
    <message>
        <source>exporter name: pdf, xlsx or an installed plug-in</source>
        <translation>nom de l’exportateur&#xa0;: pdf, xlsx ou un module installé</translation>
    </message>
    <message>
        <source>exporter option</source>
        <translation>option de l’exportateur</translation>
    </message>
    <message>
        <source>list the available exporters and exit</source>
        <translation>lister les exportateurs disponibles et quitter</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>fichier à écrire</translation>
    </message>
    <message>
        <source>describe a PDF or a project file</source>
        <translation>décrire un PDF ou un fichier de projet</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>sortie lisible par un programme</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>internal error: {kind}: {error} (run with BRIEFING_DEBUG=1 for details)</source>
        <translation>erreur interne&#xa0;: {kind}&#xa0;: {error} (relancez avec BRIEFING_DEBUG=1 pour les détails)</translation>
    </message>
    <message>
        <source>extraction reused</source>
        <translation>extraction réutilisée</translation>
    </message>
    <message>
        <source>--region {value}: unknown region (known: {known}).</source>
        <translation>--region {value}&#xa0;: région inconnue (connues&#xa0;: {known}).</translation>
    </message>
    <message>
        <source>--region {value}: unknown region (the documents carry no region tags).</source>
        <translation>--region {value}&#xa0;: région inconnue (les documents ne portent aucune étiquette de région).</translation>
    </message>
    <message>
        <source>--theme {value}: unknown theme (known: {known}).</source>
        <translation>--theme {value}&#xa0;: thème inconnu (connus&#xa0;: {known}).</translation>
    </message>
    <message>
        <source>--theme {value}: unknown theme (the documents carry no theme tags).</source>
        <translation>--theme {value}&#xa0;: thème inconnu (les documents ne portent aucune étiquette de thème).</translation>
    </message>
    <message>
        <source>(options: {options})</source>
        <translation>(options&#xa0;: {options})</translation>
    </message>
    <message>
        <source>exporter {name} skipped: {reason}</source>
        <translation>exportateur {name} ignoré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a project file (.bbproj) or a PDF.</source>
        <translation>{path} est un dossier&#xa0;; indiquez un fichier de projet (.bbproj) ou un PDF.</translation>
    </message>
    <message>
        <source>{name} has no documents yet: add a PDF to the project first.</source>
        <translation>{name} n’a encore aucun document&#xa0;: ajoutez d’abord un PDF au projet.</translation>
    </message>
    <message>
        <source>{reason} Give the right one with --password.</source>
        <translation>{reason} Indiquez le bon avec --password.</translation>
    </message>
    <message>
        <source>{reason} Give it with --password.</source>
        <translation>{reason} Indiquez-le avec --password.</translation>
    </message>
    <message>
        <source>{name} was never extracted and its PDF is not available (moved from {path}).</source>
        <translation>{name} n’a jamais été extrait et son PDF n’est pas disponible (déplacé depuis {path}).</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name with -o.</source>
        <translation>{path} est un dossier&#xa0;; indiquez un nom de fichier avec -o.</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist.</source>
        <translation>impossible d’écrire {path}&#xa0;: le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>cannot write {path}: {folder} is not a folder.</source>
        <translation>impossible d’écrire {path}&#xa0;: {folder} n’est pas un dossier.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>il est sur un système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>files cannot be created there</source>
        <translation>aucun fichier ne peut y être créé</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} cannot be written ({reason}).</source>
        <translation>impossible d’écrire {path}&#xa0;: le dossier {folder} n’est pas accessible en écriture ({reason}).</translation>
    </message>
    <message>
        <source>cannot write {path}: the file is read-only.</source>
        <translation>impossible d’écrire {path}&#xa0;: le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>--region {value}: unknown region. Did you mean {near}? (Known: {known}.)</source>
        <translation>--region {value}&#xa0;: région inconnue. Vouliez-vous dire {near}&#xa0;? (Connues&#xa0;: {known}.)</translation>
    </message>
    <message>
        <source>--region {value}: unknown region. (Known: {known}.)</source>
        <translation>--region {value}&#xa0;: région inconnue. (Connues&#xa0;: {known}.)</translation>
    </message>
    <message>
        <source>--country {value}: not an ISO 3166 alpha-3 code or a country name. Did you mean {near}?</source>
        <translation>--country {value}&#xa0;: ni un code ISO 3166 alpha-3 ni un nom de pays. Vouliez-vous dire {near}&#xa0;?</translation>
    </message>
    <message>
        <source>--country {value}: not an ISO 3166 alpha-3 code or a country name.</source>
        <translation>--country {value}&#xa0;: ni un code ISO 3166 alpha-3 ni un nom de pays.</translation>
    </message>
    <message>
        <source>--section {value}: no section has this title or id. Did you mean {near}?</source>
        <translation>--section {value}&#xa0;: aucune section n’a ce titre ou cet identifiant. Vouliez-vous dire {near}&#xa0;?</translation>
    </message>
    <message>
        <source>--section {value}: no section has this title or id.</source>
        <translation>--section {value}&#xa0;: aucune section n’a ce titre ou cet identifiant.</translation>
    </message>
    <message>
        <source>give a project file or a PDF to export (or --list-formats).</source>
        <translation>indiquez un fichier de projet ou un PDF à exporter (ou --list-formats).</translation>
    </message>
    <message>
        <source>give the file to write with -o FILE.</source>
        <translation>indiquez le fichier à écrire avec -o FICHIER.</translation>
    </message>
    <message>
        <source>--option: {error}</source>
        <translation>--option&#xa0;: {error}</translation>
    </message>
    <message>
        <source>--pack needs a project file: saved packs live in projects.</source>
        <translation>--pack demande un fichier de projet&#xa0;: les dossiers enregistrés se trouvent dans les projets.</translation>
    </message>
    <message>
        <source>nothing matches the filters ({filters}); no file written.</source>
        <translation>rien ne correspond aux filtres ({filters})&#xa0;; aucun fichier écrit.</translation>
    </message>
    <message>
        <source>the {exporter} exporter failed: {kind}: {error}</source>
        <translation>l’exportateur {exporter} a échoué&#xa0;: {kind}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>wrote {path} ({format}: {tables}, {sections})</source>
        <translation>{path} écrit ({format}&#xa0;: {tables}, {sections})</translation>
    </message>
    <message>
        <source>extracting pages</source>
        <translation>extraction des pages</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tableau</numerusform>
            <numerusform>%n tableaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockLayout</name>
    <message>
        <source>The saved panel layout did not fit the screen; the default layout is used.</source>
        <extracomment>Bump when the default dock layout changes, so an old saved layout is not restored over it. The least height the panels under the table editor keep when the Pack panel asks for room. The tallest the window&apos;s minimum height may be: a 768-pixel screen less a task bar (40) and a title bar (32). A layout (restored, or grown by a panel) that needs more falls back to the default one. Room kept for the title bar when the window is fitted to a screen before it has a frame. True once a saved layout was restored (its dock sizes are then kept)</extracomment>
        <translation>La disposition enregistrée des panneaux ne tenait pas à l’écran&#xa0;; la disposition par défaut est utilisée.</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>{name} (extracting…)</source>
        <translation>{name} (extraction…)</translation>
    </message>
    <message>
        <source>{name} (not extracted)</source>
        <translation>{name} (non extrait)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tableau</numerusform>
            <numerusform>%n tableaux</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF embedded in the project</source>
        <translation>PDF intégré au projet</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Preparing the cover</source>
        <extracomment>What a dash means in a column of numbers: nil (nothing requested). Shown as &quot;-&quot; in PDF and Excel, stored in Excel as 0 with a number format that shows the dash, so sums and filters work. What neither XML 1.0 (the inside of an xlsx) nor PDF text can carry: C0 controls other than tab and line breaks, DEL, lone surrogates, and the Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0-U+FDEF and the last two code points of every plane), which are never text but do turn up in damaged sources and pasted corrections. What the built-in exporters report while they work, marked for the interface to translate (the window reads a progress text back into its template; a plug-in&apos;s own words are shown as they are).</extracomment>
        <translation>Préparation de la couverture</translation>
    </message>
    <message>
        <source>Preparing the contents</source>
        <translation>Préparation du sommaire</translation>
    </message>
    <message>
        <source>Preparing key figures</source>
        <translation>Préparation des chiffres clés</translation>
    </message>
    <message>
        <source>Preparing the chart</source>
        <translation>Préparation du graphique</translation>
    </message>
    <message>
        <source>Preparing a document</source>
        <translation>Préparation d’un document</translation>
    </message>
    <message>
        <source>Preparing a heading</source>
        <translation>Préparation d’un titre</translation>
    </message>
    <message>
        <source>Preparing text</source>
        <translation>Préparation du texte</translation>
    </message>
    <message>
        <source>Preparing a table</source>
        <translation>Préparation d’un tableau</translation>
    </message>
    <message>
        <source>Preparing sources</source>
        <translation>Préparation des sources</translation>
    </message>
    <message>
        <source>Laying out the PDF (pass {n})</source>
        <translation>Mise en page du PDF (passe {n})</translation>
    </message>
    <message>
        <source>PDF laid out</source>
        <translation>PDF mis en page</translation>
    </message>
    <message>
        <source>Writing the pack sheet</source>
        <translation>Écriture de la feuille du dossier</translation>
    </message>
    <message>
        <source>Writing table {n} of {total}</source>
        <translation>Écriture du tableau {n} sur {total}</translation>
    </message>
    <message>
        <source>Writing sections</source>
        <translation>Écriture des sections</translation>
    </message>
    <message>
        <source>Writing sources</source>
        <translation>Écriture des sources</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>The pack is too large to lay out in the memory available.</source>
        <extracomment>Width a column needs beyond its text: cell paddings (4 + 4) and 1 pt for rounding, so that a word exactly as wide as its cell does not wrap. A paragraph of section text that is a list item: a bullet, then its text. Bullets Word and most templates give a list&apos;s second level. False when even the smallest type on a landscape page needed the columns squeezed (landscape, type size) tried in turn until a table&apos;s columns fit the page width type size of the column groups a table too wide for any attempt is split into</extracomment>
        <translation>Le dossier est trop volumineux pour être mis en page avec la mémoire disponible.</translation>
    </message>
    <message>
        <source>The PDF could not be laid out ({reason}).</source>
        <translation>Le PDF n’a pas pu être mis en page ({reason}).</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>HXL</source>
        <translation>HXL</translation>
    </message>
    <message>
        <source>Credit Briefing Builder</source>
        <translation>Mentionner Briefing Builder</translation>
    </message>
</context>
<context>
    <name>Extraction</name>
    <message>
        <source>page skipped, too dense to read: about {load} characters and drawings, over the limit of {budget} per page (reading it would take gigabytes of memory)</source>
        <extracomment>Default per-page time limit in seconds. Extra time the parent allows beyond the limit before it kills a worker stuck on a page. A worker is replaced by a fresh process after this many pages (bounds memory growth). Pages queued ahead per worker. Decimal separator of the document&apos;s numbers (&quot;.&quot; or &quot;,&quot;), or None to decide per number. Read scanned pages (no usable text layer) with OCR when an engine is installed. Version of the extraction rules; changing it invalidates cached pages. Where pages&apos; characters and strokes come from (&quot;pdfium&quot; or &quot;pdfminer&quot;, app.source.pagesource); empty: the default source. Part of the key: the two may read a page slightly differently.</extracomment>
        <translation>page ignorée, trop dense pour être lue&#xa0;: environ {load} caractères et tracés, au-delà de la limite de {budget} par page (la lire demanderait des gigaoctets de mémoire)</translation>
    </message>
    <message>
        <source>page skipped: extraction took longer than {seconds} s</source>
        <translation>page ignorée&#xa0;: l’extraction a pris plus de {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>page skipped: not enough memory</source>
        <translation>page ignorée&#xa0;: mémoire insuffisante</translation>
    </message>
    <message>
        <source>page skipped: the extractor stopped unexpectedly on this page</source>
        <translation>page ignorée&#xa0;: l’extracteur s’est arrêté inopinément sur cette page</translation>
    </message>
    <message>
        <source>page skipped: the extractor stopped unexpectedly on this page (exit status {code})</source>
        <translation>page ignorée&#xa0;: l’extracteur s’est arrêté inopinément sur cette page (code de sortie {code})</translation>
    </message>
    <message>
        <source>page skipped: the extractor kept failing</source>
        <translation>page ignorée&#xa0;: l’extracteur a échoué à répétition</translation>
    </message>
    <message>
        <source>page could not be extracted: {error}</source>
        <translation>la page n’a pas pu être extraite&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the page&apos;s data is damaged: it was read from a repaired copy</source>
        <translation>les données de la page sont endommagées&#xa0;: elle a été lue dans une copie réparée</translation>
    </message>
    <message>
        <source>page {page} does not exist (the document has {pages} pages)</source>
        <translation>la page {page} n’existe pas (pages du document&#xa0;: {pages})</translation>
    </message>
    <message>
        <source>extraction cancelled: {missing} of {total} pages not extracted</source>
        <translation>extraction annulée&#xa0;: pages non extraites&#xa0;: {missing} sur {total}</translation>
    </message>
    <message>
        <source>scanned page (no text layer): to read it, install Tesseract OCR with its English, French and Spanish data (Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-fra tesseract-ocr-spa; Windows: the UB Mannheim installer, ticking French and Spanish) and the Python package pytesseract</source>
        <translation>page numérisée (sans couche de texte)&#xa0;: pour la lire, installez Tesseract OCR avec ses données anglaises, françaises et espagnoles (Debian/Ubuntu&#xa0;: apt install tesseract-ocr tesseract-ocr-fra tesseract-ocr-spa&#xa0;; Windows&#xa0;: le programme d’installation de l’UB Mannheim, en cochant le français et l’espagnol) et le paquet Python pytesseract</translation>
    </message>
    <message>
        <source>scanned page read by OCR ({engine}; {words} words)</source>
        <translation>page numérisée lue par OCR ({engine}&#xa0;; {words} mots)</translation>
    </message>
    <message>
        <source>scanned page read by OCR ({engine}; {words} words, turned {rotation}°)</source>
        <translation>page numérisée lue par OCR ({engine}&#xa0;; {words} mots, tournée de {rotation}°)</translation>
    </message>
    <message>
        <source>scanned page read by OCR ({engine}; {words} words, straightened {skew}°)</source>
        <translation>page numérisée lue par OCR ({engine}&#xa0;; {words} mots, redressée de {skew}°)</translation>
    </message>
    <message>
        <source>scanned page read by OCR ({engine}; {words} words, turned {rotation}°, straightened {skew}°)</source>
        <translation>page numérisée lue par OCR ({engine}&#xa0;; {words} mots, tournée de {rotation}°, redressée de {skew}°)</translation>
    </message>
    <message>
        <source>no text layer (scanned page?): OCR needed</source>
        <translation>pas de couche de texte (page numérisée&#xa0;?)&#xa0;: OCR nécessaire</translation>
    </message>
    <message>
        <source>headings of this page could not be read: {error}</source>
        <translation>les titres de cette page n’ont pas pu être lus&#xa0;: {error}</translation>
    </message>
    <message>
        <source>extraction results could not be cached: {error}</source>
        <translation>les résultats de l’extraction n’ont pas pu être mis en cache&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the document has no text layer (scanned?): OCR needed</source>
        <translation>le document n’a pas de couche de texte (numérisé&#xa0;?)&#xa0;: OCR nécessaire</translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation>le document ne contient aucun texte</translation>
    </message>
    <message>
        <source>the bookmarks could not be read: {error}</source>
        <translation>les signets n’ont pas pu être lus&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the section tree could not be built: {error}</source>
        <translation>l’arborescence des sections n’a pas pu être construite&#xa0;: {error}</translation>
    </message>
    <message>
        <source>tags could not be assigned: {error}</source>
        <translation>les étiquettes n’ont pas pu être attribuées&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ExtractionJobs</name>
    <message>
        <source>Cancel</source>
        <extracomment>the id of the table the result replaces; None for a new table the columns were given (re-split of a table&apos;s columns) this piece&apos;s place in ``group.results`` an extraction ended (sha256 of the document) (document, table id, bbox, rows, columns) whose guides were asked for already</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the extraction (pages done so far are kept)</source>
        <translation>Arrêter l’extraction (les pages déjà traitées sont conservées)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Extracting %v/%m</source>
        <translation>Extraction %v/%m</translation>
    </message>
    <message>
        <source>Extracting {name}… (you can keep working)</source>
        <translation>Extraction de {name}… (vous pouvez continuer à travailler)</translation>
    </message>
    <message>
        <source>Create Table Here (Borderless)</source>
        <translation>Créer un tableau ici (sans bordures)</translation>
    </message>
    <message>
        <source>Create Table Here (Ruled)</source>
        <translation>Créer un tableau ici (filets)</translation>
    </message>
    <message>
        <source>Replace Table {table} (Borderless)</source>
        <translation>Remplacer le tableau {table} (sans bordures)</translation>
    </message>
    <message>
        <source>Replace Table {table} (Ruled)</source>
        <translation>Remplacer le tableau {table} (filets)</translation>
    </message>
    <message>
        <source>The PDF is missing</source>
        <translation>Le PDF est introuvable</translation>
    </message>
    <message>
        <source>The source PDF is not available; locate it first.</source>
        <translation>Le PDF source n’est pas disponible&#xa0;; indiquez d’abord où il se trouve.</translation>
    </message>
    <message>
        <source>Extracting the area…</source>
        <translation>Extraction de la zone…</translation>
    </message>
    <message>
        <source>Extracting the table&apos;s {count} pieces…</source>
        <translation>Extraction des {count} parties du tableau…</translation>
    </message>
    <message>
        <source>The table is gone</source>
        <translation>Le tableau n’existe plus</translation>
    </message>
    <message>
        <source>The table was deleted while its area was being extracted.</source>
        <translation>Le tableau a été supprimé pendant l’extraction de sa zone.</translation>
    </message>
    <message>
        <source>{action}: {rows} × {columns} (Ctrl+Z to undo).</source>
        <translation>{action}&#xa0;: {rows} × {columns} (Ctrl+Z pour annuler).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot extract the area</source>
        <translation>Impossible d’extraire la zone</translation>
    </message>
</context>
<context>
    <name>ExtractionThread</name>
    <message>
        <source>building the section tree</source>
        <extracomment>one PageResult as soon as its page is done pages done, pages in all, message the assembled DocumentData, whether the run was cancelled, and whether it was written to the project file already (as the document&apos;s baseline, through this thread&apos;s own connection) a sentence for the user (the PDF cannot be read, ...) a re-extraction: when it is cancelled, the previous baseline stays</extracomment>
        <translation>construction de l’arborescence des sections</translation>
    </message>
    <message>
        <source>The extraction stopped: {error}</source>
        <translation>L’extraction s’est arrêtée&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>permission denied (read-only location, or the file is open in another program)</source>
        <extracomment>Why a file cannot be written, in words a user acts on (the operating system&apos;s own text otherwise).</extracomment>
        <translation>accès refusé (emplacement en lecture seule, ou fichier ouvert dans un autre programme)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>files cannot be created in that folder</source>
        <translation>impossible de créer des fichiers dans ce dossier</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <source>Type something to find.</source>
        <extracomment>accents must match as typed; by default &quot;Haiti&quot; finds &quot;Haïti&quot; and &quot;Haití&quot; (a field laptop&apos;s keyboard often has no accents), as in a browser&apos;s or a PDF reader&apos;s search. A regular expression always matches them as written.</extracomment>
        <translation>Saisissez le texte à rechercher.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: {error}.</source>
        <translation>L’expression régulière n’est pas valide&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The replacement is not valid: {error}.</source>
        <extracomment>A short excerpt around the match for result lists.</extracomment>
        <translation>Le texte de remplacement n’est pas valide&#xa0;: {error}.</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <extracomment>(sha256, Location) the user wants to see</extracomment>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Match accents</source>
        <translation>Respecter les accents</translation>
    </message>
    <message>
        <source>Unticked, “Haiti” also finds “Haïti” and “Haití” (a regular expression matches accents as written)</source>
        <translation>Non cochée, «&#xa0;Haiti&#xa0;» trouve aussi «&#xa0;Haïti&#xa0;» et «&#xa0;Haití&#xa0;» (une expression régulière respecte les accents tels qu’écrits)</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Table cells</source>
        <translation>Cellules des tableaux</translation>
    </message>
    <message>
        <source>Section titles</source>
        <translation>Titres des sections</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texte des sections</translation>
    </message>
    <message>
        <source>Current document</source>
        <translation>Document actuel</translation>
    </message>
    <message>
        <source>All documents of the project</source>
        <translation>Tous les documents du projet</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Find All</source>
        <translation>Tout rechercher</translation>
    </message>
    <message>
        <source>Replace Selected</source>
        <translation>Remplacer la sélection</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Remplacer&#xa0;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{document}: {place}</source>
        <translation>{document}&#xa0;: {place}</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>{matches} (first ones)</source>
        <translation>{matches} (les premières)</translation>
    </message>
    <message>
        <source>Nothing to replace.</source>
        <translation>Rien à remplacer.</translation>
    </message>
    <message numerus="yes">
        <source>Replace “{text}” in %n document(s)</source>
        <translation>
            <numerusform>Remplacer «&#xa0;{text}&#xa0;» dans %n document</numerusform>
            <numerusform>Remplacer «&#xa0;{text}&#xa0;» dans %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n place(s).</source>
        <translation>
            <numerusform>Remplacé à %n endroit.</numerusform>
            <numerusform>Remplacé à %n endroits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the matches to replace (or use Replace All).</source>
        <translation>Sélectionnez les occurrences à remplacer (ou utilisez Tout remplacer).</translation>
    </message>
    <message>
        <source>Table {table}, cell {cell}</source>
        <translation>Tableau {table}, cellule {cell}</translation>
    </message>
    <message>
        <source>Section {section} title</source>
        <translation>Titre de la section {section}</translation>
    </message>
    <message>
        <source>Section {section} text</source>
        <translation>Texte de la section {section}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>Find in the guide…</source>
        <translation>Rechercher dans le guide…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>Table Editor</source>
        <translation>Éditeur de tableau</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Its sections will be listed here.</source>
        <translation>Ses sections seront listées ici.</translation>
    </message>
    <message>
        <source>Its pages will be shown here.</source>
        <translation>Ses pages s’afficheront ici.</translation>
    </message>
    <message>
        <source>Its tables will be listed here.</source>
        <translation>Ses tableaux seront listés ici.</translation>
    </message>
    <message>
        <source>Suspicious values in its tables will be listed here.</source>
        <translation>Les valeurs suspectes de ses tableaux seront listées ici.</translation>
    </message>
    <message>
        <source>A table chosen on its pages is corrected here.</source>
        <translation>Un tableau choisi sur ses pages se corrige ici.</translation>
    </message>
    <message>
        <source>Every change is saved in the project file as soon as it is made</source>
        <translation>Chaque modification est enregistrée dans le fichier de projet dès qu’elle est faite</translation>
    </message>
    <message>
        <source>Open a PDF or a project (Ctrl+O), or drop one on the window.</source>
        <translation>Ouvrez un PDF ou un projet (Ctrl+O), ou déposez-en un sur la fenêtre.</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Commencer un projet vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a project, or a PDF as a new project (asks when this project has documents)</source>
        <translation>Ouvrir un projet, ou un PDF comme nouveau projet (demande quoi faire si ce projet a des documents)</translation>
    </message>
    <message>
        <source>&amp;Add PDF to Project…</source>
        <translation>&amp;Ajouter un PDF au projet…</translation>
    </message>
    <message>
        <source>Add one or more source PDFs to this project (a pack can draw on all of them)</source>
        <translation>Ajouter un ou plusieurs PDF sources à ce projet (un dossier d’information peut s’appuyer sur tous)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Everything is saved as you work; for a new project, choose where to keep it</source>
        <translation>Tout est enregistré au fil du travail&#xa0;; pour un nouveau projet, choisissez où le conserver</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <source>Continue in a copy of the project</source>
        <translation>Continuer dans une copie du projet</translation>
    </message>
    <message>
        <source>&amp;Embed Source PDFs in Project</source>
        <translation>&amp;Intégrer les PDF sources au projet</translation>
    </message>
    <message>
        <source>Keep a copy of the PDFs inside the project so it can be mailed</source>
        <translation>Garder une copie des PDF dans le projet pour pouvoir l’envoyer par courriel</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Compose &amp;Pack…</source>
        <translation>Composer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Choose sections and tables for a briefing pack and export it</source>
        <translation>Choisir des sections et des tableaux pour un dossier d’information et l’exporter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>&amp;Rechercher et remplacer…</translation>
    </message>
    <message>
        <source>Find and replace in all section text and table cells</source>
        <translation>Rechercher et remplacer dans tout le texte des sections et les cellules des tableaux</translation>
    </message>
    <message>
        <source>&amp;Repair Lost Characters…</source>
        <translation>Réparer les &amp;caractères perdus…</translation>
    </message>
    <message>
        <source>Review proposed fixes of letters lost in the PDF (“Objec�ve” → “Objective”)</source>
        <translation>Passer en revue les corrections proposées pour les lettres perdues dans le PDF («&#xa0;Objec�f&#xa0;» → «&#xa0;Objectif&#xa0;»)</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;First Page</source>
        <translation>&amp;Première page</translation>
    </message>
    <message>
        <source>&amp;Last Page</source>
        <translation>&amp;Dernière page</translation>
    </message>
    <message>
        <source>&amp;Go to Page…</source>
        <translation>&amp;Aller à la page…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <source>&amp;Rotate View Clockwise</source>
        <translation>&amp;Faire pivoter l’affichage dans le sens horaire</translation>
    </message>
    <message>
        <source>Turn the page on screen (a table printed sideways reads upright); the document is not changed</source>
        <translation>Tourner la page à l’écran (un tableau imprimé de côté se lit droit) ; le document n’est pas modifié</translation>
    </message>
    <message>
        <source>Rotate View &amp;Counterclockwise</source>
        <translation>Faire pivoter l’affichage dans le sens &amp;antihoraire</translation>
    </message>
    <message>
        <source>Turn the page on screen the other way; the document is not changed</source>
        <translation>Tourner la page à l’écran dans l’autre sens ; le document n’est pas modifié</translation>
    </message>
    <message>
        <source>Show &amp;Table and Heading Boxes</source>
        <translation>Afficher les cadres des &amp;tableaux et des titres</translation>
    </message>
    <message>
        <source>&amp;Reset Panel Layout</source>
        <translation>Réinitialiser la &amp;disposition des panneaux</translation>
    </message>
    <message>
        <source>&amp;Draw Table Area</source>
        <translation>&amp;Tracer une zone de tableau</translation>
    </message>
    <message>
        <source>Drag a rectangle on the page to extract a table from it (Esc to stop)</source>
        <translation>Tracez un rectangle sur la page pour en extraire un tableau (Échap pour arrêter)</translation>
    </message>
    <message>
        <source>&amp;Re-extract Document</source>
        <translation>&amp;Réextraire le document</translation>
    </message>
    <message>
        <source>Extract the document again; your corrections are re-applied where the tables still match</source>
        <translation>Extraire de nouveau le document&#xa0;; vos corrections sont réappliquées là où les tableaux correspondent encore</translation>
    </message>
    <message>
        <source>Re&amp;move Document from Project</source>
        <translation>&amp;Retirer le document du projet</translation>
    </message>
    <message>
        <source>Next &amp;Problem</source>
        <translation>Problème &amp;suivant</translation>
    </message>
    <message>
        <source>Previous Pro&amp;blem</source>
        <translation>Problème &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Briefing Builder</source>
        <translation>À &amp;propos de Briefing Builder</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Draw Table</source>
        <translation>Tracer un tableau</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>The interface will be in {language} the next time Briefing Builder starts.</source>
        <translation>L’interface sera en {language} au prochain démarrage de Briefing Builder.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>untitled project</source>
        <translation>projet sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%n undone correction(s) can be redone</source>
        <translation>
            <numerusform>%n correction annulée peut être rétablie</numerusform>
            <numerusform>%n corrections annulées peuvent être rétablies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read-only · %n correction(s) in {project}</source>
        <translation>
            <numerusform>Lecture seule · %n correction dans {project}</numerusform>
            <numerusform>Lecture seule · %n corrections dans {project}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Saved · %n correction(s) in {project}</source>
        <translation>
            <numerusform>✓ Enregistré · %n correction dans {project}</numerusform>
            <numerusform>✓ Enregistré · %n corrections dans {project}</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
    <message>
        <source>Turns appeal PDFs into corrected tables, section trees and donor briefing packs. Works fully offline.</source>
        <translation>Transforme les PDF d’appels en tableaux corrigés, en arborescences de sections et en dossiers d’information pour les donateurs. Fonctionne entièrement hors ligne.</translation>
    </message>
</context>
<context>
    <name>NoDocumentHints</name>
    <message>
        <source>Add a PDF to the project (Ctrl+Shift+O) or drop one on the window.</source>
        <translation>Ajoutez un PDF au projet (Ctrl+Maj+O) ou déposez-en un sur la fenêtre.</translation>
    </message>
    <message>
        <source>Open a PDF or a project (Ctrl+O), or drop one on the window.</source>
        <translation>Ouvrez un PDF ou un projet (Ctrl+O), ou déposez-en un sur la fenêtre.</translation>
    </message>
    <message>
        <source>No document open.</source>
        <translation>Aucun document ouvert.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Merge {table} with its continuation on page {page}</source>
        <extracomment>Labels of the edits, in English (saved in the journal); the interface translates them. A pair is (one, several) for a label with a count (:func:`label`).</extracomment>
        <translation>Fusionner {table} avec sa suite page {page}</translation>
    </message>
    <message>
        <source>Link the table on page {page} as the continuation of {previous}</source>
        <translation>Lier le tableau de la page {page} comme suite de {previous}</translation>
    </message>
    <message>
        <source>Unlink the table on page {page} from {previous}</source>
        <translation>Délier le tableau de la page {page} de {previous}</translation>
    </message>
    <message>
        <source>Insert a row above row {row}</source>
        <translation>Insérer une ligne au-dessus de la ligne {row}</translation>
    </message>
    <message>
        <source>Insert {count} rows above row {row}</source>
        <translation>Insérer {count} lignes au-dessus de la ligne {row}</translation>
    </message>
    <message>
        <source>Insert a row below row {row}</source>
        <translation>Insérer une ligne sous la ligne {row}</translation>
    </message>
    <message>
        <source>Insert {count} rows below row {row}</source>
        <translation>Insérer {count} lignes sous la ligne {row}</translation>
    </message>
    <message>
        <source>Delete row {row}</source>
        <translation>Supprimer la ligne {row}</translation>
    </message>
    <message>
        <source>Delete {count} rows</source>
        <translation>Supprimer {count} lignes</translation>
    </message>
    <message>
        <source>Move row {row} up</source>
        <translation>Monter la ligne {row}</translation>
    </message>
    <message>
        <source>Move row {row} down</source>
        <translation>Descendre la ligne {row}</translation>
    </message>
    <message>
        <source>Merge row {row} into row {above}</source>
        <translation>Fusionner la ligne {row} avec la ligne {above}</translation>
    </message>
    <message>
        <source>Split row {row}</source>
        <translation>Scinder la ligne {row}</translation>
    </message>
    <message>
        <source>Insert column left of {column}</source>
        <translation>Insérer une colonne à gauche de {column}</translation>
    </message>
    <message>
        <source>Insert column right of {column}</source>
        <translation>Insérer une colonne à droite de {column}</translation>
    </message>
    <message>
        <source>Delete column {column}</source>
        <translation>Supprimer la colonne {column}</translation>
    </message>
    <message>
        <source>Delete {count} columns</source>
        <translation>Supprimer {count} colonnes</translation>
    </message>
    <message>
        <source>Move column {column} left</source>
        <translation>Déplacer la colonne {column} vers la gauche</translation>
    </message>
    <message>
        <source>Move column {column} right</source>
        <translation>Déplacer la colonne {column} vers la droite</translation>
    </message>
    <message>
        <source>Merge columns {column} and {next}</source>
        <translation>Fusionner les colonnes {column} et {next}</translation>
    </message>
    <message>
        <source>Split column {column}</source>
        <translation>Scinder la colonne {column}</translation>
    </message>
    <message>
        <source>Merge cells {range}</source>
        <translation>Fusionner les cellules {range}</translation>
    </message>
    <message>
        <source>Split cell {cell}</source>
        <translation>Scinder la cellule {cell}</translation>
    </message>
    <message>
        <source>Set one header row</source>
        <translation>Définir une ligne d’en-tête</translation>
    </message>
    <message>
        <source>Set {count} header rows</source>
        <translation>Définir {count} lignes d’en-tête</translation>
    </message>
    <message>
        <source>Mark row {row} as totals</source>
        <translation>Marquer la ligne {row} comme ligne de total</translation>
    </message>
    <message>
        <source>Unmark totals row {row}</source>
        <translation>Retirer la marque de total de la ligne {row}</translation>
    </message>
    <message>
        <source>Mark table {table} as checked</source>
        <translation>Marquer le tableau {table} comme vérifié</translation>
    </message>
    <message>
        <source>Mark table {table} as not checked</source>
        <translation>Marquer le tableau {table} comme non vérifié</translation>
    </message>
    <message>
        <source>Delete table {table}</source>
        <translation>Supprimer le tableau {table}</translation>
    </message>
    <message>
        <source>Paste one cell at {cell}</source>
        <translation>Coller une cellule en {cell}</translation>
    </message>
    <message>
        <source>Paste {count} cells at {cell}</source>
        <translation>Coller {count} cellules en {cell}</translation>
    </message>
    <message>
        <source>Clear {cells}</source>
        <translation>Effacer {cells}</translation>
    </message>
    <message>
        <source>Re-split columns of {table}</source>
        <translation>Redécouper les colonnes de {table}</translation>
    </message>
    <message>
        <source>Re-extract table {table} ({method})</source>
        <translation>Réextraire le tableau {table} ({method})</translation>
    </message>
    <message>
        <source>Add table on page {page}</source>
        <translation>Ajouter un tableau page {page}</translation>
    </message>
    <message>
        <source>Replace “{find}” with “{replacement}” ({count})</source>
        <extracomment>Labels of the edits, in English (saved in the journal); the interface translates them.</extracomment>
        <translation>Remplacer «&#xa0;{find}&#xa0;» par «&#xa0;{replacement}&#xa0;» ({count})</translation>
    </message>
    <message>
        <source>Repair lost characters ({count})</source>
        <translation>Réparer les caractères perdus ({count})</translation>
    </message>
    <message>
        <source>Edit cell {cell}</source>
        <extracomment>Labels of operations, in English (saved in the journal); the interface translates them (app/document/messages.py).</extracomment>
        <translation>Modifier la cellule {cell}</translation>
    </message>
    <message>
        <source>Change table {what}</source>
        <translation>Modifier le tableau ({what})</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>Ajouter un tableau</translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation>Supprimer le tableau</translation>
    </message>
    <message>
        <source>Restructure table</source>
        <translation>Restructurer le tableau</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <source>Change section level</source>
        <translation>Changer le niveau de la section</translation>
    </message>
    <message>
        <source>Edit section text</source>
        <translation>Modifier le texte de la section</translation>
    </message>
    <message>
        <source>Edit section tags</source>
        <translation>Modifier les étiquettes de la section</translation>
    </message>
    <message>
        <source>Edit section</source>
        <translation>Modifier la section</translation>
    </message>
    <message>
        <source>Insert section</source>
        <translation>Insérer une section</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Déplacer la section</translation>
    </message>
    <message>
        <source>Several changes</source>
        <translation>Plusieurs modifications</translation>
    </message>
    <message>
        <source>Promote “{title}”</source>
        <extracomment>Labels of the edits, in English (saved in the journal); the interface translates them.</extracomment>
        <translation>Remonter «&#xa0;{title}&#xa0;» d’un niveau</translation>
    </message>
    <message>
        <source>Demote “{title}”</source>
        <translation>Descendre «&#xa0;{title}&#xa0;» d’un niveau</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>Déplacer «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Merge “{title}” into previous section</source>
        <translation>Fusionner «&#xa0;{title}&#xa0;» avec la section précédente</translation>
    </message>
    <message>
        <source>Split “{title}” at paragraph {paragraph}</source>
        <translation>Scinder «&#xa0;{title}&#xa0;» au paragraphe {paragraph}</translation>
    </message>
    <message>
        <source>Delete section “{title}”</source>
        <translation>Supprimer la section «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Rename “{title}” to “{new}”</source>
        <translation>Renommer «&#xa0;{title}&#xa0;» en «&#xa0;{new}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the text of “{title}”</source>
        <translation>Modifier le texte de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the tags of “{title}”</source>
        <translation>Modifier les étiquettes de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Choose countries</source>
        <extracomment>Prefix of the project&apos;s ``meta`` keys holding the composer&apos;s journal (one row a change). Parts of a definition an edit may change. ``metadata.&lt;field&gt;`` for every text field of :class:`PackMetadata`; ``options.&lt;exporter&gt;`` for one exporter&apos;s options. Metadata fields edited as text (the logo is ``metadata.logo``: its name and data together). How each filter reads in an edit&apos;s label (&quot;Choose countries&quot;).</extracomment>
        <translation>Choisir les pays</translation>
    </message>
    <message>
        <source>Choose regions</source>
        <translation>Choisir les régions</translation>
    </message>
    <message>
        <source>Choose themes</source>
        <translation>Choisir les thèmes</translation>
    </message>
    <message>
        <source>Choose sections</source>
        <translation>Choisir les sections</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>Choisir les documents</translation>
    </message>
    <message>
        <source>Change keywords</source>
        <translation>Modifier les mots-clés</translation>
    </message>
    <message>
        <source>Change columns</source>
        <translation>Modifier les colonnes</translation>
    </message>
    <message>
        <source>Include section text</source>
        <translation>Inclure le texte des sections</translation>
    </message>
    <message>
        <source>Include tables</source>
        <translation>Inclure les tableaux</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Change “Prepared for”</source>
        <translation>Modifier «&#xa0;Préparé pour&#xa0;»</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Modifier la date</translation>
    </message>
    <message>
        <source>Change “Prepared by”</source>
        <translation>Modifier «&#xa0;Préparé par&#xa0;»</translation>
    </message>
    <message>
        <source>Change organisation</source>
        <translation>Modifier l’organisation</translation>
    </message>
    <message>
        <source>Change notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <source>Change subject</source>
        <translation>Modifier l’objet</translation>
    </message>
    <message>
        <source>Change pack language</source>
        <translation>Modifier la langue du dossier</translation>
    </message>
    <message>
        <source>Change filters</source>
        <extracomment>The other edits&apos; labels (marked at import, so the interface can read a journal&apos;s labels back).</extracomment>
        <translation>Modifier les filtres</translation>
    </message>
    <message>
        <source>Leave out section text</source>
        <translation>Exclure le texte des sections</translation>
    </message>
    <message>
        <source>Leave out tables</source>
        <translation>Exclure les tableaux</translation>
    </message>
    <message>
        <source>Set logo</source>
        <translation>Définir le logo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Choose format</source>
        <translation>Choisir le format</translation>
    </message>
    <message>
        <source>Change option “{option}”</source>
        <translation>Modifier l’option «&#xa0;{option}&#xa0;»</translation>
    </message>
    <message>
        <source>Move blocks</source>
        <translation>Déplacer les blocs</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>Déplacer le bloc</translation>
    </message>
    <message>
        <source>Reorder blocks</source>
        <translation>Réordonner les blocs</translation>
    </message>
    <message>
        <source>Remove blocks</source>
        <translation>Retirer les blocs</translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation>Retirer le bloc</translation>
    </message>
    <message>
        <source>Restore all blocks</source>
        <translation>Rétablir tous les blocs</translation>
    </message>
    <message>
        <source>Load pack “{name}”</source>
        <translation>Charger le dossier «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PackComposer</name>
    <message>
        <source>Packs saved in this project; choose one to load it</source>
        <extracomment>The title a new pack starts with before any filter names a country, region or theme. Emitted after the pack was rebuilt (filters, order, corrections changed). Emitted with the path of a file written by an export. Emitted when a preview is ready (number of pages shown). Emitted when an export or preview failed (message). Emitted when the user cancelled an export. the working definition and its edits, as the project last kept them the window&apos;s problems of a document (sha256 -&gt; list, None while being checked): the status reads them instead of checking the pack&apos;s tables again on every rebuild the title follows the filters (&quot;Somalia: briefing pack&quot;) until the user types one</extracomment>
        <translation>Dossiers enregistrés dans ce projet&#xa0;; choisissez-en un pour le charger</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save this pack definition in the project (Ctrl+S in the composer)</source>
        <translation>Enregistrer la définition de ce dossier dans le projet (Ctrl+S dans le compositeur)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Skipped broken exporter plug-ins: {names} (hover for details).</source>
        <translation>Modules d’export défectueux ignorés&#xa0;: {names} (survolez pour les détails).</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Logo</source>
        <extracomment>the documents the pack draws on (a project may hold several)</extracomment>
        <translation>Logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>The pack cannot be built: {reason}</source>
        <translation>Le dossier ne peut pas être constitué&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tableau</numerusform>
            <numerusform>%n tableaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n retiré</numerusform>
            <numerusform>%n retirés</numerusform>
        </translation>
    </message>
    <message>
        <source>{selection}: {parts}.</source>
        <translation>{selection}&#xa0;: {parts}.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n table(s) may be off and not checked yet: {tables} (Tables list, Ctrl+K once checked).</source>
        <translation>
            <numerusform>⚠ %n tableau est peut-être faux et pas encore vérifié : {tables} (liste des tableaux, Ctrl+K une fois vérifié).</numerusform>
            <numerusform>⚠ %n tableaux sont peut-être faux et pas encore vérifiés : {tables} (liste des tableaux, Ctrl+K une fois vérifiés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Figures do not add up to their printed totals in %n table(s): {tables} (Problems list).</source>
        <translation>
            <numerusform>⚠ Des chiffres ne font pas leur total imprimé dans %n tableau&#xa0;: {tables} (liste des problèmes).</numerusform>
            <numerusform>⚠ Des chiffres ne font pas leur total imprimé dans %n tableaux&#xa0;: {tables} (liste des problèmes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draws on {count} of the project&apos;s %n documents: {sources}</source>
        <translation>
            <numerusform>S’appuie sur {count} des %n documents du projet&#xa0;: {sources}</numerusform>
            <numerusform>S’appuie sur {count} des %n documents du projet&#xa0;: {sources}</numerusform>
        </translation>
    </message>
    <message>
        <source>Draws on: {sources}</source>
        <translation>S’appuie sur&#xa0;: {sources}</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>La modification n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>{reason} Nothing was changed.</source>
        <translation>{reason} Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>(unsaved pack)</source>
        <translation>(dossier non enregistré)</translation>
    </message>
    <message>
        <source>Pack “{name}” saved in the project.</source>
        <translation>Dossier «&#xa0;{name}&#xa0;» enregistré dans le projet.</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier d’information</translation>
    </message>
    <message>
        <source>Save pack</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Name of the pack in this project:</source>
        <translation>Nom du dossier dans ce projet&#xa0;:</translation>
    </message>
    <message>
        <source>Replace the saved pack “{name}”?</source>
        <translation>Remplacer le dossier enregistré «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The pack could not be saved: {reason}</source>
        <translation>Le dossier n’a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The project has no saved pack named “{name}”.</source>
        <translation>Le projet n’a pas de dossier enregistré nommé «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Load pack</source>
        <translation>Charger un dossier</translation>
    </message>
    <message>
        <source>Delete pack</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Delete the saved pack “{name}” from the project?</source>
        <translation>Supprimer du projet le dossier enregistré «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>No exporter is available.</source>
        <translation>Aucun format d’export n’est disponible.</translation>
    </message>
    <message>
        <source>Nothing matches the filters: there is nothing to export.</source>
        <translation>Rien ne correspond aux filtres&#xa0;: il n’y a rien à exporter.</translation>
    </message>
    <message>
        <source>Export pack</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Tous les fichiers ({patterns})</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>PackDetailsForm</name>
    <message>
        <source>Donor or audience</source>
        <extracomment>Cover values every exporter is given in its options dict (edited on the Details tab, not in the exporter&apos;s own option rows): ``organisation`` (text) and ``logo`` (the path of an image file, or &quot;&quot;). The metadata fields edited as text, and their widgets&apos; names. a metadata field changed by the user: its name (a :class:`PackMetadata` field) and value a logo file was chosen (&quot;&quot; when the logo was cleared) an exporter option changed by the user: its name and value</extracomment>
        <translation>Donateur ou public</translation>
    </message>
    <message>
        <source>Printed on the cover, e.g. IOM Somalia (optional)</source>
        <translation>Imprimé sur la couverture, p. ex. OIM Somalie (facultatif)</translation>
    </message>
    <message>
        <source>Printed on the cover</source>
        <translation>Imprimé sur la couverture</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Préparé pour</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Language of the pack&apos;s own words: labels, dates, numbers. Text from the source documents is not translated.</source>
        <translation>Langue des mots propres au dossier&#xa0;: libellés, dates, nombres. Le texte des documents sources n’est pas traduit.</translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation>Langue du dossier</translation>
    </message>
    <message>
        <source>Follows the countries, regions or themes chosen until you type a title</source>
        <translation>Suit les pays, régions ou thèmes choisis tant que vous ne saisissez pas de titre</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <source>{exporter}: {option}</source>
        <translation>{exporter}&#xa0;: {option}</translation>
    </message>
</context>
<context>
    <name>PackDock</name>
    <message>
        <source>Pack</source>
        <extracomment>a composer was made for the project, or the last one went (see :attr:`composer`)</extracomment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Open a project to compose a pack.</source>
        <translation>Ouvrez un projet pour composer un dossier d’information.</translation>
    </message>
    <message>
        <source>The pack composer could not start: {reason}</source>
        <translation>Le compositeur de dossier n’a pas pu démarrer&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>PackError</name>
    <message>
        <source>The logo {name} cannot be read ({error}).</source>
        <extracomment>Block kinds, in the order exporters are expected to know them. Fixed blocks and their keys. Bars in the requirements chart; beyond, the smallest are added up as &quot;All other (n)&quot;. Donor or audience the pack is prepared for. ISO date (YYYY-MM-DD); empty = the day the pack is built. Organisation sending the pack, shown on the cover beside its logo (optional). Logo image: file name (for display) and its bytes, base64 (so the pack travels with the project). Language the pack writes its own words in (labels, notes, dates, numbers): en, fr or es. Text from the source documents is never translated.</extracomment>
        <translation>Impossible de lire le logo {name} ({error}).</translation>
    </message>
    <message>
        <source>The logo {name} is larger than 2 MB; please use a smaller image.</source>
        <translation>Le logo {name} dépasse 2 Mo&#xa0;; veuillez utiliser une image plus petite.</translation>
    </message>
    <message>
        <source>The logo {name} is not a PNG or JPEG image.</source>
        <translation>Le logo {name} n’est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The logo {name} is not a readable image ({error}).</source>
        <translation>Le logo {name} n’est pas une image lisible ({error}).</translation>
    </message>
    <message>
        <source>This pack definition is damaged (not a JSON object).</source>
        <extracomment>Block keys in the order the user arranged them (blocks not listed keep their default place). Keys of blocks the user removed. Exporter last used, and options per exporter name.</extracomment>
        <translation>Cette définition de dossier d’information est endommagée (pas un objet JSON).</translation>
    </message>
    <message>
        <source>This pack was saved by a newer Briefing Builder (pack format {version}); this one reads up to {supported}.</source>
        <translation>Ce dossier d’information a été enregistré par une version plus récente de Briefing Builder (format {version})&#xa0;; celle-ci lit jusqu’au format {supported}.</translation>
    </message>
    <message>
        <source>A saved pack needs a name.</source>
        <extracomment>characters no file name may hold on Windows, macOS or Linux, and names Windows reserves</extracomment>
        <translation>Un dossier d’information enregistré doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>PackExport</name>
    <message>
        <source>Cancel export</source>
        <extracomment>the path of a file written the export failed (message) the user cancelled the export the export ended, whichever way the file written last; the status line offers to open it or show its folder</extracomment>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Stop the export; nothing is written</source>
        <translation>Arrêter l’export&#xa0;; rien n’est écrit</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Export de {name}…</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Annulation de l’export…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Exported {path}.</source>
        <translation>Exporté&#xa0;: {path}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>{path} cannot be opened here.</source>
        <translation>{path} ne peut pas être ouvert ici.</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Échec de l’export&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>PackFiltersForm</name>
    <message>
        <source>Keywords (comma-separated; case and accents ignored)</source>
        <extracomment>the user changed a filter (not emitted while the form is being filled) the Clear filters button</extracomment>
        <translation>Mots-clés (séparés par des virgules&#xa0;; casse et accents ignorés)</translation>
    </message>
    <message>
        <source>Find a country…</source>
        <translation>Chercher un pays…</translation>
    </message>
    <message>
        <source>Countries found in the documents (sections and table rows)</source>
        <translation>Pays trouvés dans les documents (sections et lignes de tableaux)</translation>
    </message>
    <message>
        <source>Regions tagged in the documents</source>
        <translation>Régions étiquetées dans les documents</translation>
    </message>
    <message>
        <source>Themes and objectives tagged in the documents</source>
        <translation>Thèmes et objectifs étiquetés dans les documents</translation>
    </message>
    <message>
        <source>Source documents of the project the pack draws on (none checked: all of them)</source>
        <translation>Documents sources du projet sur lesquels s’appuie le dossier (aucun coché&#xa0;: tous)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Check sections to limit the pack to them (and their sub-sections)</source>
        <translation>Cochez des sections pour y limiter le dossier (avec leurs sous-sections)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Only columns whose header contains… (comma-separated)</source>
        <translation>Seulement les colonnes dont l’en-tête contient… (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texte des sections</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No country tags in the documents yet</source>
        <translation>Aucune étiquette de pays dans les documents pour l’instant</translation>
    </message>
    <message>
        <source>No region tags in the documents yet</source>
        <translation>Aucune étiquette de région dans les documents pour l’instant</translation>
    </message>
    <message>
        <source>No theme tags in the documents yet</source>
        <translation>Aucune étiquette de thème dans les documents pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackOutlineView</name>
    <message>
        <source>Drag to reorder; Delete removes the selected blocks from the pack</source>
        <extracomment>move the selected blocks up (-1) or down (+1) remove the selected blocks put back removed blocks and the default order the user dragged blocks to a new order (read it with :meth:`keys`)</extracomment>
        <translation>Faites glisser pour réordonner&#xa0;; Suppr retire du dossier les blocs sélectionnés</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected block up (Ctrl+Up)</source>
        <translation>Monter le bloc sélectionné (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected block down (Ctrl+Down)</source>
        <translation>Descendre le bloc sélectionné (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected blocks (Delete)</source>
        <translation>Retirer les blocs sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last reorder or removal in the outline</source>
        <translation>Annuler le dernier déplacement ou retrait dans le plan</translation>
    </message>
    <message>
        <source>Restore all</source>
        <translation>Tout rétablir</translation>
    </message>
    <message>
        <source>Put back removed blocks and the default order</source>
        <translation>Remettre les blocs retirés et l’ordre par défaut</translation>
    </message>
    <message>
        <source>From {source}</source>
        <translation>Tiré de {source}</translation>
    </message>
</context>
<context>
    <name>PackPreview</name>
    <message>
        <source>Update automatically</source>
        <extracomment>a preview is shown (number of pages) the preview failed (message)</extracomment>
        <translation>Mettre à jour automatiquement</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Pages of the exported PDF</source>
        <translation>Pages du PDF exporté</translation>
    </message>
    <message>
        <source>No PDF exporter: no preview.</source>
        <translation>Pas d’export PDF&#xa0;: pas d’aperçu.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>{pages} (first pages).</source>
        <translation>{pages} (premières pages).</translation>
    </message>
    <message>
        <source>{pages}.</source>
        <translation>{pages}.</translation>
    </message>
    <message>
        <source>Preview failed: {reason}</source>
        <translation>Échec de l’aperçu&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>PageCoordinator</name>
    <message>
        <source>Page (Ctrl+G)</source>
        <translation>Page (Ctrl+G)</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tableau</numerusform>
            <numerusform>%n tableaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to Page</source>
        <translation>Aller à la page</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Page&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Merged from pages {first}–{last}</source>
        <extracomment>points between the bbox and the inner edge of the outline the largest distance the outline can be drawn from the bbox (points, at the smallest zoom)</extracomment>
        <translation>Fusionné à partir des pages {first} à {last}</translation>
    </message>
    <message>
        <source>{method}, read by OCR from a scan</source>
        <translation>{method}, lu par OCR sur une numérisation</translation>
    </message>
    <message>
        <source>Table {table}: {rows} × {columns} ({method})</source>
        <translation>Tableau {table}&#xa0;: {rows} × {columns} ({method})</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to select</source>
        <translation>Cliquez pour sélectionner</translation>
    </message>
    <message>
        <source>Drag to move this column separator; right-click to remove it</source>
        <translation>Faites glisser pour déplacer ce séparateur de colonnes&#xa0;; clic droit pour le supprimer</translation>
    </message>
    <message>
        <source>Remove Column Separator</source>
        <translation>Supprimer le séparateur de colonnes</translation>
    </message>
    <message>
        <source>Heading (level {level}): {title}</source>
        <translation>Titre (niveau {level})&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>PdfError</name>
    <message>
        <source>{name}: the password is not correct.</source>
        <translation>{name}&#xa0;: le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>{name} is encrypted: a password is needed to open it.</source>
        <translation>{name} est chiffré&#xa0;: un mot de passe est nécessaire pour l’ouvrir.</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}&#xa0;: ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a PDF file.</source>
        <translation>{path} est un dossier, pas un fichier PDF.</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({error}).</source>
        <translation>{name}&#xa0;: lecture impossible ({error}).</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes).</source>
        <translation>{name} est vide (0 octet).</translation>
    </message>
    <message>
        <source>{name} is not a PDF file.</source>
        <translation>{name} n’est pas un fichier PDF.</translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid PDF ({detail}).</source>
        <translation>{name} est endommagé ou n’est pas un PDF valide ({detail}).</translation>
    </message>
    <message>
        <source>{name} is damaged: no page could be read.</source>
        <extracomment>pdfium is not thread safe, not even across documents: every pdfium call of this process holds this lock (the GUI&apos;s page rendering takes the same one, widgets/rendering.py). Worker processes never wait on it; an extraction run inside the GUI process (``workers=0``) shares pdfium with rendering. Set when the interpreter starts to exit: from then on pypdfium2 closes nothing (see below).</extracomment>
        <translation>{name} est endommagé&#xa0;: aucune page n’a pu être lue.</translation>
    </message>
    <message>
        <source>{name} is damaged: it was repaired in memory (the file itself is unchanged) and 1 page could be read</source>
        <extracomment>How notes on damaged sources begin (the problems list finds them by these words). A note on a damaged PDF (the problems list), for one page read and for several.</extracomment>
        <translation>{name} est endommagé&#xa0;: il a été réparé en mémoire (le fichier lui-même n’est pas modifié) et 1 page a pu être lue</translation>
    </message>
    <message>
        <source>{name} is damaged: it was repaired in memory (the file itself is unchanged) and {read} pages could be read</source>
        <translation>{name} est endommagé&#xa0;: il a été réparé en mémoire (le fichier lui-même n’est pas modifié) et {read} pages ont pu être lues</translation>
    </message>
    <message>
        <source>{name} is damaged: it was repaired in memory (the file itself is unchanged) and 1 of {expected} pages could be read</source>
        <translation>{name} est endommagé&#xa0;: il a été réparé en mémoire (le fichier lui-même n’est pas modifié) et 1 page sur {expected} a pu être lue</translation>
    </message>
    <message>
        <source>{name} is damaged: it was repaired in memory (the file itself is unchanged) and {read} of {expected} pages could be read</source>
        <translation>{name} est endommagé&#xa0;: il a été réparé en mémoire (le fichier lui-même n’est pas modifié) et {read} pages sur {expected} ont pu être lues</translation>
    </message>
    <message>
        <source>the file ends early (an interrupted download or copy?), so pages after the last one read, or their text, may be missing</source>
        <translation>le fichier s’arrête trop tôt (téléchargement ou copie interrompus&#xa0;?)&#xa0;: les pages qui suivent la dernière lue, ou leur texte, peuvent manquer</translation>
    </message>
    <message>
        <source>page {pages} has no content left</source>
        <translation>la page {pages} n’a plus aucun contenu</translation>
    </message>
    <message>
        <source>pages {pages} have no content left</source>
        <translation>les pages {pages} n’ont plus aucun contenu</translation>
    </message>
    <message>
        <source>page {pages} was rebuilt from the page content alone (page size, fonts and page order guessed): check against the original</source>
        <translation>la page {pages} a été reconstruite à partir de son seul contenu (format de page, polices et ordre des pages devinés)&#xa0;: vérifiez-la sur l’original</translation>
    </message>
    <message>
        <source>pages {pages} were rebuilt from the page content alone (page size, fonts and page order guessed): check against the original</source>
        <translation>les pages {pages} ont été reconstruites à partir de leur seul contenu (format de page, polices et ordre des pages devinés)&#xa0;: vérifiez-les sur l’original</translation>
    </message>
    <message>
        <source>{note}; {more}</source>
        <extracomment>The note&apos;s parts are joined so, and it ends with a full stop (French puts a space before &quot;;&quot;).</extracomment>
        <translation>{note}&#xa0;; {more}</translation>
    </message>
    <message>
        <source>{note}.</source>
        <translation>{note}.</translation>
    </message>
    <message>
        <source>page rebuilt from its content alone (its page dictionary was lost in the damaged file): page size and fonts are guessed</source>
        <translation>page reconstruite à partir de son seul contenu (son dictionnaire de page a été perdu dans le fichier endommagé)&#xa0;: format de page et polices devinés</translation>
    </message>
    <message>
        <source>{name}, page {page} is too dense to read: about {load} characters and drawings, over the limit of {budget} per page (reading it would take gigabytes of memory).</source>
        <extracomment>Characters plus painted paths one page may hold (a dense A4 page of 6 pt type has about 10,000). Decoded content of one page (with its forms) past which it is too dense whatever it holds. painting operators: S, s, f, f*, F, B, B*, b, b*, sh, Do as whole words. Each alternative starts with its operator&apos;s first letter and looks behind it from there (&quot;(?&lt;![A-Za-z*])&quot; in front would be tried at every byte: 9 ms against 2 for a 440 KB stream of drawings) white space base64.a85decode skips, and the bytes an ASCII85 stream may hold besides it</extracomment>
        <translation>{name}, page {page}&#xa0;: page trop dense pour être lue (environ {load} caractères et tracés, au-delà de la limite de {budget} par page&#xa0;; la lire demanderait des gigaoctets de mémoire).</translation>
    </message>
    <message>
        <source>page {page} is too dense to read: about {load} characters and drawings, over the limit of {budget} per page (reading it would take gigabytes of memory).</source>
        <translation>la page {page} est trop dense pour être lue&#xa0;: environ {load} caractères et tracés, au-delà de la limite de {budget} par page (la lire demanderait des gigaoctets de mémoire).</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>{table} column {column}</source>
        <translation>{table} colonne {column}</translation>
    </message>
    <message>
        <source>{table} row {row}</source>
        <translation>{table} ligne {row}</translation>
    </message>
    <message>
        <source>section {section}</source>
        <translation>section {section}</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>p. {page} · {place}</source>
        <translation>p. {page} · {place}</translation>
    </message>
    <message>
        <source>Row sum</source>
        <extracomment>The interface translates labels and messages under this context (app/document/messages.py).</extracomment>
        <translation>Somme de ligne</translation>
    </message>
    <message>
        <source>Column sum</source>
        <translation>Somme de colonne</translation>
    </message>
    <message>
        <source>Text in numbers</source>
        <translation>Texte parmi les chiffres</translation>
    </message>
    <message>
        <source>Lost character</source>
        <translation>Caractère perdu</translation>
    </message>
    <message>
        <source>Unmapped glyph</source>
        <translation>Glyphe non reconnu</translation>
    </message>
    <message>
        <source>Empty column</source>
        <translation>Colonne vide</translation>
    </message>
    <message>
        <source>Empty row</source>
        <translation>Ligne vide</translation>
    </message>
    <message>
        <source>Rounding difference</source>
        <translation>Écart d’arrondi</translation>
    </message>
    <message>
        <source>Uncertain OCR</source>
        <translation>OCR incertaine</translation>
    </message>
    <message>
        <source>OCR look-alike</source>
        <translation>Confusion OCR</translation>
    </message>
    <message>
        <source>Damaged PDF</source>
        <translation>PDF endommagé</translation>
    </message>
    <message>
        <source>Extraction</source>
        <translation>Extraction</translation>
    </message>
    <message>
        <source>Lost character in “{word}”</source>
        <extracomment>Cells read by OCR below this confidence (0-1) are listed as uncertain. Share of a column&apos;s body cells that must be numbers for the column to count as a number column. The sentence in English (JSON, the command line); the interface shows :attr:`note` translated. Id of the table (None for a problem in a section&apos;s text). Row / column in the table; None when the problem is about a whole column / row. Id of the section, for problems in section titles or text. The message as a template and its parameters, for the interface to translate.</extracomment>
        <translation>Caractère perdu dans «&#xa0;{word}&#xa0;»</translation>
    </message>
    <message>
        <source>Unmapped glyph {glyph} in “{text}”</source>
        <translation>Glyphe non reconnu {glyph} dans «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>Column adds up to {sum}, the total says {total} (difference {difference}: rounding in the source?)</source>
        <translation>La colonne totalise {sum}, le total indique {total} (écart de {difference}&#xa0;: arrondi dans la source&#xa0;?)</translation>
    </message>
    <message>
        <source>Column adds up to {sum}, the total says {total} (difference {difference})</source>
        <translation>La colonne totalise {sum}, le total indique {total} (écart de {difference})</translation>
    </message>
    <message>
        <source>Row adds up to {sum}, the total column says {total} (difference {difference}: rounding in the source?)</source>
        <translation>La ligne totalise {sum}, la colonne de total indique {total} (écart de {difference}&#xa0;: arrondi dans la source&#xa0;?)</translation>
    </message>
    <message>
        <source>Row adds up to {sum}, the total column says {total} (difference {difference})</source>
        <translation>La ligne totalise {sum}, la colonne de total indique {total} (écart de {difference})</translation>
    </message>
    <message>
        <source>Column {column} is empty</source>
        <translation>La colonne {column} est vide</translation>
    </message>
    <message>
        <source>Row {row} is empty</source>
        <translation>La ligne {row} est vide</translation>
    </message>
    <message>
        <source>“{text}” was read by OCR; did the page say “{guess}”?</source>
        <translation>«&#xa0;{text}&#xa0;» a été lu par OCR&#xa0;; la page indiquait-elle «&#xa0;{guess}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>“{text}” read by OCR with low confidence ({confidence}): check it on the page</source>
        <translation>«&#xa0;{text}&#xa0;» lu par OCR avec une confiance faible ({confidence})&#xa0;: vérifiez-le sur la page</translation>
    </message>
    <message>
        <source>Section title: {message}</source>
        <translation>Titre de section&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Section text: {message}</source>
        <translation>Texte de section&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>{kind} — {where}
{message}
Double-click to go there</source>
        <translation>{kind} — {where}
{message}
Double-cliquez pour y aller</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
</context>
<context>
    <name>ProjectBanner</name>
    <message>
        <source>Project file</source>
        <translation>Fichier de projet</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Go On with My Corrections</source>
        <translation>Reprendre mes corrections</translation>
    </message>
    <message>
        <source>Start Afresh</source>
        <translation>Repartir de zéro</translation>
    </message>
    <message>
        <source>Keep this new project; the earlier corrections stay in their untitled project</source>
        <translation>Garder ce nouveau projet&#xa0;; les corrections précédentes restent dans leur projet sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved pack(s)</source>
        <translation>
            <numerusform>%n dossier enregistré</numerusform>
            <numerusform>%n dossiers enregistrés</numerusform>
        </translation>
    </message>
    <message>
        <source>You worked on &lt;b&gt;{name}&lt;/b&gt; before in an untitled project ({work}), the last change on {time}.</source>
        <translation>Vous avez déjà travaillé sur &lt;b&gt;{name}&lt;/b&gt; dans un projet sans titre ({work}), la dernière modification le {time}.</translation>
    </message>
    <message>
        <source>Go On with My Work</source>
        <translation>Reprendre mon travail</translation>
    </message>
    <message numerus="yes">
        <source>You corrected &lt;b&gt;{name}&lt;/b&gt; before: %n correction(s), the last on {time}, in an untitled project.</source>
        <translation>
            <numerusform>Vous avez déjà corrigé &lt;b&gt;{name}&lt;/b&gt;&#xa0;: %n correction, la dernière le {time}, dans un projet sans titre.</numerusform>
            <numerusform>Vous avez déjà corrigé &lt;b&gt;{name}&lt;/b&gt;&#xa0;: %n corrections, la dernière le {time}, dans un projet sans titre.</numerusform>
        </translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>ouvert en lecture seule</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: {reason}. Changes cannot be saved in this file; save a copy to work on it.</source>
        <translation>&lt;b&gt;Lecture seule&lt;/b&gt;&#xa0;: {reason}. Les modifications ne peuvent pas être enregistrées dans ce fichier&#xa0;; enregistrez-en une copie pour y travailler.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n damaged part(s)&lt;/b&gt; of this project could not be read and were skipped; everything else is here.</source>
        <translation>
            <numerusform>&lt;b&gt;%n partie endommagée&lt;/b&gt; de ce projet n’a pas pu être lue et a été ignorée&#xa0;; tout le reste est là.</numerusform>
            <numerusform>&lt;b&gt;%n parties endommagées&lt;/b&gt; de ce projet n’ont pas pu être lues et ont été ignorées&#xa0;; tout le reste est là.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged parts of the project</source>
        <translation>Parties endommagées du projet</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the project file could not be read and were skipped:</source>
        <translation>
            <numerusform>%n partie du fichier de projet n’a pas pu être lue et a été ignorée&#xa0;:</numerusform>
            <numerusform>%n parties du fichier de projet n’ont pas pu être lues et ont été ignorées&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>The project is already open</source>
        <extracomment>Answers of :func:`ask_when_locked`.</extracomment>
        <translation>Le projet est déjà ouvert</translation>
    </message>
    <message>
        <source>{name} is already open by {owner}.</source>
        <translation>{name} est déjà ouvert par {owner}.</translation>
    </message>
    <message>
        <source>{name} is already open in another Briefing Builder window.</source>
        <translation>{name} est déjà ouvert dans une autre fenêtre de Briefing Builder.</translation>
    </message>
    <message>
        <source>Only one window can change a project at a time, so that no correction is lost. You can look at it read-only, or work on a copy of it as it is now.</source>
        <translation>Une seule fenêtre à la fois peut modifier un projet, afin qu’aucune correction ne soit perdue. Vous pouvez le consulter en lecture seule, ou travailler sur une copie de son état actuel.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>Open a &amp;Copy…</source>
        <translation>Ouvrir une &amp;copie…</translation>
    </message>
    <message>
        <source>another Briefing Builder window</source>
        <translation>une autre fenêtre de Briefing Builder</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>{user} on {host}</source>
        <translation>{user} sur {host}</translation>
    </message>
    <message>
        <source>{who} since {time}</source>
        <translation>{who} depuis {time}</translation>
    </message>
</context>
<context>
    <name>ProjectLifecycle</name>
    <message>
        <source>Cannot create a project</source>
        <translation>Impossible de créer un projet</translation>
    </message>
    <message>
        <source>New project. Add PDFs with Ctrl+Shift+O or drop them here.</source>
        <translation>Nouveau projet. Ajoutez des PDF avec Ctrl+Maj+O ou déposez-les ici.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>PDFs and projects ({patterns})</source>
        <translation>PDF et projets ({patterns})</translation>
    </message>
    <message>
        <source>Projects ({patterns})</source>
        <translation>Projets ({patterns})</translation>
    </message>
    <message>
        <source>PDF documents ({patterns})</source>
        <translation>Documents PDF ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Tous les fichiers ({patterns})</translation>
    </message>
    <message>
        <source>Add PDF to Project</source>
        <translation>Ajouter un PDF au projet</translation>
    </message>
    <message>
        <source>{name} is already in the project.</source>
        <translation>{name} est déjà dans le projet.</translation>
    </message>
    <message>
        <source>it is being changed in {owner}</source>
        <translation>il est en cours de modification dans {owner}</translation>
    </message>
    <message>
        <source>Open a Copy</source>
        <translation>Ouvrir une copie</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message numerus="yes">
        <source>Opened {name}: %n document(s).</source>
        <translation>
            <numerusform>{name} ouvert&#xa0;: %n document.</numerusform>
            <numerusform>{name} ouvert&#xa0;: %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not opened (no password).</source>
        <translation>{name} n’a pas été ouvert (pas de mot de passe).</translation>
    </message>
    <message>
        <source>Cannot open the PDF</source>
        <translation>Impossible d’ouvrir le PDF</translation>
    </message>
    <message>
        <source>Cannot add the PDF</source>
        <translation>Impossible d’ajouter le PDF</translation>
    </message>
    <message>
        <source>The project file could not be written ({reason}).</source>
        <translation>Le fichier de projet n’a pas pu être écrit ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>Back to your %n correction(s) (Ctrl+Z undoes them one by one).</source>
        <translation>
            <numerusform>Vous retrouvez votre correction (Ctrl+Z l’annule).</numerusform>
            <numerusform>Vous retrouvez vos %n corrections (Ctrl+Z les annule une à une).</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to your earlier project: its saved packs are in the Pack panel.</source>
        <translation>Vous retrouvez votre projet précédent&#xa0;: ses dossiers enregistrés sont dans le panneau Dossier.</translation>
    </message>
    <message>
        <source>Password for {name}:</source>
        <translation>Mot de passe de {name}&#xa0;:</translation>
    </message>
    <message>
        <source>The password was not correct.</source>
        <translation>Le mot de passe était incorrect.</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <source>All changes are saved in {name}.</source>
        <translation>Toutes les modifications sont enregistrées dans {name}.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <source>Saved as {name}; you are now working in it.</source>
        <translation>Enregistré sous {name}&#xa0;; vous travaillez désormais dans ce fichier.</translation>
    </message>
    <message>
        <source>Cannot change the embedded PDFs</source>
        <translation>Impossible de modifier les PDF intégrés</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) embedded: the project can be mailed on its own.</source>
        <translation>
            <numerusform>%n PDF intégré&#xa0;: le projet peut être envoyé tel quel par courriel.</numerusform>
            <numerusform>%n PDF intégrés&#xa0;: le projet peut être envoyé tel quel par courriel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Embedded copies removed from %n document(s).</source>
        <translation>
            <numerusform>Copie intégrée retirée de %n document.</numerusform>
            <numerusform>Copies intégrées retirées de %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Remove {name} and all its corrections from the project?</source>
        <translation>Retirer {name} et toutes ses corrections du projet&#xa0;?</translation>
    </message>
    <message>
        <source>The PDF is missing</source>
        <translation>Le PDF est introuvable</translation>
    </message>
    <message>
        <source>{name} is no longer where it was ({path}) and the project has no copy of it. Locate it now?</source>
        <translation>{name} n’est plus à son emplacement ({path}) et le projet n’en a pas de copie. Le localiser maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Locate {name}</source>
        <translation>Localiser {name}</translation>
    </message>
    <message>
        <source>Not the same PDF</source>
        <translation>Ce n’est pas le même PDF</translation>
    </message>
    <message>
        <source>Cannot show the PDF</source>
        <translation>Impossible d’afficher le PDF</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Ouvrir un PDF</translation>
    </message>
    <message>
        <source>Open {name} as a new project, or add it to this project?</source>
        <translation>Ouvrir {name} comme nouveau projet, ou l’ajouter à ce projet&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>This project has %n document(s). A pack composed in a project can draw on all of its documents. (File ▸ Add PDF to Project…, Ctrl+Shift+O, adds without asking.)</source>
        <translation>
            <numerusform>Ce projet compte %n document. Un dossier d’information composé dans un projet peut s’appuyer sur tous ses documents. (Fichier ▸ Ajouter un PDF au projet…, Ctrl+Maj+O, ajoute sans demander.)</numerusform>
            <numerusform>Ce projet compte %n documents. Un dossier d’information composé dans un projet peut s’appuyer sur tous ses documents. (Fichier ▸ Ajouter un PDF au projet…, Ctrl+Maj+O, ajoute sans demander.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open as New Project</source>
        <translation>Ouvrir comme nouveau projet</translation>
    </message>
    <message>
        <source>Add to This Project</source>
        <translation>Ajouter à ce projet</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>The disk is full: the last change could not be saved in {name}. Free some space.</source>
        <extracomment>Project files this process has open through SQLite (resolved path -&gt; connections). On POSIX, closing any descriptor of a file drops every record lock the process holds on it, SQLite&apos;s included; a window that lost its locks has its write-ahead log folded and deleted by the next helper process that closes a connection, and its later corrections go to a deleted file. So a file open here is never opened with plain file I/O. Seconds after a write at which the write-ahead log is copied into the project file itself, so that a copy of the ``.bbproj`` alone (mailed, synced, backed up) holds every correction. Bounds a stored table must respect; beyond them the row is damaged, not a table to build.</extracomment>
        <translation>Le disque est plein&#xa0;: la dernière modification n’a pas pu être enregistrée dans {name}. Libérez de l’espace.</translation>
    </message>
    <message>
        <source>{name} cannot be written (read-only file or folder).</source>
        <translation>Impossible d’écrire dans {name} (fichier ou dossier en lecture seule).</translation>
    </message>
    <message>
        <source>{name} could not be saved ({error}).</source>
        <translation>{name} n’a pas pu être enregistré ({error}).</translation>
    </message>
    <message>
        <source>The disk is full: {name} cannot be created. Free some space.</source>
        <extracomment>MIGRATIONS[n] is the SQL that upgrades a version-n file to version n+1. Each runs in one transaction together with the version bump, so an interrupted migration leaves the old file intact.</extracomment>
        <translation>Le disque est plein&#xa0;: impossible de créer {name}. Libérez de l’espace.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {error}.</source>
        <translation>Impossible de créer {path}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>the folder cannot be written (read-only media or no permission)</source>
        <translation>le dossier n’est pas accessible en écriture (support en lecture seule ou droits insuffisants)</translation>
    </message>
    <message>
        <source>{name} already exists.</source>
        <extracomment>Why the project is read-only (shown in the banner); &quot;&quot; when it is writable. One sentence per row that was skipped because it is damaged.</extracomment>
        <translation>{name} existe déjà.</translation>
    </message>
    <message>
        <source>{path}: no such project file.</source>
        <translation>{path}&#xa0;: ce fichier de projet n’existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file.</source>
        <translation>{path} est un dossier, pas un fichier de projet.</translation>
    </message>
    <message>
        <source>{name} is empty: it is not a Briefing Builder project.</source>
        <translation>{name} est vide&#xa0;: ce n’est pas un projet Briefing Builder.</translation>
    </message>
    <message>
        <source>{name} is not a Briefing Builder project file.</source>
        <translation>{name} n’est pas un fichier de projet Briefing Builder.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({error}).</source>
        <translation>Impossible de lire {name} ({error}).</translation>
    </message>
    <message>
        <source>{name} cannot be opened ({error}).</source>
        <translation>Impossible d’ouvrir {name} ({error}).</translation>
    </message>
    <message>
        <source>the file cannot be written (read-only file or no permission)</source>
        <translation>le fichier n’est pas accessible en écriture (fichier en lecture seule ou droits insuffisants)</translation>
    </message>
    <message>
        <source>The disk is full: {name} cannot be opened. Free some space.</source>
        <translation>Le disque est plein&#xa0;: impossible d’ouvrir {name}. Libérez de l’espace.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened ({error}).</source>
        <translation>{name} est endommagé et ne peut pas être ouvert ({error}).</translation>
    </message>
    <message>
        <source>{name} is damaged ({check}).</source>
        <translation>{name} est endommagé ({check}).</translation>
    </message>
    <message>
        <source>{name} is an SQLite database but not a Briefing Builder project.</source>
        <translation>{name} est une base de données SQLite, mais pas un projet Briefing Builder.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer Briefing Builder (project format {version}); this version reads up to format {supported}. Please update the application.</source>
        <translation>{name} a été enregistré par une version plus récente de Briefing Builder (format de projet {version})&#xa0;; cette version lit jusqu’au format {supported}. Veuillez mettre l’application à jour.</translation>
    </message>
    <message>
        <source>The disk is full: {name} cannot be upgraded. Free some space.</source>
        <translation>Le disque est plein&#xa0;: impossible de mettre {name} à niveau. Libérez de l’espace.</translation>
    </message>
    <message>
        <source>{name} has no recognisable project format.</source>
        <translation>Le format de projet de {name} n’est pas reconnu.</translation>
    </message>
    <message>
        <source>{name}: migration did not complete.</source>
        <translation>{name}&#xa0;: la mise à niveau n’a pas abouti.</translation>
    </message>
    <message>
        <source>{name} is damaged: missing {missing}.</source>
        <translation>{name} est endommagé&#xa0;: il manque {missing}.</translation>
    </message>
    <message>
        <source>{name} is open read-only: changes cannot be saved.</source>
        <translation>{name} est ouvert en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>A copy must have another name than the project itself.</source>
        <translation>Une copie doit porter un autre nom que le projet lui-même.</translation>
    </message>
    <message>
        <source>The disk is full: the copy {name} could not be written.</source>
        <translation>Le disque est plein&#xa0;: la copie {name} n’a pas pu être écrite.</translation>
    </message>
    <message>
        <source>Cannot save the project as {path}: {error}.</source>
        <translation>Impossible d’enregistrer le projet sous {path}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>{name} is open read-only: save it under another name.</source>
        <translation>{name} est ouvert en lecture seule&#xa0;: enregistrez-le sous un autre nom.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>The interface&apos;s languages, each named in itself (menus list them so).</extracomment>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>{path} no longer exists.</source>
        <translation>{path} n’existe plus.</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Repair Lost Characters</source>
        <translation>Réparer les caractères perdus</translation>
    </message>
    <message>
        <source>Words whose letters were lost in the PDF (shown as “�” or “(cid:NN)”) and ligature characters. Each fix is proposed only when exactly one known word fits; tick the ones to apply. For words with several candidates, pick one.</source>
        <translation>Mots dont des lettres ont été perdues dans le PDF (affichées «&#xa0;�&#xa0;» ou «&#xa0;(cid:NN)&#xa0;») et caractères de ligature. Une correction n’est proposée que si un seul mot connu convient&#xa0;; cochez celles à appliquer. Pour les mots ayant plusieurs candidats, choisissez-en un.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Endroits</translation>
    </message>
    <message>
        <source>Apply Ticked Fixes</source>
        <translation>Appliquer les corrections cochées</translation>
    </message>
    <message>
        <source>Tick All</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Tick None</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>No document.</source>
        <translation>Aucun document.</translation>
    </message>
    <message>
        <source>no known word fits — edit by hand</source>
        <translation>aucun mot connu ne convient — corrigez à la main</translation>
    </message>
    <message>
        <source>{fixes} in {places}; {words} without a sure fix.</source>
        <translation>{fixes} à {places}&#xa0;; {words} sans correction sûre.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed fix(es)</source>
        <translation>
            <numerusform>%n correction proposée</numerusform>
            <numerusform>%n corrections proposées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n endroit</numerusform>
            <numerusform>%n endroits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing ticked.</source>
        <translation>Rien n’est coché.</translation>
    </message>
    <message>
        <source>Applied: {action}.</source>
        <translation>Appliqué&#xa0;: {action}.</translation>
    </message>
</context>
<context>
    <name>SectionEdit</name>
    <message>
        <source>The document itself cannot be demoted.</source>
        <translation>Le document lui-même ne peut pas descendre d’un niveau.</translation>
    </message>
    <message>
        <source>The document itself cannot be moved.</source>
        <translation>Le document lui-même ne peut pas être déplacé.</translation>
    </message>
    <message>
        <source>The document itself cannot be deleted (delete its sections instead).</source>
        <translation>Le document lui-même ne peut pas être supprimé (supprimez plutôt ses sections).</translation>
    </message>
    <message>
        <source>That section no longer exists.</source>
        <extracomment>A paragraph this short (one line) becomes the title of the section split off at it.</extracomment>
        <translation>Cette section n’existe plus.</translation>
    </message>
    <message>
        <source>A section needs a title.</source>
        <translation>Une section doit avoir un titre.</translation>
    </message>
    <message>
        <source>This section is already at the top level.</source>
        <translation>Cette section est déjà au premier niveau.</translation>
    </message>
    <message>
        <source>There is no section before this one at the same level to put it under.</source>
        <translation>Aucune section de même niveau ne la précède pour l’y placer.</translation>
    </message>
    <message>
        <source>Sections stay inside the document: put it under the document&apos;s title.</source>
        <translation>Les sections restent dans le document&#xa0;: placez-la sous le titre du document.</translation>
    </message>
    <message>
        <source>A section cannot be moved into itself.</source>
        <translation>Une section ne peut pas être déplacée dans elle-même.</translation>
    </message>
    <message>
        <source>The section is already there.</source>
        <translation>La section est déjà à cet endroit.</translation>
    </message>
    <message>
        <source>The section cannot move further up.</source>
        <translation>La section ne peut pas monter davantage.</translation>
    </message>
    <message>
        <source>The section cannot move further down.</source>
        <translation>La section ne peut pas descendre davantage.</translation>
    </message>
    <message>
        <source>The first section has no section before it to merge into.</source>
        <translation>La première section n’a pas de section précédente avec laquelle fusionner.</translation>
    </message>
    <message>
        <source>The document has no text of its own (before its first heading) to split.</source>
        <extracomment>Where a paragraph starts on the page: (page, top, x0, x1) in points.</extracomment>
        <translation>Le document n’a pas de texte propre (avant son premier titre) à scinder.</translation>
    </message>
    <message>
        <source>Put the cursor in a paragraph after the first one to split the section there.</source>
        <translation>Placez le curseur dans un paragraphe après le premier pour y scinder la section.</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <source>Filter sections…</source>
        <translation>Filtrer les sections…</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <source>Text of the selected section. Paragraphs are separated by a blank line.</source>
        <translation>Texte de la section sélectionnée. Les paragraphes sont séparés par une ligne vide.</translation>
    </message>
    <message>
        <source>Edit ▾</source>
        <translation>Modifier ▾</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Remonter</translation>
    </message>
    <message>
        <source>Promote: one level up</source>
        <translation>Remonter&#xa0;: un niveau plus haut</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Demote: under the previous section</source>
        <translation>Descendre&#xa0;: sous la section précédente</translation>
    </message>
    <message>
        <source>Move Section Up</source>
        <translation>Monter la section</translation>
    </message>
    <message>
        <source>Move Section Down</source>
        <translation>Descendre la section</translation>
    </message>
    <message>
        <source>Merge With Previous Section</source>
        <translation>Fusionner avec la section précédente</translation>
    </message>
    <message>
        <source>Turn this heading into text of the section before it</source>
        <translation>Faire de ce titre du texte de la section qui le précède</translation>
    </message>
    <message>
        <source>Split Section at Paragraph</source>
        <translation>Scinder la section au paragraphe</translation>
    </message>
    <message>
        <source>The paragraph holding the text cursor starts a new section</source>
        <translation>Le paragraphe où se trouve le curseur commence une nouvelle section</translation>
    </message>
    <message>
        <source>Edit Tags…</source>
        <translation>Modifier les étiquettes…</translation>
    </message>
    <message>
        <source>Delete Section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <source>Delete the section and its sub-sections</source>
        <translation>Supprimer la section et ses sous-sections</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <source>No section selected</source>
        <translation>Aucune section sélectionnée</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Aucune étiquette</translation>
    </message>
    <message>
        <source>Cannot change the section tree</source>
        <translation>Impossible de modifier l’arborescence des sections</translation>
    </message>
    <message>
        <source>Cannot rename the section</source>
        <translation>Impossible de renommer la section</translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message>
        <source>(untitled)</source>
        <extracomment>row of each section under its parent (index_of in O(1): parent() is called all the time)</extracomment>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Level {level}, page {pages}</source>
        <translation>Niveau {level}, page {pages}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <source>Lost characters in the title or text</source>
        <translation>Caractères perdus dans le titre ou le texte</translation>
    </message>
    <message>
        <source>Uncertain heading ({percent} sure): check it</source>
        <translation>Titre incertain (sûr à {percent})&#xa0;: vérifiez-le</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Add a PDF to This Project…</source>
        <translation>Ajouter un PDF à ce projet…</translation>
    </message>
    <message>
        <source>Open a PDF or a Project…</source>
        <translation>Ouvrir un PDF ou un projet…</translation>
    </message>
    <message>
        <source>Try the Sample Appeal</source>
        <translation>Essayer l’appel de fonds d’exemple</translation>
    </message>
    <message>
        <source>Open {name}, an appeal bundled with the application</source>
        <translation>Ouvrir {name}, un appel de fonds fourni avec l’application</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
</context>
<context>
    <name>TableEdit</name>
    <message>
        <source>There is no row {row} (the table has {rows} rows).</source>
        <translation>La ligne {row} n’existe pas (le tableau compte {rows} lignes).</translation>
    </message>
    <message>
        <source>There is no column {column} (the table has {columns} columns).</source>
        <translation>La colonne {column} n’existe pas (le tableau compte {columns} colonnes).</translation>
    </message>
    <message>
        <source>A merged cell would be torn apart; split it first.</source>
        <translation>Une cellule fusionnée serait coupée en deux&#xa0;; scindez-la d’abord.</translation>
    </message>
    <message>
        <source>Cannot insert a row at position {position}.</source>
        <translation>Impossible d’insérer une ligne en position {position}.</translation>
    </message>
    <message>
        <source>Insert at least one row.</source>
        <translation>Insérez au moins une ligne.</translation>
    </message>
    <message>
        <source>No row selected.</source>
        <translation>Aucune ligne sélectionnée.</translation>
    </message>
    <message>
        <source>A table needs at least one row; delete the table instead.</source>
        <translation>Un tableau doit avoir au moins une ligne&#xa0;; supprimez plutôt le tableau.</translation>
    </message>
    <message>
        <source>The first row has no row above it to merge into.</source>
        <translation>La première ligne n’a pas de ligne au-dessus avec laquelle fusionner.</translation>
    </message>
    <message>
        <source>The cells of this row hold different counts of numbers; split them by hand.</source>
        <translation>Les cellules de cette ligne contiennent des nombres de valeurs différents&#xa0;; scindez-les à la main.</translation>
    </message>
    <message>
        <source>Row {row} has nothing to split: no cell holds several lines or numbers.</source>
        <translation>La ligne {row} n’a rien à scinder&#xa0;: aucune cellule ne contient plusieurs lignes ou nombres.</translation>
    </message>
    <message>
        <source>Cannot insert a column at position {position}.</source>
        <translation>Impossible d’insérer une colonne en position {position}.</translation>
    </message>
    <message>
        <source>Insert at least one column.</source>
        <translation>Insérez au moins une colonne.</translation>
    </message>
    <message>
        <source>No column selected.</source>
        <translation>Aucune colonne sélectionnée.</translation>
    </message>
    <message>
        <source>A table needs at least one column; delete the table instead.</source>
        <translation>Un tableau doit avoir au moins une colonne&#xa0;; supprimez plutôt le tableau.</translation>
    </message>
    <message>
        <source>The last column has no column on its right to merge with.</source>
        <translation>La dernière colonne n’a pas de colonne à sa droite avec laquelle fusionner.</translation>
    </message>
    <message>
        <source>Select at least two cells to merge.</source>
        <extracomment>separators a list set as &quot;term : text&quot; or &quot;ABC – full name&quot; uses, most telling first; a comma or a point is left out (thousands and decimals), a slash too (dates, &quot;km/h&quot;)</extracomment>
        <translation>Sélectionnez au moins deux cellules à fusionner.</translation>
    </message>
    <message>
        <source>This cell is not merged; there is nothing to split.</source>
        <translation>Cette cellule n’est pas fusionnée&#xa0;; il n’y a rien à scinder.</translation>
    </message>
    <message>
        <source>The header can have 0 to {rows} rows.</source>
        <translation>L’en-tête peut compter de 0 à {rows} lignes.</translation>
    </message>
    <message>
        <source>Table {table} cannot be linked: it is not the first table of its page, or the previous page has no table, or that table is continued already.</source>
        <translation>Le tableau {table} ne peut pas être lié&#xa0;: ce n’est pas le premier tableau de sa page, ou la page précédente n’a pas de tableau, ou ce tableau a déjà une suite.</translation>
    </message>
    <message>
        <source>Table {table} does not continue another table.</source>
        <translation>Le tableau {table} n’est la suite d’aucun autre tableau.</translation>
    </message>
    <message>
        <source>No table continues {table} on the next page.</source>
        <translation>Aucun tableau ne prolonge {table} sur la page suivante.</translation>
    </message>
    <message>
        <source>{part} has {part_columns} columns and {table} has {columns}: make them the same before merging.</source>
        <translation>{part} compte {part_columns} colonnes et {table} en compte {columns}&#xa0;: harmonisez-les avant de fusionner.</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Number of header rows</source>
        <extracomment>the user asked to re-extract the table&apos;s area on the page (&quot;ruled&quot; or &quot;borderless&quot;) (row, col) became current in the grid</extracomment>
        <translation>Nombre de lignes d’en-tête</translation>
    </message>
    <message>
        <source>Header rows</source>
        <translation>Lignes d’en-tête</translation>
    </message>
    <message>
        <source>Select a table on the page or in the Tables list,
or draw one on the page (Draw Table Area, Ctrl+Shift+D).</source>
        <translation>Sélectionnez un tableau sur la page ou dans la liste des tableaux,
ou tracez-en un sur la page (Tracer une zone de tableau, Ctrl+Maj+D).</translation>
    </message>
    <message>
        <source>Edit ▾</source>
        <translation>Modifier ▾</translation>
    </message>
    <message>
        <source>Every table edit (also in the context menu)</source>
        <translation>Toutes les modifications de tableau (aussi dans le menu contextuel)</translation>
    </message>
    <message>
        <source>Insert Row Above</source>
        <translation>Insérer une ligne au-dessus</translation>
    </message>
    <message>
        <source>Insert Row Below</source>
        <translation>Insérer une ligne en dessous</translation>
    </message>
    <message>
        <source>Delete Rows</source>
        <translation>Supprimer les lignes</translation>
    </message>
    <message>
        <source>Move Row Up</source>
        <translation>Monter la ligne</translation>
    </message>
    <message>
        <source>Move Row Down</source>
        <translation>Descendre la ligne</translation>
    </message>
    <message>
        <source>Merge Row Up</source>
        <translation>Fusionner avec la ligne du dessus</translation>
    </message>
    <message>
        <source>Merge the row into the row above (wrapped labels)</source>
        <translation>Fusionner la ligne avec celle du dessus (libellés sur deux lignes)</translation>
    </message>
    <message>
        <source>Split Row</source>
        <translation>Scinder la ligne</translation>
    </message>
    <message>
        <source>Split a row holding several rows (line breaks or several numbers per cell)</source>
        <translation>Scinder une ligne qui en contient plusieurs (retours à la ligne ou plusieurs nombres par cellule)</translation>
    </message>
    <message>
        <source>Insert Column Left</source>
        <translation>Insérer une colonne à gauche</translation>
    </message>
    <message>
        <source>Insert Column Right</source>
        <translation>Insérer une colonne à droite</translation>
    </message>
    <message>
        <source>Delete Columns</source>
        <translation>Supprimer les colonnes</translation>
    </message>
    <message>
        <source>Move Column Left</source>
        <translation>Déplacer la colonne à gauche</translation>
    </message>
    <message>
        <source>Move Column Right</source>
        <translation>Déplacer la colonne à droite</translation>
    </message>
    <message>
        <source>Merge Column With Next</source>
        <translation>Fusionner la colonne avec la suivante</translation>
    </message>
    <message>
        <source>Join each cell of the column with the cell on its right</source>
        <translation>Joindre chaque cellule de la colonne à la cellule de droite</translation>
    </message>
    <message>
        <source>Split Column</source>
        <translation>Scinder la colonne</translation>
    </message>
    <message>
        <source>Move a trailing number of each cell into a new column on the right</source>
        <translation>Déplacer le nombre final de chaque cellule dans une nouvelle colonne à droite</translation>
    </message>
    <message>
        <source>Split Column at…</source>
        <translation>Scinder la colonne au séparateur…</translation>
    </message>
    <message>
        <source>Split each cell of the column at the first occurrence of a separator (&quot;term : text&quot;, &quot;ABC – name&quot;)</source>
        <translation>Scinder chaque cellule de la colonne à la première occurrence d’un séparateur (&quot;terme : texte&quot;, &quot;ABC – nom&quot;)</translation>
    </message>
    <message>
        <source>Merge Cells</source>
        <translation>Fusionner les cellules</translation>
    </message>
    <message>
        <source>Merge the selected cells into one</source>
        <translation>Fusionner les cellules sélectionnées en une seule</translation>
    </message>
    <message>
        <source>Split Cell</source>
        <translation>Scinder la cellule</translation>
    </message>
    <message>
        <source>Undo a merged cell</source>
        <translation>Défaire une cellule fusionnée</translation>
    </message>
    <message>
        <source>Header Rows Up To Here</source>
        <translation>En-tête jusqu’ici</translation>
    </message>
    <message>
        <source>Make every row down to the current one a header row</source>
        <translation>Faire de toutes les lignes jusqu’à la ligne actuelle des lignes d’en-tête</translation>
    </message>
    <message>
        <source>Totals Row</source>
        <translation>Ligne de total</translation>
    </message>
    <message>
        <source>Mark or unmark the row as a totals row</source>
        <translation>Marquer ou non la ligne comme ligne de total</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected cells (tab-separated)</source>
        <translation>Copier les cellules sélectionnées (séparées par des tabulations)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Paste tab-separated cells (from a spreadsheet or another table) at the current cell</source>
        <translation>Coller des cellules séparées par des tabulations (d’un tableur ou d’un autre tableau) à partir de la cellule actuelle</translation>
    </message>
    <message>
        <source>Clear Cells</source>
        <translation>Effacer les cellules</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>Vider les cellules sélectionnées</translation>
    </message>
    <message>
        <source>Merge With Continuation</source>
        <translation>Fusionner avec la suite</translation>
    </message>
    <message>
        <source>Append the table continuing this one on the next page, as one table</source>
        <translation>Ajouter à ce tableau sa suite sur la page suivante, pour n’en faire qu’un</translation>
    </message>
    <message>
        <source>Link to Table on Previous Page</source>
        <translation>Lier au tableau de la page précédente</translation>
    </message>
    <message>
        <source>Mark this table as the continuation of the last table of the previous page</source>
        <translation>Marquer ce tableau comme la suite du dernier tableau de la page précédente</translation>
    </message>
    <message>
        <source>Unlink Continuation</source>
        <translation>Délier la suite</translation>
    </message>
    <message>
        <source>This table and the other part are separate tables</source>
        <translation>Ce tableau et l’autre partie sont des tableaux distincts</translation>
    </message>
    <message>
        <source>Re-extract Table (Ruled)</source>
        <translation>Réextraire le tableau (filets)</translation>
    </message>
    <message>
        <source>Extract the table&apos;s area again using its ruling lines</source>
        <translation>Extraire de nouveau la zone du tableau d’après ses filets</translation>
    </message>
    <message>
        <source>Re-extract Table (Borderless)</source>
        <translation>Réextraire le tableau (sans bordures)</translation>
    </message>
    <message>
        <source>Extract the table&apos;s area again using text alignment</source>
        <translation>Extraire de nouveau la zone du tableau d’après l’alignement du texte</translation>
    </message>
    <message>
        <source>Mark Table as Checked</source>
        <translation>Marquer le tableau comme vérifié</translation>
    </message>
    <message>
        <source>You checked this table against the page: it is no longer listed as doubtful</source>
        <translation>Vous avez vérifié ce tableau sur la page : il n’est plus signalé comme douteux</translation>
    </message>
    <message>
        <source>Delete Table</source>
        <translation>Supprimer le tableau</translation>
    </message>
    <message>
        <source>Freeze Label Column</source>
        <translation>Figer la colonne des libellés</translation>
    </message>
    <message>
        <source>Keep the first column (the row labels) in view while the grid scrolls sideways</source>
        <translation>Garder la première colonne (les libellés des lignes) visible pendant le défilement horizontal de la grille</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <extracomment>view settings, in the Edit menu but not greyed out without a table</extracomment>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Link to Table on Previous Page ({table})</source>
        <translation>Lier au tableau de la page précédente ({table})</translation>
    </message>
    <message>
        <source>pages {first}–{last}</source>
        <translation>pages {first} à {last}</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>page {page}</translation>
    </message>
    <message>
        <source>No table selected</source>
        <translation>Aucun tableau sélectionné</translation>
    </message>
    <message>
        <source>Merge With Continuation (page {page})</source>
        <translation>Fusionner avec la suite (page {page})</translation>
    </message>
    <message>
        <source>Unlink From Table on Page {page}</source>
        <translation>Délier du tableau de la page {page}</translation>
    </message>
    <message>
        <source>Unlink Continuation on Page {page}</source>
        <translation>Délier la suite page {page}</translation>
    </message>
    <message>
        <source>continued from page {page}</source>
        <translation>suite de la page {page}</translation>
    </message>
    <message>
        <source>continues on page {page}</source>
        <translation>suite page {page}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the table</source>
        <translation>Impossible de modifier le tableau</translation>
    </message>
    <message>
        <source>Split each cell of column {column} at the first occurrence of:</source>
        <translation>Scinder chaque cellule de la colonne {column} à la première occurrence de :</translation>
    </message>
    <message>
        <source>The header can have 0 to {rows} rows.</source>
        <translation>L’en-tête peut compter de 0 à {rows} lignes.</translation>
    </message>
    <message>
        <source>Nothing to paste: the clipboard holds no text.</source>
        <translation>Rien à coller&#xa0;: le presse-papiers ne contient pas de texte.</translation>
    </message>
    <message>
        <source>{action} (Ctrl+Z to undo)</source>
        <translation>{action} (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <source>Nothing pasted: the cells already hold these values</source>
        <translation>Rien n’a été collé&#xa0;: les cellules contiennent déjà ces valeurs</translation>
    </message>
    <message>
        <source>{rows} and {columns} did not fit in the table and were left out (insert rows or columns first)</source>
        <translation>{rows} et {columns} ne tenaient pas dans le tableau et ont été laissées de côté (insérez d’abord des lignes ou des colonnes)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) did not fit in the table and were left out (insert rows first)</source>
        <translation>
            <numerusform>%n ligne ne tenait pas dans le tableau et a été laissée de côté (insérez d’abord des lignes)</numerusform>
            <numerusform>%n lignes ne tenaient pas dans le tableau et ont été laissées de côté (insérez d’abord des lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) did not fit in the table and were left out (insert columns first)</source>
        <translation>
            <numerusform>%n colonne ne tenait pas dans le tableau et a été laissée de côté (insérez d’abord des colonnes)</numerusform>
            <numerusform>%n colonnes ne tenaient pas dans le tableau et ont été laissées de côté (insérez d’abord des colonnes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) inside merged cells skipped</source>
        <translation>
            <numerusform>%n cellule à l’intérieur de cellules fusionnées ignorée</numerusform>
            <numerusform>%n cellules à l’intérieur de cellules fusionnées ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>{action} (Ctrl+Z to undo).</source>
        <translation>{action} (Ctrl+Z pour annuler).</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>Number: {number} (note {note})</source>
        <extracomment>column widths in the grid: sized to the content within these limits (pixels) header cells count up to this width: long descriptive headers (&quot;Adhering to international standards and fulfilling migrants&apos; rights&quot;) are elided, not allowed to widen a column of figures rows looked at to size the columns (a table of thousands of rows is sized from its first rows) the label column is frozen only while it leaves this much of the grid beside it (pixels) a cell whose start shows this much beside the label column is not scrolled to (pixels) the label column sized to its content takes at most this share of the grid&apos;s width; longer labels are elided (the whole text in the tooltip) until the user drags the column wider the setting remembering the label column&apos;s width the user dragged it to (pixels; for every table) the user&apos;s choice; the frozen column shows when it also leaves room beside it (:meth:`_place_frozen`) the label column&apos;s width by its content, fitted to :meth:`label_cap` as the grid is resized (0: not fitted, e.g. once the user dragged it) the width the user dragged the label column to (0: none; then a share of the grid) the setting remembering whether the label column is frozen (on unless turned off) the table&apos;s shape as laid out now (the project may change the same Table object in place)</extracomment>
        <translation>Nombre&#xa0;: {number} (note {note})</translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation>Nombre&#xa0;: {number}</translation>
    </message>
    <message>
        <source>Merged cell: {rows} × {columns}</source>
        <translation>Cellule fusionnée&#xa0;: {rows} × {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Ligne d’en-tête</translation>
    </message>
    <message>
        <source>Totals row</source>
        <translation>Ligne de total</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>ruled</source>
        <extracomment>Quotation marks round a title, as each language prints them (English: “ ”). Labels of operations (undo history, status messages) are saved in English in the project&apos;s journal; they are read back into their marked template to be shown translated. Progress of the built-in exporters (exporters/common.py ``PROGRESS``), read back the same way. How a table was found (Table.method), as the interface names it.</extracomment>
        <translation>filets</translation>
    </message>
    <message>
        <source>borderless</source>
        <translation>sans bordures</translation>
    </message>
    <message>
        <source>drawn by hand</source>
        <translation>tracé à la main</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
</context>
<context>
    <name>TablesModel</name>
    <message>
        <source>words inside the table are in no cell</source>
        <extracomment>What lowered a table&apos;s confidence (Table.doubts), said where the user should look.</extracomment>
        <translation>des mots dans le tableau ne sont dans aucune cellule</translation>
    </message>
    <message>
        <source>cells hold two figures: columns may be merged</source>
        <translation>des cellules contiennent deux chiffres : des colonnes sont peut-être fusionnées</translation>
    </message>
    <message>
        <source>the entries of a column do not line up</source>
        <translation>les entrées d’une colonne ne sont pas alignées</translation>
    </message>
    <message>
        <source>words cross a ruled line</source>
        <translation>des mots traversent un filet</translation>
    </message>
    <message>
        <source>rows of figures without a label: a row may be split</source>
        <translation>des lignes de chiffres sans libellé : une ligne est peut-être coupée</translation>
    </message>
    <message>
        <source>a printed total does not add up</source>
        <translation>un total imprimé ne correspond pas à la somme</translation>
    </message>
    <message>
        <source>columns of figures without a heading</source>
        <translation>des colonnes de chiffres sans en-tête</translation>
    </message>
    <message>
        <source>no header row was found</source>
        <translation>aucune ligne d’en-tête n’a été trouvée</translation>
    </message>
    <message>
        <source>a line just above or below may belong to the table</source>
        <translation>une ligne juste au-dessus ou au-dessous appartient peut-être au tableau</translation>
    </message>
    <message>
        <source>labels end with a figure: a column may be missing</source>
        <translation>des libellés finissent par un chiffre : il manque peut-être une colonne</translation>
    </message>
    <message>
        <source>a line of headings inside the body: two tables may be read as one</source>
        <translation>une ligne d’en-têtes dans le corps : deux tableaux sont peut-être lus comme un seul</translation>
    </message>
    <message>
        <source>rows filled unlike the others: cells may have slid sideways</source>
        <translation>des lignes remplies autrement que les autres : des cellules ont peut-être glissé de côté</translation>
    </message>
    <message>
        <source>a label starts in lower case: a wrapped label may be split</source>
        <translation>un libellé commence par une minuscule : un libellé sur deux lignes est peut-être coupé</translation>
    </message>
    <message>
        <source>a wrapped line of a cell was left outside the table</source>
        <translation>une ligne d’une cellule sur plusieurs lignes est restée hors du tableau</translation>
    </message>
    <message>
        <source>a cell&apos;s lines line up on no edge: two cells may be read as one</source>
        <translation>les lignes d’une cellule ne s’alignent sur aucun bord : deux cellules sont peut-être lues comme une seule</translation>
    </message>
    <message>
        <source>a wide gap inside a cell: a column may be missing</source>
        <translation>un grand espace dans une cellule : il manque peut-être une colonne</translation>
    </message>
    <message>
        <source>a cell across columns splits cleanly: it may be several cells</source>
        <translation>une cellule sur plusieurs colonnes se sépare nettement : ce sont peut-être plusieurs cellules</translation>
    </message>
    <message>
        <source>the header row may have been left above the table</source>
        <translation>la ligne d’en-tête est peut-être restée au-dessus du tableau</translation>
    </message>
    <message>
        <source>a heading across columns may be read into one cell</source>
        <translation>un en-tête sur plusieurs colonnes est peut-être lu dans une seule cellule</translation>
    </message>
    <message>
        <source>a table right above or below continues it: it may be cut in two</source>
        <translation>un tableau juste au-dessus ou au-dessous le prolonge : il est peut-être coupé en deux</translation>
    </message>
    <message>
        <source>no header row, and a line of headings right above the table</source>
        <translation>pas de ligne d’en-tête, et une ligne d’intitulés juste au-dessus du tableau</translation>
    </message>
    <message>
        <source>a cell&apos;s lines are spaced like rows: two rows may be read as one</source>
        <translation>les lignes d’une cellule sont espacées comme des rangées : deux rangées sont peut-être lues comme une seule</translation>
    </message>
    <message>
        <source>a line right under the table is spaced like its rows: a row may be left out</source>
        <translation>une ligne juste sous le tableau est espacée comme ses rangées : une rangée a peut-être été laissée de côté</translation>
    </message>
    <message>
        <source>a row holds only a note that the table goes on</source>
        <translation>une rangée ne contient qu’une note indiquant que le tableau continue</translation>
    </message>
    <message>
        <source>a heading over two columns may be kept to one of them</source>
        <translation>un intitulé couvrant deux colonnes n’a peut-être été rattaché qu’à l’une d’elles</translation>
    </message>
    <message>
        <source>a cell across columns holds one column&apos;s heading: it may be stretched</source>
        <translation>une cellule sur plusieurs colonnes contient l’intitulé d’une seule : elle est peut-être trop étendue</translation>
    </message>
    <message>
        <source>a label sits off its rows: it may span too many rows or too few</source>
        <translation>une étiquette est décalée par rapport à ses rangées : elle en couvre peut-être trop ou trop peu</translation>
    </message>
    <message>
        <source>headings set close together sit off their columns: they may be cut at the wrong word</source>
        <translation>des intitulés serrés sont décalés par rapport à leurs colonnes : ils sont peut-être coupés au mauvais mot</translation>
    </message>
    <message>
        <source>two rows hold text on the same line: a line may be cut between rows</source>
        <translation>deux rangées ont du texte sur la même ligne : une ligne est peut-être coupée entre deux rangées</translation>
    </message>
    <message>
        <source>a heading holds large figures: text beside the table may be read into it</source>
        <translation>un intitulé contient de grands nombres : du texte à côté du tableau y a peut-être été lu</translation>
    </message>
    <message>
        <source>a bracket opens in one cell and closes in the next: a text may be cut between two columns</source>
        <translation>une parenthèse s’ouvre dans une cellule et se ferme dans la suivante : un texte est peut-être coupé entre deux colonnes</translation>
    </message>
    <message>
        <source>a figure starts a text across columns: a column&apos;s figure may be read into it</source>
        <translation>un nombre ouvre un texte sur plusieurs colonnes : le nombre d’une colonne y a peut-être été lu</translation>
    </message>
    <message>
        <source>a text across columns sits off them: it may span too few columns or the wrong ones</source>
        <translation>un texte sur plusieurs colonnes n’est pas centré sur elles : il en couvre peut-être trop peu ou pas les bonnes</translation>
    </message>
    <message>
        <source>a text runs on from one cell into the next: it may be cut between two columns</source>
        <translation>un texte se poursuit d’une cellule dans la suivante : il est peut-être coupé entre deux colonnes</translation>
    </message>
    <message>
        <source>a text in a column of figures sits off them beside empty cells: it may belong across several columns</source>
        <translation>un texte dans une colonne de nombres n’est pas aligné sur eux, à côté de cellules vides : il couvre peut-être plusieurs colonnes</translation>
    </message>
    <message>
        <source>a heading across columns holds one heading per column: the columns&apos; headings may be read as one</source>
        <translation>un titre sur plusieurs colonnes contient un intitulé par colonne : les intitulés des colonnes ont peut-être été lus comme un seul</translation>
    </message>
    <message>
        <source>the first heading is centred on a title line above: a title may be read as a heading</source>
        <translation>le premier intitulé est centré sous une ligne de titre : un titre a peut-être été lu comme intitulé</translation>
    </message>
    <message>
        <source>a text ends in dot leaders: the dots before its figure may be kept in it</source>
        <translation>un texte finit par des points de conduite : les points menant à son nombre y sont peut-être restés</translation>
    </message>
    <message>
        <source>words the text recognition was unsure of</source>
        <translation>des mots dont la reconnaissance du texte n’était pas sûre</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source> → continues on p{page}</source>
        <extracomment>table id -&gt; the title it is known by (a later part: its first part&apos;s), worked out once table id -&gt; the table continuing it on a later page</extracomment>
        <translation> → suite p. {page}</translation>
    </message>
    <message>
        <source>↳ {name} (continued from p{page})</source>
        <translation>↳ {name} (suite de p{page})</translation>
    </message>
    <message>
        <source>Continues on page {page}: Table ▸ Merge With Continuation</source>
        <translation>Suite page {page}&#xa0;: Tableau ▸ Fusionner avec la suite</translation>
    </message>
    <message>
        <source>Continues the table on page {page}</source>
        <translation>Suite du tableau de la page {page}</translation>
    </message>
    <message>
        <source>Confidence {value}: the grid may be off, check this table</source>
        <translation>Confiance {value}&#xa0;: la grille est peut-être fausse, vérifiez ce tableau</translation>
    </message>
    <message>
        <source>Confidence {value}</source>
        <translation>Confiance {value}</translation>
    </message>
    <message>
        <source>Checked by you (Table ▸ Mark Table as Checked)</source>
        <translation>Vérifié par vous (Tableau ▸ Marquer le tableau comme vérifié)</translation>
    </message>
</context>
<context>
    <name>TablesPanel</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tableau</numerusform>
            <numerusform>%n tableaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>Country name or ISO code, region or theme</source>
        <translation>Nom de pays ou code ISO, région ou thème</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>“{text}” is not a country name or ISO code.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est ni un nom de pays ni un code ISO.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message numerus="yes">
        <source>%n correction(s) no longer match the extracted tables and were not applied.</source>
        <extracomment>the current project is about to be closed or replaced: views save what is being typed now sha256 of the document now shown (&quot;&quot; for none) (sha256, op) after every applied operation; op {&quot;op&quot;: &quot;reload&quot;} after a (re-)extraction (table id or &quot;&quot;, row, col): the table (and cell) to show section id or &quot;&quot; sha256 whose problem list changed extraction of sha256 started / progressed (done, total, message) / finished (sha, message) (title, message) to show the user status bar text ``start_document(project) -&gt; sha256 or &quot;&quot;``: the document shown first when a project opens (the window&apos;s: the one shown when the project was last closed); default its first worker processes for extraction (None: one per core; 0: in the extraction thread itself)</extracomment>
        <translation>
            <numerusform>%n correction ne correspond plus aux tableaux extraits et n’a pas été appliquée.</numerusform>
            <numerusform>%n corrections ne correspondent plus aux tableaux extraits et n’ont pas été appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change cannot be made</source>
        <translation>La modification est impossible</translation>
    </message>
    <message>
        <source>The document changed meanwhile ({reason}).</source>
        <translation>Le document a changé entre-temps ({reason}).</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>La modification n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>{reason} Nothing was changed.</source>
        <translation>{reason} Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The project file could not be written, so nothing was changed ({reason}).</source>
        <translation>Le fichier de projet n’a pas pu être écrit&#xa0;: rien n’a donc été modifié ({reason}).</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Échec de l’annulation</translation>
    </message>
    <message>
        <source>Redo failed</source>
        <translation>Échec du rétablissement</translation>
    </message>
    <message>
        <source>The PDF is missing</source>
        <translation>Le PDF est introuvable</translation>
    </message>
    <message>
        <source>{name} was moved or deleted; locate it to extract it.</source>
        <translation>{name} a été déplacé ou supprimé&#xa0;; indiquez où il se trouve pour l’extraire.</translation>
    </message>
    <message>
        <source>Re-extraction cancelled; nothing was changed.</source>
        <translation>Réextraction annulée&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The extraction could not be saved</source>
        <translation>L’extraction n’a pas pu être enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tableau</numerusform>
            <numerusform>%n tableaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) re-applied</source>
        <translation>
            <numerusform>%n correction réappliquée</numerusform>
            <numerusform>%n corrections réappliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (no longer matching)</source>
        <translation>
            <numerusform>%n laissée de côté (ne correspond plus)</numerusform>
            <numerusform>%n laissées de côté (ne correspondent plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled before the end</source>
        <translation>annulée avant la fin</translation>
    </message>
    <message>
        <source>Extracted: {parts}.</source>
        <translation>Extrait&#xa0;: {parts}.</translation>
    </message>
    <message>
        <source>Extraction failed</source>
        <translation>Échec de l’extraction</translation>
    </message>
    <message>
        <source>Extraction stopped.</source>
        <translation>Extraction arrêtée.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d’aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont requis&#xa0;: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
</context>
</TS>

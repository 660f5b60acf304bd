<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>FindReplace</name>
    <message>
        <source>Type something to find.</source>
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
    <name>Operations</name>
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
        <source>Merge {table} with its continuation {part}</source>
        <extracomment>Labels of the edits, in English (saved in the journal); the interface translates them. A pair is (one, several) for a label with a count (:func:`label`).</extracomment>
        <translation>Fusionner {table} avec sa suite {part}</translation>
    </message>
    <message>
        <source>Link {table} as the continuation of {previous}</source>
        <translation>Lier {table} comme suite de {previous}</translation>
    </message>
    <message>
        <source>Unlink {table} from {previous}</source>
        <translation>Délier {table} de {previous}</translation>
    </message>
</context>
<context>
    <name>PackError</name>
    <message>
        <source>The logo {name} cannot be read ({error}).</source>
        <extracomment>Block kinds, in the order exporters are expected to know them. Fixed blocks and their keys. Bars in the requirements chart; beyond, the smallest are added up as &quot;All other (n)&quot;. Donor or audience the pack is prepared for. ISO date (YYYY-MM-DD); empty = the day the pack is built. Organisation sending the pack, shown on the cover beside its logo. Organisation named on the cover (optional). Logo image: file name (for display) and its bytes, base64 (so the pack travels with the project). Language the pack writes its own words in (labels, notes, dates, numbers): en, fr or es. Text from the source documents is never translated.</extracomment>
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
        <translation>Un dossier d’information enregistré doit avoir un nom.</translation>
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
        <source>{name} is already open in {owner}.</source>
        <translation>{name} est déjà ouvert dans {owner}.</translation>
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
    <name>ProjectStore</name>
    <message>
        <source>The disk is full: the last change could not be saved in {name}. Free some space.</source>
        <extracomment>Seconds after a write at which the write-ahead log is copied into the project file itself, so that a copy of the ``.bbproj`` alone (mailed, synced, backed up) holds every correction. Bounds a stored table must respect; beyond them the row is damaged, not a table to build.</extracomment>
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
        <source>Delete Table</source>
        <translation>Supprimer le tableau</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Merge With Continuation ({table}, page {page})</source>
        <translation>Fusionner avec la suite ({table}, page {page})</translation>
    </message>
    <message>
        <source>Link to Table on Previous Page ({table})</source>
        <translation>Lier au tableau de la page précédente ({table})</translation>
    </message>
    <message>
        <source>Unlink {table} From {other}</source>
        <translation>Délier {table} de {other}</translation>
    </message>
    <message>
        <source>continued from {table}</source>
        <translation>suite de {table}</translation>
    </message>
    <message>
        <source>continues on page {page} ({table})</source>
        <translation>suite page {page} ({table})</translation>
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
        <extracomment>column widths in the grid: sized to the content within these limits (pixels) header cells count up to this width: long descriptive headers (&quot;Adhering to international standards and fulfilling migrants&apos; rights&quot;) are elided, not allowed to widen a column of figures rows looked at to size the columns (a table of thousands of rows is sized from its first rows)</extracomment>
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
    <name>TablesModel</name>
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
        <extracomment>tables whose grid explains their words less well than this are listed first, marked &quot;⚠&quot; table id -&gt; the table continuing it on a later page</extracomment>
        <translation> → suite p. {page}</translation>
    </message>
    <message>
        <source>↳ {name} (continued from {table})</source>
        <translation>↳ {name} (suite de {table})</translation>
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
        <source>Continues on page {page} as {table}: Table ▸ Merge With Continuation</source>
        <translation>Suite page {page} ({table})&#xa0;: Tableau ▸ Fusionner avec la suite</translation>
    </message>
    <message>
        <source>Continues {table} from the page before</source>
        <translation>Suite de {table} de la page précédente</translation>
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
        <extracomment>the current project is about to be closed or replaced: views save what is being typed now sha256 of the document now shown (&quot;&quot; for none) (sha256, op) after every applied operation; op {&quot;op&quot;: &quot;reload&quot;} after a (re-)extraction (table id or &quot;&quot;, row, col): the table (and cell) to show section id or &quot;&quot; sha256 whose problem list changed extraction of sha256 started / progressed (done, total, message) / finished (sha, message) (title, message) to show the user status bar text worker processes for extraction (None: one per core; 0: in the extraction thread itself)</extracomment>
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
</TS>

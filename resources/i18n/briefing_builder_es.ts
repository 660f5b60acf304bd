<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DocumentList</name>
    <message>
        <source>{name} (extracting…)</source>
        <translation>{name} (extrayendo…)</translation>
    </message>
    <message>
        <source>{name} (not extracted)</source>
        <translation>{name} (sin extraer)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabla</numerusform>
            <numerusform>%n tablas</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF embedded in the project</source>
        <translation>PDF incorporado al proyecto</translation>
    </message>
</context>
<context>
    <name>ExtractionThread</name>
    <message>
        <source>building the section tree</source>
        <extracomment>one PageResult as soon as its page is done pages done, pages in all, message the assembled DocumentData, whether the run was cancelled, and whether it was written to the project file already (as the document&apos;s baseline, through this thread&apos;s own connection) a sentence for the user (the PDF cannot be read, ...) a re-extraction: when it is cancelled, the previous baseline stays</extracomment>
        <translation>construcción del árbol de secciones</translation>
    </message>
    <message>
        <source>The extraction stopped: {error}</source>
        <translation>La extracción se detuvo: {error}</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <source>Type something to find.</source>
        <translation>Escriba el texto que desea buscar.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: {error}.</source>
        <translation>La expresión regular no es válida: {error}.</translation>
    </message>
    <message>
        <source>The replacement is not valid: {error}.</source>
        <extracomment>A short excerpt around the match for result lists.</extracomment>
        <translation>El texto de reemplazo no es válido: {error}.</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <extracomment>(sha256, Location) the user wants to see</extracomment>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Coincidir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Palabras completas</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>Table cells</source>
        <translation>Celdas de las tablas</translation>
    </message>
    <message>
        <source>Section titles</source>
        <translation>Títulos de las secciones</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texto de las secciones</translation>
    </message>
    <message>
        <source>Current document</source>
        <translation>Documento actual</translation>
    </message>
    <message>
        <source>All documents of the project</source>
        <translation>Todos los documentos del proyecto</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Find All</source>
        <translation>Buscar todo</translation>
    </message>
    <message>
        <source>Replace Selected</source>
        <translation>Reemplazar selección</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Reemplazar:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{document}: {place}</source>
        <translation>{document}: {place}</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>{matches} (first ones)</source>
        <translation>{matches} (las primeras)</translation>
    </message>
    <message>
        <source>Nothing to replace.</source>
        <translation>No hay nada que reemplazar.</translation>
    </message>
    <message numerus="yes">
        <source>Replace “{text}” in %n document(s)</source>
        <translation>
            <numerusform>Reemplazar «{text}» en %n documento</numerusform>
            <numerusform>Reemplazar «{text}» en %n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n place(s).</source>
        <translation>
            <numerusform>Reemplazado en %n lugar.</numerusform>
            <numerusform>Reemplazado en %n lugares.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the matches to replace (or use Replace All).</source>
        <translation>Seleccione las coincidencias que desea reemplazar (o use Reemplazar todo).</translation>
    </message>
    <message>
        <source>Table {table}, cell {cell}</source>
        <translation>Tabla {table}, celda {cell}</translation>
    </message>
    <message>
        <source>Section {section} title</source>
        <translation>Título de la sección {section}</translation>
    </message>
    <message>
        <source>Section {section} text</source>
        <translation>Texto de la sección {section}</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Insert a row above row {row}</source>
        <translation>Insertar una fila encima de la fila {row}</translation>
    </message>
    <message>
        <source>Insert {count} rows above row {row}</source>
        <translation>Insertar {count} filas encima de la fila {row}</translation>
    </message>
    <message>
        <source>Insert a row below row {row}</source>
        <translation>Insertar una fila debajo de la fila {row}</translation>
    </message>
    <message>
        <source>Insert {count} rows below row {row}</source>
        <translation>Insertar {count} filas debajo de la fila {row}</translation>
    </message>
    <message>
        <source>Delete row {row}</source>
        <translation>Eliminar la fila {row}</translation>
    </message>
    <message>
        <source>Delete {count} rows</source>
        <translation>Eliminar {count} filas</translation>
    </message>
    <message>
        <source>Move row {row} up</source>
        <translation>Subir la fila {row}</translation>
    </message>
    <message>
        <source>Move row {row} down</source>
        <translation>Bajar la fila {row}</translation>
    </message>
    <message>
        <source>Merge row {row} into row {above}</source>
        <translation>Combinar la fila {row} con la fila {above}</translation>
    </message>
    <message>
        <source>Split row {row}</source>
        <translation>Dividir la fila {row}</translation>
    </message>
    <message>
        <source>Insert column left of {column}</source>
        <translation>Insertar una columna a la izquierda de {column}</translation>
    </message>
    <message>
        <source>Insert column right of {column}</source>
        <translation>Insertar una columna a la derecha de {column}</translation>
    </message>
    <message>
        <source>Delete column {column}</source>
        <translation>Eliminar la columna {column}</translation>
    </message>
    <message>
        <source>Delete {count} columns</source>
        <translation>Eliminar {count} columnas</translation>
    </message>
    <message>
        <source>Move column {column} left</source>
        <translation>Mover la columna {column} a la izquierda</translation>
    </message>
    <message>
        <source>Move column {column} right</source>
        <translation>Mover la columna {column} a la derecha</translation>
    </message>
    <message>
        <source>Merge columns {column} and {next}</source>
        <translation>Combinar las columnas {column} y {next}</translation>
    </message>
    <message>
        <source>Split column {column}</source>
        <translation>Dividir la columna {column}</translation>
    </message>
    <message>
        <source>Merge cells {range}</source>
        <translation>Combinar las celdas {range}</translation>
    </message>
    <message>
        <source>Split cell {cell}</source>
        <translation>Dividir la celda {cell}</translation>
    </message>
    <message>
        <source>Set one header row</source>
        <translation>Definir una fila de encabezado</translation>
    </message>
    <message>
        <source>Set {count} header rows</source>
        <translation>Definir {count} filas de encabezado</translation>
    </message>
    <message>
        <source>Mark row {row} as totals</source>
        <translation>Marcar la fila {row} como fila de totales</translation>
    </message>
    <message>
        <source>Unmark totals row {row}</source>
        <translation>Quitar la marca de totales de la fila {row}</translation>
    </message>
    <message>
        <source>Delete table {table}</source>
        <translation>Eliminar la tabla {table}</translation>
    </message>
    <message>
        <source>Paste one cell at {cell}</source>
        <translation>Pegar una celda en {cell}</translation>
    </message>
    <message>
        <source>Paste {count} cells at {cell}</source>
        <translation>Pegar {count} celdas en {cell}</translation>
    </message>
    <message>
        <source>Clear {cells}</source>
        <translation>Borrar {cells}</translation>
    </message>
    <message>
        <source>Replace “{find}” with “{replacement}” ({count})</source>
        <extracomment>Labels of the edits, in English (saved in the journal); the interface translates them.</extracomment>
        <translation>Reemplazar «{find}» por «{replacement}» ({count})</translation>
    </message>
    <message>
        <source>Repair lost characters ({count})</source>
        <translation>Reparar los caracteres perdidos ({count})</translation>
    </message>
    <message>
        <source>Edit cell {cell}</source>
        <extracomment>Labels of operations, in English (saved in the journal); the interface translates them (app/document/messages.py).</extracomment>
        <translation>Editar la celda {cell}</translation>
    </message>
    <message>
        <source>Change table {what}</source>
        <translation>Cambiar la tabla ({what})</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>Añadir una tabla</translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation>Eliminar la tabla</translation>
    </message>
    <message>
        <source>Restructure table</source>
        <translation>Reestructurar la tabla</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Cambiar el nombre de la sección</translation>
    </message>
    <message>
        <source>Change section level</source>
        <translation>Cambiar el nivel de la sección</translation>
    </message>
    <message>
        <source>Edit section text</source>
        <translation>Editar el texto de la sección</translation>
    </message>
    <message>
        <source>Edit section tags</source>
        <translation>Editar las etiquetas de la sección</translation>
    </message>
    <message>
        <source>Edit section</source>
        <translation>Editar la sección</translation>
    </message>
    <message>
        <source>Insert section</source>
        <translation>Insertar una sección</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Eliminar la sección</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Mover la sección</translation>
    </message>
    <message>
        <source>Several changes</source>
        <translation>Varios cambios</translation>
    </message>
    <message>
        <source>Promote “{title}”</source>
        <extracomment>Labels of the edits, in English (saved in the journal); the interface translates them.</extracomment>
        <translation>Subir «{title}» un nivel</translation>
    </message>
    <message>
        <source>Demote “{title}”</source>
        <translation>Bajar «{title}» un nivel</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>Mover «{title}»</translation>
    </message>
    <message>
        <source>Merge “{title}” into previous section</source>
        <translation>Combinar «{title}» con la sección anterior</translation>
    </message>
    <message>
        <source>Split “{title}” at paragraph {paragraph}</source>
        <translation>Dividir «{title}» en el párrafo {paragraph}</translation>
    </message>
    <message>
        <source>Delete section “{title}”</source>
        <translation>Eliminar la sección «{title}»</translation>
    </message>
    <message>
        <source>Merge {table} with its continuation {part}</source>
        <extracomment>Labels of the edits, in English (saved in the journal); the interface translates them. A pair is (one, several) for a label with a count (:func:`label`).</extracomment>
        <translation>Combinar {table} con su continuación {part}</translation>
    </message>
    <message>
        <source>Link {table} as the continuation of {previous}</source>
        <translation>Vincular {table} como continuación de {previous}</translation>
    </message>
    <message>
        <source>Unlink {table} from {previous}</source>
        <translation>Desvincular {table} de {previous}</translation>
    </message>
</context>
<context>
    <name>PackError</name>
    <message>
        <source>The logo {name} cannot be read ({error}).</source>
        <extracomment>Block kinds, in the order exporters are expected to know them. Fixed blocks and their keys. Bars in the requirements chart; beyond, the smallest are added up as &quot;All other (n)&quot;. Donor or audience the pack is prepared for. ISO date (YYYY-MM-DD); empty = the day the pack is built. Organisation sending the pack, shown on the cover beside its logo. Organisation named on the cover (optional). Logo image: file name (for display) and its bytes, base64 (so the pack travels with the project). Language the pack writes its own words in (labels, notes, dates, numbers): en, fr or es. Text from the source documents is never translated.</extracomment>
        <translation>No se puede leer el logotipo {name} ({error}).</translation>
    </message>
    <message>
        <source>The logo {name} is larger than 2 MB; please use a smaller image.</source>
        <translation>El logotipo {name} supera los 2 MB; use una imagen más pequeña.</translation>
    </message>
    <message>
        <source>The logo {name} is not a PNG or JPEG image.</source>
        <translation>El logotipo {name} no es una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <source>The logo {name} is not a readable image ({error}).</source>
        <translation>El logotipo {name} no es una imagen legible ({error}).</translation>
    </message>
    <message>
        <source>This pack definition is damaged (not a JSON object).</source>
        <extracomment>Block keys in the order the user arranged them (blocks not listed keep their default place). Keys of blocks the user removed. Exporter last used, and options per exporter name.</extracomment>
        <translation>Esta definición de dosier informativo está dañada (no es un objeto JSON).</translation>
    </message>
    <message>
        <source>This pack was saved by a newer Briefing Builder (pack format {version}); this one reads up to {supported}.</source>
        <translation>Este dosier informativo se guardó con una versión más reciente de Briefing Builder (formato {version}); esta lee hasta el formato {supported}.</translation>
    </message>
    <message>
        <source>A saved pack needs a name.</source>
        <translation>Un dosier informativo guardado necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Merged from pages {first}–{last}</source>
        <extracomment>points between the bbox and the inner edge of the outline the largest distance the outline can be drawn from the bbox (points, at the smallest zoom)</extracomment>
        <translation>Combinada a partir de las páginas {first} a {last}</translation>
    </message>
    <message>
        <source>{method}, read by OCR from a scan</source>
        <translation>{method}, leída por OCR de un escaneo</translation>
    </message>
    <message>
        <source>Table {table}: {rows} × {columns} ({method})</source>
        <translation>Tabla {table}: {rows} × {columns} ({method})</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to select</source>
        <translation>Haga clic para seleccionar</translation>
    </message>
    <message>
        <source>Drag to move this column separator; right-click to remove it</source>
        <translation>Arrastre para mover este separador de columnas; clic derecho para quitarlo</translation>
    </message>
    <message>
        <source>Remove Column Separator</source>
        <translation>Quitar el separador de columnas</translation>
    </message>
    <message>
        <source>Heading (level {level}): {title}</source>
        <translation>Encabezado (nivel {level}): {title}</translation>
    </message>
</context>
<context>
    <name>PdfError</name>
    <message>
        <source>{name}: the password is not correct.</source>
        <translation>{name}: la contraseña no es correcta.</translation>
    </message>
    <message>
        <source>{name} is encrypted: a password is needed to open it.</source>
        <translation>{name} está cifrado: se necesita una contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: este archivo no existe.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a PDF file.</source>
        <translation>{path} es una carpeta, no un archivo PDF.</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({error}).</source>
        <translation>{name}: no se puede leer ({error}).</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes).</source>
        <translation>{name} está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>{name} is not a PDF file.</source>
        <translation>{name} no es un archivo PDF.</translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid PDF ({detail}).</source>
        <translation>{name} está dañado o no es un PDF válido ({detail}).</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>{table} column {column}</source>
        <translation>{table} columna {column}</translation>
    </message>
    <message>
        <source>{table} row {row}</source>
        <translation>{table} fila {row}</translation>
    </message>
    <message>
        <source>section {section}</source>
        <translation>sección {section}</translation>
    </message>
    <message>
        <source>p. {page} · {place}</source>
        <translation>p. {page} · {place}</translation>
    </message>
    <message>
        <source>Row sum</source>
        <extracomment>The interface translates labels and messages under this context (app/document/messages.py).</extracomment>
        <translation>Suma de fila</translation>
    </message>
    <message>
        <source>Column sum</source>
        <translation>Suma de columna</translation>
    </message>
    <message>
        <source>Text in numbers</source>
        <translation>Texto entre cifras</translation>
    </message>
    <message>
        <source>Lost character</source>
        <translation>Carácter perdido</translation>
    </message>
    <message>
        <source>Unmapped glyph</source>
        <translation>Glifo no reconocido</translation>
    </message>
    <message>
        <source>Empty column</source>
        <translation>Columna vacía</translation>
    </message>
    <message>
        <source>Empty row</source>
        <translation>Fila vacía</translation>
    </message>
    <message>
        <source>Rounding difference</source>
        <translation>Diferencia de redondeo</translation>
    </message>
    <message>
        <source>Uncertain OCR</source>
        <translation>OCR dudoso</translation>
    </message>
    <message>
        <source>OCR look-alike</source>
        <translation>Confusión de OCR</translation>
    </message>
    <message>
        <source>Lost character in “{word}”</source>
        <extracomment>Cells read by OCR below this confidence (0-1) are listed as uncertain. Share of a column&apos;s body cells that must be numbers for the column to count as a number column. The sentence in English (JSON, the command line); the interface shows :attr:`note` translated. Id of the table (None for a problem in a section&apos;s text). Row / column in the table; None when the problem is about a whole column / row. Id of the section, for problems in section titles or text. The message as a template and its parameters, for the interface to translate.</extracomment>
        <translation>Carácter perdido en «{word}»</translation>
    </message>
    <message>
        <source>Unmapped glyph {glyph} in “{text}”</source>
        <translation>Glifo no reconocido {glyph} en «{text}»</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>«{text}» no es un número</translation>
    </message>
    <message>
        <source>Column adds up to {sum}, the total says {total} (difference {difference}: rounding in the source?)</source>
        <translation>La columna suma {sum}, el total indica {total} (diferencia de {difference}: ¿redondeo en la fuente?)</translation>
    </message>
    <message>
        <source>Column adds up to {sum}, the total says {total} (difference {difference})</source>
        <translation>La columna suma {sum}, el total indica {total} (diferencia de {difference})</translation>
    </message>
    <message>
        <source>Row adds up to {sum}, the total column says {total} (difference {difference}: rounding in the source?)</source>
        <translation>La fila suma {sum}, la columna de total indica {total} (diferencia de {difference}: ¿redondeo en la fuente?)</translation>
    </message>
    <message>
        <source>Row adds up to {sum}, the total column says {total} (difference {difference})</source>
        <translation>La fila suma {sum}, la columna de total indica {total} (diferencia de {difference})</translation>
    </message>
    <message>
        <source>Column {column} is empty</source>
        <translation>La columna {column} está vacía</translation>
    </message>
    <message>
        <source>Row {row} is empty</source>
        <translation>La fila {row} está vacía</translation>
    </message>
    <message>
        <source>“{text}” was read by OCR; did the page say “{guess}”?</source>
        <translation>«{text}» se leyó por OCR; ¿decía la página «{guess}»?</translation>
    </message>
    <message>
        <source>“{text}” read by OCR with low confidence ({confidence}): check it on the page</source>
        <translation>«{text}» leído por OCR con poca confianza ({confidence}): compruébelo en la página</translation>
    </message>
    <message>
        <source>Section title: {message}</source>
        <translation>Título de sección: {message}</translation>
    </message>
    <message>
        <source>Section text: {message}</source>
        <translation>Texto de sección: {message}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>{kind} — {where}
{message}
Double-click to go there</source>
        <translation>{kind} — {where}
{message}
Haga doble clic para ir allí</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>No se encontraron problemas</translation>
    </message>
</context>
<context>
    <name>ProjectBanner</name>
    <message>
        <source>Project file</source>
        <translation>Archivo de proyecto</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>abierto en modo de solo lectura</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: {reason}. Changes cannot be saved in this file; save a copy to work on it.</source>
        <translation>&lt;b&gt;Solo lectura&lt;/b&gt;: {reason}. Los cambios no se pueden guardar en este archivo; guarde una copia para trabajar en ella.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n damaged part(s)&lt;/b&gt; of this project could not be read and were skipped; everything else is here.</source>
        <translation>
            <numerusform>&lt;b&gt;%n parte dañada&lt;/b&gt; de este proyecto no se pudo leer y se omitió; todo lo demás está aquí.</numerusform>
            <numerusform>&lt;b&gt;%n partes dañadas&lt;/b&gt; de este proyecto no se pudieron leer y se omitieron; todo lo demás está aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged parts of the project</source>
        <translation>Partes dañadas del proyecto</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the project file could not be read and were skipped:</source>
        <translation>
            <numerusform>%n parte del archivo de proyecto no se pudo leer y se omitió:</numerusform>
            <numerusform>%n partes del archivo de proyecto no se pudieron leer y se omitieron:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>The project is already open</source>
        <extracomment>Answers of :func:`ask_when_locked`.</extracomment>
        <translation>El proyecto ya está abierto</translation>
    </message>
    <message>
        <source>{name} is already open in {owner}.</source>
        <translation>{name} ya está abierto en {owner}.</translation>
    </message>
    <message>
        <source>Only one window can change a project at a time, so that no correction is lost. You can look at it read-only, or work on a copy of it as it is now.</source>
        <translation>Solo una ventana a la vez puede modificar un proyecto, para que no se pierda ninguna corrección. Puede consultarlo en modo de solo lectura o trabajar en una copia de su estado actual.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir en &amp;solo lectura</translation>
    </message>
    <message>
        <source>Open a &amp;Copy…</source>
        <translation>Abrir una &amp;copia…</translation>
    </message>
    <message>
        <source>another Briefing Builder window</source>
        <translation>otra ventana de Briefing Builder</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>{user} on {host}</source>
        <translation>{user} en {host}</translation>
    </message>
    <message>
        <source>{who} since {time}</source>
        <translation>{who} desde las {time}</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>The disk is full: the last change could not be saved in {name}. Free some space.</source>
        <extracomment>Seconds after a write at which the write-ahead log is copied into the project file itself, so that a copy of the ``.bbproj`` alone (mailed, synced, backed up) holds every correction. Bounds a stored table must respect; beyond them the row is damaged, not a table to build.</extracomment>
        <translation>El disco está lleno: el último cambio no se pudo guardar en {name}. Libere espacio.</translation>
    </message>
    <message>
        <source>{name} cannot be written (read-only file or folder).</source>
        <translation>No se puede escribir en {name} (archivo o carpeta de solo lectura).</translation>
    </message>
    <message>
        <source>{name} could not be saved ({error}).</source>
        <translation>No se pudo guardar {name} ({error}).</translation>
    </message>
    <message>
        <source>The disk is full: {name} cannot be created. Free some space.</source>
        <extracomment>MIGRATIONS[n] is the SQL that upgrades a version-n file to version n+1. Each runs in one transaction together with the version bump, so an interrupted migration leaves the old file intact.</extracomment>
        <translation>El disco está lleno: no se puede crear {name}. Libere espacio.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {error}.</source>
        <translation>No se puede crear {path}: {error}.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>the folder cannot be written (read-only media or no permission)</source>
        <translation>no se puede escribir en la carpeta (soporte de solo lectura o sin permiso)</translation>
    </message>
    <message>
        <source>{name} already exists.</source>
        <extracomment>Why the project is read-only (shown in the banner); &quot;&quot; when it is writable. One sentence per row that was skipped because it is damaged.</extracomment>
        <translation>{name} ya existe.</translation>
    </message>
    <message>
        <source>{path}: no such project file.</source>
        <translation>{path}: este archivo de proyecto no existe.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file.</source>
        <translation>{path} es una carpeta, no un archivo de proyecto.</translation>
    </message>
    <message>
        <source>{name} is empty: it is not a Briefing Builder project.</source>
        <translation>{name} está vacío: no es un proyecto de Briefing Builder.</translation>
    </message>
    <message>
        <source>{name} is not a Briefing Builder project file.</source>
        <translation>{name} no es un archivo de proyecto de Briefing Builder.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({error}).</source>
        <translation>No se puede leer {name} ({error}).</translation>
    </message>
    <message>
        <source>{name} cannot be opened ({error}).</source>
        <translation>No se puede abrir {name} ({error}).</translation>
    </message>
    <message>
        <source>the file cannot be written (read-only file or no permission)</source>
        <translation>no se puede escribir en el archivo (archivo de solo lectura o sin permiso)</translation>
    </message>
    <message>
        <source>The disk is full: {name} cannot be opened. Free some space.</source>
        <translation>El disco está lleno: no se puede abrir {name}. Libere espacio.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened ({error}).</source>
        <translation>{name} está dañado y no se puede abrir ({error}).</translation>
    </message>
    <message>
        <source>{name} is damaged ({check}).</source>
        <translation>{name} está dañado ({check}).</translation>
    </message>
    <message>
        <source>{name} is an SQLite database but not a Briefing Builder project.</source>
        <translation>{name} es una base de datos SQLite, pero no un proyecto de Briefing Builder.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer Briefing Builder (project format {version}); this version reads up to format {supported}. Please update the application.</source>
        <translation>{name} se guardó con una versión más reciente de Briefing Builder (formato de proyecto {version}); esta versión lee hasta el formato {supported}. Actualice la aplicación.</translation>
    </message>
    <message>
        <source>The disk is full: {name} cannot be upgraded. Free some space.</source>
        <translation>El disco está lleno: no se puede actualizar {name}. Libere espacio.</translation>
    </message>
    <message>
        <source>{name} has no recognisable project format.</source>
        <translation>El formato de proyecto de {name} no se reconoce.</translation>
    </message>
    <message>
        <source>{name}: migration did not complete.</source>
        <translation>{name}: la actualización no se completó.</translation>
    </message>
    <message>
        <source>{name} is damaged: missing {missing}.</source>
        <translation>{name} está dañado: falta {missing}.</translation>
    </message>
    <message>
        <source>{name} is open read-only: changes cannot be saved.</source>
        <translation>{name} está abierto en modo de solo lectura: los cambios no se pueden guardar.</translation>
    </message>
    <message>
        <source>A copy must have another name than the project itself.</source>
        <translation>Una copia debe tener un nombre distinto del propio proyecto.</translation>
    </message>
    <message>
        <source>The disk is full: the copy {name} could not be written.</source>
        <translation>El disco está lleno: no se pudo escribir la copia {name}.</translation>
    </message>
    <message>
        <source>Cannot save the project as {path}: {error}.</source>
        <translation>No se puede guardar el proyecto como {path}: {error}.</translation>
    </message>
    <message>
        <source>{name} is open read-only: save it under another name.</source>
        <translation>{name} está abierto en modo de solo lectura: guárdelo con otro nombre.</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Repair Lost Characters</source>
        <translation>Reparar caracteres perdidos</translation>
    </message>
    <message>
        <source>Words whose letters were lost in the PDF (shown as “�” or “(cid:NN)”) and ligature characters. Each fix is proposed only when exactly one known word fits; tick the ones to apply. For words with several candidates, pick one.</source>
        <translation>Palabras cuyas letras se perdieron en el PDF (mostradas como «�» o «(cid:NN)») y caracteres de ligadura. Solo se propone una corrección cuando encaja exactamente una palabra conocida; marque las que desea aplicar. Para las palabras con varios candidatos, elija uno.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Apply Ticked Fixes</source>
        <translation>Aplicar las correcciones marcadas</translation>
    </message>
    <message>
        <source>Tick All</source>
        <translation>Marcar todo</translation>
    </message>
    <message>
        <source>Tick None</source>
        <translation>Desmarcar todo</translation>
    </message>
    <message>
        <source>No document.</source>
        <translation>Ningún documento.</translation>
    </message>
    <message>
        <source>no known word fits — edit by hand</source>
        <translation>ninguna palabra conocida encaja — corrija a mano</translation>
    </message>
    <message>
        <source>{fixes} in {places}; {words} without a sure fix.</source>
        <translation>{fixes} en {places}; {words} sin corrección segura.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed fix(es)</source>
        <translation>
            <numerusform>%n corrección propuesta</numerusform>
            <numerusform>%n correcciones propuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n lugar</numerusform>
            <numerusform>%n lugares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing ticked.</source>
        <translation>No hay nada marcado.</translation>
    </message>
    <message>
        <source>Applied: {action}.</source>
        <translation>Aplicado: {action}.</translation>
    </message>
</context>
<context>
    <name>SectionEdit</name>
    <message>
        <source>The document itself cannot be demoted.</source>
        <translation>El propio documento no puede bajar de nivel.</translation>
    </message>
    <message>
        <source>The document itself cannot be moved.</source>
        <translation>El propio documento no se puede mover.</translation>
    </message>
    <message>
        <source>The document itself cannot be deleted (delete its sections instead).</source>
        <translation>El propio documento no se puede eliminar (elimine sus secciones en su lugar).</translation>
    </message>
    <message>
        <source>That section no longer exists.</source>
        <extracomment>A paragraph this short (one line) becomes the title of the section split off at it.</extracomment>
        <translation>Esa sección ya no existe.</translation>
    </message>
    <message>
        <source>A section needs a title.</source>
        <translation>Una sección necesita un título.</translation>
    </message>
    <message>
        <source>This section is already at the top level.</source>
        <translation>Esta sección ya está en el nivel superior.</translation>
    </message>
    <message>
        <source>There is no section before this one at the same level to put it under.</source>
        <translation>No hay ninguna sección anterior del mismo nivel bajo la cual colocarla.</translation>
    </message>
    <message>
        <source>Sections stay inside the document: put it under the document&apos;s title.</source>
        <translation>Las secciones permanecen dentro del documento: colóquela bajo el título del documento.</translation>
    </message>
    <message>
        <source>A section cannot be moved into itself.</source>
        <translation>Una sección no se puede mover dentro de sí misma.</translation>
    </message>
    <message>
        <source>The section is already there.</source>
        <translation>La sección ya está ahí.</translation>
    </message>
    <message>
        <source>The section cannot move further up.</source>
        <translation>La sección no puede subir más.</translation>
    </message>
    <message>
        <source>The section cannot move further down.</source>
        <translation>La sección no puede bajar más.</translation>
    </message>
    <message>
        <source>The first section has no section before it to merge into.</source>
        <translation>La primera sección no tiene ninguna sección anterior con la que combinarse.</translation>
    </message>
    <message>
        <source>The document has no text of its own (before its first heading) to split.</source>
        <extracomment>Where a paragraph starts on the page: (page, top, x0, x1) in points.</extracomment>
        <translation>El documento no tiene texto propio (antes de su primer encabezado) que dividir.</translation>
    </message>
    <message>
        <source>Put the cursor in a paragraph after the first one to split the section there.</source>
        <translation>Coloque el cursor en un párrafo posterior al primero para dividir la sección allí.</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <source>Filter sections…</source>
        <translation>Filtrar secciones…</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <source>Text of the selected section. Paragraphs are separated by a blank line.</source>
        <translation>Texto de la sección seleccionada. Los párrafos se separan con una línea en blanco.</translation>
    </message>
    <message>
        <source>Edit ▾</source>
        <translation>Editar ▾</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>Cambiar nombre de la sección</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Subir nivel</translation>
    </message>
    <message>
        <source>Promote: one level up</source>
        <translation>Subir nivel: un nivel más arriba</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Bajar nivel</translation>
    </message>
    <message>
        <source>Demote: under the previous section</source>
        <translation>Bajar nivel: bajo la sección anterior</translation>
    </message>
    <message>
        <source>Move Section Up</source>
        <translation>Subir la sección</translation>
    </message>
    <message>
        <source>Move Section Down</source>
        <translation>Bajar la sección</translation>
    </message>
    <message>
        <source>Merge With Previous Section</source>
        <translation>Combinar con la sección anterior</translation>
    </message>
    <message>
        <source>Turn this heading into text of the section before it</source>
        <translation>Convertir este encabezado en texto de la sección anterior</translation>
    </message>
    <message>
        <source>Split Section at Paragraph</source>
        <translation>Dividir la sección en el párrafo</translation>
    </message>
    <message>
        <source>The paragraph holding the text cursor starts a new section</source>
        <translation>El párrafo donde está el cursor inicia una nueva sección</translation>
    </message>
    <message>
        <source>Edit Tags…</source>
        <translation>Editar etiquetas…</translation>
    </message>
    <message>
        <source>Delete Section</source>
        <translation>Eliminar la sección</translation>
    </message>
    <message>
        <source>Delete the section and its sub-sections</source>
        <translation>Eliminar la sección y sus subsecciones</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Sección</translation>
    </message>
    <message>
        <source>No section selected</source>
        <translation>Ninguna sección seleccionada</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Sin etiquetas</translation>
    </message>
    <message>
        <source>Cannot change the section tree</source>
        <translation>No se puede cambiar el árbol de secciones</translation>
    </message>
    <message>
        <source>Cannot rename the section</source>
        <translation>No se puede cambiar el nombre de la sección</translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message>
        <source>(untitled)</source>
        <extracomment>row of each section under its parent (index_of in O(1): parent() is called all the time)</extracomment>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Level {level}, page {pages}</source>
        <translation>Nivel {level}, página {pages}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>Lost characters in the title or text</source>
        <translation>Caracteres perdidos en el título o el texto</translation>
    </message>
    <message>
        <source>Uncertain heading ({percent} sure): check it</source>
        <translation>Encabezado dudoso (seguro al {percent}): compruébelo</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>TableEdit</name>
    <message>
        <source>There is no row {row} (the table has {rows} rows).</source>
        <translation>La fila {row} no existe (la tabla tiene {rows} filas).</translation>
    </message>
    <message>
        <source>There is no column {column} (the table has {columns} columns).</source>
        <translation>La columna {column} no existe (la tabla tiene {columns} columnas).</translation>
    </message>
    <message>
        <source>A merged cell would be torn apart; split it first.</source>
        <translation>Se partiría una celda combinada; divídala primero.</translation>
    </message>
    <message>
        <source>Cannot insert a row at position {position}.</source>
        <translation>No se puede insertar una fila en la posición {position}.</translation>
    </message>
    <message>
        <source>Insert at least one row.</source>
        <translation>Inserte al menos una fila.</translation>
    </message>
    <message>
        <source>No row selected.</source>
        <translation>Ninguna fila seleccionada.</translation>
    </message>
    <message>
        <source>A table needs at least one row; delete the table instead.</source>
        <translation>Una tabla necesita al menos una fila; elimine la tabla en su lugar.</translation>
    </message>
    <message>
        <source>The first row has no row above it to merge into.</source>
        <translation>La primera fila no tiene ninguna fila encima con la que combinarse.</translation>
    </message>
    <message>
        <source>The cells of this row hold different counts of numbers; split them by hand.</source>
        <translation>Las celdas de esta fila contienen cantidades distintas de cifras; divídalas a mano.</translation>
    </message>
    <message>
        <source>Row {row} has nothing to split: no cell holds several lines or numbers.</source>
        <translation>La fila {row} no tiene nada que dividir: ninguna celda contiene varias líneas o cifras.</translation>
    </message>
    <message>
        <source>Cannot insert a column at position {position}.</source>
        <translation>No se puede insertar una columna en la posición {position}.</translation>
    </message>
    <message>
        <source>Insert at least one column.</source>
        <translation>Inserte al menos una columna.</translation>
    </message>
    <message>
        <source>No column selected.</source>
        <translation>Ninguna columna seleccionada.</translation>
    </message>
    <message>
        <source>A table needs at least one column; delete the table instead.</source>
        <translation>Una tabla necesita al menos una columna; elimine la tabla en su lugar.</translation>
    </message>
    <message>
        <source>The last column has no column on its right to merge with.</source>
        <translation>La última columna no tiene ninguna columna a su derecha con la que combinarse.</translation>
    </message>
    <message>
        <source>Select at least two cells to merge.</source>
        <translation>Seleccione al menos dos celdas para combinar.</translation>
    </message>
    <message>
        <source>This cell is not merged; there is nothing to split.</source>
        <translation>Esta celda no está combinada; no hay nada que dividir.</translation>
    </message>
    <message>
        <source>The header can have 0 to {rows} rows.</source>
        <translation>El encabezado puede tener de 0 a {rows} filas.</translation>
    </message>
    <message>
        <source>Table {table} cannot be linked: it is not the first table of its page, or the previous page has no table, or that table is continued already.</source>
        <translation>La tabla {table} no se puede vincular: no es la primera tabla de su página, o la página anterior no tiene tabla, o esa tabla ya tiene continuación.</translation>
    </message>
    <message>
        <source>Table {table} does not continue another table.</source>
        <translation>La tabla {table} no es continuación de otra tabla.</translation>
    </message>
    <message>
        <source>No table continues {table} on the next page.</source>
        <translation>Ninguna tabla continúa {table} en la página siguiente.</translation>
    </message>
    <message>
        <source>{part} has {part_columns} columns and {table} has {columns}: make them the same before merging.</source>
        <translation>{part} tiene {part_columns} columnas y {table} tiene {columns}: iguálelas antes de combinar.</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Number of header rows</source>
        <extracomment>the user asked to re-extract the table&apos;s area on the page (&quot;ruled&quot; or &quot;borderless&quot;) (row, col) became current in the grid</extracomment>
        <translation>Número de filas de encabezado</translation>
    </message>
    <message>
        <source>Header rows</source>
        <translation>Filas de encabezado</translation>
    </message>
    <message>
        <source>Select a table on the page or in the Tables list,
or draw one on the page (Draw Table Area, Ctrl+Shift+D).</source>
        <translation>Seleccione una tabla en la página o en la lista de tablas,
o dibuje una en la página (Dibujar área de tabla, Ctrl+Mayús+D).</translation>
    </message>
    <message>
        <source>Edit ▾</source>
        <translation>Editar ▾</translation>
    </message>
    <message>
        <source>Every table edit (also in the context menu)</source>
        <translation>Todas las ediciones de tabla (también en el menú contextual)</translation>
    </message>
    <message>
        <source>Insert Row Above</source>
        <translation>Insertar fila encima</translation>
    </message>
    <message>
        <source>Insert Row Below</source>
        <translation>Insertar fila debajo</translation>
    </message>
    <message>
        <source>Delete Rows</source>
        <translation>Eliminar filas</translation>
    </message>
    <message>
        <source>Move Row Up</source>
        <translation>Subir fila</translation>
    </message>
    <message>
        <source>Move Row Down</source>
        <translation>Bajar fila</translation>
    </message>
    <message>
        <source>Merge Row Up</source>
        <translation>Combinar con la fila de arriba</translation>
    </message>
    <message>
        <source>Merge the row into the row above (wrapped labels)</source>
        <translation>Combinar la fila con la de arriba (etiquetas partidas en dos líneas)</translation>
    </message>
    <message>
        <source>Split Row</source>
        <translation>Dividir fila</translation>
    </message>
    <message>
        <source>Split a row holding several rows (line breaks or several numbers per cell)</source>
        <translation>Dividir una fila que contiene varias (saltos de línea o varias cifras por celda)</translation>
    </message>
    <message>
        <source>Insert Column Left</source>
        <translation>Insertar columna a la izquierda</translation>
    </message>
    <message>
        <source>Insert Column Right</source>
        <translation>Insertar columna a la derecha</translation>
    </message>
    <message>
        <source>Delete Columns</source>
        <translation>Eliminar columnas</translation>
    </message>
    <message>
        <source>Move Column Left</source>
        <translation>Mover columna a la izquierda</translation>
    </message>
    <message>
        <source>Move Column Right</source>
        <translation>Mover columna a la derecha</translation>
    </message>
    <message>
        <source>Merge Column With Next</source>
        <translation>Combinar columna con la siguiente</translation>
    </message>
    <message>
        <source>Join each cell of the column with the cell on its right</source>
        <translation>Unir cada celda de la columna con la celda de su derecha</translation>
    </message>
    <message>
        <source>Split Column</source>
        <translation>Dividir columna</translation>
    </message>
    <message>
        <source>Move a trailing number of each cell into a new column on the right</source>
        <translation>Mover la cifra final de cada celda a una nueva columna a la derecha</translation>
    </message>
    <message>
        <source>Merge Cells</source>
        <translation>Combinar celdas</translation>
    </message>
    <message>
        <source>Merge the selected cells into one</source>
        <translation>Combinar las celdas seleccionadas en una sola</translation>
    </message>
    <message>
        <source>Split Cell</source>
        <translation>Dividir celda</translation>
    </message>
    <message>
        <source>Undo a merged cell</source>
        <translation>Deshacer una celda combinada</translation>
    </message>
    <message>
        <source>Header Rows Up To Here</source>
        <translation>Encabezado hasta aquí</translation>
    </message>
    <message>
        <source>Make every row down to the current one a header row</source>
        <translation>Convertir en encabezado todas las filas hasta la actual</translation>
    </message>
    <message>
        <source>Totals Row</source>
        <translation>Fila de totales</translation>
    </message>
    <message>
        <source>Mark or unmark the row as a totals row</source>
        <translation>Marcar o desmarcar la fila como fila de totales</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected cells (tab-separated)</source>
        <translation>Copiar las celdas seleccionadas (separadas por tabulaciones)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Paste tab-separated cells (from a spreadsheet or another table) at the current cell</source>
        <translation>Pegar celdas separadas por tabulaciones (de una hoja de cálculo u otra tabla) en la celda actual</translation>
    </message>
    <message>
        <source>Clear Cells</source>
        <translation>Borrar celdas</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>Vaciar las celdas seleccionadas</translation>
    </message>
    <message>
        <source>Merge With Continuation</source>
        <translation>Combinar con la continuación</translation>
    </message>
    <message>
        <source>Append the table continuing this one on the next page, as one table</source>
        <translation>Añadir la tabla que continúa esta en la página siguiente, como una sola tabla</translation>
    </message>
    <message>
        <source>Link to Table on Previous Page</source>
        <translation>Vincular a la tabla de la página anterior</translation>
    </message>
    <message>
        <source>Mark this table as the continuation of the last table of the previous page</source>
        <translation>Marcar esta tabla como continuación de la última tabla de la página anterior</translation>
    </message>
    <message>
        <source>Unlink Continuation</source>
        <translation>Desvincular la continuación</translation>
    </message>
    <message>
        <source>This table and the other part are separate tables</source>
        <translation>Esta tabla y la otra parte son tablas distintas</translation>
    </message>
    <message>
        <source>Re-extract Table (Ruled)</source>
        <translation>Volver a extraer la tabla (con líneas)</translation>
    </message>
    <message>
        <source>Extract the table&apos;s area again using its ruling lines</source>
        <translation>Extraer de nuevo el área de la tabla a partir de sus líneas</translation>
    </message>
    <message>
        <source>Re-extract Table (Borderless)</source>
        <translation>Volver a extraer la tabla (sin bordes)</translation>
    </message>
    <message>
        <source>Extract the table&apos;s area again using text alignment</source>
        <translation>Extraer de nuevo el área de la tabla a partir de la alineación del texto</translation>
    </message>
    <message>
        <source>Delete Table</source>
        <translation>Eliminar la tabla</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>Merge With Continuation ({table}, page {page})</source>
        <translation>Combinar con la continuación ({table}, página {page})</translation>
    </message>
    <message>
        <source>Link to Table on Previous Page ({table})</source>
        <translation>Vincular a la tabla de la página anterior ({table})</translation>
    </message>
    <message>
        <source>Unlink {table} From {other}</source>
        <translation>Desvincular {table} de {other}</translation>
    </message>
    <message>
        <source>continued from {table}</source>
        <translation>continuación de {table}</translation>
    </message>
    <message>
        <source>continues on page {page} ({table})</source>
        <translation>continúa en la página {page} ({table})</translation>
    </message>
    <message>
        <source>pages {first}–{last}</source>
        <translation>páginas {first} a {last}</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>página {page}</translation>
    </message>
    <message>
        <source>No table selected</source>
        <translation>Ninguna tabla seleccionada</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the table</source>
        <translation>No se puede cambiar la tabla</translation>
    </message>
    <message>
        <source>The header can have 0 to {rows} rows.</source>
        <translation>El encabezado puede tener de 0 a {rows} filas.</translation>
    </message>
    <message>
        <source>Nothing to paste: the clipboard holds no text.</source>
        <translation>Nada que pegar: el portapapeles no contiene texto.</translation>
    </message>
    <message>
        <source>{action} (Ctrl+Z to undo)</source>
        <translation>{action} (Ctrl+Z para deshacer)</translation>
    </message>
    <message>
        <source>Nothing pasted: the cells already hold these values</source>
        <translation>No se pegó nada: las celdas ya contienen estos valores</translation>
    </message>
    <message>
        <source>{rows} and {columns} did not fit in the table and were left out (insert rows or columns first)</source>
        <translation>{rows} y {columns} no cabían en la tabla y se dejaron fuera (inserte filas o columnas primero)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) did not fit in the table and were left out (insert rows first)</source>
        <translation>
            <numerusform>%n fila no cabía en la tabla y se dejó fuera (inserte filas primero)</numerusform>
            <numerusform>%n filas no cabían en la tabla y se dejaron fuera (inserte filas primero)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) did not fit in the table and were left out (insert columns first)</source>
        <translation>
            <numerusform>%n columna no cabía en la tabla y se dejó fuera (inserte columnas primero)</numerusform>
            <numerusform>%n columnas no cabían en la tabla y se dejaron fuera (inserte columnas primero)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) inside merged cells skipped</source>
        <translation>
            <numerusform>%n celda dentro de celdas combinadas omitida</numerusform>
            <numerusform>%n celdas dentro de celdas combinadas omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>{action} (Ctrl+Z to undo).</source>
        <translation>{action} (Ctrl+Z para deshacer).</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>Number: {number} (note {note})</source>
        <extracomment>column widths in the grid: sized to the content within these limits (pixels) header cells count up to this width: long descriptive headers (&quot;Adhering to international standards and fulfilling migrants&apos; rights&quot;) are elided, not allowed to widen a column of figures rows looked at to size the columns (a table of thousands of rows is sized from its first rows)</extracomment>
        <translation>Cifra: {number} (nota {note})</translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation>Cifra: {number}</translation>
    </message>
    <message>
        <source>Merged cell: {rows} × {columns}</source>
        <translation>Celda combinada: {rows} × {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Fila de encabezado</translation>
    </message>
    <message>
        <source>Totals row</source>
        <translation>Fila de totales</translation>
    </message>
</context>
<context>
    <name>TablesModel</name>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source> → continues on p{page}</source>
        <extracomment>tables whose grid explains their words less well than this are listed first, marked &quot;⚠&quot; table id -&gt; the table continuing it on a later page</extracomment>
        <translation> → continúa en p. {page}</translation>
    </message>
    <message>
        <source>↳ {name} (continued from {table})</source>
        <translation>↳ {name} (continuación de {table})</translation>
    </message>
    <message>
        <source>Confidence {value}: the grid may be off, check this table</source>
        <translation>Confianza {value}: la cuadrícula puede estar mal, revise esta tabla</translation>
    </message>
    <message>
        <source>Confidence {value}</source>
        <translation>Confianza {value}</translation>
    </message>
    <message>
        <source>Continues on page {page} as {table}: Table ▸ Merge With Continuation</source>
        <translation>Continúa en la página {page} como {table}: Tabla ▸ Combinar con la continuación</translation>
    </message>
    <message>
        <source>Continues {table} from the page before</source>
        <translation>Continuación de {table} de la página anterior</translation>
    </message>
</context>
<context>
    <name>TablesPanel</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabla</numerusform>
            <numerusform>%n tablas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>Editar etiquetas</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>Country name or ISO code, region or theme</source>
        <translation>Nombre de país o código ISO, región o tema</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>“{text}” is not a country name or ISO code.</source>
        <translation>«{text}» no es un nombre de país ni un código ISO.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>Page {page}</source>
        <translation>Página {page}</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message numerus="yes">
        <source>%n correction(s) no longer match the extracted tables and were not applied.</source>
        <extracomment>the current project is about to be closed or replaced: views save what is being typed now sha256 of the document now shown (&quot;&quot; for none) (sha256, op) after every applied operation; op {&quot;op&quot;: &quot;reload&quot;} after a (re-)extraction (table id or &quot;&quot;, row, col): the table (and cell) to show section id or &quot;&quot; sha256 whose problem list changed extraction of sha256 started / progressed (done, total, message) / finished (sha, message) (title, message) to show the user status bar text worker processes for extraction (None: one per core; 0: in the extraction thread itself)</extracomment>
        <translation>
            <numerusform>%n corrección ya no coincide con las tablas extraídas y no se aplicó.</numerusform>
            <numerusform>%n correcciones ya no coinciden con las tablas extraídas y no se aplicaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change cannot be made</source>
        <translation>No se puede hacer el cambio</translation>
    </message>
    <message>
        <source>The document changed meanwhile ({reason}).</source>
        <translation>El documento cambió mientras tanto ({reason}).</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>No se pudo guardar el cambio</translation>
    </message>
    <message>
        <source>{reason} Nothing was changed.</source>
        <translation>{reason} No se cambió nada.</translation>
    </message>
    <message>
        <source>The project file could not be written, so nothing was changed ({reason}).</source>
        <translation>No se pudo escribir el archivo de proyecto, así que no se cambió nada ({reason}).</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>No se pudo deshacer</translation>
    </message>
    <message>
        <source>Redo failed</source>
        <translation>No se pudo rehacer</translation>
    </message>
    <message>
        <source>The PDF is missing</source>
        <translation>Falta el PDF</translation>
    </message>
    <message>
        <source>{name} was moved or deleted; locate it to extract it.</source>
        <translation>{name} se movió o se eliminó; indique dónde está para extraerlo.</translation>
    </message>
    <message>
        <source>Re-extraction cancelled; nothing was changed.</source>
        <translation>Nueva extracción cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>The extraction could not be saved</source>
        <translation>No se pudo guardar la extracción</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabla</numerusform>
            <numerusform>%n tablas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n sección</numerusform>
            <numerusform>%n secciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) re-applied</source>
        <translation>
            <numerusform>%n corrección reaplicada</numerusform>
            <numerusform>%n correcciones reaplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (no longer matching)</source>
        <translation>
            <numerusform>%n omitida (ya no coincide)</numerusform>
            <numerusform>%n omitidas (ya no coinciden)</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled before the end</source>
        <translation>cancelada antes del final</translation>
    </message>
    <message>
        <source>Extracted: {parts}.</source>
        <translation>Extraído: {parts}.</translation>
    </message>
    <message>
        <source>Extraction failed</source>
        <translation>Error en la extracción</translation>
    </message>
    <message>
        <source>Extraction stopped.</source>
        <translation>Extracción detenida.</translation>
    </message>
</context>
</TS>

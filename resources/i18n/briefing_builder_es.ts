<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CommandLine</name>
    <message>
        <source>working</source>
        <translation>trabajando</translation>
    </message>
    <message>
        <source>--pages: {error}</source>
        <translation>--pages: {error}</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>no se puede escribir {path}: {error}</translation>
    </message>
    <message>
        <source>the graphical interface cannot start ({error}).</source>
        <translation>la interfaz gráfica no puede iniciarse ({error}).</translation>
    </message>
    <message>
        <source>Turn appeal PDFs into corrected tables, section trees and donor briefing packs.</source>
        <translation>Convierte los PDF de llamamientos en tablas corregidas, árboles de secciones y dosieres informativos para donantes.</translation>
    </message>
    <message>
        <source>open the graphical interface (the default)</source>
        <translation>abrir la interfaz gráfica (opción predeterminada)</translation>
    </message>
    <message>
        <source>PDFs or project files to open</source>
        <translation>PDF o archivos de proyecto que abrir</translation>
    </message>
    <message>
        <source>language of the interface for this run (default: the one chosen in the Language menu, else $BRIEFING_LANGUAGE, else the system&apos;s)</source>
        <translation>idioma de la interfaz para esta ejecución (predeterminado: el elegido en el menú Idioma, si no $BRIEFING_LANGUAGE, si no el del sistema)</translation>
    </message>
    <message>
        <source>extract tables and sections of a PDF as JSON</source>
        <translation>extraer las tablas y secciones de un PDF como JSON</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>el PDF</translation>
    </message>
    <message>
        <source>pages to extract, e.g. 1-3,7 (default: all)</source>
        <translation>páginas que extraer, p. ej. 1-3,7 (predeterminado: todas)</translation>
    </message>
    <message>
        <source>password of an encrypted PDF</source>
        <translation>contraseña de un PDF cifrado</translation>
    </message>
    <message>
        <source>write JSON here (default: standard output)</source>
        <translation>escribir el JSON aquí (predeterminado: la salida estándar)</translation>
    </message>
    <message>
        <source>worker processes (default: one per core)</source>
        <translation>procesos de trabajo (predeterminado: uno por núcleo)</translation>
    </message>
    <message>
        <source>pretty-print the JSON</source>
        <translation>presentar el JSON de forma legible</translation>
    </message>
    <message>
        <source>no progress output</source>
        <translation>no mostrar el progreso</translation>
    </message>
    <message>
        <source>export a briefing pack from a project or a PDF</source>
        <translation>exportar un dosier informativo desde un proyecto o un PDF</translation>
    </message>
    <message>
        <source>a project file (.bbproj, with its corrections) or a PDF</source>
        <translation>un archivo de proyecto (.bbproj, con sus correcciones) o un PDF</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 code or name (repeatable)</source>
        <translation>código ISO 3166 alfa-3 o nombre (repetible)</translation>
    </message>
    <message>
        <source>region name or code (repeatable)</source>
        <translation>nombre o código de región (repetible)</translation>
    </message>
    <message>
        <source>theme/objective name or code (repeatable)</source>
        <translation>nombre o código de tema u objetivo (repetible)</translation>
    </message>
    <message>
        <source>section title or id (repeatable)</source>
        <translation>título o identificador de sección (repetible)</translation>
    </message>
    <message>
        <source>keyword to match in text (repeatable)</source>
        <translation>palabra clave que buscar en el texto (repetible)</translation>
    </message>
    <message>
        <source>name of a pack saved in the project</source>
        <translation>nombre de un dosier guardado en el proyecto</translation>
    </message>
    <message>
        <source>title of the pack</source>
        <translation>título del dosier</translation>
    </message>
    <message>
        <source>language of the pack&apos;s own words: labels, dates, numbers (default: the saved pack&apos;s, else en); text from the source is never translated</source>
        <translation>idioma de las palabras propias del dosier: etiquetas, fechas, números (predeterminado: el del dosier guardado, si no en); el texto de la fuente nunca se traduce</translation>
    </message>
    <message>
        <source>exporter name: pdf, xlsx or an installed plug-in</source>
        <translation>nombre del exportador: pdf, xlsx o un complemento instalado</translation>
    </message>
    <message>
        <source>exporter option</source>
        <translation>opción del exportador</translation>
    </message>
    <message>
        <source>list the available exporters and exit</source>
        <translation>mostrar los exportadores disponibles y salir</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>archivo que escribir</translation>
    </message>
    <message>
        <source>describe a PDF or a project file</source>
        <translation>describir un PDF o un archivo de proyecto</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>salida legible por un programa</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>internal error: {kind}: {error} (run with BRIEFING_DEBUG=1 for details)</source>
        <translation>error interno: {kind}: {error} (ejecute con BRIEFING_DEBUG=1 para ver los detalles)</translation>
    </message>
    <message>
        <source>extraction reused</source>
        <translation>extracción reutilizada</translation>
    </message>
    <message>
        <source>--region {value}: unknown region (known: {known}).</source>
        <translation>--region {value}: región desconocida (conocidas: {known}).</translation>
    </message>
    <message>
        <source>--region {value}: unknown region (the documents carry no region tags).</source>
        <translation>--region {value}: región desconocida (los documentos no llevan etiquetas de región).</translation>
    </message>
    <message>
        <source>--theme {value}: unknown theme (known: {known}).</source>
        <translation>--theme {value}: tema desconocido (conocidos: {known}).</translation>
    </message>
    <message>
        <source>--theme {value}: unknown theme (the documents carry no theme tags).</source>
        <translation>--theme {value}: tema desconocido (los documentos no llevan etiquetas de tema).</translation>
    </message>
    <message>
        <source>(options: {options})</source>
        <translation>(opciones: {options})</translation>
    </message>
    <message>
        <source>exporter {name} skipped: {reason}</source>
        <translation>exportador {name} omitido: {reason}</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: el archivo no existe.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a project file (.bbproj) or a PDF.</source>
        <translation>{path} es una carpeta; indique un archivo de proyecto (.bbproj) o un PDF.</translation>
    </message>
    <message>
        <source>{name} has no documents yet: add a PDF to the project first.</source>
        <translation>{name} aún no tiene documentos: añada primero un PDF al proyecto.</translation>
    </message>
    <message>
        <source>{reason} Give the right one with --password.</source>
        <translation>{reason} Indique la correcta con --password.</translation>
    </message>
    <message>
        <source>{reason} Give it with --password.</source>
        <translation>{reason} Indíquela con --password.</translation>
    </message>
    <message>
        <source>{name} was never extracted and its PDF is not available (moved from {path}).</source>
        <translation>{name} nunca se extrajo y su PDF no está disponible (movido desde {path}).</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name with -o.</source>
        <translation>{path} es una carpeta; indique un nombre de archivo con -o.</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist.</source>
        <translation>no se puede escribir {path}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>cannot write {path}: {folder} is not a folder.</source>
        <translation>no se puede escribir {path}: {folder} no es una carpeta.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>está en un sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>files cannot be created there</source>
        <translation>no se pueden crear archivos allí</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} cannot be written ({reason}).</source>
        <translation>no se puede escribir {path}: no se puede escribir en la carpeta {folder} ({reason}).</translation>
    </message>
    <message>
        <source>cannot write {path}: the file is read-only.</source>
        <translation>no se puede escribir {path}: el archivo es de solo lectura.</translation>
    </message>
    <message>
        <source>--region {value}: unknown region. Did you mean {near}? (Known: {known}.)</source>
        <translation>--region {value}: región desconocida. ¿Quiso decir {near}? (Conocidas: {known}.)</translation>
    </message>
    <message>
        <source>--region {value}: unknown region. (Known: {known}.)</source>
        <translation>--region {value}: región desconocida. (Conocidas: {known}.)</translation>
    </message>
    <message>
        <source>--country {value}: not an ISO 3166 alpha-3 code or a country name. Did you mean {near}?</source>
        <translation>--country {value}: no es un código ISO 3166 alfa-3 ni un nombre de país. ¿Quiso decir {near}?</translation>
    </message>
    <message>
        <source>--country {value}: not an ISO 3166 alpha-3 code or a country name.</source>
        <translation>--country {value}: no es un código ISO 3166 alfa-3 ni un nombre de país.</translation>
    </message>
    <message>
        <source>--section {value}: no section has this title or id. Did you mean {near}?</source>
        <translation>--section {value}: ninguna sección tiene este título o identificador. ¿Quiso decir {near}?</translation>
    </message>
    <message>
        <source>--section {value}: no section has this title or id.</source>
        <translation>--section {value}: ninguna sección tiene este título o identificador.</translation>
    </message>
    <message>
        <source>give a project file or a PDF to export (or --list-formats).</source>
        <translation>indique un archivo de proyecto o un PDF que exportar (o --list-formats).</translation>
    </message>
    <message>
        <source>give the file to write with -o FILE.</source>
        <translation>indique el archivo que escribir con -o ARCHIVO.</translation>
    </message>
    <message>
        <source>--option: {error}</source>
        <translation>--option: {error}</translation>
    </message>
    <message>
        <source>--pack needs a project file: saved packs live in projects.</source>
        <translation>--pack necesita un archivo de proyecto: los dosieres guardados están en los proyectos.</translation>
    </message>
    <message>
        <source>nothing matches the filters ({filters}); no file written.</source>
        <translation>nada coincide con los filtros ({filters}); no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>the {exporter} exporter failed: {kind}: {error}</source>
        <translation>el exportador {exporter} falló: {kind}: {error}</translation>
    </message>
    <message>
        <source>wrote {path} ({format}: {tables}, {sections})</source>
        <translation>se escribió {path} ({format}: {tables}, {sections})</translation>
    </message>
    <message>
        <source>extracting pages</source>
        <translation>extrayendo páginas</translation>
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
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockLayout</name>
    <message>
        <source>The saved panel layout did not fit the screen; the default layout is used.</source>
        <extracomment>Bump when the default dock layout changes, so an old saved layout is not restored over it. The least height the panels under the table editor keep when the Pack panel asks for room. The tallest the window&apos;s minimum height may be: a 768-pixel screen less a task bar (40) and a title bar (32). A layout (restored, or grown by a panel) that needs more falls back to the default one. Room kept for the title bar when the window is fitted to a screen before it has a frame. True once a saved layout was restored (its dock sizes are then kept)</extracomment>
        <translation>La disposición guardada de los paneles no cabía en la pantalla; se usa la disposición predeterminada.</translation>
    </message>
</context>
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
    <name>Export</name>
    <message>
        <source>Preparing the cover</source>
        <extracomment>What a dash means in a column of numbers: nil (nothing requested). Shown as &quot;-&quot; in PDF and Excel, stored in Excel as 0 with a number format that shows the dash, so sums and filters work. What neither XML 1.0 (the inside of an xlsx) nor PDF text can carry: C0 controls other than tab and line breaks, DEL, lone surrogates, and the Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0-U+FDEF and the last two code points of every plane), which are never text but do turn up in damaged sources and pasted corrections. What the built-in exporters report while they work, marked for the interface to translate (the window reads a progress text back into its template; a plug-in&apos;s own words are shown as they are).</extracomment>
        <translation>Preparación de la portada</translation>
    </message>
    <message>
        <source>Preparing the contents</source>
        <translation>Preparación del índice</translation>
    </message>
    <message>
        <source>Preparing key figures</source>
        <translation>Preparación de las cifras clave</translation>
    </message>
    <message>
        <source>Preparing the chart</source>
        <translation>Preparación del gráfico</translation>
    </message>
    <message>
        <source>Preparing a document</source>
        <translation>Preparación de un documento</translation>
    </message>
    <message>
        <source>Preparing a heading</source>
        <translation>Preparación de un título</translation>
    </message>
    <message>
        <source>Preparing text</source>
        <translation>Preparación del texto</translation>
    </message>
    <message>
        <source>Preparing a table</source>
        <translation>Preparación de una tabla</translation>
    </message>
    <message>
        <source>Preparing sources</source>
        <translation>Preparación de las fuentes</translation>
    </message>
    <message>
        <source>Laying out the PDF (pass {n})</source>
        <translation>Maquetación del PDF (pasada {n})</translation>
    </message>
    <message>
        <source>PDF laid out</source>
        <translation>PDF maquetado</translation>
    </message>
    <message>
        <source>Writing the pack sheet</source>
        <translation>Escritura de la hoja del dosier</translation>
    </message>
    <message>
        <source>Writing table {n} of {total}</source>
        <translation>Escritura de la tabla {n} de {total}</translation>
    </message>
    <message>
        <source>Writing sections</source>
        <translation>Escritura de las secciones</translation>
    </message>
    <message>
        <source>Writing sources</source>
        <translation>Escritura de las fuentes</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>The pack is too large to lay out in the memory available.</source>
        <extracomment>Width a column needs beyond its text: cell paddings (4 + 4) and 1 pt for rounding, so that a word exactly as wide as its cell does not wrap. A paragraph of section text that is a list item: a bullet, then its text. Bullets Word and most templates give a list&apos;s second level. False when even the smallest type on a landscape page needed the columns squeezed (landscape, type size) tried in turn until a table&apos;s columns fit the page width type size of the column groups a table too wide for any attempt is split into</extracomment>
        <translation>El dosier es demasiado grande para maquetarlo con la memoria disponible.</translation>
    </message>
    <message>
        <source>The PDF could not be laid out ({reason}).</source>
        <translation>No se pudo maquetar el PDF ({reason}).</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>HXL</source>
        <translation>HXL</translation>
    </message>
    <message>
        <source>Credit Briefing Builder</source>
        <translation>Mencionar Briefing Builder</translation>
    </message>
</context>
<context>
    <name>Extraction</name>
    <message>
        <source>page skipped, too dense to read: about {load} characters and drawings, over the limit of {budget} per page (reading it would take gigabytes of memory)</source>
        <extracomment>Default per-page time limit in seconds. Extra time the parent allows beyond the limit before it kills a worker stuck on a page. A worker is replaced by a fresh process after this many pages (bounds memory growth). Pages queued ahead per worker. Decimal separator of the document&apos;s numbers (&quot;.&quot; or &quot;,&quot;), or None to decide per number. Read scanned pages (no usable text layer) with OCR when an engine is installed. Version of the extraction rules; changing it invalidates cached pages. Where pages&apos; characters and strokes come from (&quot;pdfium&quot; or &quot;pdfminer&quot;, app.source.pagesource); empty: the default source. Part of the key: the two may read a page slightly differently.</extracomment>
        <translation>página omitida, demasiado densa para leerla: unos {load} caracteres y trazos, por encima del límite de {budget} por página (leerla requeriría gigabytes de memoria)</translation>
    </message>
    <message>
        <source>page skipped: extraction took longer than {seconds} s</source>
        <translation>página omitida: la extracción tardó más de {seconds} s</translation>
    </message>
    <message>
        <source>page skipped: not enough memory</source>
        <translation>página omitida: memoria insuficiente</translation>
    </message>
    <message>
        <source>page skipped: the extractor stopped unexpectedly on this page</source>
        <translation>página omitida: el extractor se detuvo inesperadamente en esta página</translation>
    </message>
    <message>
        <source>page skipped: the extractor stopped unexpectedly on this page (exit status {code})</source>
        <translation>página omitida: el extractor se detuvo inesperadamente en esta página (código de salida {code})</translation>
    </message>
    <message>
        <source>page skipped: the extractor kept failing</source>
        <translation>página omitida: el extractor falló repetidamente</translation>
    </message>
    <message>
        <source>page could not be extracted: {error}</source>
        <translation>no se pudo extraer la página: {error}</translation>
    </message>
    <message>
        <source>the page&apos;s data is damaged: it was read from a repaired copy</source>
        <translation>los datos de la página están dañados: se leyó de una copia reparada</translation>
    </message>
    <message>
        <source>page {page} does not exist (the document has {pages} pages)</source>
        <translation>la página {page} no existe (el documento tiene {pages} páginas)</translation>
    </message>
    <message>
        <source>extraction cancelled: {missing} of {total} pages not extracted</source>
        <translation>extracción cancelada: {missing} de {total} páginas sin extraer</translation>
    </message>
    <message>
        <source>scanned page (no text layer): to read it, install Tesseract OCR with its English, French and Spanish data (Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-fra tesseract-ocr-spa; Windows: the UB Mannheim installer, ticking French and Spanish) and the Python package pytesseract</source>
        <translation>página escaneada (sin capa de texto): para leerla, instale Tesseract OCR con sus datos de inglés, francés y español (Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-fra tesseract-ocr-spa; Windows: el instalador de la UB Mannheim, marcando francés y español) y el paquete de Python pytesseract</translation>
    </message>
    <message>
        <source>scanned page read by OCR ({engine}; {words} words)</source>
        <translation>página escaneada leída por OCR ({engine}; {words} palabras)</translation>
    </message>
    <message>
        <source>scanned page read by OCR ({engine}; {words} words, turned {rotation}°)</source>
        <translation>página escaneada leída por OCR ({engine}; {words} palabras, girada {rotation}°)</translation>
    </message>
    <message>
        <source>scanned page read by OCR ({engine}; {words} words, straightened {skew}°)</source>
        <translation>página escaneada leída por OCR ({engine}; {words} palabras, enderezada {skew}°)</translation>
    </message>
    <message>
        <source>scanned page read by OCR ({engine}; {words} words, turned {rotation}°, straightened {skew}°)</source>
        <translation>página escaneada leída por OCR ({engine}; {words} palabras, girada {rotation}°, enderezada {skew}°)</translation>
    </message>
    <message>
        <source>no text layer (scanned page?): OCR needed</source>
        <translation>sin capa de texto (¿página escaneada?): se necesita OCR</translation>
    </message>
    <message>
        <source>headings of this page could not be read: {error}</source>
        <translation>no se pudieron leer los títulos de esta página: {error}</translation>
    </message>
    <message>
        <source>extraction results could not be cached: {error}</source>
        <translation>no se pudieron guardar en caché los resultados de la extracción: {error}</translation>
    </message>
    <message>
        <source>the document has no text layer (scanned?): OCR needed</source>
        <translation>el documento no tiene capa de texto (¿escaneado?): se necesita OCR</translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation>el documento no contiene texto</translation>
    </message>
    <message>
        <source>the bookmarks could not be read: {error}</source>
        <translation>no se pudieron leer los marcadores: {error}</translation>
    </message>
    <message>
        <source>the section tree could not be built: {error}</source>
        <translation>no se pudo construir el árbol de secciones: {error}</translation>
    </message>
    <message>
        <source>tags could not be assigned: {error}</source>
        <translation>no se pudieron asignar las etiquetas: {error}</translation>
    </message>
</context>
<context>
    <name>ExtractionJobs</name>
    <message>
        <source>Cancel</source>
        <extracomment>the id of the table the result replaces; None for a new table the columns were given (re-split of a table&apos;s columns) this piece&apos;s place in ``group.results`` an extraction ended (sha256 of the document) (document, table id, bbox, rows, columns) whose guides were asked for already</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the extraction (pages done so far are kept)</source>
        <translation>Detener la extracción (se conservan las páginas ya procesadas)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Extracting %v/%m</source>
        <translation>Extrayendo %v/%m</translation>
    </message>
    <message>
        <source>Extracting {name}… (you can keep working)</source>
        <translation>Extrayendo {name}… (puede seguir trabajando)</translation>
    </message>
    <message>
        <source>Create Table Here (Borderless)</source>
        <translation>Crear una tabla aquí (sin bordes)</translation>
    </message>
    <message>
        <source>Create Table Here (Ruled)</source>
        <translation>Crear una tabla aquí (con líneas)</translation>
    </message>
    <message>
        <source>Replace Table {table} (Borderless)</source>
        <translation>Reemplazar la tabla {table} (sin bordes)</translation>
    </message>
    <message>
        <source>Replace Table {table} (Ruled)</source>
        <translation>Reemplazar la tabla {table} (con líneas)</translation>
    </message>
    <message>
        <source>The PDF is missing</source>
        <translation>Falta el PDF</translation>
    </message>
    <message>
        <source>The source PDF is not available; locate it first.</source>
        <translation>El PDF de origen no está disponible; indique primero dónde está.</translation>
    </message>
    <message>
        <source>Extracting the area…</source>
        <translation>Extrayendo el área…</translation>
    </message>
    <message>
        <source>Extracting the table&apos;s {count} pieces…</source>
        <translation>Extrayendo las {count} partes de la tabla…</translation>
    </message>
    <message>
        <source>The table is gone</source>
        <translation>La tabla ya no existe</translation>
    </message>
    <message>
        <source>The table was deleted while its area was being extracted.</source>
        <translation>La tabla se eliminó mientras se extraía su área.</translation>
    </message>
    <message>
        <source>{action}: {rows} × {columns} (Ctrl+Z to undo).</source>
        <translation>{action}: {rows} × {columns} (Ctrl+Z para deshacer).</translation>
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
        <source>Cannot extract the area</source>
        <translation>No se puede extraer el área</translation>
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
    <name>Files</name>
    <message>
        <source>permission denied (read-only location, or the file is open in another program)</source>
        <extracomment>Why a file cannot be written, in words a user acts on (the operating system&apos;s own text otherwise).</extracomment>
        <translation>permiso denegado (ubicación de solo lectura, o el archivo está abierto en otro programa)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>files cannot be created in that folder</source>
        <translation>no se pueden crear archivos en esa carpeta</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>No se puede escribir {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <source>Type something to find.</source>
        <extracomment>accents must match as typed; by default &quot;Haiti&quot; finds &quot;Haïti&quot; and &quot;Haití&quot; (a field laptop&apos;s keyboard often has no accents), as in a browser&apos;s or a PDF reader&apos;s search. A regular expression always matches them as written.</extracomment>
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
        <source>Match accents</source>
        <translation>Coincidir acentos</translation>
    </message>
    <message>
        <source>Unticked, “Haiti” also finds “Haïti” and “Haití” (a regular expression matches accents as written)</source>
        <translation>Sin marcar, «Haiti» también encuentra «Haïti» y «Haití» (una expresión regular respeta los acentos tal como se escriben)</translation>
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
    <name>GuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Find in the guide…</source>
        <translation>Buscar en la guía…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Table Editor</source>
        <translation>Editor de tablas</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Its sections will be listed here.</source>
        <translation>Sus secciones se listarán aquí.</translation>
    </message>
    <message>
        <source>Its pages will be shown here.</source>
        <translation>Sus páginas se mostrarán aquí.</translation>
    </message>
    <message>
        <source>Its tables will be listed here.</source>
        <translation>Sus tablas se listarán aquí.</translation>
    </message>
    <message>
        <source>Suspicious values in its tables will be listed here.</source>
        <translation>Los valores sospechosos de sus tablas se listarán aquí.</translation>
    </message>
    <message>
        <source>A table chosen on its pages is corrected here.</source>
        <translation>Una tabla elegida en sus páginas se corrige aquí.</translation>
    </message>
    <message>
        <source>Every change is saved in the project file as soon as it is made</source>
        <translation>Cada cambio se guarda en el archivo de proyecto en cuanto se hace</translation>
    </message>
    <message>
        <source>Open a PDF or a project (Ctrl+O), or drop one on the window.</source>
        <translation>Abra un PDF o un proyecto (Ctrl+O), o arrástrelo a la ventana.</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Empezar un proyecto vacío</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a project, or a PDF as a new project (asks when this project has documents)</source>
        <translation>Abrir un proyecto, o un PDF como proyecto nuevo (pregunta si este proyecto ya tiene documentos)</translation>
    </message>
    <message>
        <source>&amp;Add PDF to Project…</source>
        <translation>&amp;Añadir un PDF al proyecto…</translation>
    </message>
    <message>
        <source>Add one or more source PDFs to this project (a pack can draw on all of them)</source>
        <translation>Añadir uno o varios PDF de origen a este proyecto (un dosier informativo puede basarse en todos ellos)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Everything is saved as you work; for a new project, choose where to keep it</source>
        <translation>Todo se guarda mientras trabaja; para un proyecto nuevo, elija dónde conservarlo</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Guardar el proyecto &amp;como…</translation>
    </message>
    <message>
        <source>Continue in a copy of the project</source>
        <translation>Continuar en una copia del proyecto</translation>
    </message>
    <message>
        <source>&amp;Embed Source PDFs in Project</source>
        <translation>&amp;Incorporar los PDF de origen al proyecto</translation>
    </message>
    <message>
        <source>Keep a copy of the PDFs inside the project so it can be mailed</source>
        <translation>Guardar una copia de los PDF dentro del proyecto para poder enviarlo por correo</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar el proyecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Compose &amp;Pack…</source>
        <translation>Componer un &amp;dosier…</translation>
    </message>
    <message>
        <source>Choose sections and tables for a briefing pack and export it</source>
        <translation>Elegir secciones y tablas para un dosier informativo y exportarlo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>&amp;Buscar y reemplazar…</translation>
    </message>
    <message>
        <source>Find and replace in all section text and table cells</source>
        <translation>Buscar y reemplazar en todo el texto de las secciones y las celdas de las tablas</translation>
    </message>
    <message>
        <source>&amp;Repair Lost Characters…</source>
        <translation>Reparar &amp;caracteres perdidos…</translation>
    </message>
    <message>
        <source>Review proposed fixes of letters lost in the PDF (“Objec�ve” → “Objective”)</source>
        <translation>Revisar las correcciones propuestas de letras perdidas en el PDF («Obje�vo» → «Objetivo»)</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;First Page</source>
        <translation>&amp;Primera página</translation>
    </message>
    <message>
        <source>&amp;Last Page</source>
        <translation>Ú&amp;ltima página</translation>
    </message>
    <message>
        <source>&amp;Go to Page…</source>
        <translation>&amp;Ir a la página…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
        <source>&amp;Rotate View Clockwise</source>
        <translation>&amp;Girar la vista en sentido horario</translation>
    </message>
    <message>
        <source>Turn the page on screen (a table printed sideways reads upright); the document is not changed</source>
        <translation>Girar la página en pantalla (una tabla impresa de lado se lee derecha); el documento no cambia</translation>
    </message>
    <message>
        <source>Rotate View &amp;Counterclockwise</source>
        <translation>Girar la vista en sentido &amp;antihorario</translation>
    </message>
    <message>
        <source>Turn the page on screen the other way; the document is not changed</source>
        <translation>Girar la página en pantalla en el otro sentido; el documento no cambia</translation>
    </message>
    <message>
        <source>Show &amp;Table and Heading Boxes</source>
        <translation>Mostrar los recuadros de &amp;tablas y encabezados</translation>
    </message>
    <message>
        <source>&amp;Reset Panel Layout</source>
        <translation>Restablecer la &amp;disposición de los paneles</translation>
    </message>
    <message>
        <source>&amp;Draw Table Area</source>
        <translation>&amp;Dibujar área de tabla</translation>
    </message>
    <message>
        <source>Drag a rectangle on the page to extract a table from it (Esc to stop)</source>
        <translation>Arrastre un rectángulo en la página para extraer una tabla (Esc para terminar)</translation>
    </message>
    <message>
        <source>&amp;Re-extract Document</source>
        <translation>&amp;Volver a extraer el documento</translation>
    </message>
    <message>
        <source>Extract the document again; your corrections are re-applied where the tables still match</source>
        <translation>Volver a extraer el documento; sus correcciones se vuelven a aplicar donde las tablas aún coinciden</translation>
    </message>
    <message>
        <source>Re&amp;move Document from Project</source>
        <translation>&amp;Quitar el documento del proyecto</translation>
    </message>
    <message>
        <source>Next &amp;Problem</source>
        <translation>Problema &amp;siguiente</translation>
    </message>
    <message>
        <source>Previous Pro&amp;blem</source>
        <translation>Problema &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Briefing Builder</source>
        <translation>&amp;Acerca de Briefing Builder</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Sección</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Draw Table</source>
        <translation>Dibujar tabla</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Dosier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>The interface will be in {language} the next time Briefing Builder starts.</source>
        <translation>La interfaz estará en {language} la próxima vez que se inicie Briefing Builder.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>untitled project</source>
        <translation>proyecto sin título</translation>
    </message>
    <message numerus="yes">
        <source>%n undone correction(s) can be redone</source>
        <translation>
            <numerusform>%n corrección deshecha puede rehacerse</numerusform>
            <numerusform>%n correcciones deshechas pueden rehacerse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read-only · %n correction(s) in {project}</source>
        <translation>
            <numerusform>Solo lectura · %n corrección en {project}</numerusform>
            <numerusform>Solo lectura · %n correcciones en {project}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Saved · %n correction(s) in {project}</source>
        <translation>
            <numerusform>✓ Guardado · %n corrección en {project}</numerusform>
            <numerusform>✓ Guardado · %n correcciones en {project}</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Proyecto sin título</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Acerca de {name}</translation>
    </message>
    <message>
        <source>Turns appeal PDFs into corrected tables, section trees and donor briefing packs. Works fully offline.</source>
        <translation>Convierte los PDF de llamamientos en tablas corregidas, árboles de secciones y dosieres informativos para donantes. Funciona totalmente sin conexión.</translation>
    </message>
</context>
<context>
    <name>NoDocumentHints</name>
    <message>
        <source>Add a PDF to the project (Ctrl+Shift+O) or drop one on the window.</source>
        <translation>Añada un PDF al proyecto (Ctrl+Mayús+O) o arrástrelo a la ventana.</translation>
    </message>
    <message>
        <source>Open a PDF or a project (Ctrl+O), or drop one on the window.</source>
        <translation>Abra un PDF o un proyecto (Ctrl+O), o arrástrelo a la ventana.</translation>
    </message>
    <message>
        <source>No document open.</source>
        <translation>Ningún documento abierto.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Merge {table} with its continuation on page {page}</source>
        <extracomment>Labels of the edits, in English (saved in the journal); the interface translates them. A pair is (one, several) for a label with a count (:func:`label`).</extracomment>
        <translation>Combinar {table} con su continuación en la página {page}</translation>
    </message>
    <message>
        <source>Link the table on page {page} as the continuation of {previous}</source>
        <translation>Vincular la tabla de la página {page} como continuación de {previous}</translation>
    </message>
    <message>
        <source>Unlink the table on page {page} from {previous}</source>
        <translation>Desvincular la tabla de la página {page} de {previous}</translation>
    </message>
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
        <source>Mark table {table} as checked</source>
        <translation>Marcar la tabla {table} como revisada</translation>
    </message>
    <message>
        <source>Mark table {table} as not checked</source>
        <translation>Marcar la tabla {table} como no revisada</translation>
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
        <source>Re-split columns of {table}</source>
        <translation>Volver a dividir las columnas de {table}</translation>
    </message>
    <message>
        <source>Re-extract table {table} ({method})</source>
        <translation>Volver a extraer la tabla {table} ({method})</translation>
    </message>
    <message>
        <source>Add table on page {page}</source>
        <translation>Añadir una tabla en la página {page}</translation>
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
        <source>Rename “{title}” to “{new}”</source>
        <translation>Cambiar el nombre de «{title}» a «{new}»</translation>
    </message>
    <message>
        <source>Edit the text of “{title}”</source>
        <translation>Editar el texto de «{title}»</translation>
    </message>
    <message>
        <source>Edit the tags of “{title}”</source>
        <translation>Editar las etiquetas de «{title}»</translation>
    </message>
    <message>
        <source>Choose countries</source>
        <extracomment>Prefix of the project&apos;s ``meta`` keys holding the composer&apos;s journal (one row a change). Parts of a definition an edit may change. ``metadata.&lt;field&gt;`` for every text field of :class:`PackMetadata`; ``options.&lt;exporter&gt;`` for one exporter&apos;s options. Metadata fields edited as text (the logo is ``metadata.logo``: its name and data together). How each filter reads in an edit&apos;s label (&quot;Choose countries&quot;).</extracomment>
        <translation>Elegir países</translation>
    </message>
    <message>
        <source>Choose regions</source>
        <translation>Elegir regiones</translation>
    </message>
    <message>
        <source>Choose themes</source>
        <translation>Elegir temas</translation>
    </message>
    <message>
        <source>Choose sections</source>
        <translation>Elegir secciones</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>Elegir documentos</translation>
    </message>
    <message>
        <source>Change keywords</source>
        <translation>Cambiar palabras clave</translation>
    </message>
    <message>
        <source>Change columns</source>
        <translation>Cambiar columnas</translation>
    </message>
    <message>
        <source>Include section text</source>
        <translation>Incluir el texto de las secciones</translation>
    </message>
    <message>
        <source>Include tables</source>
        <translation>Incluir tablas</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>Cambiar el título</translation>
    </message>
    <message>
        <source>Change “Prepared for”</source>
        <translation>Cambiar «Preparado para»</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Cambiar la fecha</translation>
    </message>
    <message>
        <source>Change “Prepared by”</source>
        <translation>Cambiar «Preparado por»</translation>
    </message>
    <message>
        <source>Change organisation</source>
        <translation>Cambiar la organización</translation>
    </message>
    <message>
        <source>Change notes</source>
        <translation>Cambiar las notas</translation>
    </message>
    <message>
        <source>Change subject</source>
        <translation>Cambiar el asunto</translation>
    </message>
    <message>
        <source>Change pack language</source>
        <translation>Cambiar el idioma del dosier</translation>
    </message>
    <message>
        <source>Change filters</source>
        <extracomment>The other edits&apos; labels (marked at import, so the interface can read a journal&apos;s labels back).</extracomment>
        <translation>Cambiar los filtros</translation>
    </message>
    <message>
        <source>Leave out section text</source>
        <translation>Excluir el texto de las secciones</translation>
    </message>
    <message>
        <source>Leave out tables</source>
        <translation>Excluir las tablas</translation>
    </message>
    <message>
        <source>Set logo</source>
        <translation>Poner logotipo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <source>Choose format</source>
        <translation>Elegir el formato</translation>
    </message>
    <message>
        <source>Change option “{option}”</source>
        <translation>Cambiar la opción «{option}»</translation>
    </message>
    <message>
        <source>Move blocks</source>
        <translation>Mover bloques</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>Mover bloque</translation>
    </message>
    <message>
        <source>Reorder blocks</source>
        <translation>Reordenar bloques</translation>
    </message>
    <message>
        <source>Remove blocks</source>
        <translation>Quitar bloques</translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation>Quitar bloque</translation>
    </message>
    <message>
        <source>Restore all blocks</source>
        <translation>Restablecer todos los bloques</translation>
    </message>
    <message>
        <source>Load pack “{name}”</source>
        <translation>Cargar el dosier «{name}»</translation>
    </message>
</context>
<context>
    <name>PackComposer</name>
    <message>
        <source>Packs saved in this project; choose one to load it</source>
        <extracomment>The title a new pack starts with before any filter names a country, region or theme. Emitted after the pack was rebuilt (filters, order, corrections changed). Emitted with the path of a file written by an export. Emitted when a preview is ready (number of pages shown). Emitted when an export or preview failed (message). Emitted when the user cancelled an export. the working definition and its edits, as the project last kept them the window&apos;s problems of a document (sha256 -&gt; list, None while being checked): the status reads them instead of checking the pack&apos;s tables again on every rebuild the title follows the filters (&quot;Somalia: briefing pack&quot;) until the user types one</extracomment>
        <translation>Dosieres guardados en este proyecto; elija uno para cargarlo</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save this pack definition in the project (Ctrl+S in the composer)</source>
        <translation>Guardar la definición de este dosier en el proyecto (Ctrl+S en el compositor)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>Dosier:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Skipped broken exporter plug-ins: {names} (hover for details).</source>
        <translation>Complementos de exportación defectuosos omitidos: {names} (pase el cursor para ver detalles).</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Logo</source>
        <extracomment>the documents the pack draws on (a project may hold several)</extracomment>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>The pack cannot be built: {reason}</source>
        <translation>No se puede crear el dosier: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n sección</numerusform>
            <numerusform>%n secciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabla</numerusform>
            <numerusform>%n tablas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n quitado</numerusform>
            <numerusform>%n quitados</numerusform>
        </translation>
    </message>
    <message>
        <source>{selection}: {parts}.</source>
        <translation>{selection}: {parts}.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n table(s) may be off and not checked yet: {tables} (Tables list, Ctrl+K once checked).</source>
        <translation>
            <numerusform>⚠ %n tabla puede contener errores y aún no se ha revisado: {tables} (lista de tablas, Ctrl+K una vez revisada).</numerusform>
            <numerusform>⚠ %n tablas pueden contener errores y aún no se han revisado: {tables} (lista de tablas, Ctrl+K una vez revisadas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Figures do not add up to their printed totals in %n table(s): {tables} (Problems list).</source>
        <translation>
            <numerusform>⚠ Hay cifras que no suman su total impreso en %n tabla: {tables} (lista de problemas).</numerusform>
            <numerusform>⚠ Hay cifras que no suman su total impreso en %n tablas: {tables} (lista de problemas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draws on {count} of the project&apos;s %n documents: {sources}</source>
        <translation>
            <numerusform>Se basa en {count} de los %n documentos del proyecto: {sources}</numerusform>
            <numerusform>Se basa en {count} de los %n documentos del proyecto: {sources}</numerusform>
        </translation>
    </message>
    <message>
        <source>Draws on: {sources}</source>
        <translation>Se basa en: {sources}</translation>
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
        <source>(unsaved pack)</source>
        <translation>(dosier sin guardar)</translation>
    </message>
    <message>
        <source>Pack “{name}” saved in the project.</source>
        <translation>Dosier «{name}» guardado en el proyecto.</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Dosier informativo</translation>
    </message>
    <message>
        <source>Save pack</source>
        <translation>Guardar el dosier</translation>
    </message>
    <message>
        <source>Name of the pack in this project:</source>
        <translation>Nombre del dosier en este proyecto:</translation>
    </message>
    <message>
        <source>Replace the saved pack “{name}”?</source>
        <translation>¿Reemplazar el dosier guardado «{name}»?</translation>
    </message>
    <message>
        <source>The pack could not be saved: {reason}</source>
        <translation>No se pudo guardar el dosier: {reason}</translation>
    </message>
    <message>
        <source>The project has no saved pack named “{name}”.</source>
        <translation>El proyecto no tiene ningún dosier guardado llamado «{name}».</translation>
    </message>
    <message>
        <source>Load pack</source>
        <translation>Cargar un dosier</translation>
    </message>
    <message>
        <source>Delete pack</source>
        <translation>Eliminar el dosier</translation>
    </message>
    <message>
        <source>Delete the saved pack “{name}” from the project?</source>
        <translation>¿Eliminar del proyecto el dosier guardado «{name}»?</translation>
    </message>
    <message>
        <source>No exporter is available.</source>
        <translation>No hay ningún formato de exportación disponible.</translation>
    </message>
    <message>
        <source>Nothing matches the filters: there is nothing to export.</source>
        <translation>Nada coincide con los filtros: no hay nada que exportar.</translation>
    </message>
    <message>
        <source>Export pack</source>
        <translation>Exportar el dosier</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Todos los archivos ({patterns})</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>PackDetailsForm</name>
    <message>
        <source>Donor or audience</source>
        <extracomment>Cover values every exporter is given in its options dict (edited on the Details tab, not in the exporter&apos;s own option rows): ``organisation`` (text) and ``logo`` (the path of an image file, or &quot;&quot;). The metadata fields edited as text, and their widgets&apos; names. a metadata field changed by the user: its name (a :class:`PackMetadata` field) and value a logo file was chosen (&quot;&quot; when the logo was cleared) an exporter option changed by the user: its name and value</extracomment>
        <translation>Donante o público</translation>
    </message>
    <message>
        <source>Printed on the cover, e.g. IOM Somalia (optional)</source>
        <translation>Impreso en la portada, p. ej., OIM Somalia (opcional)</translation>
    </message>
    <message>
        <source>Printed on the cover</source>
        <translation>Impreso en la portada</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Preparado para</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Language of the pack&apos;s own words: labels, dates, numbers. Text from the source documents is not translated.</source>
        <translation>Idioma de las palabras propias del dosier: etiquetas, fechas, números. El texto de los documentos de origen no se traduce.</translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation>Idioma del dosier</translation>
    </message>
    <message>
        <source>Follows the countries, regions or themes chosen until you type a title</source>
        <translation>Sigue los países, regiones o temas elegidos hasta que escriba un título</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <source>{exporter}: {option}</source>
        <translation>{exporter}: {option}</translation>
    </message>
</context>
<context>
    <name>PackDock</name>
    <message>
        <source>Pack</source>
        <extracomment>a composer was made for the project, or the last one went (see :attr:`composer`)</extracomment>
        <translation>Dosier</translation>
    </message>
    <message>
        <source>Open a project to compose a pack.</source>
        <translation>Abra un proyecto para componer un dosier informativo.</translation>
    </message>
    <message>
        <source>The pack composer could not start: {reason}</source>
        <translation>El compositor de dosieres no pudo iniciarse: {reason}</translation>
    </message>
</context>
<context>
    <name>PackError</name>
    <message>
        <source>The logo {name} cannot be read ({error}).</source>
        <extracomment>Block kinds, in the order exporters are expected to know them. Fixed blocks and their keys. Bars in the requirements chart; beyond, the smallest are added up as &quot;All other (n)&quot;. Donor or audience the pack is prepared for. ISO date (YYYY-MM-DD); empty = the day the pack is built. Organisation sending the pack, shown on the cover beside its logo (optional). Logo image: file name (for display) and its bytes, base64 (so the pack travels with the project). Language the pack writes its own words in (labels, notes, dates, numbers): en, fr or es. Text from the source documents is never translated.</extracomment>
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
        <extracomment>characters no file name may hold on Windows, macOS or Linux, and names Windows reserves</extracomment>
        <translation>Un dosier informativo guardado necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>PackExport</name>
    <message>
        <source>Cancel export</source>
        <extracomment>the path of a file written the export failed (message) the user cancelled the export the export ended, whichever way the file written last; the status line offers to open it or show its folder</extracomment>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Stop the export; nothing is written</source>
        <translation>Detener la exportación; no se escribe nada</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Exportando {name}…</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Cancelando la exportación…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Exported {path}.</source>
        <translation>Exportado: {path}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>{path} cannot be opened here.</source>
        <translation>No se puede abrir {path} aquí.</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Error en la exportación: {reason}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>PackFiltersForm</name>
    <message>
        <source>Keywords (comma-separated; case and accents ignored)</source>
        <extracomment>the user changed a filter (not emitted while the form is being filled) the Clear filters button</extracomment>
        <translation>Palabras clave (separadas por comas; se ignoran mayúsculas y acentos)</translation>
    </message>
    <message>
        <source>Find a country…</source>
        <translation>Buscar un país…</translation>
    </message>
    <message>
        <source>Countries found in the documents (sections and table rows)</source>
        <translation>Países encontrados en los documentos (secciones y filas de tablas)</translation>
    </message>
    <message>
        <source>Regions tagged in the documents</source>
        <translation>Regiones etiquetadas en los documentos</translation>
    </message>
    <message>
        <source>Themes and objectives tagged in the documents</source>
        <translation>Temas y objetivos etiquetados en los documentos</translation>
    </message>
    <message>
        <source>Source documents of the project the pack draws on (none checked: all of them)</source>
        <translation>Documentos de origen del proyecto en los que se basa el dosier (ninguno marcado: todos)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Check sections to limit the pack to them (and their sub-sections)</source>
        <translation>Marque secciones para limitar el dosier a ellas (y sus subsecciones)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Only columns whose header contains… (comma-separated)</source>
        <translation>Solo las columnas cuyo encabezado contiene… (separados por comas)</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texto de las secciones</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar los filtros</translation>
    </message>
    <message>
        <source>No country tags in the documents yet</source>
        <translation>Aún no hay etiquetas de país en los documentos</translation>
    </message>
    <message>
        <source>No region tags in the documents yet</source>
        <translation>Aún no hay etiquetas de región en los documentos</translation>
    </message>
    <message>
        <source>No theme tags in the documents yet</source>
        <translation>Aún no hay etiquetas de tema en los documentos</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackOutlineView</name>
    <message>
        <source>Drag to reorder; Delete removes the selected blocks from the pack</source>
        <extracomment>move the selected blocks up (-1) or down (+1) remove the selected blocks put back removed blocks and the default order the user dragged blocks to a new order (read it with :meth:`keys`)</extracomment>
        <translation>Arrastre para reordenar; Supr quita del dosier los bloques seleccionados</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected block up (Ctrl+Up)</source>
        <translation>Subir el bloque seleccionado (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected block down (Ctrl+Down)</source>
        <translation>Bajar el bloque seleccionado (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected blocks (Delete)</source>
        <translation>Quitar los bloques seleccionados (Supr)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last reorder or removal in the outline</source>
        <translation>Deshacer el último cambio de orden o eliminación en el esquema</translation>
    </message>
    <message>
        <source>Restore all</source>
        <translation>Restaurar todo</translation>
    </message>
    <message>
        <source>Put back removed blocks and the default order</source>
        <translation>Restaurar los bloques quitados y el orden predeterminado</translation>
    </message>
    <message>
        <source>From {source}</source>
        <translation>De {source}</translation>
    </message>
</context>
<context>
    <name>PackPreview</name>
    <message>
        <source>Update automatically</source>
        <extracomment>a preview is shown (number of pages) the preview failed (message)</extracomment>
        <translation>Actualizar automáticamente</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Pages of the exported PDF</source>
        <translation>Páginas del PDF exportado</translation>
    </message>
    <message>
        <source>No PDF exporter: no preview.</source>
        <translation>Sin exportador PDF: no hay vista previa.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Página {page}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>{pages} (first pages).</source>
        <translation>{pages} (primeras páginas).</translation>
    </message>
    <message>
        <source>{pages}.</source>
        <translation>{pages}.</translation>
    </message>
    <message>
        <source>Preview failed: {reason}</source>
        <translation>Error en la vista previa: {reason}</translation>
    </message>
</context>
<context>
    <name>PageCoordinator</name>
    <message>
        <source>Page (Ctrl+G)</source>
        <translation>Página (Ctrl+G)</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabla</numerusform>
            <numerusform>%n tablas</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to Page</source>
        <translation>Ir a la página</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Página:</translation>
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
    <message>
        <source>{name} is damaged: no page could be read.</source>
        <extracomment>pdfium is not thread safe, not even across documents: every pdfium call of this process holds this lock (the GUI&apos;s page rendering takes the same one, widgets/rendering.py). Worker processes never wait on it; an extraction run inside the GUI process (``workers=0``) shares pdfium with rendering. Set when the interpreter starts to exit: from then on pypdfium2 closes nothing (see below).</extracomment>
        <translation>{name} está dañado: no se pudo leer ninguna página.</translation>
    </message>
    <message>
        <source>{name} is damaged: it was repaired in memory (the file itself is unchanged) and 1 page could be read</source>
        <extracomment>How notes on damaged sources begin (the problems list finds them by these words). A note on a damaged PDF (the problems list), for one page read and for several.</extracomment>
        <translation>{name} está dañado: se reparó en memoria (el archivo en sí no se modifica) y se pudo leer 1 página</translation>
    </message>
    <message>
        <source>{name} is damaged: it was repaired in memory (the file itself is unchanged) and {read} pages could be read</source>
        <translation>{name} está dañado: se reparó en memoria (el archivo en sí no se modifica) y se pudieron leer {read} páginas</translation>
    </message>
    <message>
        <source>{name} is damaged: it was repaired in memory (the file itself is unchanged) and 1 of {expected} pages could be read</source>
        <translation>{name} está dañado: se reparó en memoria (el archivo en sí no se modifica) y se pudo leer 1 de {expected} páginas</translation>
    </message>
    <message>
        <source>{name} is damaged: it was repaired in memory (the file itself is unchanged) and {read} of {expected} pages could be read</source>
        <translation>{name} está dañado: se reparó en memoria (el archivo en sí no se modifica) y se pudieron leer {read} de {expected} páginas</translation>
    </message>
    <message>
        <source>the file ends early (an interrupted download or copy?), so pages after the last one read, or their text, may be missing</source>
        <translation>el archivo termina antes de tiempo (¿una descarga o una copia interrumpida?), así que pueden faltar las páginas posteriores a la última leída, o su texto</translation>
    </message>
    <message>
        <source>page {pages} has no content left</source>
        <translation>la página {pages} se ha quedado sin contenido</translation>
    </message>
    <message>
        <source>pages {pages} have no content left</source>
        <translation>las páginas {pages} se han quedado sin contenido</translation>
    </message>
    <message>
        <source>page {pages} was rebuilt from the page content alone (page size, fonts and page order guessed): check against the original</source>
        <translation>la página {pages} se reconstruyó solo a partir de su contenido (tamaño de página, fuentes y orden de las páginas supuestos): compárela con el original</translation>
    </message>
    <message>
        <source>pages {pages} were rebuilt from the page content alone (page size, fonts and page order guessed): check against the original</source>
        <translation>las páginas {pages} se reconstruyeron solo a partir de su contenido (tamaño de página, fuentes y orden de las páginas supuestos): compárelas con el original</translation>
    </message>
    <message>
        <source>{note}; {more}</source>
        <extracomment>The note&apos;s parts are joined so, and it ends with a full stop (French puts a space before &quot;;&quot;).</extracomment>
        <translation>{note}; {more}</translation>
    </message>
    <message>
        <source>{note}.</source>
        <translation>{note}.</translation>
    </message>
    <message>
        <source>page rebuilt from its content alone (its page dictionary was lost in the damaged file): page size and fonts are guessed</source>
        <translation>página reconstruida solo a partir de su contenido (su diccionario de página se perdió en el archivo dañado): el tamaño de página y las fuentes son supuestos</translation>
    </message>
    <message>
        <source>{name}, page {page} is too dense to read: about {load} characters and drawings, over the limit of {budget} per page (reading it would take gigabytes of memory).</source>
        <extracomment>Characters plus painted paths one page may hold (a dense A4 page of 6 pt type has about 10,000). Decoded content of one page (with its forms) past which it is too dense whatever it holds. painting operators: S, s, f, f*, F, B, B*, b, b*, sh, Do as whole words. Each alternative starts with its operator&apos;s first letter and looks behind it from there (&quot;(?&lt;![A-Za-z*])&quot; in front would be tried at every byte: 9 ms against 2 for a 440 KB stream of drawings) white space base64.a85decode skips, and the bytes an ASCII85 stream may hold besides it</extracomment>
        <translation>{name}, página {page}: página demasiado densa para leerla (unos {load} caracteres y trazados, por encima del límite de {budget} por página; leerla requeriría gigabytes de memoria).</translation>
    </message>
    <message>
        <source>page {page} is too dense to read: about {load} characters and drawings, over the limit of {budget} per page (reading it would take gigabytes of memory).</source>
        <translation>la página {page} es demasiado densa para leerla: unos {load} caracteres y trazados, por encima del límite de {budget} por página (leerla requeriría gigabytes de memoria).</translation>
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
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
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
        <source>Damaged PDF</source>
        <translation>PDF dañado</translation>
    </message>
    <message>
        <source>Extraction</source>
        <translation>Extracción</translation>
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
        <source>Go On with My Corrections</source>
        <translation>Seguir con mis correcciones</translation>
    </message>
    <message>
        <source>Start Afresh</source>
        <translation>Empezar de cero</translation>
    </message>
    <message>
        <source>Keep this new project; the earlier corrections stay in their untitled project</source>
        <translation>Conservar este proyecto nuevo; las correcciones anteriores siguen en su proyecto sin título</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n corrección</numerusform>
            <numerusform>%n correcciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved pack(s)</source>
        <translation>
            <numerusform>%n dosier guardado</numerusform>
            <numerusform>%n dosieres guardados</numerusform>
        </translation>
    </message>
    <message>
        <source>You worked on &lt;b&gt;{name}&lt;/b&gt; before in an untitled project ({work}), the last change on {time}.</source>
        <translation>Ya trabajó en &lt;b&gt;{name}&lt;/b&gt; en un proyecto sin título ({work}), el último cambio el {time}.</translation>
    </message>
    <message>
        <source>Go On with My Work</source>
        <translation>Seguir con mi trabajo</translation>
    </message>
    <message numerus="yes">
        <source>You corrected &lt;b&gt;{name}&lt;/b&gt; before: %n correction(s), the last on {time}, in an untitled project.</source>
        <translation>
            <numerusform>Ya corrigió &lt;b&gt;{name}&lt;/b&gt;: %n corrección, la última el {time}, en un proyecto sin título.</numerusform>
            <numerusform>Ya corrigió &lt;b&gt;{name}&lt;/b&gt;: %n correcciones, la última el {time}, en un proyecto sin título.</numerusform>
        </translation>
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
        <source>{name} is already open by {owner}.</source>
        <translation>{name} ya está abierto por {owner}.</translation>
    </message>
    <message>
        <source>{name} is already open in another Briefing Builder window.</source>
        <translation>{name} ya está abierto en otra ventana de Briefing Builder.</translation>
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
    <name>ProjectLifecycle</name>
    <message>
        <source>Cannot create a project</source>
        <translation>No se puede crear un proyecto</translation>
    </message>
    <message>
        <source>New project. Add PDFs with Ctrl+Shift+O or drop them here.</source>
        <translation>Proyecto nuevo. Añada PDF con Ctrl+Mayús+O o arrástrelos aquí.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>PDFs and projects ({patterns})</source>
        <translation>PDF y proyectos ({patterns})</translation>
    </message>
    <message>
        <source>Projects ({patterns})</source>
        <translation>Proyectos ({patterns})</translation>
    </message>
    <message>
        <source>PDF documents ({patterns})</source>
        <translation>Documentos PDF ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Todos los archivos ({patterns})</translation>
    </message>
    <message>
        <source>Add PDF to Project</source>
        <translation>Añadir un PDF al proyecto</translation>
    </message>
    <message>
        <source>{name} is already in the project.</source>
        <translation>{name} ya está en el proyecto.</translation>
    </message>
    <message>
        <source>it is being changed in {owner}</source>
        <translation>se está modificando en {owner}</translation>
    </message>
    <message>
        <source>Open a Copy</source>
        <translation>Abrir una copia</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message numerus="yes">
        <source>Opened {name}: %n document(s).</source>
        <translation>
            <numerusform>{name} abierto: %n documento.</numerusform>
            <numerusform>{name} abierto: %n documentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not opened (no password).</source>
        <translation>{name} no se abrió (sin contraseña).</translation>
    </message>
    <message>
        <source>Cannot open the PDF</source>
        <translation>No se puede abrir el PDF</translation>
    </message>
    <message>
        <source>Cannot add the PDF</source>
        <translation>No se puede añadir el PDF</translation>
    </message>
    <message>
        <source>The project file could not be written ({reason}).</source>
        <translation>No se pudo escribir el archivo de proyecto ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>Back to your %n correction(s) (Ctrl+Z undoes them one by one).</source>
        <translation>
            <numerusform>De vuelta a su corrección (Ctrl+Z la deshace).</numerusform>
            <numerusform>De vuelta a sus %n correcciones (Ctrl+Z las deshace una a una).</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to your earlier project: its saved packs are in the Pack panel.</source>
        <translation>Ha vuelto a su proyecto anterior: sus dosieres guardados están en el panel Dosier.</translation>
    </message>
    <message>
        <source>Password for {name}:</source>
        <translation>Contraseña de {name}:</translation>
    </message>
    <message>
        <source>The password was not correct.</source>
        <translation>La contraseña no era correcta.</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Se necesita una contraseña</translation>
    </message>
    <message>
        <source>All changes are saved in {name}.</source>
        <translation>Todos los cambios están guardados en {name}.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Guardar el proyecto como</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>Saved as {name}; you are now working in it.</source>
        <translation>Guardado como {name}; ahora trabaja en él.</translation>
    </message>
    <message>
        <source>Cannot change the embedded PDFs</source>
        <translation>No se pueden cambiar los PDF incorporados</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) embedded: the project can be mailed on its own.</source>
        <translation>
            <numerusform>%n PDF incorporado: el proyecto puede enviarse por correo tal cual.</numerusform>
            <numerusform>%n PDF incorporados: el proyecto puede enviarse por correo tal cual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Embedded copies removed from %n document(s).</source>
        <translation>
            <numerusform>Copia incorporada quitada de %n documento.</numerusform>
            <numerusform>Copias incorporadas quitadas de %n documentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Quitar el documento</translation>
    </message>
    <message>
        <source>Remove {name} and all its corrections from the project?</source>
        <translation>¿Quitar {name} y todas sus correcciones del proyecto?</translation>
    </message>
    <message>
        <source>The PDF is missing</source>
        <translation>Falta el PDF</translation>
    </message>
    <message>
        <source>{name} is no longer where it was ({path}) and the project has no copy of it. Locate it now?</source>
        <translation>{name} ya no está donde estaba ({path}) y el proyecto no tiene ninguna copia. ¿Localizarlo ahora?</translation>
    </message>
    <message>
        <source>Locate {name}</source>
        <translation>Localizar {name}</translation>
    </message>
    <message>
        <source>Not the same PDF</source>
        <translation>No es el mismo PDF</translation>
    </message>
    <message>
        <source>Cannot show the PDF</source>
        <translation>No se puede mostrar el PDF</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Abrir un PDF</translation>
    </message>
    <message>
        <source>Open {name} as a new project, or add it to this project?</source>
        <translation>¿Abrir {name} como proyecto nuevo o añadirlo a este proyecto?</translation>
    </message>
    <message numerus="yes">
        <source>This project has %n document(s). A pack composed in a project can draw on all of its documents. (File ▸ Add PDF to Project…, Ctrl+Shift+O, adds without asking.)</source>
        <translation>
            <numerusform>Este proyecto tiene %n documento. Un dosier informativo compuesto en un proyecto puede basarse en todos sus documentos. (Archivo ▸ Añadir un PDF al proyecto…, Ctrl+Mayús+O, añade sin preguntar.)</numerusform>
            <numerusform>Este proyecto tiene %n documentos. Un dosier informativo compuesto en un proyecto puede basarse en todos sus documentos. (Archivo ▸ Añadir un PDF al proyecto…, Ctrl+Mayús+O, añade sin preguntar.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open as New Project</source>
        <translation>Abrir como proyecto nuevo</translation>
    </message>
    <message>
        <source>Add to This Project</source>
        <translation>Añadir a este proyecto</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>The disk is full: the last change could not be saved in {name}. Free some space.</source>
        <extracomment>Project files this process has open through SQLite (resolved path -&gt; connections). On POSIX, closing any descriptor of a file drops every record lock the process holds on it, SQLite&apos;s included; a window that lost its locks has its write-ahead log folded and deleted by the next helper process that closes a connection, and its later corrections go to a deleted file. So a file open here is never opened with plain file I/O. Seconds after a write at which the write-ahead log is copied into the project file itself, so that a copy of the ``.bbproj`` alone (mailed, synced, backed up) holds every correction. Bounds a stored table must respect; beyond them the row is damaged, not a table to build.</extracomment>
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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>The interface&apos;s languages, each named in itself (menus list them so).</extracomment>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ficheros de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>{path} no longer exists.</source>
        <translation>{path} ya no existe.</translation>
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
    <name>StartPage</name>
    <message>
        <source>Add a PDF to This Project…</source>
        <translation>Añadir un PDF a este proyecto…</translation>
    </message>
    <message>
        <source>Open a PDF or a Project…</source>
        <translation>Abrir un PDF o un proyecto…</translation>
    </message>
    <message>
        <source>Try the Sample Appeal</source>
        <translation>Probar el llamamiento de ejemplo</translation>
    </message>
    <message>
        <source>Open {name}, an appeal bundled with the application</source>
        <translation>Abrir {name}, un llamamiento incluido con la aplicación</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
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
        <extracomment>separators a list set as &quot;term : text&quot; or &quot;ABC – full name&quot; uses, most telling first; a comma or a point is left out (thousands and decimals), a slash too (dates, &quot;km/h&quot;)</extracomment>
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
        <source>Split Column at…</source>
        <translation>Dividir columna por separador…</translation>
    </message>
    <message>
        <source>Split each cell of the column at the first occurrence of a separator (&quot;term : text&quot;, &quot;ABC – name&quot;)</source>
        <translation>Dividir cada celda de la columna en la primera aparición de un separador (&quot;término: texto&quot;, &quot;ABC – nombre&quot;)</translation>
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
        <source>Mark Table as Checked</source>
        <translation>Marcar la tabla como revisada</translation>
    </message>
    <message>
        <source>You checked this table against the page: it is no longer listed as doubtful</source>
        <translation>Revisó esta tabla con la página: ya no figura como dudosa</translation>
    </message>
    <message>
        <source>Delete Table</source>
        <translation>Eliminar la tabla</translation>
    </message>
    <message>
        <source>Freeze Label Column</source>
        <translation>Inmovilizar la columna de etiquetas</translation>
    </message>
    <message>
        <source>Keep the first column (the row labels) in view while the grid scrolls sideways</source>
        <translation>Mantener visible la primera columna (las etiquetas de las filas) mientras la cuadrícula se desplaza horizontalmente</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <extracomment>view settings, in the Edit menu but not greyed out without a table</extracomment>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>Link to Table on Previous Page ({table})</source>
        <translation>Vincular a la tabla de la página anterior ({table})</translation>
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
    <message>
        <source>Merge With Continuation (page {page})</source>
        <translation>Combinar con la continuación (página {page})</translation>
    </message>
    <message>
        <source>Unlink From Table on Page {page}</source>
        <translation>Desvincular de la tabla de la página {page}</translation>
    </message>
    <message>
        <source>Unlink Continuation on Page {page}</source>
        <translation>Desvincular la continuación de la página {page}</translation>
    </message>
    <message>
        <source>continued from page {page}</source>
        <translation>continuación de la página {page}</translation>
    </message>
    <message>
        <source>continues on page {page}</source>
        <translation>continúa en la página {page}</translation>
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
        <source>Split each cell of column {column} at the first occurrence of:</source>
        <translation>Dividir cada celda de la columna {column} en la primera aparición de:</translation>
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
        <extracomment>column widths in the grid: sized to the content within these limits (pixels) header cells count up to this width: long descriptive headers (&quot;Adhering to international standards and fulfilling migrants&apos; rights&quot;) are elided, not allowed to widen a column of figures rows looked at to size the columns (a table of thousands of rows is sized from its first rows) the label column is frozen only while it leaves this much of the grid beside it (pixels) a cell whose start shows this much beside the label column is not scrolled to (pixels) the label column sized to its content takes at most this share of the grid&apos;s width; longer labels are elided (the whole text in the tooltip) until the user drags the column wider the setting remembering the label column&apos;s width the user dragged it to (pixels; for every table) the user&apos;s choice; the frozen column shows when it also leaves room beside it (:meth:`_place_frozen`) the label column&apos;s width by its content, fitted to :meth:`label_cap` as the grid is resized (0: not fitted, e.g. once the user dragged it) the width the user dragged the label column to (0: none; then a share of the grid) the setting remembering whether the label column is frozen (on unless turned off) the table&apos;s shape as laid out now (the project may change the same Table object in place)</extracomment>
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
    <name>Tables</name>
    <message>
        <source>ruled</source>
        <extracomment>Quotation marks round a title, as each language prints them (English: “ ”). Labels of operations (undo history, status messages) are saved in English in the project&apos;s journal; they are read back into their marked template to be shown translated. Progress of the built-in exporters (exporters/common.py ``PROGRESS``), read back the same way. How a table was found (Table.method), as the interface names it.</extracomment>
        <translation>con líneas</translation>
    </message>
    <message>
        <source>borderless</source>
        <translation>sin bordes</translation>
    </message>
    <message>
        <source>drawn by hand</source>
        <translation>dibujada a mano</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
</context>
<context>
    <name>TablesModel</name>
    <message>
        <source>words inside the table are in no cell</source>
        <extracomment>What lowered a table&apos;s confidence (Table.doubts), said where the user should look.</extracomment>
        <translation>hay palabras dentro de la tabla que no están en ninguna celda</translation>
    </message>
    <message>
        <source>cells hold two figures: columns may be merged</source>
        <translation>hay celdas con dos cifras: quizá se fusionaron columnas</translation>
    </message>
    <message>
        <source>the entries of a column do not line up</source>
        <translation>las entradas de una columna no están alineadas</translation>
    </message>
    <message>
        <source>words cross a ruled line</source>
        <translation>hay palabras que cruzan una línea de la tabla</translation>
    </message>
    <message>
        <source>rows of figures without a label: a row may be split</source>
        <translation>filas de cifras sin etiqueta: quizá se partió una fila</translation>
    </message>
    <message>
        <source>a printed total does not add up</source>
        <translation>un total impreso no cuadra con la suma</translation>
    </message>
    <message>
        <source>columns of figures without a heading</source>
        <translation>columnas de cifras sin encabezado</translation>
    </message>
    <message>
        <source>no header row was found</source>
        <translation>no se encontró ninguna fila de encabezado</translation>
    </message>
    <message>
        <source>a line just above or below may belong to the table</source>
        <translation>una línea justo encima o debajo quizá pertenezca a la tabla</translation>
    </message>
    <message>
        <source>labels end with a figure: a column may be missing</source>
        <translation>hay etiquetas que terminan en una cifra: quizá falte una columna</translation>
    </message>
    <message>
        <source>a line of headings inside the body: two tables may be read as one</source>
        <translation>una línea de encabezados dentro del cuerpo: quizá se leyeron dos tablas como una</translation>
    </message>
    <message>
        <source>rows filled unlike the others: cells may have slid sideways</source>
        <translation>filas rellenas de otro modo que las demás: quizá se desplazaron celdas</translation>
    </message>
    <message>
        <source>a label starts in lower case: a wrapped label may be split</source>
        <translation>una etiqueta empieza en minúscula: quizá se partió una etiqueta de dos líneas</translation>
    </message>
    <message>
        <source>a wrapped line of a cell was left outside the table</source>
        <translation>una línea de una celda de varias líneas quedó fuera de la tabla</translation>
    </message>
    <message>
        <source>a cell&apos;s lines line up on no edge: two cells may be read as one</source>
        <translation>las líneas de una celda no se alinean en ningún borde: quizá se leyeron dos celdas como una</translation>
    </message>
    <message>
        <source>a wide gap inside a cell: a column may be missing</source>
        <translation>un gran espacio dentro de una celda: quizá falte una columna</translation>
    </message>
    <message>
        <source>a cell across columns splits cleanly: it may be several cells</source>
        <translation>una celda que abarca varias columnas se separa limpiamente: quizá sean varias celdas</translation>
    </message>
    <message>
        <source>the header row may have been left above the table</source>
        <translation>quizá la fila de encabezado quedó encima de la tabla</translation>
    </message>
    <message>
        <source>a heading across columns may be read into one cell</source>
        <translation>quizá un encabezado que abarca varias columnas se leyó en una sola celda</translation>
    </message>
    <message>
        <source>a table right above or below continues it: it may be cut in two</source>
        <translation>una tabla justo encima o debajo la continúa: quizá esté cortada en dos</translation>
    </message>
    <message>
        <source>no header row, and a line of headings right above the table</source>
        <translation>sin fila de encabezado, y una línea de encabezados justo encima de la tabla</translation>
    </message>
    <message>
        <source>a cell&apos;s lines are spaced like rows: two rows may be read as one</source>
        <translation>las líneas de una celda están espaciadas como filas: quizá se leyeron dos filas como una</translation>
    </message>
    <message>
        <source>a line right under the table is spaced like its rows: a row may be left out</source>
        <translation>una línea justo debajo de la tabla está espaciada como sus filas: quizá se dejó fuera una fila</translation>
    </message>
    <message>
        <source>a row holds only a note that the table goes on</source>
        <translation>una fila contiene solo una nota de que la tabla continúa</translation>
    </message>
    <message>
        <source>a heading over two columns may be kept to one of them</source>
        <translation>un encabezado que abarca dos columnas quizá se asignó solo a una de ellas</translation>
    </message>
    <message>
        <source>a cell across columns holds one column&apos;s heading: it may be stretched</source>
        <translation>una celda que abarca varias columnas contiene el encabezado de una sola: quizá esté extendida de más</translation>
    </message>
    <message>
        <source>a label sits off its rows: it may span too many rows or too few</source>
        <translation>una etiqueta está desplazada respecto de sus filas: quizá abarque demasiadas o muy pocas</translation>
    </message>
    <message>
        <source>headings set close together sit off their columns: they may be cut at the wrong word</source>
        <translation>encabezados muy juntos están desplazados de sus columnas: puede que estén cortados en la palabra equivocada</translation>
    </message>
    <message>
        <source>two rows hold text on the same line: a line may be cut between rows</source>
        <translation>dos filas tienen texto en la misma línea: puede que una línea esté cortada entre filas</translation>
    </message>
    <message>
        <source>a heading holds large figures: text beside the table may be read into it</source>
        <translation>un encabezado contiene cifras grandes: puede que se haya leído en él texto junto a la tabla</translation>
    </message>
    <message>
        <source>a bracket opens in one cell and closes in the next: a text may be cut between two columns</source>
        <translation>un paréntesis se abre en una celda y se cierra en la siguiente: puede que un texto esté cortado entre dos columnas</translation>
    </message>
    <message>
        <source>a figure starts a text across columns: a column&apos;s figure may be read into it</source>
        <translation>una cifra abre un texto que abarca varias columnas: puede haberse leído en él la cifra de una columna</translation>
    </message>
    <message>
        <source>a text across columns sits off them: it may span too few columns or the wrong ones</source>
        <translation>un texto que abarca varias columnas no está centrado en ellas: puede abarcar muy pocas o no las correctas</translation>
    </message>
    <message>
        <source>a text runs on from one cell into the next: it may be cut between two columns</source>
        <translation>un texto continúa de una celda a la siguiente: puede estar cortado entre dos columnas</translation>
    </message>
    <message>
        <source>a text in a column of figures sits off them beside empty cells: it may belong across several columns</source>
        <translation>un texto en una columna de cifras no está alineado con ellas, junto a celdas vacías: quizá abarca varias columnas</translation>
    </message>
    <message>
        <source>a heading across columns holds one heading per column: the columns&apos; headings may be read as one</source>
        <translation>un encabezado sobre varias columnas contiene un encabezado por columna: los encabezados de las columnas pueden haberse leído como uno</translation>
    </message>
    <message>
        <source>the first heading is centred on a title line above: a title may be read as a heading</source>
        <translation>el primer encabezado está centrado bajo una línea de título: un título puede haberse leído como encabezado</translation>
    </message>
    <message>
        <source>a text ends in dot leaders: the dots before its figure may be kept in it</source>
        <translation>un texto termina en puntos guía: los puntos hacia su cifra pueden haberse quedado en él</translation>
    </message>
    <message>
        <source>words the text recognition was unsure of</source>
        <translation>palabras de las que el reconocimiento de texto no estaba seguro</translation>
    </message>
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
        <extracomment>table id -&gt; the title it is known by (a later part: its first part&apos;s), worked out once table id -&gt; the table continuing it on a later page</extracomment>
        <translation> → continúa en p. {page}</translation>
    </message>
    <message>
        <source>↳ {name} (continued from p{page})</source>
        <translation>↳ {name} (continuación de p{page})</translation>
    </message>
    <message>
        <source>Continues on page {page}: Table ▸ Merge With Continuation</source>
        <translation>Continúa en la página {page}: Tabla ▸ Combinar con la continuación</translation>
    </message>
    <message>
        <source>Continues the table on page {page}</source>
        <translation>Continuación de la tabla de la página {page}</translation>
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
        <source>Checked by you (Table ▸ Mark Table as Checked)</source>
        <translation>Revisada por usted (Tabla ▸ Marcar la tabla como revisada)</translation>
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
        <extracomment>the current project is about to be closed or replaced: views save what is being typed now sha256 of the document now shown (&quot;&quot; for none) (sha256, op) after every applied operation; op {&quot;op&quot;: &quot;reload&quot;} after a (re-)extraction (table id or &quot;&quot;, row, col): the table (and cell) to show section id or &quot;&quot; sha256 whose problem list changed extraction of sha256 started / progressed (done, total, message) / finished (sha, message) (title, message) to show the user status bar text ``start_document(project) -&gt; sha256 or &quot;&quot;``: the document shown first when a project opens (the window&apos;s: the one shown when the project was last closed); default its first worker processes for extraction (None: one per core; 0: in the extraction thread itself)</extracomment>
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
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría corresponder a %(matches)s</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
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
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
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
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtractionJobs</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace “{text}” in %n document(s)</source>
        <translation>
            <numerusform>Replace “{text}” in %n document</numerusform>
            <numerusform>Replace “{text}” in %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n place(s).</source>
        <translation>
            <numerusform>Replaced in %n place.</numerusform>
            <numerusform>Replaced in %n places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n undone correction(s) can be redone</source>
        <translation>
            <numerusform>%n undone correction can be redone</numerusform>
            <numerusform>%n undone corrections can be redone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read-only · %n correction(s) in {project}</source>
        <translation>
            <numerusform>Read-only · %n correction in {project}</numerusform>
            <numerusform>Read-only · %n corrections in {project}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Saved · %n correction(s) in {project}</source>
        <translation>
            <numerusform>✓ Saved · %n correction in {project}</numerusform>
            <numerusform>✓ Saved · %n corrections in {project}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackComposer</name>
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
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n table(s) may be off and not checked yet: {tables} (Tables list, Ctrl+K once checked).</source>
        <translation>
            <numerusform>⚠ %n table may be off and is not checked yet: {tables} (Tables list, Ctrl+K once checked).</numerusform>
            <numerusform>⚠ %n tables may be off and are not checked yet: {tables} (Tables list, Ctrl+K once checked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Figures do not add up to their printed totals in %n table(s): {tables} (Problems list).</source>
        <translation>
            <numerusform>⚠ Figures do not add up to their printed totals in %n table: {tables} (Problems list).</numerusform>
            <numerusform>⚠ Figures do not add up to their printed totals in %n tables: {tables} (Problems list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draws on {count} of the project&apos;s %n documents: {sources}</source>
        <translation>
            <numerusform>Draws on {count} of the project&apos;s %n documents: {sources}</numerusform>
            <numerusform>Draws on {count} of the project&apos;s %n documents: {sources}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackFiltersForm</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackPreview</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageCoordinator</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectBanner</name>
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
            <numerusform>%n saved pack</numerusform>
            <numerusform>%n saved packs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You corrected &lt;b&gt;{name}&lt;/b&gt; before: %n correction(s), the last on {time}, in an untitled project.</source>
        <translation>
            <numerusform>You corrected &lt;b&gt;{name}&lt;/b&gt; before: %n correction, the last on {time}, in an untitled project.</numerusform>
            <numerusform>You corrected &lt;b&gt;{name}&lt;/b&gt; before: %n corrections, the last on {time}, in an untitled project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n damaged part(s)&lt;/b&gt; of this project could not be read and were skipped; everything else is here.</source>
        <translation>
            <numerusform>&lt;b&gt;%n damaged part&lt;/b&gt; of this project could not be read and was skipped; everything else is here.</numerusform>
            <numerusform>&lt;b&gt;%n damaged parts&lt;/b&gt; of this project could not be read and were skipped; everything else is here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the project file could not be read and were skipped:</source>
        <translation>
            <numerusform>%n part of the project file could not be read and was skipped:</numerusform>
            <numerusform>%n parts of the project file could not be read and were skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectLifecycle</name>
    <message numerus="yes">
        <source>Opened {name}: %n document(s).</source>
        <translation>
            <numerusform>Opened {name}: %n document.</numerusform>
            <numerusform>Opened {name}: %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back to your %n correction(s) (Ctrl+Z undoes them one by one).</source>
        <translation>
            <numerusform>Back to your correction (Ctrl+Z undoes it).</numerusform>
            <numerusform>Back to your %n corrections (Ctrl+Z undoes them one by one).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) embedded: the project can be mailed on its own.</source>
        <translation>
            <numerusform>%n PDF embedded: the project can be mailed on its own.</numerusform>
            <numerusform>%n PDFs embedded: the project can be mailed on its own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Embedded copies removed from %n document(s).</source>
        <translation>
            <numerusform>Embedded copies removed from %n document.</numerusform>
            <numerusform>Embedded copies removed from %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This project has %n document(s). A pack composed in a project can draw on all of its documents. (File ▸ Add PDF to Project…, Ctrl+Shift+O, adds without asking.)</source>
        <translation>
            <numerusform>This project has %n document. A pack composed in a project can draw on all of its documents. (File ▸ Add PDF to Project…, Ctrl+Shift+O, adds without asking.)</numerusform>
            <numerusform>This project has %n documents. A pack composed in a project can draw on all of its documents. (File ▸ Add PDF to Project…, Ctrl+Shift+O, adds without asking.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message numerus="yes">
        <source>%n proposed fix(es)</source>
        <translation>
            <numerusform>%n proposed fix</numerusform>
            <numerusform>%n proposed fixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) did not fit in the table and were left out (insert rows first)</source>
        <translation>
            <numerusform>%n row did not fit in the table and was left out (insert rows first)</numerusform>
            <numerusform>%n rows did not fit in the table and were left out (insert rows first)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) did not fit in the table and were left out (insert columns first)</source>
        <translation>
            <numerusform>%n column did not fit in the table and was left out (insert columns first)</numerusform>
            <numerusform>%n columns did not fit in the table and were left out (insert columns first)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) inside merged cells skipped</source>
        <translation>
            <numerusform>%n cell inside merged cells skipped</numerusform>
            <numerusform>%n cells inside merged cells skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablesPanel</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message numerus="yes">
        <source>%n correction(s) no longer match the extracted tables and were not applied.</source>
        <extracomment>the current project is about to be closed or replaced: views save what is being typed now sha256 of the document now shown (&quot;&quot; for none) (sha256, op) after every applied operation; op {&quot;op&quot;: &quot;reload&quot;} after a (re-)extraction (table id or &quot;&quot;, row, col): the table (and cell) to show section id or &quot;&quot; sha256 whose problem list changed extraction of sha256 started / progressed (done, total, message) / finished (sha, message) (title, message) to show the user status bar text ``start_document(project) -&gt; sha256 or &quot;&quot;``: the document shown first when a project opens (the window&apos;s: the one shown when the project was last closed); default its first worker processes for extraction (None: one per core; 0: in the extraction thread itself)</extracomment>
        <translation>
            <numerusform>%n correction no longer matches the extracted tables and was not applied.</numerusform>
            <numerusform>%n corrections no longer match the extracted tables and were not applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
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
            <numerusform>%n correction re-applied</numerusform>
            <numerusform>%n corrections re-applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (no longer matching)</source>
        <translation>
            <numerusform>%n left out (no longer matching)</numerusform>
            <numerusform>%n left out (no longer matching)</numerusform>
        </translation>
    </message>
</context>
</TS>

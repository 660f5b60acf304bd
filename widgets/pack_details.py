"""The pack composer's Details tab: the cover's metadata (title, audience, date, logo...), the pack's
language and the chosen exporter's own options. The form shows values and reports the user's
changes field by field; it changes nothing itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.packs.pack import PackMetadata
from app.packs.pack_i18n import LANGUAGE_NAMES, LANGUAGES
from app.packs.pack_i18n import language as pack_language
from exporters import Option, resolve_options

from .i18n import exporter_word
from .places import remember_folder, start_folder

#: Cover values every exporter is given in its options dict (edited on the Details tab, not in the
#: exporter's own option rows): ``organisation`` (text) and ``logo`` (the path of an image file, or "").
COVER_OPTIONS = ("organisation", "logo")
#: The metadata fields edited as text, and their widgets' names.
TEXT_FIELDS = {"title": "title_edit", "audience": "audience_edit", "prepared_by": "prepared_edit",
               "subject": "subject_edit", "organisation": "organisation_edit"}


class WheelGuard(QObject):
    """Lets the mouse wheel scroll the form over a combo box or a spin box that has not been clicked
    into: rolling down a long form must not change the values it passes over (Excel's option dialogs
    behave so). The field still takes the wheel once it has the focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()  # not accepted: Qt hands the wheel on to the parents
            return True
        # handed to the scroll area itself: Qt propagates only wheel events that came from the system
        viewport = area.viewport()
        at = QPointF(viewport.mapFrom(watched, event.position().toPoint()))
        QApplication.sendEvent(viewport, QWheelEvent(
            at, event.globalPosition(), event.pixelDelta(), event.angleDelta(), event.buttons(),
            event.modifiers(), event.phase(), event.inverted(), event.source()))
        return True

    def guard(self, widget: QWidget) -> QWidget:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not focused by the wheel itself
        widget.installEventFilter(self)
        return widget


class PackDetailsForm(QWidget):
    #: a metadata field changed by the user: its name (a :class:`PackMetadata` field) and value
    fieldEdited = Signal(str, object)
    #: a logo file was chosen ("" when the logo was cleared)
    logoChosen = Signal(str)
    #: an exporter option changed by the user: its name and value
    optionEdited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self.wheel_guard = WheelGuard(self)
        form = QFormLayout(self)
        self.title_edit = QLineEdit(self)
        self.audience_edit = QLineEdit(self)
        self.audience_edit.setPlaceholderText(self.tr("Donor or audience"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.prepared_edit = QLineEdit(self)
        self.subject_edit = QLineEdit(self)
        self.organisation_edit = QLineEdit(self)
        self.organisation_edit.setPlaceholderText(self.tr("Printed on the cover, e.g. IOM Somalia (optional)"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setPlaceholderText(self.tr("Printed on the cover"))
        self.notes_edit.setMaximumHeight(90)
        logo_row = QHBoxLayout()
        self.logo_label = QLabel(self.tr("No logo"), self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_logo)
        clear = QPushButton(self.tr("Clear"), self)
        clear.clicked.connect(lambda: self.logoChosen.emit(""))
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(browse)
        logo_row.addWidget(clear)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Prepared for"), self.audience_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Prepared by"), self.prepared_edit)
        form.addRow(self.tr("Subject"), self.subject_edit)
        form.addRow(self.tr("Organisation"), self.organisation_edit)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(self.tr("Notes"), self.notes_edit)
        # the language the pack writes its own labels, dates and numbers in (not the source's text)
        self.language_combo = QComboBox(self)
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setToolTip(self.tr("Language of the pack's own words: labels, dates, numbers. "
                                               "Text from the source documents is not translated."))
        form.addRow(self.tr("Pack language"), self.language_combo)
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self._edited("language", self.language_combo.currentData() or "en"))
        for name, attr in TEXT_FIELDS.items():
            getattr(self, attr).textChanged.connect(lambda text, n=name: self._edited(n, text))
        self.title_edit.setToolTip(self.tr("Follows the countries, regions or themes chosen until you type a title"))
        self.date_edit.dateChanged.connect(lambda day: self._edited("date", day.toString("yyyy-MM-dd")))
        self.notes_edit.textChanged.connect(lambda: self._edited("notes", self.notes_edit.toPlainText()))
        for field in (self.date_edit, self.language_combo):
            self.wheel_guard.guard(field)
        self.options_box = QWidget(self)
        self.options_form = QFormLayout(self.options_box)
        self.options_form.setContentsMargins(0, 8, 0, 0)
        form.addRow(self.options_box)
        self.option_widgets: dict[str, QWidget] = {}

    def _edited(self, name: str, value: Any) -> None:
        if not self._updating:
            self.fieldEdited.emit(name, value)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), str(start_folder("logo")),
                                              self.tr("Images ({patterns})").format(patterns="*.png *.jpg *.jpeg"))
        if path:
            remember_folder("logo", path)
            self.logoChosen.emit(path)

    def show_metadata(self, m: PackMetadata) -> None:
        """Show ``m`` (without emitting :attr:`fieldEdited`); a field that already reads the same
        is left alone, so its cursor stays where the user is typing."""
        self._updating = True
        try:
            for name, attr in TEXT_FIELDS.items():
                edit = getattr(self, attr)
                if edit.text() != getattr(m, name):
                    edit.setText(getattr(m, name))
            if self.notes_edit.toPlainText() != m.notes:
                self.notes_edit.setPlainText(m.notes)
            day = QDate.fromString(m.date, "yyyy-MM-dd") if m.date else QDate.currentDate()
            self.date_edit.setDate(day if day.isValid() else QDate.currentDate())
            self.logo_label.setText(m.logo_name or self.tr("No logo"))
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(pack_language(m.language))))
        finally:
            self._updating = False

    def show_title(self, title: str) -> None:
        """Show a title the pack took by itself (it follows the filters)."""
        self._updating = True
        try:
            self.title_edit.setText(title)
        finally:
            self._updating = False

    # ---- the exporter's options ---------------------------------------------------------------------

    def show_options(self, exporter, chosen: dict[str, Any] | None) -> None:
        """Rows for the options of ``exporter`` (None: no rows), showing the ``chosen`` values."""
        while self.options_form.rowCount():
            self.options_form.removeRow(0)
        self.option_widgets = {}
        if exporter is None:
            return
        values = resolve_options(exporter, chosen, strict=False)
        self._updating = True
        try:
            for option in exporter.options or []:
                if option.name in COVER_OPTIONS:
                    continue  # on the Details tab (Organisation, Logo) for every format
                widget = self._option_widget(option, values.get(option.name))
                if isinstance(widget, (QComboBox, QAbstractSpinBox)):
                    self.wheel_guard.guard(widget)
                widget.setToolTip(option.help)
                self.option_widgets[option.name] = widget
                self.options_form.addRow(self.tr("{exporter}: {option}").format(
                    exporter=exporter_word(exporter.label), option=exporter_word(option.title)), widget)
        finally:
            self._updating = False

    def _option_widget(self, option: Option, value: Any) -> QWidget:
        name = option.name
        if option.type == "bool":
            box = QCheckBox(self)
            box.setChecked(bool(value))
            box.toggled.connect(lambda v, n=name: self._option_edited(n, v))
            return box
        if option.type == "choice":
            combo = QComboBox(self)
            combo.addItems(list(option.choices))
            combo.setCurrentText(str(value))
            combo.currentTextChanged.connect(lambda v, n=name: self._option_edited(n, v))
            return combo
        if option.type == "int":
            spin = QSpinBox(self)
            spin.setRange(-10**6, 10**6)
            spin.setValue(int(value or 0))
            spin.valueChanged.connect(lambda v, n=name: self._option_edited(n, v))
            return spin
        edit = QLineEdit(str(value if value is not None else ""), self)
        edit.textChanged.connect(lambda v, n=name: self._option_edited(n, v))
        return edit

    def _option_edited(self, name: str, value: Any) -> None:
        if not self._updating:
            self.optionEdited.emit(name, value)

"""What every list in the app shares: a model over a list of rows, the filter in front of it, the view
and the "All …" choice boxes that narrow it.

Built for 50,000 rows: rows are loaded once, nothing is queried per row, and sorting is a Python key
sort inside the model (a proxy calling back into Python per comparison takes seconds). The proxy only
filters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QMetaObject, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt,
)
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QHeaderView, QLineEdit, QTableView

from .i18n import tr

HEADER_KEY = Qt.ItemDataRole.UserRole  # a column's header as written in the code (English), e.g. for `typical`


@dataclass(frozen=True)
class Column:
    header: str  # marked with QT_TRANSLATE_NOOP; shown translated
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None  # None: the text, ignoring case
    tip: Callable[[Any], str | None] | None = None
    icon: Callable[[Any], QIcon | None] | None = None
    centred: bool = False
    muted: Callable[[Any], bool] | None = None  # greyed text, e.g. a name as printed rather than as matched


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], search_text: Callable[[Any], str] = lambda row: "",
                 parent=None, sorted_by: int = 0):
        super().__init__(parent)
        self.columns = tuple(columns)
        self._search_text_of = search_text
        self._given: list = []  # in the order given: equal sort keys keep it
        self._rows: list = []  # in the order shown
        self._sorted_by: tuple[int, Qt.SortOrder] = (sorted_by, Qt.SortOrder.AscendingOrder)
        self._search_text: dict[int, str] = {}

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._search_text = {id(row): self._search_text_of(row).casefold() for row in self._given}
        self._rows = self._ordered(*self._sorted_by)
        self.endResetModel()

    def row(self, row: int):
        return self._rows[row]

    def rows(self) -> list:
        """Every row, in the order given."""
        return self._given

    def row_number(self, predicate: Callable[[Any], bool]) -> int | None:
        """Where the first row that `predicate` accepts is shown, or None."""
        return next((n for n, row in enumerate(self._rows) if predicate(row)), None)

    def search_text(self, row) -> str:
        """What the search box looks in, in lower case."""
        return self._search_text[id(row)]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.columns[section].header)
        if orientation == Qt.Orientation.Horizontal and role == HEADER_KEY:
            return self.columns[section].header
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return column.tip(row)
        if role == Qt.ItemDataRole.DecorationRole and column.icon:
            return column.icon(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.muted and column.muted(row):
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.centred:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._signal("layoutAboutToBeChanged")
        before = {id(row): n for n, row in enumerate(self._rows)}
        self._sorted_by = (column, order)
        self._rows = self._ordered(column, order)
        now = {before[id(row)]: n for n, row in enumerate(self._rows)}
        old = self.persistentIndexList()  # keeps the selection on the same row
        self.changePersistentIndexList(old, [self.index(now[i.row()], i.column()) for i in old])
        self._signal("layoutChanged")

    def _signal(self, name: str) -> None:
        # Not `self.layoutChanged.emit()`: in PySide6 6.12 each such emit drops a reference to True,
        # which crashes the interpreter after a few thousand sorts. Invoking it through Qt does not.
        QMetaObject.invokeMethod(self, name, Qt.ConnectionType.DirectConnection)

    def _ordered(self, column: int, order: Qt.SortOrder) -> list:
        spec = self.columns[column]
        key = spec.sort_key or (lambda row: spec.text(row).casefold())
        return sorted(self._given, key=key, reverse=order == Qt.SortOrder.DescendingOrder)


class RowFilter(QSortFilterProxyModel):
    """Search (every word, any case, in the row's search text) and choices such as "only grade 5".

    `criteria` names what a row can be chosen by: name -> the row's value for it.
    """

    def __init__(self, criteria: dict[str, Callable[[Any], Any]] | None = None, parent=None):
        super().__init__(parent)
        self._criteria = criteria or {}
        self._chosen: dict[str, Any] = {}
        self._words: list[str] = []

    def set_filter(self, search: str | None = None, **chosen) -> None:
        """Change some criteria; None means "any" for the choices."""
        self.beginFilterChange()
        if search is not None:
            self._words = search.casefold().split()
        self._chosen.update(chosen)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        row = model.row(source_row)
        for name, wanted in self._chosen.items():
            if wanted is not None and self._criteria[name](row) != wanted:
                return False
        haystack = model.search_text(row)
        return all(word in haystack for word in self._words)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)  # see the module docstring


def table_view(proxy: RowFilter, name: str) -> QTableView:
    """A read-only, sortable table of whole-row single selection, fast for any number of rows. `name`: what
    a screen reader calls it."""
    table = QTableView()
    table.setAccessibleName(name)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    # Fixed row heights: Qt never measures 50,000 rows.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setHighlightSections(False)
    table.setSortingEnabled(True)
    return table


def fit_columns(table: QTableView, typical: dict[str, str], stretch: int,
                padding: dict[int, int] | None = None, margin: int = 16) -> None:
    """Column widths from typical content in the user's font (so they fit on every platform); column
    `stretch` takes what is left. Longer text is elided, with a tooltip. `typical` is keyed by the
    headers as written in the code."""
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    model = table.model()
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        example = typical.get(model.headerData(column, Qt.Orientation.Horizontal, HEADER_KEY), "")
        width = max(metrics.horizontalAdvance(example), metrics.horizontalAdvance(title))
        header.resizeSection(column, width + (padding or {}).get(column, margin))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def search_box(proxy: RowFilter, width: int) -> QLineEdit:
    """Narrows `proxy` to rows matching every word typed (name or SSID), as the user types."""
    box = QLineEdit(placeholderText=tr("Search by name or SSID"))
    box.setAccessibleName(box.placeholderText())
    box.setClearButtonEnabled(True)
    box.setMinimumWidth(width)
    box.textChanged.connect(lambda text: proxy.set_filter(text))
    return box


def filter_choice(proxy: RowFilter, criterion: str, everything: str, name: str) -> QComboBox:
    """A choice box narrowing `proxy` by `criterion`; its first entry (`everything`) means any. `name`: what it
    chooses, for screen readers."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(everything, None)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.apply = lambda: proxy.set_filter(**{criterion: combo.currentData()})
    combo.currentIndexChanged.connect(lambda _: combo.apply())
    return combo


def refill(combo: QComboBox, values: Sequence, label: Callable[[Any], str] = str,
           tip: Callable[[Any], str] | None = None) -> None:
    """Offer `values` after the "All …" entry, keeping the current choice while it is still offered."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for value in values:
        combo.addItem(label(value), value)
        if tip:
            combo.setItemData(combo.count() - 1, tip(value), Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)
    combo.apply()


def reset_choices(*combos: QComboBox) -> None:
    for combo in combos:
        combo.setCurrentIndex(0)

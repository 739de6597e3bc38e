"""Tables in a text, as a PDF or a web page turned into text leaves them: what each cell counts.

A table is a run of lines whose cells are parted the same way: by pipes (a markdown table), by
tabs, or by runs of spaces (columns aligned). Its first row names the columns when no cell after its
first opens with a number; a row's first cell names the row when it holds words. A number in a cell counts
what its column and its row say together ("Killed" and "Jenin", "Injured" and "Gaza Strip"),
so each cell is read as if those words followed it, as a fact line's label does ("Killed: 51").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

RULE_ROW = re.compile(r"^[\s|:+=-]*-{3}[\s|:+=-]*$")  # "|---|---:|" or "-----  -----"
CELL_GAP = {"pipe": re.compile(r"\|"), "tab": re.compile(r"\t"), "aligned": re.compile(r" {2,}|\t")}
DIGIT = re.compile(r"\d")
# a cell that opens with its number ("31,341", "1,200+", "~300", "**594,730**"), not a column's name
# that holds one ("Change since Flash Update #136")
NUMBER_CELL = re.compile(r"^\W{0,3}\d")
# "- of whom children": a row that breaks down the row above it (so does one set in further than the rest)
SUB_ROW = re.compile(r"^[-–—•]\s*")
# "+157 killed", "36%", "-2": a change since the last report or a share, not a count
CHANGE_OR_SHARE = re.compile(r"^[+±−]\s*\d|^-\s*\d|%")
LETTER = re.compile(r"[^\W\d_]")
MIN_ROWS = 2
MAX_CELL = 60  # characters: a longer run between double spaces is prose


@dataclass(frozen=True)
class Cell:
    start: int  # offsets into the document text
    end: int
    text: str
    column: int  # where it starts in its line


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[Cell, ...], ...]  # the data rows, header and rule rows left out
    header: tuple[Cell, ...]  # the header row's cells; empty when the first row holds numbers
    line_starts: frozenset[int]  # where each of its lines (header and rules too) starts
    notes: tuple[str, ...] = ()  # what dates and sources it: its header, the lines right above and below
    note_start: int = -1  # where the line below it starts


@dataclass(frozen=True)
class CellReading:
    """How one counting cell is read: the words said to follow its number, and its table's notes."""

    label: str
    notes: tuple[str, ...]
    row: tuple[str, ...] = ()  # the row's other cells ("MoH Gaza", "15 Oct")


def line_kind(line: str) -> str:
    """How a line parts its cells, or "" when it is not a table row."""
    if line.count("|") >= 2:  # "| a | b |", "a | b | c"; one pipe is a title's ("Update #137 | Gaza")
        return "pipe"
    if "\t" in line.strip():
        return "tab"
    if len(CELL_GAP["aligned"].split(line.strip())) >= 2:
        return "aligned"
    return ""


def split_cells(line: str, offset: int, kind: str) -> tuple[Cell, ...]:
    """The non-empty cells of one row, with their offsets in the document."""
    cells = []
    position = 0
    for gap in [*CELL_GAP[kind].finditer(line), None]:
        stop = gap.start() if gap else len(line)
        raw = line[position:stop]
        # a pipe or a tab keeps an empty cell's place: the cells after it stay under their column
        if raw.strip() or (kind != "aligned" and (position or kind == "tab")):
            lead = len(raw) - len(raw.lstrip())
            text = raw.strip()
            start = position + lead
            cells.append(Cell(offset + start, offset + start + len(text), text, start))
        position = gap.end() if gap else len(line)
    if kind == "pipe" and cells and not cells[-1].text and line.rstrip().endswith("|"):
        cells.pop()  # the closing pipe's
    return tuple(cells)


def runs_of_rows(text: str) -> list[tuple[str, list[tuple[int, str]]]]:
    """Runs of consecutive lines of one kind: (kind, [(offset, line), ...])."""
    runs: list[tuple[str, list[tuple[int, str]]]] = []
    offset = 0
    current: list[tuple[int, str]] = []
    current_kind = ""
    for line in [*text.split("\n"), ""]:
        kind = line_kind(line) if line.strip() else ""
        if current and (kind == current_kind or RULE_ROW.match(line)):
            current.append((offset, line))  # a rule row ("|---|") stays in its table
        else:
            if current:
                runs.append((current_kind, current))
            current, current_kind = ([(offset, line)], kind) if kind else ([], "")
        offset += len(line) + 1
    return runs


def table_of(kind: str, lines: list[tuple[int, str]]) -> Table | None:
    """The table a run of rows makes, or None: at least two rows holding numbers, or a header and one."""
    rows = [split_cells(line, offset, kind) for offset, line in lines if not RULE_ROW.match(line)]
    rows = [row for row in rows if row]
    header: tuple[Cell, ...] = ()
    if rows and not any(NUMBER_CELL.match(cell.text) for cell in rows[0][1:]):
        header, rows = rows[0], rows[1:]
    counting = [row for row in rows if any(NUMBER_CELL.match(cell.text) for cell in row)]
    if len(counting) < MIN_ROWS and not (header and counting):
        return None
    if kind == "aligned" and (not header or any(is_prose(cell.text) for row in rows for cell in row)):
        return None  # two prose lines with double spaces are no table
    return Table(tuple(rows), header, frozenset(offset for offset, _ in lines))


def is_prose(cell: str) -> bool:
    """A sentence, not a cell: long, or closed by a full stop after words."""
    return len(cell) > MAX_CELL or (cell.endswith(".") and " " in cell)


def find_tables(text: str) -> list[Table]:
    """Every table of a text, with its notes: the header's words, the caption above it ("Table 1:
    Palestinians killed ..., 7 Oct 2023 - 10 Feb 2025") and the note below it ("Source: ...")."""
    found = []
    for kind, lines in runs_of_rows(text):
        if len(lines) >= MIN_ROWS:
            table = table_of(kind, lines)
            if table:
                first, (last, last_line) = lines[0][0], lines[-1]
                above = text[:first].rstrip().rsplit("\n", 1)[-1].strip()
                rest = text[last + len(last_line) :]
                below = rest.lstrip().split("\n", 1)[0].strip()
                note_start = last + len(last_line) + len(rest) - len(rest.lstrip())
                header = " ".join(cell.text for cell in table.header)
                notes = tuple(n for n in (header, above, below) if n)
                found.append(replace(table, notes=notes, note_start=note_start))
    return found


def column_of(cell: Cell, index: int, row: tuple[Cell, ...], header: tuple[Cell, ...]) -> Cell | None:
    """The header cell above a cell: by its place in the row when the row has as many cells as the
    header, else the header cell its span overlaps most (aligned columns may leave cells empty), the
    nearest right edge breaking ties (numbers are aligned right)."""
    if not header:
        return None
    if len(row) == len(header):
        return header[index]
    end = cell.column + len(cell.text)

    def fit(h: Cell) -> tuple[int, int]:
        h_end = h.column + len(h.text)
        return min(end, h_end) - max(cell.column, h.column), -abs(end - h_end)

    return max(header, key=fit)


@dataclass
class TableCells:
    """What the document's table cells say: the label each counting cell is read with, and the
    offsets of cells whose numbers count nothing (row names, changes, shares)."""

    cells: dict[int, CellReading] = field(default_factory=dict)  # every offset of a counting cell
    silent: set[int] = field(default_factory=set)  # every offset of a cell whose numbers are not figures
    rows: frozenset[int] = frozenset()  # where each table line starts: each line is one sentence
    notes: frozenset[int] = frozenset()  # every offset of a line right below a table: its note

    def cell_at(self, offset: int) -> CellReading | None:
        return self.cells.get(offset)

    def is_silent(self, offset: int) -> bool:
        return offset in self.silent


def row_names(table: Table) -> list[str]:
    """Each row's name: its first cell when that holds words; a row that breaks down the one above
    it ("- of whom children") is named by both."""
    names, parent = [], ""
    firsts = [row[0] for row in table.rows if LETTER.search(row[0].text)]
    margin = min((cell.column for cell in firsts), default=0)
    for row in table.rows:
        first = row[0]
        own = first.text if first in firsts else ""
        if own and (SUB_ROW.match(own) or first.column > margin) and parent:
            names.append(f"{own.lstrip('-–—• ')} {parent}")
        else:
            names.append(own)
            parent = own or parent
    return names


def table_cells(text: str) -> TableCells:
    """Every table's cells read."""
    cells = TableCells()
    starts: set[int] = set()
    notes: set[int] = set()
    for table in find_tables(text):
        starts |= table.line_starts
        note_end = text.find("\n", table.note_start)
        notes.update(range(table.note_start, len(text) if note_end < 0 else note_end))
        columns = {cell.start: cell.text for cell in table.header}
        for row, name in zip(table.rows, row_names(table), strict=True):
            for index, cell in enumerate(row):
                span = range(cell.start, cell.end)
                if (index == 0 and name) or CHANGE_OR_SHARE.search(cell.text):
                    cells.silent.update(span)
                    continue
                above = column_of(cell, index, row, table.header)
                label = " ".join(
                    part for part in (columns.get(above.start, "") if above else "", name) if part
                )
                reading = CellReading(" " + label, table.notes, tuple(c.text for c in row if c is not cell))
                cells.cells.update(dict.fromkeys(span, reading))
    cells.rows = frozenset(starts)
    cells.notes = frozenset(notes)
    return cells

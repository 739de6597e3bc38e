"""Score Tally's number grammar on the NewsQuant test set (CQE, EMNLP 2023) the way its paper does.

Every quantity counts, not only people: a predicted quantity matches a gold one when its value
(or range lo-hi) is the same ("value"), and also its change class `=` `~` `>` `<` `up` `down`
("value+change"). Precision, recall and F1 are micro-averaged over all sentences.

The data is third-party and its licence is unclear: it is read from `../shared/benchmarks/newsquant/`
and never copied here. Without it the script says so and exits 0.

    .venv/bin/python benchmarks/newsquant.py            # the table
    .venv/bin/python benchmarks/newsquant.py --errors   # also each sentence Tally gets wrong
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "benchmarks" / "newsquant"
TEST_SET = DATA / "NewsQuant.json"
REPORTED = DATA / "NewsQuant_reported_results.tsv"
PUBLISHED = {"CQE-Numparser": "CQE", "quantulum3": "quantulum3"}
LEVELS = ("value", "value+change")
# A range is "lo-hi"; the minus of a negative bound must not be read as the range dash.
RANGE = re.compile(r"^\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*-\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*$")

Value = tuple[float, float]
Item = tuple[Value, str]  # (value, change)


@dataclass(frozen=True)
class Score:
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def parse_value(text: str) -> Value:
    """A gold value as (lo, hi): "6.0" -> (6, 6), "15.0-22.0" -> (15, 22), "1.99E-29" stays one number."""
    try:
        number = float(text)
        return number, number
    except ValueError:
        match = RANGE.match(text)
        if not match:
            raise ValueError(f"unreadable NewsQuant value {text!r}") from None
        return float(match.group(1)), float(match.group(2))


def same_value(a: Value, b: Value) -> bool:
    return all(math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-9) for x, y in zip(a, b, strict=True))


def matches(predicted: list[Item], gold: list[Item], with_change: bool) -> int:
    """How many predictions pair one-to-one with a gold quantity (same value, and change if asked)."""
    unmatched = list(gold)
    found = 0
    for value, change in predicted:
        for index, (gold_value, gold_change) in enumerate(unmatched):
            if same_value(value, gold_value) and (not with_change or change == gold_change):
                del unmatched[index]
                found += 1
                break
    return found


def predict(text: str, lex) -> list[Item]:
    from etl.extract.quantities import find_quantities

    items = []
    for quantity in find_quantities(text, lex):
        high = quantity.value if quantity.value_high is None else quantity.value_high
        items.append(((quantity.value, high), quantity.change))
    return items


def gold_items(record: dict) -> list[Item]:
    return [(parse_value(q["value"]), q["change"]) for q in record["quantities"]]


def score(pairs: Iterable[tuple[list[Item], list[Item]]]) -> dict[str, Score]:
    totals = {level: [0, 0, 0] for level in LEVELS}
    for predicted, gold in pairs:
        for level in LEVELS:
            total = totals[level]
            total[0] += matches(predicted, gold, with_change=level == "value+change")
            total[1] += len(predicted)
            total[2] += len(gold)
    return {level: Score(*total) for level, total in totals.items()}


def published_scores() -> dict[str, dict[str, tuple[float, float, float]]]:
    """{system: {level: (P, R, F1)}} for the systems the paper compares, from its results file."""
    found: dict[str, dict[str, tuple[float, float, float]]] = {}
    with REPORTED.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            name = PUBLISHED.get(row["model"])
            if name and row["type"] in LEVELS:
                found.setdefault(name, {})[row["type"]] = (float(row["P"]), float(row["R"]), float(row["F1"]))
    return found


def cell(scores: tuple[float, float, float] | None) -> str:
    return "".join(f"{'—' if scores is None else f'{s:.1f}':>7}" for s in (scores or (None,) * 3))


def table(ours: dict[str, Score]) -> str:
    header = f"{'':<12} |{'value':^21}|{'value+change':^21}"
    columns = f"{'system':<12} |" + "|".join([f"{'P':>7}{'R':>7}{'F1':>7}"] * 2)
    lines = [header, columns, "-" * len(columns)]
    rows = {"Tally": {k: (s.precision * 100, s.recall * 100, s.f1 * 100) for k, s in ours.items()}}
    rows.update(published_scores())
    for name, levels in rows.items():
        lines.append(f"{name:<12} |{cell(levels.get('value'))}|{cell(levels.get('value+change'))}")
    return "\n".join(lines)


def show_errors(records: list[dict], predictions: list[list[Item]]) -> None:
    """Each sentence whose predictions differ from the gold (for finding missing kinds of rule)."""
    for number, (record, predicted) in enumerate(zip(records, predictions, strict=True)):
        gold = gold_items(record)
        if matches(predicted, gold, True) == len(gold) == len(predicted):
            continue
        print(f"[{number}] {record['text']}")
        print(f"    gold: {sorted((v, c) for v, c in gold)}")
        print(f"    ours: {sorted((v, c) for v, c in predicted)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="print every sentence with a wrong prediction")
    args = parser.parse_args(argv)
    if not TEST_SET.exists():
        print(f"NewsQuant benchmark skipped: {TEST_SET} not found (it lives in ../shared, outside the repo).")
        return 0
    sys.path.insert(0, str(ROOT))
    from etl.extract.lexicon import build_lexicon
    from etl.reference import load_reference

    lex = build_lexicon(load_reference(), "en")
    records = json.loads(TEST_SET.read_text(encoding="utf-8"))
    predictions = [predict(record["text"], lex) for record in records]
    if args.errors:
        show_errors(records, predictions)
    ours = score(zip(predictions, (gold_items(r) for r in records), strict=True))
    gold_count = sum(len(r["quantities"]) for r in records)
    print(f"NewsQuant: {len(records)} sentences, {gold_count} gold quantities (CQE, EMNLP 2023)\n")
    print(table(ours))
    return 0


if __name__ == "__main__":
    sys.exit(main())

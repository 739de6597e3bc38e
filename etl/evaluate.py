"""Score a figures table against a gold table with the contract's matching rules (FIGURES.md)."""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

SCORED_FIELDS = ["qualifier", "status", "location", "subgroup", "attributed_to", "as_of"]
ALWAYS_SCORED = {"attributed_to"}  # an empty gold source means "unattributed", and is scored


def normalise(value: object) -> str:
    text = (
        "" if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA else str(value)
    )
    return " ".join(text.split()).casefold()


def as_int(value: object) -> int | None:
    text = normalise(value).replace(",", "")
    return int(float(text)) if text and text not in ("nan", "<na>") else None


def field_value(row: dict, field: str) -> str:
    value = normalise(row.get(field))
    return value[:10] if field == "as_of" else value


def key_of(row: dict) -> tuple:
    return (
        str(row["doc"]).strip(),
        normalise(row["metric"]),
        as_int(row["value"]),
        as_int(row.get("value_high")),
    )


def agreement(predicted: dict, gold: dict) -> dict[str, bool]:
    fields = [f for f in SCORED_FIELDS if f in ALWAYS_SCORED or normalise(gold.get(f))]
    return {f: field_value(predicted, f) == field_value(gold, f) for f in fields}


def prf(hits: int, n_predicted: int, n_gold: int) -> tuple[float, float, float]:
    precision = hits / n_predicted if n_predicted else 0.0
    recall = hits / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(predicted: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Precision, recall, F1, per-field accuracy, strict F1, per-metric counts and the list of errors.

    The same numbers as shared/eval/score.py, reimplemented so the repo runs without ../shared."""
    gold_by_key: dict[tuple, list[dict]] = defaultdict(list)
    for row in gold.to_dict("records"):
        gold_by_key[key_of(row)].append(row)
    docs = {key[0] for key in gold_by_key}
    predicted_by_key: dict[tuple, list[dict]] = defaultdict(list)
    for row in predicted.to_dict("records"):
        if str(row.get("doc", "")).strip() in docs:
            predicted_by_key[key_of(row)].append(row)
    n_gold = sum(len(rows) for rows in gold_by_key.values())
    n_predicted = sum(min(len(v), max(len(gold_by_key.get(k, [])), 1)) for k, v in predicted_by_key.items())
    hits = strict_hits = 0
    field_hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_metric: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # matched, predicted, gold
    errors: list[tuple[str, dict]] = []
    for key, golds in gold_by_key.items():
        per_metric[key[1]][2] += len(golds)
        candidates = list(predicted_by_key.get(key, []))
        for gold_row in golds:
            if not candidates:
                errors.append(("missed", gold_row))
                continue
            best = max(candidates, key=lambda p: sum(agreement(p, gold_row).values()))
            candidates.remove(best)
            hits += 1
            per_metric[key[1]][0] += 1
            agree = agreement(best, gold_row)
            for field, ok in agree.items():
                field_hits[field][0] += ok
                field_hits[field][1] += 1
                if not ok:
                    errors.append((f"wrong {field}: {best.get(field, '')!r}", gold_row))
            strict_hits += all(agree.values())
    for key, rows in predicted_by_key.items():
        kept = min(len(rows), max(len(gold_by_key.get(key, [])), 1))  # repeats of one claim count once
        per_metric[key[1]][1] += kept
        extra = kept - len(gold_by_key.get(key, []))
        errors.extend(("spurious", row) for row in rows[: max(extra, 0)])
    precision, recall, f1 = prf(hits, n_predicted, n_gold)
    strict = prf(strict_hits, n_predicted, n_gold)
    return {
        "gold": n_gold,
        "predicted": n_predicted,
        "matched": hits,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "fields": {f: h[0] / h[1] for f, h in field_hits.items() if h[1]},
        "strict_precision": strict[0],
        "strict_recall": strict[1],
        "strict_f1": strict[2],
        "per_metric": {
            metric: dict(zip(("matched", "predicted", "gold"), counts, strict=True))
            for metric, counts in sorted(per_metric.items())
        },
        "errors": errors,
    }

"""The Tech For Palestine series: what each source reported, and nothing gap-filled."""

from __future__ import annotations

import json

from etl.sources.techforpalestine import read_techforpalestine
from tests.conftest import ROOT

FEED = ROOT / "seeds" / "feeds" / "techforpalestine"


def documents():
    return {d.doc: d for d in read_techforpalestine(FEED) if hasattr(d, "meta")}


def test_known_day_maps_to_the_ministry():
    day = documents()["casualties_daily.json#2024-02-23"]
    found = {
        (f["metric"], f["subgroup"]): (f["value"], f["attributed_to"], f["as_of"])
        for f in day.meta["figures"]
    }
    assert found[("killed", "all")] == (29514, "Gaza Health Ministry", "2024-02-23")
    assert found[("injured", "all")] == (69616, "Gaza Health Ministry", "2024-02-23")
    for figure in day.meta["figures"]:
        assert (
            day.text[figure["char_start"] : figure["char_end"]] == figure["mention"] == str(figure["value"])
        )


def test_missing_days_and_gap_fill_are_never_presented():
    records = json.loads((FEED / "casualties_daily.json").read_text(encoding="utf-8"))
    missing = {r["report_date"] for r in records if r["report_source"] == "missing"}
    days = {doc.split("#")[1] for doc in documents() if doc.startswith("casualties_daily")}
    assert missing and not missing & days
    assert all("ext_" not in f["attribution_text"] for d in documents().values() for f in d.meta["figures"])


def test_west_bank_fill_days_carry_no_flash_figures():
    records = json.loads((FEED / "west_bank_daily.json").read_text(encoding="utf-8"))
    fill_day = next(r["report_date"] for r in records if r.get("flash_source") == "fill")
    day = documents().get(f"west_bank_daily.json#{fill_day}")
    fields = {f["attribution_text"].split(".", 1)[1] for f in day.meta["figures"]} if day else set()
    assert all(field.startswith("verified.") for field in fields)
    assert all(
        f["attributed_to"] == "UN OCHA"
        for d in documents().values()
        if "west_bank" in d.doc
        for f in d.meta["figures"]
    )


def figures_of(day: str) -> set[tuple]:
    document = documents()[day]
    return {(f["metric"], f["subgroup"], f["value"], f["attributed_to"]) for f in document.meta["figures"]}


def test_a_total_restated_unchanged_is_still_that_days_figure():
    for day in ("2023-12-18", "2023-12-19"):  # the ministry gave 8,000 children on both days
        assert ("killed", "children", 8000, "Gaza Health Ministry") in figures_of(
            f"casualties_daily.json#{day}"
        )


def test_a_media_office_day_is_attributed_to_the_media_office():
    assert figures_of("casualties_daily.json#2023-10-11") == {
        ("killed", "all", 1100, "Gaza Government Media Office"),
        ("injured", "all", 5184, "Gaza Government Media Office"),
        ("killed", "medical_staff", 10, "Gaza Government Media Office"),
    }


def test_west_bank_verified_and_flash_figures_both_come_from_ocha():
    found = figures_of("west_bank_daily.json#2024-04-24")
    assert {("killed", "all", 472, "UN OCHA"), ("killed", "all", 469, "UN OCHA")} <= found
    assert ("displaced", "all", 1415, "UN OCHA") in found
    assert not any(value in (774, 233) for _, _, value, _ in found)  # attacks and households are not people

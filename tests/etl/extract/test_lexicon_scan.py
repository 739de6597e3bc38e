"""A role is looked for at each word with only the terms that start with it: it finds what the
role's whole pattern finds, in the same order, on every role of every language.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.extract.lexicon import (
    Lexicon,
    build_lexicon,
    compile_role,
    inverted_speech_verbs,
    is_plain,
    is_word_character,
    last_words_start,
)
from etl.extract.locations import place_opener
from etl.reference import Reference

LANGUAGES = ("en", "es", "fr")
# Letters whose case folding crosses a plain letter in `re`: "ſ" is "s", the Kelvin sign "k".
FOLDING = ["ſ", "\u212a", "ı", "İ", "µ", "ς", "ß", "ẞ"]


def whole_pattern_spans(lex, role: str, text: str) -> list[tuple[int, int]]:
    pattern = lex.patterns.get(role)
    return [m.span() for m in pattern.finditer(text)] if pattern else []


def role_terms(reference: Reference, language: str) -> list[str]:
    lex = build_lexicon(reference, language)
    return sorted({t for terms in lex.roles.values() for t in terms} | {s["alias"] for s in lex.sources})


def test_plain_letters_match_without_case_exactly_when_their_lower_cases_agree():
    """The claim the grouping rests on, checked against `re` itself on every plain word letter."""
    letters = [chr(c) for c in range(0x100) if re.fullmatch(r"\w", chr(c)) and is_plain(chr(c))]
    for a in letters:
        folded = re.compile(re.escape(a), re.IGNORECASE)
        for b in letters:
            assert bool(folded.fullmatch(b)) == (a.lower() == b.lower()), (a, b)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_term_of_every_role_is_found_as_the_whole_pattern_finds_it(reference, language):
    lex = build_lexicon(reference, language)
    roles = [role for role, pattern in lex.patterns.items() if pattern]
    for term in role_terms(reference, language):
        for text in (f"On {term}, said", f"{term.upper()} and {term.lower()}.", f"x-{term} {term}s"):
            for role in roles:
                found = [m.span() for m in lex.scan(role, text)]
                assert found == whole_pattern_spans(lex, role, text), (role, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), language=st.sampled_from(LANGUAGES))
def test_any_text_of_terms_and_odd_letters_is_scanned_as_the_whole_pattern_scans_it(
    reference, data, language
):
    lex = build_lexicon(reference, language)
    pieces = st.sampled_from(role_terms(reference, language)[:400] + FOLDING + ["-", " ", "'s", "É"])
    words = data.draw(st.lists(st.one_of(pieces, pieces.map(str.upper), st.text(max_size=3)), max_size=25))
    text = " ".join(words)
    for role, pattern in lex.patterns.items():
        if pattern:
            assert [m.span() for m in lex.find(role, text)] == whole_pattern_spans(lex, role, text), role


def test_a_term_that_folds_across_letters_is_still_found():
    """A name written with a letter that folds onto a plain one is matched by `re`'s rules."""
    terms = {"Kelvin Aid", "ſanctuary", "sanctuary", "Gaza"}
    lex = Lexicon(language="en")
    lex.add_pattern("source", compile_role, terms)
    for text in ("KELVIN AID said", "\u212aelvin Aid said", "the ſanctuary of Gaza", "Gaza", "the Sanctuary"):
        assert [m.span() for m in lex.find("source", text)] == whole_pattern_spans(lex, "source", text)
        assert lex.find("source", text), text


def test_word_characters_are_what_re_calls_word_characters():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert {c for c in every if is_word_character(c)} == set(re.findall(r"\w", every))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), language=st.sampled_from(LANGUAGES))
def test_the_word_before_a_place_is_found_in_the_last_words_as_in_the_whole_text(reference, data, language):
    """The place opener searched from the last words it can span finds what a search of the whole
    text before the place finds."""
    lex = build_lexicon(reference, language)
    pattern, words = place_opener(lex)
    pieces = sorted(lex.words("determiner") | lex.words("place_modifier")) + ["in", "’", "'", "_x", "é"]
    spaces = st.sampled_from([" ", "  ", "\n", ", ", "-"])
    parts = data.draw(st.lists(st.tuples(st.sampled_from(pieces) | st.text(max_size=4), spaces), max_size=15))
    text = "".join(a + b for a, b in parts)
    end = data.draw(st.integers(0, len(text)))
    whole = pattern.search(text[:end])
    tail = pattern.search(text, last_words_start(text, end, words), end)
    assert (whole and (whole.start(), whole.group(1))) == (tail and (tail.start(), tail.group(1)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_longest_openers_are_found_whole(reference, language):
    """ "in the northern": a word, a determiner and a modifier, each of the most words there is."""
    lex = build_lexicon(reference, language)
    pattern, words = place_opener(lex)
    determiners = sorted(lex.words("determiner"), key=lambda t: len(t.split()))[-3:]
    modifiers = sorted(lex.words("place_modifier"), key=lambda t: len(t.split()))[-3:]
    for determiner in determiners:
        for modifier in modifiers:
            text = f"Killed in {determiner} {modifier}  Gaza"
            end = text.index("Gaza")
            whole = pattern.search(text[:end])
            tail = pattern.search(text, last_words_start(text, end, words), end)
            assert whole and tail and (whole.start(), whole.group(1)) == (tail.start(), tail.group(1))


def test_a_sources_kind_is_its_own_rows_not_the_last_aliass(reference):
    """An alias of another kind listed last under a source does not change the source's kind."""
    rescue = pd.DataFrame(
        [["Israeli official figures", "Israel's rescue line", "rescue service", "en", "", "Israel"]],
        columns=reference.sources.columns,
    )
    mixed = replace(reference, sources=pd.concat([reference.sources, rescue], ignore_index=True))
    lex = build_lexicon(mixed, "en")
    assert lex.source_kind["Israeli official figures"] == "government"
    assert lex.source_kind["Gaza Civil Defence"] == "rescue service"


def test_only_speech_verbs_with_an_auxiliary_take_an_inverted_pronoun():
    roles = {"auxiliary": {"a"}, "speech_verb": {"a dit", "fait état"}, "inverted_pronoun": {"-t-il"}}
    assert inverted_speech_verbs(roles) == {"a-t-il dit"}


@pytest.mark.parametrize(
    ("terms", "text", "found"),
    [
        ({"alors qu'"}, "alors qu'en Israël", ["alors qu'"]),  # an elided word runs into the next
        ({"alors que"}, "alors quelque", []),  # a whole word ends where its word does
        ({"qu'", "que"}, "que", ["que"]),
    ],
)
def test_an_elided_term_runs_into_the_next_word_and_a_whole_one_does_not(terms, text, found):
    assert [m.group() for m in compile_role(terms).finditer(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a name does not run on past an apostrophe into another word
        ("SANA'A, Jan. 12 - Five people were killed.", []),
        ("SANA’A, Jan. 12 - Five people were killed.", []),
        # a possessive is still the name's
        ("SANA's reporters said five people were killed.", ["SANA"]),
        ("SANA said five people were killed.", ["SANA"]),
    ],
)
def test_a_name_ends_where_its_word_ends(reference, text, found):
    lex = build_lexicon(reference, "en")
    assert [m.group() for m in lex.find("source", text)] == found


# Roles that hold a term opening on a sign ("$", "%", "-t-il"): only these are tried at every word.
SIGN_ROLES = {"currency", "decimal_sep", "inverted_pronoun", "percent", "thousands_sep", "unit"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_only_roles_of_signs_are_tried_at_every_word(reference, language):
    """One term that opens on a sign ("+972 Magazine" as a source's alias) would make its whole role,
    hundreds of names, be tried at every word of every text: such a name is kept from its first word."""
    lex = build_lexicon(reference, language)
    assert {role for role, groups in lex.term_groups.items() if groups is None} <= SIGN_ROLES

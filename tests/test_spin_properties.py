"""Property tests: spin repair never raises, round-trips via undo, and is idempotent."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsetl.clean import spin
from newsetl.edits import undo
from newsetl.resources import read_tsv

_FORMS = sorted({r["spun"] for r in read_tsv("spin_lexicon.tsv") if not r["spun"].startswith("re:")})
_EXAMPLES = [r["example"] for r in read_tsv("spin_lexicon.tsv")]
_FILLER = [
    "the",
    "a",
    "an",
    "2",
    "countries",
    "reporters",
    ",",
    ".",
    "\u2019",
    "\u201c",
    "He",
    "said",
    "hour",
    "University",
    "MP",
    "per",
    "cent",
    "\n",
    "  ",
    "year",
    "one",
    "of",
    "each",
    "Home",
    "LED",
]

pieces = st.lists(st.sampled_from(_FORMS + _FILLER + _EXAMPLES) | st.text(max_size=6), max_size=30)
texts = pieces.map(" ".join) | st.text(max_size=200)


@settings(max_examples=300, deadline=None)
@given(texts, st.booleans())
def test_repair_never_raises_and_round_trips(text, spun):
    out, edits = spin.repair(text, spun)
    assert undo(out, edits) == text
    assert all(out[e.start : e.end] == e.after for e in edits)


@settings(max_examples=300, deadline=None)
@given(texts, st.booleans())
def test_repair_is_idempotent(text, spun):
    once, _ = spin.repair(text, spun)
    twice, edits = spin.repair(once, spun)
    assert twice == once and not edits


@settings(max_examples=200, deadline=None)
@given(texts)
def test_articles_not_flagged_spun_get_no_ambiguous_repairs(text):
    ambiguous = {r.id for r in spin.lexicon().rules if r.tier == "ambiguous"}
    for e in spin.repair(text, False)[1]:
        assert not set(e.rule.split("+")) & ambiguous


def _candidates_one_text(text: str, lex: spin.Lexicon) -> tuple:
    """The slow scan ``spin._candidates`` must equal: every start by str.find, edges tested in Python."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    low_words = set(spin._WORD.findall(lower))
    found = []
    for w in low_words & lex.words:
        for key in lex.by_word[w]:
            if not key.words <= low_words:
                continue
            pos = lower.find(key.first)
            while pos >= 0:
                if not (key.edge and pos and (lower[pos - 1].isalnum() or lower[pos - 1] == "_")):
                    m = key.pattern.match(text, pos)
                    if m:
                        found.append((pos, m.end(), m, key.rules))
                pos = lower.find(key.first, pos + 1)
    run = {k for w in low_words & lex.regex_words for need, k in lex.regex_by_word[w] if need <= low_words}
    for k in sorted(run):
        pattern, rule = lex.regex[k]
        found.extend((m.start(), m.end(), m, (rule,)) for m in pattern.finditer(text))
    found.sort(key=lambda f: (f[0], -f[1]))
    return tuple(found)


def _plain(found: tuple) -> list:
    return [(s, e, m.group(0), m.span(), rules) for s, e, m, rules in found]


# Characters where offsets or word boundaries could slip: longer lower case (İ), case folds (K, ſ), ZWSP, surrogates.
_ODD = st.sampled_from(["\u0130", "\u212a", "\u017f", "\u200b", "\ud800", "\u00e9", "_", "-", "'", "\u2019", "\x00"])
# A form with a letter swapped for a case fold of it: its regex (IGNORECASE) still matches, its words do not.
_FOLDED = st.sampled_from(_FORMS).map(lambda f: f.replace("s", "\u017f", 1).replace("k", "\u212a", 1))
# Parts of multi-word needs, and text their regex rules match ("a lot of than", ", made", "White Home").
_NEED_PARTS = st.sampled_from(
    ["all", "every", "than", "lot", "a lot of", ", made", "White", "Home", "Workplace", "states"]
)
# A form glued to a word character before it: the edge test must refuse it ("xi was" holds no "I was").
_GLUED = st.tuples(st.sampled_from(["x", "\u00e9", "_", "1", "-"]), st.sampled_from(_FORMS)).map("".join)
_PIECE = st.sampled_from(_FORMS + _FILLER) | _ODD | _FOLDED | _NEED_PARTS | _GLUED
article_texts = st.lists(texts | st.lists(_PIECE, max_size=20).map(" ".join), max_size=6)


@settings(max_examples=300, deadline=None)
@given(article_texts.map(" ".join))
def test_candidates_equal_the_slow_scan(text):
    lex = spin.lexicon()
    slow = _candidates_one_text(text, lex)
    kept = tuple(f for f in slow if not _left_out(f[0], f[3], text, lex))
    # left out: matches of a rule whose left context (punctuation) cannot begin within its window; never hits
    assert all(not r.left_ok(text, f[0]) for f in slow if _left_out(f[0], f[3], text, lex) for r in f[3])
    assert _plain(spin._candidates.__wrapped__(text, lex)) == _plain(kept)


def _left_out(start: int, rules: tuple, text: str, lex: spin.Lexicon) -> bool:
    """Whether _candidates may leave out a regex rule's match at ``start``: its left context's skeleton is
    nowhere in the text, or (a rule matching whole words) begins nowhere in the window before ``start``."""
    k = next((k for k, (_, r) in enumerate(lex.regex) if (r,) == rules), None)
    if k is None or spin._FOLD_UNSAFE.search(text):
        return False
    *_, left, then, near, _pattern, rule = lex.plans[k] or spin._plan(lex, k)
    if left is not None and left.search(text) is None:
        return True
    if then is not None and "\n" not in text and then.search(text) is None:  # no match right after the context
        return True
    return near is not None and not any(0 <= start - s.start() <= rule.left_window for s in near.finditer(text))


def test_the_edge_test_is_the_regex_word_class():
    """``Key.starts`` relies on ``\\w`` being exactly ``str.isalnum()`` or "_" (checked over all of Unicode)."""
    import re
    import sys

    word = re.compile(r"\w")
    assert all(bool(word.match(c)) == (c.isalnum() or c == "_") for c in map(chr, range(sys.maxunicode + 1)))


_RULE_TEXT = st.lists(
    st.sampled_from(
        list("0123456789 .,-/%$\u00a3\u20ac\u00bd_aZ\n") + ["the 2 ", "by 3 men", "fined 4 firms", "x5 ", "-12 months"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_RULE_TEXT | texts)
def test_regex_rules_with_the_lookbehind_moved_match_as_written(text):
    import re

    for pattern, rule in spin.lexicon().regex:
        right = f"(?={rule.right.pattern})" if rule.right else ""
        written = re.compile(f"(?:{rule.spun[3:]}){right}", re.IGNORECASE)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in written.finditer(text)]


@given(st.sampled_from(["(?<![a-z])[2-9]x", "(?<=[)\\]])[^]a]b", "(?<!\\()[(]y", "(?<=ab)[]c]d"]), _RULE_TEXT)
def test_lookbehind_moved_after_the_class_keeps_every_match(regex, text):
    import re

    moved = spin._lookbehind_last(regex)
    assert moved != regex
    found = [m.span() for m in re.compile(moved, re.I).finditer(text + "2x]b(y]d")]
    assert found == [m.span() for m in re.compile(regex, re.I).finditer(text + "2x]b(y]d")]


def test_lexicon_regexes_compile_on_first_use_and_match_like_re():
    """Loading the lexicon compiles nothing (worker start-up); a LazyPattern behaves as the compiled regex."""
    import re

    lazy = spin.LazyPattern(r"(?:the|a)\s+choose")
    assert lazy._compiled is None
    text = "The choose said; a Choose ruled"
    plain = re.compile(lazy.pattern, re.IGNORECASE)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.search(text, 5, 40).span() == plain.search(text, 5, 40).span()
    assert lazy.match(text, 0) is not None and lazy.match(text, 1) is None
    assert lazy == spin.LazyPattern(lazy.pattern) and hash(lazy) == hash(spin.LazyPattern(lazy.pattern))


_SCANNED = [(p, r, s) for (p, r), s in zip(spin.lexicon().regex, spin.lexicon().regex_scan, strict=True) if s]
# Texts near a scanned rule's matches: that rule's own words (from its regex) with spaces, punctuation,
# digits and capitals between them, so most draws hold a match or a near miss.
_SEPARATORS = [" ", " ", "  ", "\n", ".", ",", "2", "5", "'", "\u2019", "E", "X"]


def _rule_pieces(pattern: str) -> list[str]:
    words = sorted(set(__import__("re").findall(r"[a-z]+", pattern.replace("\\s", " ").replace("\\b", " "))))
    return words + [w.upper() for w in words[:5]] + _SEPARATORS


_SCAN_TEXT = st.sampled_from([_rule_pieces(p.pattern) for p, _, _ in _SCANNED]).flatmap(
    lambda pieces: st.lists(st.sampled_from(pieces), max_size=14).map("".join)
)


def test_some_regex_rules_have_a_scan():
    assert {r.id for _, r, _ in _SCANNED} >= {"pt.word_point_digit", "pt.a_visit_to"}


@settings(max_examples=1500, deadline=None)
@given(_SCAN_TEXT | texts)
def test_a_scan_never_rejects_a_text_its_rule_matches(text):
    for pattern, rule, scan in _SCANNED:
        if pattern.search(text):
            assert scan.search(text), (rule.id, text)


def test_a_scan_finds_its_rules_example_and_its_matches():
    for pattern, rule, scan in _SCANNED:
        example = next(r["example"] for r in read_tsv("spin_lexicon.tsv") if r["id"] == rule.id)
        assert pattern.search(example), rule.id
        assert scan.search(example), rule.id
        for text in ("rose to THREE.2 million", "the go to to Paris", "one in every of its", "built it easier"):
            assert not pattern.search(text) or scan.search(text), (rule.id, text)


def test_a_scan_rejects_text_without_what_its_rule_needs():
    lex = spin.lexicon()
    k = next(i for i, (_, r) in enumerate(lex.regex) if r.id == "pt.word_point_digit")
    assert lex.regex_scan[k].search("rose to three.2 million")
    assert not lex.regex_scan[k].search("rose 3.2% to one of the 2.5 best")
    assert spin.repair("It rose to three.2 million.", False)[0] == "It rose to 3.2 million."


def test_fold_unsafe_characters_are_all_that_lower_case_misses():
    """A regex rule's start is looked for in the lower-cased text: outside ``_FOLD_UNSAFE``, every
    character that IGNORECASE matches to an ASCII character lower-cases to that character
    (checked over all of Unicode)."""
    import re
    import string
    import sys

    ascii_chars = string.printable
    any_ascii = re.compile("[" + re.escape(ascii_chars) + "]", re.IGNORECASE)
    every = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for c in any_ascii.findall(every):
        matched = {a.lower() for a in ascii_chars if re.fullmatch(re.escape(a), c, re.IGNORECASE)}
        assert spin._FOLD_UNSAFE.match(c) or matched == {c.lower()}, hex(ord(c))


def _parsed(regex: str) -> list:
    return list(spin._sre_parse.parse(regex, 2).data)  # 2: IGNORECASE, as the lexicon compiles


def test_start_finders_read_the_literal_starts_of_regex_rules():
    assert spin._starts(_parsed(r"\b(?:Sunday|next\s+week)[’']s")) == {"Sunday", "next"}
    assert spin._starts(_parsed(r"(?-i:[Aa]ssociate)\s+degree")) == {"Associate", "associate"}
    assert spin._start_finder(r"[2-9](?![\d.,])") is None  # a range: no literal start
    assert spin._start_finder(r"(?:keep\s+)?pointless") is None  # an optional first word
    finder = spin._start_finder(r"\b(?:a|an|the)\s+report")
    assert [m.start() for m in finder.finditer("a man, then the report")] == [12]  # not a, a(n), th(en): no report
    assert [m.start() for m in finder.finditer("An  Report, tHE\nreport")] == []  # lower-cased text only
    assert [m.start() for m in finder.finditer("an  report, the\nreport")] == [0, 12]
    assert spin._follow(_parsed(r"ssociate(?-i:\s+[Dd]egree)\b\.")[0:]) == r"ssociate\s+[dd]egree\."
    assert spin._follow(_parsed(r"\s*next")) == ""  # optional space: nothing certain follows
    lex = spin.lexicon()
    assert sum(spin._start_finder(p.pattern) is not None for p, _ in lex.regex) > 0.9 * len(lex.regex)


# A regex rule and texts made of its example (as written, upper and lower case), its own words, capitals,
# spaces and punctuation: matches, several in a text, and near misses.
_EXAMPLE = {r["id"]: r["example"] for r in read_tsv("spin_lexicon.tsv") + read_tsv("spin_relaxed.tsv")}


def _rule_text(k: int) -> st.SearchStrategy[str]:
    pattern, rule = spin.lexicon().regex[k]
    example = _EXAMPLE[rule.id]
    pieces = _rule_pieces(pattern.pattern) + [example, example.upper(), example.lower()]
    return st.lists(st.sampled_from(pieces), max_size=10).map("".join)


_RULE_AND_TEXT = st.sampled_from(range(len(spin.lexicon().regex))).flatmap(
    lambda k: st.tuples(st.just(k), _rule_text(k) | texts)
)


@settings(max_examples=2000, deadline=None)
@given(_RULE_AND_TEXT)
def test_a_start_finder_keeps_every_match_of_its_rule_and_scan(rule_and_text):
    k, text = rule_and_text
    lex = spin.lexicon()
    lower = text.lower()
    if spin._FOLD_UNSAFE.search(text) or len(lower) != len(text):
        return
    for pattern in (lex.regex[k][0], lex.regex_scan[k]):
        finder = spin._start_finder(pattern.pattern) if pattern is not None else None
        if finder is not None:
            found = spin._finditer_from(pattern.compiled(), finder, text, lower)
            assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)], pattern
            assert spin._holds(pattern, text, lower, True) == bool(pattern.search(text))


def _holds_clauses(regex: str, text: str) -> bool:
    words = spin._word_set(text.lower())
    return all(not c.isdisjoint(words) for c in spin._word_clauses(regex))


def test_word_clauses_read_the_words_every_match_holds():
    def clauses(regex: str) -> set[frozenset[str]]:
        return set(spin._word_clauses(regex))

    assert clauses(r"\bexcessive\s+(?:faculty|college)\b") == {
        frozenset({"excessive"}),
        frozenset({"faculty", "college"}),
    }
    assert clauses(r"\bcreat(?:ing|e)\s+(?=(?:real)?\s*progress\b)") == {
        frozenset({"creating", "create"}),
        frozenset({"progress", "realprogress"}),  # "\s*": the two may be one word
    }
    # the last word may go on ("expensively")
    assert clauses(r"\ba\s+lot\s+of(?=\s+(?:expensive|likely))") == {frozenset({w}) for w in ("a", "lot", "of")}
    assert clauses(r"\b(?:not|n[\u2019']t)\s+but\b") == {frozenset({"but"}), frozenset({"not", "n"})}  # "n" alone
    assert clauses(r"(?:not|n[\u2019']t)\s+but\b") == {frozenset({"but"})}  # "don't": "don", "t"
    assert clauses(r"\b(?:the\s+)?bottom\s+rate\b") == {frozenset({"bottom"}), frozenset({"rate"})}
    assert clauses(r"[2-9](?![\d.,])") == set()  # no words
    assert clauses(r"\bthe\w+") == set()  # "the" may open a longer word
    assert clauses(r"(?:\w+\s+){1,3}(?:cat|dog)\b") == {frozenset({"cat", "dog"})}
    lex = spin.lexicon()
    assert sum(bool(spin._word_clauses(p.pattern)) for p, _ in lex.regex) > 0.8 * len(lex.regex)


@settings(max_examples=2000, deadline=None)
@given(_RULE_AND_TEXT)
def test_a_text_a_regex_rule_matches_holds_its_word_clauses(rule_and_text):
    k, text = rule_and_text
    pattern = spin.lexicon().regex[k][0]
    if spin._FOLD_UNSAFE.search(text) or len(text.lower()) != len(text) or not pattern.search(text):
        return
    assert _holds_clauses(pattern.pattern, text), (pattern.pattern, text)


def test_every_regex_rule_example_holds_its_word_clauses():
    for pattern, rule in spin.lexicon().regex:
        example = _EXAMPLE[rule.id]
        for text in (example, example.upper(), f"({example.lower()}).", f"\u201c{example}\u201d"):
            if pattern.search(text):
                assert _holds_clauses(pattern.pattern, text), (rule.id, text)


def test_every_regex_rule_finds_its_example_through_its_start_finder():
    lex = spin.lexicon()
    examples = {r["id"]: r["example"] for r in read_tsv("spin_lexicon.tsv")}
    for pattern, rule in lex.regex:
        finder = spin._start_finder(pattern.pattern)
        text = examples[rule.id]
        if finder is not None and pattern.search(text):
            found = spin._finditer_from(pattern.compiled(), finder, text, text.lower())
            assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)], rule.id


def test_no_finder_for_a_regex_the_engine_already_scans():
    """A regex opening with an uncased literal (".", "%", ",") is searched by the engine's own
    literal scan, faster than a finder that stops at every full stop."""
    assert spin._start_finder(r"\.(?<=[eorxnt]\.)\d") is None
    assert spin._start_finder(r"%(?<=[a-z]%)") is None
    assert spin._start_finder(r"\b,\s+made") is not None  # a boundary first: the engine tries every position
    assert spin._start_finder(r"but\s+then") is not None  # cased under IGNORECASE: no engine scan
    # a bare letter among the starts ("a", "i"): a finder stop at every such letter costs more than the engine
    assert spin._start_finder(r"(?-i:\b(?:the|a|in|i)\b)") is None
    assert spin._start_finder(r"(?-i:\b(?:the|an|in|it)\b)(?=\s+[a-z])") is not None
    # ... unless a lookahead says what follows it: then the finder stops at "a " only
    finder = spin._start_finder(r"(?-i:\b(?:the|a|in|i)\b)(?=\s+[a-z])")
    assert finder.pattern == r"a(?=\s+)|i(?=\s+|n\s+)|t(?=he\s+)"


def test_start_finders_read_positive_lookaheads():
    """What a lookahead asserts follows the start too: "one" stops only before ".", not at every "one"."""
    assert spin._follow(_parsed(r"ne(?=\.\d)")) == r"ne\.\d"  # a digit: lower-casing keeps it
    assert spin._follow(_parsed(r"ne(?=\.\d)\s+and")) == r"ne\s+and"  # the longer of lookahead and rest
    assert spin._follow(_parsed(r"ne(?!\.)x")) == "nex"  # a negative lookahead says nothing
    assert spin._follow(_parsed(r"ne(?<=n\w)x")) == "nex"  # nor does a lookbehind
    finder = spin._start_finder(r"\b(?:one|two)(?=\.\d)")
    assert [m.start() for m in finder.finditer("one two, two.5 and one.")] == [9]  # "one." ends a sentence


def test_reversed_tails_read_left_contexts_backwards():
    def tail(regex: str) -> str | None:
        found = spin._reversed_tail(regex)
        return found.pattern if found is not None else None

    assert tail(r"(?:\bthe\s+)$") == r"(?:[\s]){1,}eht"  # \b left out
    assert tail(r"(?:(?-i:(?<![A-Z]))\.\s+[“']?|^[‘])$") == r"(?:(?:[“']){0,1}(?:[\s]){1,}\.(?-i:)|‘\Z)"
    assert tail(r"(?:a(?:b|cd)*?.[^x-z\W])$") == r"[^x-z\W](?s:.)(?:(?:b|dc)){0,}a"
    assert tail(r"(?:^|,\s+)$") == r"(?:\Z|(?:[\s]){1,},)"  # ^: where the window starts
    assert tail(r"(?:\bthe\s+)") is None  # no $: a match need not end at the form
    assert tail(r"(?:(a)\1)$") is None  # a back-reference: not reversed
    assert tail(r"(?:(?a:\W))$") is None  # ASCII-only classes: not a weaker test
    assert tail(r"(?:^|\b)$") is None  # consumes nothing: nothing to rule out
    lex = spin.lexicon()
    lefts = {r.left.pattern for r in lex.rules if r.left is not None}
    assert sum(spin._reversed_tail(p) is not None for p in lefts) > 0.95 * len(lefts)  # all, at writing


def _left_text(k: int) -> st.SearchStrategy[str]:
    rule = _LEFT_RULES[k]
    pieces = _rule_pieces(rule.left.pattern) + [_EXAMPLE[rule.id], "Mr. ", "U.S. ", "\u201c", '"', ". ", "a.m. "]
    return st.lists(st.sampled_from(pieces), max_size=12).map("".join)


_LEFT_RULES = [r for r in spin.lexicon().rules if r.left is not None]
_LEFT_AND_TEXT = st.sampled_from(range(len(_LEFT_RULES))).flatmap(
    lambda k: st.tuples(st.just(k), _left_text(k) | texts)
)


@settings(max_examples=2000, deadline=None)
@given(_LEFT_AND_TEXT)
def test_a_left_context_ends_in_a_window_exactly_where_its_search_finds_it(left_and_text):
    rule = _LEFT_RULES[left_and_text[0]]
    text = left_and_text[1]
    skeleton = spin._left_skeleton(rule.left.pattern)
    nowhere = skeleton is not None and skeleton.search(text) is None
    for start in range(len(text) + 1):
        pos = max(0, start - rule.left_window)
        found = rule.left.search(text, pos, start) is not None
        assert rule.left.ends_in(text, pos, start) == found, rule.id
        assert not (nowhere and found), rule.id  # a text without the skeleton holds the context nowhere


def test_left_skeletons_are_what_a_left_context_consumes():
    def skeleton(regex: str) -> str | None:
        found = spin._left_skeleton(regex)
        return found.pattern if found is not None else None

    assert skeleton(r"(?:(?-i:(?<![A-Z]))\.\s+[“']?|^[‘])$") == r"(?:(?-i:)\.(?:[\s]){1,}(?:[“']){0,1}|(?m:^)‘)"
    assert skeleton(r"(?:^|,\s+)$") is None  # the context may hold at a text's start, consuming nothing
    lex = spin.lexicon()
    capitalise = next(r for _, r in lex.regex if r.original == "{capitalise}")
    assert spin._left_skeleton(capitalise.left.pattern).search("He said the plan was fine") is None
    assert spin._left_skeleton(capitalise.left.pattern).search("He left. the plan was fine") is not None
    assert spin.find("Sales rose. the company said so", lex)[0].replacement == "The"
    assert spin.find("Sales rose the company said so", lex) == []
    # only contexts of punctuation are looked for first: a scan for words costs more than the rules it skips
    assert spin._has_letters(spin._left_items(r"(?:\b(?:hurt|held\s+back)\s+)$"))
    assert not spin._has_letters(spin._left_items(capitalise.left.pattern))  # lookbehinds ("Mr") not read
    k = next(k for k, (_, r) in enumerate(lex.regex) if r is capitalise)
    assert spin._plan(lex, k)[5] is not None
    assert spin._plan(lex, k)[6] is not None  # whole words: tried only within 40 characters after ". "


def test_whole_word_regexes_and_matches_near_their_left_context():
    def whole(regex: str) -> bool:
        return spin._whole_words(spin._parsed(regex))

    assert whole(r"(?-i:\b(?:the|we|a)\b)(?=\s+[a-z])")
    assert whole(r"\b(?:in|on)(?<!\.on)\b")
    assert not whole(r"\bthe\s+(?:we|a)\b")  # a space: two words
    assert not whole(r"\b(?:the|)\b")  # may match nothing
    assert not whole(r"(?:the|a)\b") and not whole(r"\bthe") and not whole(r"\bth[ae]\b")
    import re

    pattern = re.compile(r"\b(?:the|a)\b(?=\s)", re.IGNORECASE)
    starts = re.compile(r"(?=\.\s+)")
    text = "a dog. the cat and a bird saw the owl. then a mouse ran past the house in a hurry."
    near = [m.start() for m in spin._finditer_near(pattern, starts, text, 12)]
    assert near == [7, 44]  # within 12 characters after ". " (at 5 and 37); not 0, 19, 30, 61, 74
    assert [m.start() for m in pattern.finditer(text)] == [0, 7, 19, 30, 44, 61, 74]


# Regex rules with a left context that _candidates checks first (punctuation, not negated), and texts made of
# the pieces of both regexes, the rule's example, sentence ends and quote marks.
_THEN_RULES = [
    k for k, (_, r) in enumerate(spin.lexicon().regex) if (spin.lexicon().plans[k] or spin._plan(spin.lexicon(), k))[6]
]


def _then_text(k: int) -> st.SearchStrategy[str]:
    pattern, rule = spin.lexicon().regex[k]
    pieces = _rule_pieces(rule.left.pattern) + _rule_pieces(pattern.pattern)
    pieces += [_EXAMPLE[rule.id], _EXAMPLE[rule.id].lower(), ". ", " ", "Mr. ", "\u201c", '"', "the ", "The "]
    return st.lists(st.sampled_from(pieces), max_size=14).map("".join)


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(_THEN_RULES).flatmap(lambda k: st.tuples(st.just(k), _then_text(k) | texts)))
def test_a_hit_is_a_match_of_its_left_context_then_its_rule(rule_and_text):
    """In a text without line breaks, _left_then finds something wherever the rule has a hit."""
    k, text = rule_and_text
    pattern, rule = spin.lexicon().regex[k]
    then = spin.lexicon().plans[k][6]
    if "\n" in text:
        return
    hits = [m for m in pattern.finditer(text) if rule.left_ok(text, m.start())]
    assert not hits or then.search(text) is not None, rule.id


def test_left_then_joins_a_context_and_its_rule():
    capitalise = next(k for k, (_, r) in enumerate(spin.lexicon().regex) if r.id == "wp.sentence_start_capital")
    then = spin.lexicon().plans[capitalise][6] if spin.lexicon().plans[capitalise] else None
    then = then or spin._plan(spin.lexicon(), capitalise)[6]
    assert then.search("He left. the plan was fine") is not None
    assert then.search("He left. The plan was fine. He said the plan was fine") is None
    assert spin._left_then(re.compile(r"\."), r"(?i)x") is None  # a global flag mid-regex: no joined regex


_DERIVED = [k for k, (p, _) in enumerate(spin.lexicon().regex) if spin._derived_scan(p.pattern) is not None]


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(_DERIVED).flatmap(lambda k: st.tuples(st.just(k), _rule_text(k) | texts)))
def test_a_derived_scan_never_rejects_a_text_its_rule_matches(rule_and_text):
    k, text = rule_and_text
    pattern, rule = spin.lexicon().regex[k]
    if pattern.search(text):
        assert spin._derived_scan(pattern.pattern).search(text), (rule.id, text)


def test_derived_scans_read_the_uncased_text_every_match_holds():
    assert spin._needed(_parsed(r"\b(?:one|two)(?=\.\d)")) == r"\.\d"
    assert spin._needed(_parsed(r"\bwell(?-i:\-liked)\s+")) == r"\-liked\s+"
    assert spin._needed(_parsed(r"\b(?:one|two)(?=\.)")) == ""  # one punctuation mark: in every paragraph
    assert spin._needed(_parsed(r"(?:a|b\.\d)x")) == ""  # inside a branch: not in every match
    assert spin._needed(_parsed(r"(?:\.\d)?x")) == ""  # optional: not in every match
    assert spin._needed(_parsed(r"x(?!\.\d)")) == ""  # a negative lookahead
    assert {spin.lexicon().regex[k][1].id for k in _DERIVED} >= {"pt.number_word_decimal"}

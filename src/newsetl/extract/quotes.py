"""Quotes with speakers: pairing, speech/non-speech, attribution, shapes and resolution.

One quote row per quoted span of speech: ``text == paragraphs[paragraph][start:end]``
(``paragraph`` -1 is the headline). Shapes are recorded in ``kind``:

- ``direct``: a full quote attributed in its own sentence (before, after, inverted, according to,
  or a speaker named in the next sentence);
- ``partial``: a fragment inside reported speech (``said the line would be “transformational”``);
- ``split``: the parts of one quote around its attribution (``“We will not,” she said, “back
  down.”``): one row per part, same speaker, mention and cue;
- ``multi_paragraph``: one row per paragraph of a quote whose earlier paragraphs are left
  unclosed (UK/US convention); every part carries the attribution found in any part;
- ``continuation``: an unattributed quote paragraph that continues the previous paragraph's speaker
  (speaker, mention and cue are carried over);
- ``headline``: a quote in the headline (``Hartley: ‘We will rebuild…’``).

Scare quotes, titles of works, nicknames, words used as words and sign text are not speech;
they are left out (``extract(..., keep_non_speech=True)`` returns them with kinds ``scare``,
``title``, ``nickname``, ``term`` and ``sign``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from newsetl.extract import people as people_mod
from newsetl.extract import speakers as sp
from newsetl.extract.marks import Span, spans
from newsetl.extract.people import _PARA, Cast, Entity
from newsetl.resources import read_tsv

NON_SPEECH = ("scare", "title", "nickname", "term", "sign")
_FUNCTION = (
    set(sp._STOP)
    | sp.DETERMINERS
    | {
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "for",
        "of",
        "to",
        "or",
        "but",
        "said",
        "says",
        "adding",
        "saying",
        "instead",
        # prepositions that end the phrase a quote closes ("was “no longer viable” following the loss")
        "following",
        "despite",
        "until",
        "unless",
        "without",
        "within",
        "ahead",
    }
)
_SHORT = 4


@dataclass
class Quote:
    text: str
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    kind: str
    paragraph: int
    start: int
    end: int

    def as_row(self) -> dict:
        # Explicit, not dataclasses.asdict: that deep-copies every field (~10 µs a quote).
        return {
            "text": self.text, "speaker": self.speaker, "speaker_mention": self.speaker_mention, "cue": self.cue,
            "kind": self.kind, "paragraph": self.paragraph, "start": self.start, "end": self.end,
        }


@dataclass(slots=True)  # slots: built per quoted span and read many times
class _Part:
    """A quoted span under analysis."""

    p: int
    span: Span
    text: str
    head: str  # sentence text before the quote (from the previous quote at most)
    head_at: int
    tail: str  # text after the quote up to the next quote
    tail_at: int
    shead: str = ""  # the whole sentence before the quote, earlier quotes masked
    shead_at: int = 0
    kind: str = "direct"
    attr: sp.Attribution | None = None
    speech: bool = True
    speaker: Entity | str | None = None


@cache
def _non_speech_words() -> dict[str, str]:
    return {r["word"]: r["kind"] for r in read_tsv("non_speech.tsv")}


def cue_forms() -> dict[str, str]:
    """form -> stored cue (``says`` -> ``said``)."""
    return {f: c for f, (c, _, _) in sp.cues().items()}


_WORD = re.compile(r"\w[\w\u2019'\-]*")
_NAME_BEFORE = re.compile(r"[A-Z][\w\u2019'.\-]+\s$")
_SPACE_CAP = re.compile(r"\s[A-Z]")
_NEXT_WORD = re.compile(r"[\s]*([\w\u2019'\-]+)")
_PUNCT_NEXT = re.compile(r"\s*[,.;:!?)\u2014\u2013]")
_HEAD_COLON = re.compile(r"\s*([^:]{1,40}):\s*$")
_HEAD_NAME = re.compile(r"([A-Z][\w\-]+)(?:[\u2019']s)?\s+$")
_SPACES_CAP = re.compile(r"\s+[A-Z]")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _parts(p: int, text: str) -> list[_Part]:
    found = [s for s in spans(text) if text[s.start : s.end].strip()]
    if not found:
        return []
    starts = sp.sentence_starts(text)
    out = []
    for k, s in enumerate(found):
        prev_end = found[k - 1].end + 1 if k else 0
        i = bisect_right(starts, s.start - 1)
        sent = starts[i - 1] if i else 0
        h0 = max(prev_end, sent)
        t1 = found[k + 1].open_at if k + 1 < len(found) else len(text)
        t0 = min(s.end + 1, len(text)) if s.closed else len(text)
        q = text[s.start : s.end]
        lead = len(q) - len(q.lstrip())
        trail = len(q.rstrip())
        span = Span(s.start + lead, s.start + trail, s.closed, s.mark)
        part = _Part(p, span, q.strip(), text[h0 : s.open_at], h0, text[t0:t1], t0)
        part.shead, part.shead_at = _masked(text, sent, s.open_at, found[:k]), sent
        out.append(part)
    return out


def _masked(text: str, a: int, b: int, earlier: list[Span]) -> str:
    """``text[a:b]`` with each earlier quote (marks included) replaced by ``\u00a7`` and spaces."""
    if not any(e.end + 1 > a for e in earlier):
        return text[a:b]
    shead = list(text[a:b])
    for e in earlier:
        if e.end + 1 > a:
            x, y = max(e.open_at, a) - a, min(e.end + 1, b) - a
            shead[x:y] = ["\u00a7"] + [" "] * (y - x - 1)
    return "".join(shead)


_first_sentence = sp.first_sentence


def _attribute(part: _Part, text: str) -> None:
    """Find the part's own attribution: after, before (direct or partial), or according to."""
    q = part.text
    ends_sentence = q.rstrip().endswith((".", "!", "?", "\u2026"))
    tail = _first_sentence(part.tail) if part.span.closed else ""
    a = sp.after(tail, part.tail_at) if part.span.closed else None
    if a and ends_sentence and q.rstrip().endswith(".") and a.where == "after":
        # ‘… .’ He said the firm … : a new sentence, not an attribution, unless it ends right there
        rest = part.tail[a.end - part.tail_at :]
        if len(_words(_first_sentence(rest))) > 6:
            a = None
    head_first = not part.head.strip()
    b = None
    if a is None or part.head.rstrip().endswith(":"):
        b = sp.before(part.shead, part.shead_at, head_first)
        if b is not None:
            a = b
    if a is None:
        a = sp.according(tail, part.tail_at)
    part.attr = a
    if (
        a is not None
        and a.where in ("before", "according")
        and part.head.strip()
        and not part.head.rstrip().endswith((":", ","))
    ):
        part.kind = "partial"
    elif a is not None and a.where in ("after", "inverted", "according") and part.head.strip():
        part.kind = "partial"
    elif a is None and part.head.strip() and not part.head.rstrip().endswith((":", ",")):
        part.kind = "partial"


def _non_speech(part: _Part, text: str, prev: _Part | None) -> str | None:
    """The non-speech kind of a quoted span, or None for speech."""
    q = part.text
    words = _words(q)
    open_at = part.span.start - 1
    after_text = text[part.span.end + 1 :] if part.span.closed else ""
    short = len(words) <= _SHORT and not q.endswith(("?", "!"))
    if (
        short
        and words
        and all(w[:1].isupper() for w in words)
        and _NAME_BEFORE.search(text, 0, open_at)
    ):
        if _SPACE_CAP.match(after_text):
            return "nickname"
    lead = _words(text[max(0, open_at - 40) : open_at])
    k = len(lead)
    while k and lead[k - 1].lower() in sp.DETERMINERS:
        k -= 1
    lex = _non_speech_words()
    for n in (2, 1):
        if k >= n:
            key = " ".join([w.lower() for w in lead[k - n : k]])
            if key in lex:
                return lex[key]
    attr = part.attr
    adjacent = attr is not None and (
        attr.where in ("after", "inverted")
        and not part.head.strip()
        or attr.where == "before"
        and part.head.rstrip().endswith((":", ","))
    )
    if not adjacent and len(words) >= 2 and not q.rstrip(",").endswith((".", "!", "?")):
        caps = [w for w in words if len(w) > 3 or w is words[0]]
        if caps and all(w[:1].isupper() or w[:1].isdigit() for w in caps):
            return "title"
    if not short:
        return None
    if prev is not None and _coordinated(part.head):
        return None if prev.speech and prev.attr is not None else "scare"
    if adjacent:
        return None
    nxt = _NEXT_WORD.match(after_text)
    if nxt and not _PUNCT_NEXT.match(after_text):
        word = nxt.group(1)
        if word.lower() not in _FUNCTION and word.lower() not in sp.cues():
            return "scare"
    if attr is not None and attr.where in ("after", "inverted", "according"):
        return None
    if attr is not None and attr.where == "before" and attr.cue_at >= part.head_at:
        return None
    return "scare"


def _possessed(name: re.Match, part: _Part, text: str) -> bool:
    """``Vicar's 'miracle' recovery``, ``Council's 'pothole tsar' quits``: after a possessive the quote names the
    thing the next content word belongs to, not the owner's words (``Singer's 'new chapter' after split`` is)."""
    if not name.group(0).rstrip().endswith("s") or name.group(0).rstrip() == name.group(1):
        return False
    nxt = _NEXT_WORD.match(text, part.span.end + 1) if part.span.closed else None
    return bool(nxt) and not _PUNCT_NEXT.match(text, part.span.end + 1) and nxt.group(1).lower() not in _FUNCTION


def _headline(text: str) -> list[_Part]:
    parts = _parts(-1, text)
    for part in parts:
        colon = _HEAD_COLON.match(part.head)
        if colon and len(colon.group(1).split()) <= 4:
            part.attr = sp.Attribution(
                colon.group(1).strip(),
                None,
                "headline",
                part.head_at,
                part.head_at + len(part.head),
                pos=part.head_at,
            )
        else:
            _attribute(part, text)
            if part.attr is None:
                name = _HEAD_NAME.search(part.head)
                if name and not _SPACES_CAP.match(text, part.span.end + 1) and not _possessed(name, part, text):
                    part.attr = sp.Attribution(
                        name.group(1),
                        None,
                        "headline",
                        part.head_at + name.start(1),
                        part.head_at + name.end(1),
                        pos=part.head_at + name.start(1),
                    )
        part.kind = "headline"
    return parts


def extract(
    paragraphs: list[str],
    people: Cast | None = None,
    headline: str | None = None,
    keep_non_speech: bool = False,
) -> list[Quote]:
    """Quotes of one article, headline first, in text order; ``people`` is the article's cast if built."""
    cast = people if isinstance(people, Cast) else people_mod.build(headline, paragraphs)
    texts = {p: t for p, t in enumerate(paragraphs)}
    if headline:
        texts[-1] = headline
    focus = sp.subjects(cast, texts)
    out: list[tuple[_Part, str | None]] = []
    if headline:
        for part in _headline(headline):
            named = part.attr is not None and part.attr.where == "headline"
            kind = None if named else _non_speech(part, headline, None)
            if kind is None and part.attr is None and len(_words(part.text)) <= _SHORT:
                kind = "scare"
            part.speech = kind is None
            if part.speech:
                part.speaker = _resolve(part, cast, focus, headline=True)
            out.append((part, kind))
    chain: list[_Part] = []
    prev_para: list[_Part] = []
    for p, text in enumerate(paragraphs):
        parts = _parts(p, text)
        para: list[_Part] = []
        for k, part in enumerate(parts):
            _attribute(part, text)
            prev = parts[k - 1] if k else None
            at_start = not text[: part.span.open_at].strip()
            if chain and k == 0 and at_start:
                part.kind = "multi_paragraph"
                kind = None
            else:
                if chain:
                    _close_chain(chain, cast, focus)
                    chain = []
                kind = None if _is_split(prev, part, text) else _non_speech(part, text, prev)
            part.speech = kind is None
            out.append((part, kind))
            if not part.speech:
                continue
            if part.kind != "multi_paragraph":
                _link(part, prev, para, prev_para, text, paragraphs, p, cast)
                if part.attr is None and _LABEL.fullmatch(text[: part.span.open_at].strip()):
                    _topic(part, focus)
                elif part.attr is None and not part.head.strip():
                    _cue_sentence_before(part, text)
            if part.kind == "multi_paragraph" or not part.span.closed:
                chain.append(part)
                if part.span.closed:
                    if len(chain) > 1 and all(c.attr is None for c in chain):
                        # "… ends.” Those are the words of Brian Hodgson, …": named after the whole quote
                        part.attr = _next_sentence(part, text, paragraphs, p, cast, allow_next_paragraph=True)
                    _close_chain(chain, cast, focus)
                    chain = []
                continue
            if part.speaker is None:
                part.speaker = _resolve(part, cast, focus)
            para.append(part)
        if chain and chain[-1].p != p:
            _close_chain(chain, cast, focus)
            chain = []
        if chain:
            para.extend(chain)
        prev_para = para
    if chain:
        _close_chain(chain, cast, focus)
    return [_row(part, kind) for part, kind in out if kind is None or keep_non_speech]


def _is_split(prev: _Part | None, part: _Part, text: str) -> bool:
    """Whether ``part`` is the second half of a quote split by ``prev``'s attribution."""
    if prev is None or not prev.speech or prev.attr is None or prev.attr.where not in ("after", "inverted"):
        return False
    if part.attr is not None and part.attr.where in ("after", "inverted"):
        return False
    if text[: part.span.open_at].rstrip().endswith(tuple("abcdefghijklmnopqrstuvwxyz")):
        return False
    gap = text[prev.span.end + 1 : part.span.open_at]
    return (
        prev.attr.end <= part.span.open_at
        and len(sp.sentence_starts(gap.strip())) <= 2
        and (part.attr is None or part.attr.cue_at == prev.attr.cue_at or not part.head.strip())
    )


def _link(
    part: _Part,
    prev: _Part | None,
    para: list[_Part],
    prev_para: list[_Part],
    text: str,
    paragraphs: list[str],
    p: int,
    cast: Cast,
) -> None:
    """Split parts, partial lists, continuations and next-sentence speakers borrow an attribution."""
    if _is_split(prev, part, text):
        prev.kind = "split" if prev.kind == "direct" else prev.kind
        part.kind = "split"
        part.attr, part.speaker = prev.attr, prev.speaker
        return
    if part.attr is not None:
        return
    if (
        prev is not None
        and prev.speech
        and prev.attr is not None
        and _coordinated(part.head)
    ):
        part.attr, part.speaker, part.kind = prev.attr, prev.speaker, prev.kind
        return
    at_start = not text[: part.span.open_at].strip()
    named = _next_sentence(part, text, paragraphs, p, cast, allow_next_paragraph=not prev_para)
    if named is not None and (not prev_para or not at_start or named.start < len(text)):
        if named.start < len(text) or not prev_para:
            part.attr = named
            return
    lead_in = at_start or _lead_in(text[: part.span.open_at])
    earlier = [x for x in para if x.attr is not None] or (
        [x for x in prev_para if x.attr is not None] if lead_in else []
    )
    if earlier:
        src = earlier[-1]
        part.attr, part.speaker = src.attr, src.speaker
        part.kind = "continuation"


_LABEL = re.compile(r"On\s[^.?!:]{1,60}:\s*$")


def _coordinated(head: str) -> bool:
    """Text between two quotes that joins the second to the first one's attribution: ``‘…’ and ‘…’``, or a
    second that-clause of the same reporting verb (``wrote that it was ‘clumsy’ and that he apologised ‘…’``)."""
    low = head.strip().lower()
    if low in ("and", "or", ",", "and then", "but"):
        return True
    return low.startswith(("and that ", "but that ")) and len(low.split()) <= 8 and not sp.cue_re().search(head)


def _lead_in(head: str) -> bool:
    """Text before a quote that hands the floor to the last speaker: the interviewer's question
    (``Would she stand again? ‘…’``) or a topic label (``On the fans: ‘…’``), with no cue verb."""
    head = head.strip()
    if not head or sp.cue_re().search(head):
        return False
    return head.endswith("?") or bool(_LABEL.fullmatch(head))


_ENDS_IN_CUE = re.compile(r"\b([a-z]+)(?:\s+[a-z]+ly)?\s*\.\s*$")


def _cue_sentence_before(part: _Part, text: str) -> None:
    """``Ms Marr laughed. ‘Potholes. …’``: a sentence of its own that ends with a cue verb hands its speaker
    to the quote that starts the next sentence (no quote of its own, nothing after the cue)."""
    head = text[: part.span.open_at]
    m = _ENDS_IN_CUE.search(head)
    if m is None or m[1] not in sp.cues() or any(ch in _QUOTE_CHARS for ch in head):
        return
    starts = sp.sentence_starts(head)
    s0 = starts[bisect_right(starts, m.start()) - 1] if starts else 0
    a = sp.before(head[s0 : m.end(1)], s0, False)
    if a is not None and a.where == "before" and _ASKED.match(head[s0 : a.start].strip()):
        part.attr = a  # not "…, economists said.": that sentence reports its own words


_ASKED = re.compile(r"$|(?:Asked|Pressed|Questioned|Quizzed)\b")
_QUOTE_CHARS = frozenset("\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e'")


def _topic(part: _Part, focus: sp.Focus) -> None:
    """``On his fitness: ‘…’`` with no quote before it: the press-conference format, where the person the
    text is about (the latest sentence subject) is talking."""
    pos = (part.p + 1) * _PARA
    at, ent = focus.latest_at(pos, lambda e: e.kind == "person")
    if ent is None or at < pos - 2 * _PARA:
        return
    part.attr = sp.Attribution(ent.name, None, "inherited", 0, 0, pos=at - pos)
    part.speaker = ent


def _next_sentence(
    part: _Part, text: str, paragraphs: list[str], p: int, cast: Cast, allow_next_paragraph: bool
) -> sp.Attribution | None:
    """A speaker named at the start of the sentence after the quote (same or next paragraph)."""
    if part.head.strip() or not part.span.closed:
        return None
    rest = part.tail
    base = part.tail_at
    pp = p
    if not rest.strip():
        if not allow_next_paragraph or p + 1 >= len(paragraphs):
            return None
        pp, rest, base = p + 1, paragraphs[p + 1], 0
    elif not part.text.rstrip().endswith((".", "!", "?")):
        return None
    sentence = _first_sentence(rest.lstrip())
    off = base + len(rest) - len(rest.lstrip())
    for m in cast.mentions:
        if m.pos // _PARA - 1 != pp or not (off <= m.start < off + len(sentence)):
            continue
        if m.entity.kind != "person" or len(sentence[: m.start - off].split()) > 8:
            return None
        written = (paragraphs[pp] if pp >= 0 else text)[m.start : m.end]
        full = m.entity.name if m.entity.name.endswith(written) and written in m.entity.name else written
        cue = sp.cue_re().search(sentence, m.end - off)
        cue_s = (
            sp.cue_of(cue.group())[0]
            if cue and len(sentence[m.end - off : cue.start()].split()) <= 12
            else None
        )
        mention = (
            full if (paragraphs[pp] if pp >= 0 else text)[m.start : m.start + len(full)] == full else written
        )
        a = sp.Attribution(mention, cue_s, "next", m.start, m.end, pos=m.pos)
        a.start = m.start if pp == p else len(text) + m.start
        return a
    return None


def _close_chain(chain: list[_Part], cast: Cast, focus: sp.Focus) -> None:
    """All parts of a multi-paragraph quote share the attribution found in any part."""
    if len(chain) < 2:
        if chain and chain[0].speaker is None and chain[0].kind == "multi_paragraph":
            chain[0].kind = "direct"
        return
    src = next((c for c in chain if c.attr is not None), None)
    for c in chain:
        c.kind = "multi_paragraph"
        if src is not None:
            c.attr = src.attr
    if src is not None:
        speaker = src.speaker or _resolve(src, cast, focus)
        for c in chain:
            c.speaker = speaker


def _resolve(part: _Part, cast: Cast, focus: sp.Focus, headline: bool = False) -> Entity | str | None:
    a = part.attr
    if a is None or not a.mention:
        return None
    pos = (part.p + 1) * _PARA + a.pos
    who = sp.resolve(a.mention, pos, cast, focus, headline=headline)
    if isinstance(who, Entity):
        focus.add(pos, who)
    return who


def _row(part: _Part, kind: str | None) -> Quote:
    a = part.attr if kind is None else None
    who = part.speaker if kind is None else None
    name = who.name if isinstance(who, Entity) else who
    return Quote(
        part.text,
        name,
        a.mention if a else None,
        a.cue if a else None,
        kind or part.kind,
        part.p,
        part.span.start,
        part.span.start + len(part.text),
    )

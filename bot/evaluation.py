"""Scoring a matcher on a labelled question set (tests/data/questions.yaml).

Shared by the accuracy test and bench/matcher_bench.py, so that both count the same way: an in-scope
question is right only when it gets a confident answer from an expected entry (a "did you mean" is
not an answer); an out-of-scope question is right when it gets no confident answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.languages import LANGUAGES


@dataclass(frozen=True)
class LabelledQuestion:
    question: str
    lang: str
    expected: frozenset[str]  # empty: out of scope


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{100 * self.share:5.1f}% ({self.right}/{self.total})"


@dataclass
class Report:
    in_scope: dict[str, Tally] = field(default_factory=lambda: {lang: Tally() for lang in LANGUAGES})
    out_of_scope: dict[str, Tally] = field(default_factory=lambda: {lang: Tally() for lang in LANGUAGES})
    suggested_right: int = 0  # in-scope questions that got a "did you mean" listing an expected entry
    mistakes: list[str] = field(default_factory=list)

    @staticmethod
    def _sum(tallies: dict[str, Tally]) -> Tally:
        return Tally(sum(t.right for t in tallies.values()), sum(t.total for t in tallies.values()))

    @property
    def answered(self) -> Tally:
        return self._sum(self.in_scope)

    @property
    def rejected(self) -> Tally:
        return self._sum(self.out_of_scope)

    def lines(self) -> list[str]:
        rows = [f"{'':8}{'in scope: right answer':>28}{'out of scope: no answer':>30}"]
        for lang in LANGUAGES:
            rows.append(f"{lang:8}{str(self.in_scope[lang]):>28}{str(self.out_of_scope[lang]):>30}")
        rows.append(f"{'all':8}{str(self.answered):>28}{str(self.rejected):>30}")
        rows.append(
            f"in-scope questions answered by a 'did you mean' that lists the right entry: {self.suggested_right}"
        )
        return rows


def load_labelled(path: Path | str) -> list[LabelledQuestion]:
    items = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    result = []
    for item in items:
        expect = item.get("expect")
        expected = frozenset() if expect is None else frozenset([expect] if isinstance(expect, str) else expect)
        result.append(LabelledQuestion(str(item["q"]), item["lang"], expected))
    return result


# (answered entry id or None, suggested entry ids) for a question.
Verdict = tuple["str | None", "Iterable[str]"]


def evaluate(labelled: Iterable[LabelledQuestion], decide: Callable[[str, str], Verdict]) -> Report:
    report = Report()
    for item in labelled:
        answered, suggested = decide(item.question, item.lang)
        if item.expected:
            tally = report.in_scope[item.lang]
            ok = answered in item.expected
            if not ok and set(suggested) & item.expected:
                report.suggested_right += 1
        else:
            tally = report.out_of_scope[item.lang]
            ok = answered is None
        tally.total += 1
        tally.right += ok
        if not ok:
            want = ",".join(sorted(item.expected)) or "-"
            report.mistakes.append(
                f"[{item.lang}] {item.question!r}: expected {want}, got {answered or '-'} "
                f"(suggested {','.join(suggested) or '-'})"
            )
    return report


# ---------------------------------------------------------------------------------------- real messages


@dataclass(frozen=True)
class LabelledMessage:
    """A message as people write it (tests/data/real.yaml): every expected group must be answered."""

    message: str
    lang: str
    kind: str
    expected: tuple[frozenset[str], ...]  # each group: the entries that would answer that question; () out of scope


def load_messages(path: Path | str) -> list[LabelledMessage]:
    items = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [
        LabelledMessage(
            str(item["q"]),
            item["lang"],
            item.get("kind", ""),
            tuple(frozenset(str(group).split("|")) for group in (item.get("expect") or ())),
        )
        for item in items
    ]


@dataclass
class MessageReport:
    by_lang: dict[str, Tally] = field(default_factory=lambda: {lang: Tally() for lang in LANGUAGES})
    by_kind: dict[str, Tally] = field(default_factory=dict)
    out_of_scope: Tally = field(default_factory=Tally)  # right: no programme fact given
    mistakes: list[str] = field(default_factory=list)

    @property
    def all(self) -> Tally:
        return Report._sum(self.by_lang)

    def lines(self) -> list[str]:
        rows = [f"{'':14}{'every expected entry answered (in scope), no programme fact (out of scope)':>20}"]
        rows += [f"{lang:14}{str(self.by_lang[lang]):>20}" for lang in LANGUAGES]
        rows += [f"{kind:14}{str(tally):>20}" for kind, tally in sorted(self.by_kind.items())]
        rows.append(f"{'all':14}{str(self.all):>20}")
        rows.append(f"{'out of scope':14}{str(self.out_of_scope):>20}  (no programme fact given)")
        return rows


def evaluate_messages(
    labelled: Iterable[LabelledMessage], answer_ids: Callable[[str, str], Iterable[str]], social: frozenset[str]
) -> MessageReport:
    """`answer_ids(message, lang)`: the entries a reply answered. Small talk never counts as a fact."""
    report = MessageReport()
    for item in labelled:
        answered = [entry_id for entry_id in answer_ids(item.message, item.lang)]
        facts = [entry_id for entry_id in answered if entry_id not in social]
        if item.expected:
            ok = all(group & set(answered) for group in item.expected)
        else:
            ok = not facts
            report.out_of_scope.total += 1
            report.out_of_scope.right += ok
        for tally in (report.by_lang[item.lang], report.by_kind.setdefault(item.kind or "-", Tally())):
            tally.total += 1
            tally.right += ok
        if not ok:
            want = " + ".join("|".join(sorted(group)) for group in item.expected) or "-"
            report.mistakes.append(
                f"[{item.lang}/{item.kind}] {item.message!r}: expected {want}, got {','.join(answered) or '-'}"
            )
    return report

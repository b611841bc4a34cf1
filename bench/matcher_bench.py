"""Accuracy and speed of the matcher beside simple baselines, then speed on large synthetic knowledge bases.

    python bench/matcher_bench.py              (needs the bench extra: pip install -e '.[bench]')
    python bench/matcher_bench.py --speed      (only the synthetic knowledge bases: reads no labelled set)
    python bench/matcher_bench.py --mistakes   (also lists the development sets' mistakes)

Running it without --speed computes the test sets (fresh.yaml, heldout*.yaml, real.yaml, blind*.yaml): each
run counts as a measurement.

Every method sees the same knowledge base and the same labelled questions (tests/data/*.yaml). Each
baseline gets the fallback threshold that suits it best on that very set (the most generous treatment
possible), so the comparison flatters the baselines, not ours. Scoring follows bot/evaluation.py.
"""

from __future__ import annotations

import argparse
import difflib
import random
import statistics
import string
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from bot.answering import Answerer  # noqa: E402
from bot.evaluation import LabelledQuestion, Report, evaluate, evaluate_messages, load_labelled, load_messages  # noqa: E402
from bot.knowledge import Entry, KnowledgeBase, load_knowledge  # noqa: E402
from bot.languages import LANGUAGES  # noqa: E402
from bot.normalize import fold, tokens  # noqa: E402

# A scorer returns, for a question, the best entry id and its score (any scale).
Scorer = Callable[[str], tuple[str | None, float]]


def phrasing_table(kb: KnowledgeBase) -> tuple[list[str], list[str]]:
    texts, ids = [], []
    for entry in kb.entries:
        for lang in LANGUAGES:
            for question in entry.questions[lang]:
                texts.append(fold(question))
                ids.append(entry.id)
    return texts, ids


def difflib_scorer(kb: KnowledgeBase) -> Scorer:
    texts, ids = phrasing_table(kb)

    def score(question: str) -> tuple[str | None, float]:
        folded = fold(question)
        best, best_ratio = None, 0.0
        for text, entry_id in zip(texts, ids, strict=False):
            ratio = difflib.SequenceMatcher(None, folded, text).ratio()
            if ratio > best_ratio:
                best, best_ratio = entry_id, ratio
        return best, best_ratio

    return score


def wratio_scorer(kb: KnowledgeBase) -> Scorer:
    texts, ids = phrasing_table(kb)

    def score(question: str) -> tuple[str | None, float]:
        found = process.extractOne(fold(question), texts, scorer=fuzz.WRatio)
        return (ids[found[2]], found[1]) if found else (None, 0.0)

    return score


def bm25_scorer(kb: KnowledgeBase) -> Scorer:
    from rank_bm25 import BM25Okapi

    texts, ids = phrasing_table(kb)
    corpus = [list(tokens(text)) or ["_"] for text in texts]
    bm25 = BM25Okapi(corpus)

    def score(question: str) -> tuple[str | None, float]:
        query = list(tokens(question))
        if not query:
            return None, 0.0
        scores = bm25.get_scores(query)
        best = max(range(len(scores)), key=scores.__getitem__)
        return ids[best], float(scores[best])

    return score


def best_threshold_report(labelled: list[LabelledQuestion], scorer: Scorer) -> tuple[Report, float, list[float]]:
    """Scores once, then picks the fallback threshold that maximises the worse of the two shares."""
    timings, verdicts = [], {}
    for item in labelled:
        start = time.perf_counter()
        verdicts[item.question] = scorer(item.question)
        timings.append(time.perf_counter() - start)
    candidates = sorted({score for _, score in verdicts.values()})
    best = None
    for threshold in candidates[:: max(1, len(candidates) // 200)] + [float("inf")]:
        report = evaluate(labelled, lambda q, _lang, t=threshold: (verdicts[q][0] if verdicts[q][1] >= t else None, ()))
        key = min(report.answered.share, report.rejected.share)
        if best is None or key > best[0]:
            best = (key, report, threshold)
    return best[1], best[2], timings


def ours(answerer: Answerer) -> Callable[[list[LabelledQuestion]], tuple[Report, list[float]]]:
    def run(labelled: list[LabelledQuestion]) -> tuple[Report, list[float]]:
        timings = []

        def decide(question: str, _lang: str):
            start = time.perf_counter()
            reply = answerer.ask(question, "fr")
            timings.append(time.perf_counter() - start)
            return reply.entry_id, [choice.entry_id for choice in reply.suggestions]

        return evaluate(labelled, decide), timings

    return run


def _numbered(pattern: str) -> list[str]:
    """The names of the sets matching `pattern`, in their numbers' order (dev2 before dev10)."""
    return sorted((path.name for path in DATA.glob(pattern)), key=lambda name: (len(name), name))


# Single questions: the calibration and development sets (questions*.yaml, read and tuned on), and the test
# sets (heldout*.yaml and fresh.yaml), whose mistakes are never printed.
SINGLE_QUESTION_SETS = (*_numbered("questions*.yaml"), *_numbered("heldout*.yaml"), "fresh.yaml")


# Whole messages (bot/evaluation.py load_messages). Development sets (every dev*_messages.yaml) are read and
# tuned on; the test set (real.yaml) is measured, never read: its mistakes are not printed.
DEVELOPMENT_SETS = _numbered("dev*_messages.yaml")
# More test sets written blind (blind*.yaml), kept as real.yaml is: measured here, their mistakes never printed.
BLIND_SETS = _numbered("blind*.yaml")
MESSAGE_SETS = (
    *((name, "development set, tuned on") for name in DEVELOPMENT_SETS),
    *((name, "test set, never tuned on") for name in ("real.yaml", *BLIND_SETS)),
)


def ms(values: list[float]) -> str:
    return f"{1000 * statistics.median(values):.3f}"


def synthetic_kb(size: int, seed: int = 7) -> KnowledgeBase:
    """Entries made of random pseudo-words: a vocabulary that grows with the knowledge base."""
    rng = random.Random(seed)
    vocabulary = [
        "".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 10))) for _ in range(max(2000, size * 3))
    ]
    bundled = load_knowledge(ROOT / "knowledge")
    entries = []
    for index in range(size):
        topic = rng.sample(vocabulary, 4)

        def sentence(topic: list[str] = topic) -> str:
            return " ".join(rng.sample(topic, 2) + rng.sample(vocabulary, 3))

        entries.append(
            Entry(
                id=f"e{index}",
                category="synthetic",
                title={lang: topic[0] for lang in LANGUAGES},
                questions={lang: tuple(sentence() for _ in range(8)) for lang in LANGUAGES},
                keywords={lang: tuple(topic[:2]) for lang in LANGUAGES},
                answer={lang: f"answer {index}" for lang in LANGUAGES},
                follow_ups=(),
                source="synthetic",
                file="synthetic.yaml",
                line=index,
            )
        )
    return KnowledgeBase(
        categories=bundled.categories, entries=tuple(entries), logistics=bundled.logistics, folder=ROOT
    ), vocabulary


def main(show_mistakes: bool = False) -> None:
    start = time.perf_counter()
    kb = load_knowledge(ROOT / "knowledge")
    answerer = Answerer(kb)
    load_seconds = time.perf_counter() - start
    sets = {name: load_labelled(DATA / name) for name in SINGLE_QUESTION_SETS}
    print(
        f"Bundled knowledge base: {len(kb.entries)} entries; loading and indexing took {1000 * load_seconds:.0f} ms\n"
    )
    header = (
        f"| {'method':<62} | {'set':<14} | {'in scope right':>14} | {'out of scope right':>18} "
        f"| {'median ms/question':>18} |"
    )
    print(header)
    print("|" + "|".join("-" * (len(part)) for part in header.split("|")[1:-1]) + "|")
    baselines: dict[str, Callable[[KnowledgeBase], Scorer]] = {
        "difflib SequenceMatcher, best phrasing": difflib_scorer,
        "rapidfuzz extractOne WRatio over phrasings": wratio_scorer,
        "BM25 (rank-bm25) over phrasings": bm25_scorer,
    }
    for set_name, labelled in sets.items():
        report, timings = ours(answerer)(labelled)
        print(
            f"| {'this matcher (fixed thresholds)':<62} | {set_name:<14} | {100 * report.answered.share:13.1f}% "
            f"| {100 * report.rejected.share:17.1f}% | {ms(timings):>18} |"
        )
        for name, make in baselines.items():
            try:
                scorer = make(kb)
            except ImportError:
                print(f"| {name:<62} | {set_name:<14} | {'(pip install -e .[bench])':>35} |")
                continue
            report, threshold, timings = best_threshold_report(labelled, scorer)
            label = f"{name} (best cut {threshold:.2f})"
            print(
                f"| {label:<62} | {set_name:<14} | {100 * report.answered.share:13.1f}% "
                f"| {100 * report.rejected.share:17.1f}% | {ms(timings):>18} |"
            )
    print()
    print("Per language, this matcher:")
    for set_name, labelled in sets.items():
        report, _ = ours(answerer)(labelled)
        print(f"  {set_name}")
        print("\n".join("    " + line for line in report.lines()))
    social = frozenset(entry.id for entry in kb.entries if answerer.matcher.is_social(entry))
    for name, role in MESSAGE_SETS:
        path = DATA / name
        if not path.exists():
            continue
        timings: list[float] = []

        def answer_ids(message: str, lang: str, timings: list[float] = timings) -> tuple[str, ...]:
            began = time.perf_counter()
            reply = answerer.ask(message, lang)  # the message's language as the user's own
            timings.append(time.perf_counter() - began)
            return reply.entry_ids

        messages = load_messages(path)
        report = evaluate_messages(messages, answer_ids, social)
        print(f"\nMessages as people write them ({name}, {len(messages)}, {role}): median {ms(timings)} ms per message")
        print("\n".join("    " + line for line in report.lines()))
        if show_mistakes and role.startswith("development"):
            print("\n".join(report.mistakes))
    print()
    synthetic_speed()


def synthetic_speed() -> None:
    """Speed on large synthetic knowledge bases (no labelled set is read: `--speed` runs this alone)."""
    print("| synthetic entries | index build (s) | median ms/question | p99 ms/question |")
    print("|---|---|---|---|")
    for size in (100, 1_000, 10_000):
        synthetic, vocabulary = synthetic_kb(size)
        start = time.perf_counter()
        matcher = Answerer(synthetic)  # the whole path: reading the message, then matching
        build = time.perf_counter() - start
        rng = random.Random(size)
        questions = []
        for _ in range(300):
            entry = rng.choice(synthetic.entries)
            words = entry.questions["en"][0].split()[:3]
            # typos on half the questions, and unknown words on a third
            if rng.random() < 0.5:
                word = words[0]
                cut = rng.randrange(len(word))
                words[0] = word[:cut] + word[cut + 1 :]
            if rng.random() < 0.33:
                words.append(rng.choice(["weather", "visa", "salary", "tomorrow"]))
            questions.append(" ".join(words))
        timings = []
        for question in questions:
            start = time.perf_counter()
            matcher.ask(question, "en")
            timings.append(time.perf_counter() - start)
        timings.sort()
        print(f"| {size:,} | {build:.2f} | {ms(timings)} | {1000 * timings[int(0.99 * len(timings)) - 1]:.3f} |")


if __name__ == "__main__":
    # argparse first, so that a mistyped option or --help stops here instead of computing the test sets
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", action="store_true", help="only the synthetic knowledge bases")
    parser.add_argument("--mistakes", action="store_true", help="list the development sets' mistakes")
    options = parser.parse_args()
    synthetic_speed() if options.speed else main(options.mistakes)

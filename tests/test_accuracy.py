"""The matcher on labelled questions written independently of the knowledge base (tests/data/).

questions.yaml was used to calibrate the thresholds; heldout.yaml was written later by someone who saw
neither the knowledge base nor the first set, and was never used for tuning.
"""

from __future__ import annotations

import pytest

from bot.evaluation import evaluate, load_labelled
from tests.conftest import DATA, FIGURES

MINIMUM_RIGHT_ANSWERS = 0.90
MINIMUM_FALLBACKS = 0.90


@pytest.mark.parametrize("name", ["questions.yaml", "heldout.yaml"])
def test_answers_in_scope_and_falls_back_out_of_scope(answerer, name):
    labelled = load_labelled(DATA / name)

    def decide(question, lang):
        reply = answerer.ask(question, "fr")
        return reply.entry_id, [choice.entry_id for choice in reply.suggestions]

    report = evaluate(labelled, decide)
    FIGURES[f"matcher accuracy on tests/data/{name}"] = report.lines()
    assert report.answered.share >= MINIMUM_RIGHT_ANSWERS, "\n".join(report.lines() + report.mistakes)
    assert report.rejected.share >= MINIMUM_FALLBACKS, "\n".join(report.lines() + report.mistakes)

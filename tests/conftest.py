"""Shared fixtures: the bundled knowledge base, loaded once; an empty storage in memory; figures printed at the
end of the run."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.knowledge import KnowledgeBase, load_knowledge
from bot.storage import Storage

PROJECT_ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = PROJECT_ROOT / "knowledge"
DATA = Path(__file__).resolve().parent / "data"

# Tests that measure something put their figures here; they are printed after the test summary.
FIGURES: dict[str, list[str]] = {}


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge(KNOWLEDGE)


@pytest.fixture(scope="session")
def answerer(kb: KnowledgeBase) -> Answerer:
    return Answerer(kb)


def pytest_terminal_summary(terminalreporter):
    for title, lines in FIGURES.items():
        terminalreporter.section(title)
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the bundled knowledge base that a test may change or break."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


@pytest.fixture
async def storage() -> AsyncIterator[Storage]:
    """An empty storage in memory, closed after the test."""
    store = await Storage.open(":memory:")
    yield store
    await store.close()

"""Organisers' edits of the knowledge base: comments kept, checked like `check`, atomic."""

from __future__ import annotations

import os
import stat
import threading
import time

import pytest

import bot.kb_editing
from bot.answering import Answerer
from bot.kb_editing import EditError, add_phrasing, set_logistics
from bot.knowledge import KnowledgeError, load_knowledge


def test_setting_the_venue_keeps_comments_and_is_answered_at_once(folder):
    before = (folder / "logistics.yaml").read_text(encoding="utf-8")
    kb = set_logistics(folder, "venue", "Hôtel Sofitel, Rabat")
    after = (folder / "logistics.yaml").read_text(encoding="utf-8")
    assert "# Practical details of the closing breakfast." in after  # the organisers' comments stay
    assert [line for line in before.splitlines() if not line.startswith("venue:")] == [
        line for line in after.splitlines() if not line.startswith("venue:")
    ]
    assert "Hôtel Sofitel, Rabat" in Answerer(kb).ask("where is the breakfast?", "en").text


def test_a_value_per_language(folder):
    kb = set_logistics(folder, "dress_code", {"fr": "Tenue de ville", "en": "Business attire", "ar": "لباس رسمي"})
    assert "Business attire" in Answerer(kb).show("logistics_dress_code", "en").text
    assert "لباس رسمي" in Answerer(kb).show("logistics_dress_code", "ar").text


@pytest.mark.parametrize(
    ("field", "value", "reason"), [("start_time", "25:00", "not a time"), ("end_time", "07:00", "not after")]
)
def test_a_malformed_value_is_refused_with_the_reason_and_nothing_is_written(folder, field, value, reason):
    set_logistics(folder, "start_time", "09:00")
    before = (folder / "logistics.yaml").read_bytes()
    with pytest.raises(KnowledgeError) as refused:
        set_logistics(folder, field, value)
    assert reason in "\n".join(refused.value.problems)
    assert (folder / "logistics.yaml").read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_failed_write_leaves_the_old_file_intact(folder):
    before = (folder / "logistics.yaml").read_bytes()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(EditError):
            set_logistics(folder, "venue", "Rabat")
    finally:
        folder.chmod(0o700)
    assert (folder / "logistics.yaml").read_bytes() == before


def test_a_failed_rename_leaves_the_old_file_intact_and_no_temporary_file(folder, monkeypatch):
    before = (folder / "logistics.yaml").read_bytes()

    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(EditError, match="No space left"):
        set_logistics(folder, "venue", "Rabat")
    assert (folder / "logistics.yaml").read_bytes() == before
    assert not [path for path in folder.iterdir() if path.name.endswith(".tmp")]


def test_an_attached_phrasing_is_answered_next_time(folder):
    kb = load_knowledge(folder)
    question = "le ftour sera servi dans quelle salle exactement"
    kb = add_phrasing(folder, kb, "logistics_venue", "fr", question)
    assert Answerer(kb).ask(question, "fr").entry_id == "logistics_venue"
    text = (folder / "practical.yaml").read_text(encoding="utf-8")
    assert text.count(question) == 1
    add_phrasing(folder, kb, "logistics_venue", "fr", question)  # twice: kept once
    assert (folder / "practical.yaml").read_text(encoding="utf-8").count(question) == 1


def test_two_edits_of_one_file_at_once_both_stay(folder, monkeypatch):
    """Each edit runs in a thread of its own: the second must not write over the first one's change."""

    def slow_load(path):  # the check between reading and writing, made long enough for both to overlap
        time.sleep(0.2)
        return load_knowledge(path)

    monkeypatch.setattr(bot.kb_editing, "load_knowledge", slow_load)
    kb = load_knowledge(folder)
    edits = [
        threading.Thread(
            target=add_phrasing, args=(folder, kb, "logistics_contact", "fr", "un numéro pour joindre l'équipe ?")
        ),
        threading.Thread(target=add_phrasing, args=(folder, kb, "logistics_dress_code", "fr", "faut-il une cravate ?")),
    ]
    for edit in edits:
        edit.start()
    for edit in edits:
        edit.join()
    text = (folder / "practical.yaml").read_text(encoding="utf-8")
    assert "un numéro pour joindre l'équipe ?" in text and "faut-il une cravate ?" in text

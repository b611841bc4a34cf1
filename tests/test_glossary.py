"""Official names (knowledge/glossary.yaml): the known misspellings are refused in the knowledge base
and absent from every message the bot sends."""

from __future__ import annotations

import shutil

import pytest

from bot.glossary import load_glossary
from bot.knowledge import KnowledgeError, load_knowledge
from bot.texts import CORE_TEXTS
from handlers.checkin_texts import CHECKIN_UI
from handlers.organiser_texts import ORG_UI
from handlers.rsvp_texts import RSVP_UI
from handlers.teaching_texts import TEACHING_UI
from handlers.texts import TEXTS
from tests.conftest import KNOWLEDGE


@pytest.fixture(scope="module")
def glossary():
    import yaml

    return load_glossary(
        KNOWLEDGE,
        lambda path: yaml.safe_load(path.read_text(encoding="utf-8")),
        lambda where, message: pytest.fail(message),
    )


def test_the_glossary_names_the_institutions_in_three_languages(glossary):
    for name in (
        "iom",
        "undp",
        "mdcmream",
        "sdc",
        "gfmd",
        "global_compact",
        "entraide_nationale",
        "programme",
        "event",
    ):
        assert set(glossary.names[name]) == {"fr", "en", "ar"}
    assert glossary.names["global_compact"]["ar"] == "الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية"


@pytest.mark.parametrize(
    "catalogue",
    [CORE_TEXTS, TEXTS, RSVP_UI, ORG_UI, CHECKIN_UI, TEACHING_UI],
    ids=["core", "telegram", "rsvp", "organisers", "checkin", "teaching"],
)
def test_no_message_uses_a_known_misspelling(glossary, catalogue):
    found = {
        (key, lang): glossary.misspelt(catalogue(key, lang), lang) for key in catalogue for lang in ("fr", "en", "ar")
    }
    assert not {place: wrong for place, wrong in found.items() if wrong}


@pytest.mark.parametrize(
    ("file", "wrong", "right"),
    [("programme.yaml", "2e phase", "2ème phase"), ("event.yaml", "الفطور الختامي", "فطور الجلسة الختامية")],
)
def test_a_misspelt_name_in_an_answer_is_refused_with_the_right_form(tmp_path, file, wrong, right):
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert wrong in text
    path.write_text(text.replace(wrong, right), encoding="utf-8")
    with pytest.raises(KnowledgeError) as refused:
        load_knowledge(folder)
    assert any(f"not «{right}»" in problem and file in problem for problem in refused.value.problems)

"""Loading and validating the knowledge base: what an organiser who edits it sees."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.knowledge import KnowledgeError, load_knowledge
from bot.languages import LANGUAGES
from bot.lexicon import FILLER
from bot.normalize import terms
from tests.conftest import KNOWLEDGE

PRESS_RELEASE = KNOWLEDGE.parent.parent / "shared" / "source" / "press-release-2018-01-26.fr.txt"

MINIMAL_ENTRY = """
category:
  id: demo
  order: 1
  title: {fr: Démo, en: Demo, ar: تجربة}
entries:
  - id: demo_funder
    title: {fr: Financement, en: Funding, ar: التمويل}
    questions:
      fr: ["Qui finance le programme ?"]
      en: ["Who funds the programme?"]
      ar: ["من يمول البرنامج؟"]
    answer:
      fr: La DDC.
      en: The SDC.
      ar: الوكالة السويسرية للتنمية والتعاون.
    source: press release
"""


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    return caught.value.problems


def test_bundled_knowledge_base_is_valid_and_trilingual(kb):
    assert len(kb.entries) >= 30
    for entry in kb.entries:
        for lang in LANGUAGES:
            assert entry.answer[lang].strip(), entry.id
            assert len(entry.questions[lang]) >= 3, (entry.id, lang)
            assert entry.title[lang].strip(), entry.id
        assert entry.source.strip(), entry.id


def test_bundled_answers_are_faithful_to_the_press_release(answerer):
    """Spot checks of the facts a member of the public asks for most."""
    assert "1er février 2014" in answerer.show("programme_dates", "fr").text
    assert "31 janvier 2018" in answerer.show("programme_dates", "fr").text
    countries = answerer.show("programme_countries", "en").text
    for country in ("Bangladesh", "Ecuador", "Jamaica", "Kyrgyzstan", "Moldova", "Serbia", "Tunisia", "Morocco"):
        assert country in countries
    assert "DDC" in answerer.show("programme_funder", "fr").text
    assert "2017-2021" in answerer.show("results_health", "fr").text
    assert "Entraide nationale" in answerer.show("results_social", "fr").text
    assert "التعاون الوطني" in answerer.show("results_social", "ar").text
    assert "26" in answerer.show("event_date", "ar").text


def test_nothing_unannounced_is_filled_in_the_repository(kb, answerer):
    """Time, venue, access, dress code and contact are not in the press release: the bot says so."""
    for field in ("start_time", "end_time", "venue", "access", "dress_code", "contact"):
        assert not kb.logistics.is_announced(field), field
    time_answer = answerer.show("logistics_time", "en").text.lower()
    assert "not" in time_answer and "announced" in time_answer


def test_a_filled_in_logistics_field_is_given_in_the_answer(folder):
    logistics = folder / "logistics.yaml"
    logistics.write_text(
        logistics.read_text(encoding="utf-8")
        .replace('start_time: ""', 'start_time: "08:30"')
        .replace('contact: ""', 'contact: {fr: "le secrétariat", en: "the secretariat", ar: "الأمانة"}'),
        encoding="utf-8",
    )
    kb = load_knowledge(folder)
    answerer = Answerer(kb)
    assert "8\u202fh\u202f30" in answerer.show("logistics_time", "fr").text  # as French writes times
    assert "08:30" in answerer.show("logistics_time", "en").text
    assert "the secretariat" in answerer.show("logistics_venue", "en").text  # {contact} in not_announced
    assert "الأمانة" in answerer.show("logistics_venue", "ar").text


def test_a_malformed_time_is_refused(folder):
    logistics = folder / "logistics.yaml"
    logistics.write_text(
        logistics.read_text(encoding="utf-8").replace('start_time: ""', 'start_time: "9h"'), encoding="utf-8"
    )
    assert any("start_time" in line and "09:00" in line for line in problems_of(folder))


def test_an_unquoted_time_asks_for_quotes(folder):
    logistics = folder / "logistics.yaml"
    logistics.write_text(
        logistics.read_text(encoding="utf-8").replace('start_time: ""', "start_time: 10:30"), encoding="utf-8"
    )
    problems = problems_of(folder)
    assert len(problems) == 1 and "quotes" in problems[0] and "start_time" in problems[0]


def test_an_id_too_long_for_a_telegram_button_is_refused(tmp_path):
    folder = tmp_path / "knowledge"
    folder.mkdir()
    shutil.copy(KNOWLEDGE / "logistics.yaml", folder)
    (folder / "demo.yaml").write_text(MINIMAL_ENTRY.replace("demo_funder", "demo_" + "x" * 60), encoding="utf-8")
    assert any("at most 48 characters" in line for line in problems_of(folder))


def test_yaml_syntax_error_names_file_and_line(folder):
    (folder / "broken.yaml").write_text("category:\n  id: x\n  title: [unclosed\n", encoding="utf-8")
    problems = problems_of(folder)
    assert len(problems) == 1
    assert problems[0].startswith("broken.yaml:") and "YAML syntax error" in problems[0]
    assert problems[0].split(":")[1].isdigit()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda text: text.replace("    source: press release", "    source: press release\n    sorce: typo"),
            "unknown key 'sorce'",
        ),
        (lambda text: text.replace('      ar: ["من يمول البرنامج؟"]\n', ""), "missing or empty ar list"),
        (lambda text: text.replace("      en: The SDC.", '      en: ""'), "missing or empty en text"),
        (
            lambda text: text.replace(
                "    source: press release", "    source: press release\n    follow_ups: [nowhere]"
            ),
            "follow_ups points to 'nowhere'",
        ),
        (lambda text: text.replace("      fr: La DDC.", "      fr: La {funder}."), "unknown placeholder {funder}"),
        (lambda text: text.replace("    source: press release", "    source: ''"), "source is missing"),
    ],
    ids=["unknown-key", "missing-language", "empty-answer", "dangling-follow-up", "unknown-placeholder", "no-source"],
)
def test_each_mistake_is_one_clear_line(tmp_path, change, expected):
    folder = tmp_path / "knowledge"
    folder.mkdir()
    shutil.copy(KNOWLEDGE / "logistics.yaml", folder)
    (folder / "demo.yaml").write_text(change(MINIMAL_ENTRY), encoding="utf-8")
    problems = problems_of(folder)
    assert len(problems) == 1, problems
    assert expected in problems[0]
    assert problems[0].startswith("demo.yaml:")
    assert "demo_funder" in problems[0]


def test_duplicate_ids_across_files_name_both_places(folder):
    (folder / "copy.yaml").write_text(
        MINIMAL_ENTRY.replace("id: demo\n", "id: demo2\n").replace("demo_funder", "programme_funder"), encoding="utf-8"
    )
    problems = problems_of(folder)
    assert any(
        "duplicate id" in line and "programme_funder" in line and "programme.yaml" in line for line in problems
    ), problems


def test_all_problems_are_reported_at_once(tmp_path):
    folder = tmp_path / "knowledge"
    folder.mkdir()
    shutil.copy(KNOWLEDGE / "logistics.yaml", folder)
    broken = MINIMAL_ENTRY.replace("      en: The SDC.", '      en: ""').replace(
        "    source: press release", "    source: press release\n    colour: red"
    )
    (folder / "demo.yaml").write_text(broken, encoding="utf-8")
    assert len(problems_of(folder)) == 2


def test_press_release_is_the_source_of_the_dates(kb):
    if not PRESS_RELEASE.exists():
        pytest.skip("shared/ is not beside the project")
    release = PRESS_RELEASE.read_text(encoding="utf-8")
    assert "1er février 2014" in release and "31 janvier 2018" in release
    assert kb.logistics.event_date.isoformat() == "2018-01-26"


def test_every_figure_in_an_answer_comes_from_the_press_release_or_the_entrys_named_source(kb):
    """No invented figure: a number in an answer is in the press release, or explained by the entry's source."""
    if not PRESS_RELEASE.exists():
        pytest.skip("shared/ is not beside the project")
    import re

    release_numbers = set(re.findall(r"\d+", PRESS_RELEASE.read_text(encoding="utf-8")))
    unexplained = []
    for entry in kb.entries:
        for lang in LANGUAGES:
            answer = re.sub(r"(?m)^\s*\d+\)", "", entry.answer[lang])  # list numbering is not a figure
            for number in re.findall(r"\d+", answer):
                if number not in release_numbers and number not in entry.source:
                    unexplained.append(f"{entry.id} [{lang}]: {number}")
    assert not unexplained, unexplained


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("field", "raw"),
    [("contact", "0537123456"), ("venue", "12"), ("dress_code", "true"), ("access", "{fr: 3, en: x, ar: y}")],
)
def test_a_logistics_value_that_yaml_does_not_read_as_text_is_refused(folder, field, raw):
    """Unquoted, 0537123456 is an octal number to YAML: the bot would give a wrong phone number."""
    replace_in(folder / "logistics.yaml", f'{field}: ""', f"{field}: {raw}")
    problems = problems_of(folder)
    assert len(problems) == 1 and field in problems[0] and "double quotes" in problems[0]


def test_logistics_problems_name_the_line_of_the_field(folder):
    logistics = folder / "logistics.yaml"
    replace_in(logistics, 'start_time: ""', 'start_time: "9h"')
    line = next(
        number
        for number, text in enumerate(logistics.read_text(encoding="utf-8").splitlines(), start=1)
        if text.startswith("start_time")
    )
    (problem,) = problems_of(folder)
    assert problem.startswith(f"logistics.yaml:{line}:")


def test_an_end_time_before_the_start_is_refused(folder):
    logistics = folder / "logistics.yaml"
    replace_in(logistics, 'start_time: ""', 'start_time: "09:00"')
    replace_in(logistics, 'end_time: ""', 'end_time: "08:00"')
    assert any("end_time" in line and "not after" in line for line in problems_of(folder))


def test_a_phrasing_that_yaml_reads_as_a_mapping_is_refused_with_a_hint(tmp_path):
    """French spacing ("qui paye : la suisse ?") unquoted becomes a mapping, not a phrasing."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    shutil.copy(KNOWLEDGE / "logistics.yaml", folder)
    broken = MINIMAL_ENTRY.replace(
        '      fr: ["Qui finance le programme ?"]', "      fr:\n        - qui paye: la suisse ?"
    )
    (folder / "demo.yaml").write_text(broken, encoding="utf-8")
    (problem,) = problems_of(folder)
    assert "not plain text" in problem and "double quotes" in problem


def test_value_placeholder_outside_a_logistics_entry_is_refused(tmp_path):
    folder = tmp_path / "knowledge"
    folder.mkdir()
    shutil.copy(KNOWLEDGE / "logistics.yaml", folder)
    (folder / "demo.yaml").write_text(
        MINIMAL_ENTRY.replace("      fr: La DDC.", "      fr: La DDC {value}."), encoding="utf-8"
    )
    (problem,) = problems_of(folder)
    assert "{value} is only for entries with a logistics field" in problem


def test_a_broken_file_does_not_make_other_files_look_broken(folder):
    replace_in(folder / "programme.yaml", "entries:", "entries: [")
    problems = problems_of(folder)
    assert len(problems) == 1 and problems[0].startswith("programme.yaml:")


def test_a_question_naming_a_topic_no_entry_covers_is_refused(tmp_path):
    """An entry that asks about a topic lexicon.yaml lists under not_covered would never be answered."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    shutil.copy(KNOWLEDGE / "logistics.yaml", folder)
    (folder / "lexicon.yaml").write_text(
        'not_covered:\n  accommodation:\n    en: [accommodation, "where to stay"]\n', encoding="utf-8"
    )
    entry = MINIMAL_ENTRY.replace('en: ["Who funds the programme?"]', 'en: ["Who funds the accommodation?"]')
    (folder / "demo.yaml").write_text(entry, encoding="utf-8")
    problems = problems_of(folder)
    assert len(problems) == 1, problems
    assert problems[0].startswith("demo.yaml:") and "demo_funder" in problems[0]
    assert "'Who funds the accommodation?' names accommodation" in problems[0] and "not_covered" in problems[0]


def test_no_lexicon_group_swallows_a_preposition(answerer):
    """«إلى» (to) folds to the letters of «آلي» (automatic): read as the assistant, it had turned every
    Arabic question with "to" into a question about the bot."""
    lexicon = answerer.matcher.lexicon
    for darija in (False, True):
        table = lexicon.table("concepts", darija)
        for preposition in ("إلى", "الى", "في", "على", "من", "عن", "to", "of", "in", "à", "de", "pour", "for"):
            assert table.get(tuple(word for word, _ in terms(preposition))) in (None, FILLER), preposition

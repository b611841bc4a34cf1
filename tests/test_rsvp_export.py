"""The RSVP list as the organisers get it: CSV for a spreadsheet, JSON for tools."""

from __future__ import annotations

import csv
import io
import json
import os
import stat

import pytest

from bot.rsvp_export import CSV_COLUMNS, ExportError, rsvps_to_csv, rsvps_to_json, write_rsvps
from bot.storage import Storage
from tests.storage_helpers import make_draft

PEOPLE = [
    make_draft(
        1,
        full_name="فاطمة الزهراء بنعلي",
        organisation="وزارة الصحة",
        category="public_institution",
        language="ar",
        email="f.benali@example.ma",
        dietary="حلال",
    ),
    make_draft(
        2,
        full_name="Zoé Lefèvre",
        organisation="Société civile « Ensemble », Rabat",
        category="civil_society",
        dietary="végétarienne; sans lactose\nmerci",
    ),
    make_draft(
        3,
        full_name='=HYPERLINK("http://evil.example","click")',
        organisation="+33 Org",
        category="donor",
        dietary="-no pork",
        telegram_username="@handle",
    ),
    make_draft(4, full_name="Waiting Person", category="other", telegram_username=None),
]


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM that makes a spreadsheet read UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.fixture
async def filled_database(tmp_path):
    path = tmp_path / "bot.sqlite3"
    async with await Storage.open(path) as store:
        for draft in PEOPLE:
            await store.save_rsvp(draft, capacity=3)
    return path


async def test_csv_has_the_columns_and_arabic_and_accented_names_intact(filled_database):
    async with await Storage.open(filled_database) as store:
        data = rsvps_to_csv(await store.list_rsvps())
    rows = read_csv(data)
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    by_name = {row["name"]: row for row in rows}
    fatima = by_name["فاطمة الزهراء بنعلي"]
    assert fatima["organisation"] == "وزارة الصحة"
    assert fatima["category"] == "Public institution"
    assert (fatima["status"], fatima["waitlist position"]) == ("Attending", "")
    assert (fatima["dietary needs"], fatima["email"], fatima["Telegram username"]) == (
        "حلال",
        "f.benali@example.ma",
        "user1",
    )
    zoe = by_name["Zoé Lefèvre"]
    assert zoe["organisation"] == "Société civile « Ensemble », Rabat"
    assert zoe["dietary needs"] == "végétarienne; sans lactose\nmerci"  # commas, semicolons, newlines survive
    assert zoe["category"] == "Civil society"
    waiting = by_name["Waiting Person"]
    assert (waiting["status"], waiting["waitlist position"], waiting["Telegram username"]) == ("Waiting list", "1", "")
    assert waiting["updated at"].endswith("+00:00")


async def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised(filled_database):
    async with await Storage.open(filled_database) as store:
        rows = read_csv(rsvps_to_csv(await store.list_rsvps()))
    row = next(r for r in rows if "HYPERLINK" in r["name"])
    assert row["name"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row["organisation"] == "'+33 Org"
    assert row["dietary needs"] == "'-no pork"
    assert row["Telegram username"] == "'@handle"
    assert not any(value.startswith(("=", "+", "-", "@")) for r in rows for value in r.values())


async def test_json_holds_every_field(filled_database):
    async with await Storage.open(filled_database) as store:
        records = json.loads(rsvps_to_json(await store.list_rsvps()))
    assert len(records) == 4
    fatima = next(r for r in records if r["user_id"] == 1)
    assert fatima["full_name"] == "فاطمة الزهراء بنعلي"
    assert (fatima["category"], fatima["category_label"], fatima["language"]) == (
        "public_institution",
        "Public institution",
        "ar",
    )
    assert next(r for r in records if r["user_id"] == 4)["waitlist_position"] == 1


async def test_write_rsvps_to_a_private_file_and_to_stdout(filled_database, tmp_path, capsysbinary):
    output = tmp_path / "list.csv"
    assert await write_rsvps(filled_database, "csv", output) == 4
    assert len(read_csv(output.read_bytes())) == 4
    assert stat.S_IMODE(os.stat(output).st_mode) == 0o600  # personal data: the owner only
    assert await write_rsvps(filled_database, "json", None) == 4
    assert len(json.loads(capsysbinary.readouterr().out.decode("utf-8"))) == 4


async def test_an_existing_readable_output_file_is_made_private_before_the_list_is_written(filled_database, tmp_path):
    output = tmp_path / "list.csv"
    output.write_text("an older, longer file " * 1000)
    os.chmod(output, 0o644)  # readable by everyone, e.g. made by an earlier tool
    assert await write_rsvps(filled_database, "csv", output) == 4
    assert stat.S_IMODE(os.stat(output).st_mode) == 0o600
    assert len(read_csv(output.read_bytes())) == 4  # the old content is gone, not trailing


async def test_an_empty_list_is_just_the_header(tmp_path):
    path = tmp_path / "bot.sqlite3"
    await (await Storage.open(path)).close()
    output = tmp_path / "list.csv"
    assert await write_rsvps(path, "csv", output) == 0
    assert output.read_bytes().decode("utf-8-sig").splitlines() == [",".join(CSV_COLUMNS)]


async def test_a_missing_database_is_a_clear_error_and_is_not_created(tmp_path):
    missing = tmp_path / "nowhere" / "bot.sqlite3"
    with pytest.raises(ExportError, match="no database at"):
        await write_rsvps(missing, "csv", tmp_path / "out.csv")
    assert not missing.exists() and not missing.parent.exists()
    assert not (tmp_path / "out.csv").exists()


async def test_a_file_that_is_not_a_database_and_an_unknown_format_are_clear_errors(tmp_path):
    not_a_database = tmp_path / "notes.txt"
    not_a_database.write_text("this is not SQLite " * 100)
    with pytest.raises(ExportError, match="not a usable bot database"):
        await write_rsvps(not_a_database, "csv", None)
    with pytest.raises(ExportError, match="unknown format"):
        await write_rsvps(not_a_database, "xlsx", None)
    assert not_a_database.read_text().startswith("this is not SQLite")


async def test_write_rsvps_to_a_text_stream(filled_database):
    stream = io.StringIO()
    assert await write_rsvps(filled_database, "csv", None, stdout=stream) == 4
    assert len(read_csv(stream.getvalue().encode("utf-8"))) == 4

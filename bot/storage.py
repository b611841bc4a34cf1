"""SQLite storage (aiosqlite): language preferences, the question log, RSVPs.

CONTRACT (to be implemented; signatures are fixed, other modules code against them):

class Storage:
    @classmethod
    async def open(cls, path: Path | str) -> "Storage"
        Opens or creates the file (":memory:" allowed for tests), WAL mode, runs forward migrations
        (PRAGMA user_version). Never wipes data.
    async def close(self) -> None

    # language preferences
    async def get_language(self, user_id: int) -> str | None
    async def set_language(self, user_id: int, lang: str) -> None

    # question log: every question asked; the text is kept only when it was not answered
    async def log_question(self, lang: str, outcome: str, text: str | None = None) -> None
        outcome is one of "answer", "suggest", "fallback", "none_of_these"; text is stored only for
        "fallback" and "none_of_these" (no user id is ever stored with it).
    async def top_unanswered(self, limit: int = 20) -> list[UnansweredQuestion]
    async def question_stats(self) -> dict[str, QuestionStats]   # per language

    # RSVPs: see the RSVP section below (issue 4)

    async def forget_user(self, user_id: int) -> None
        Deletes everything stored about the user (RSVP, language preference).
"""

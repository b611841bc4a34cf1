"""python-telegram-bot's persistence, kept in the bot's own SQLite database: conversations in progress
(an RSVP half answered), user and chat data (a "did you mean" awaiting "none of these", a broadcast
awaiting confirmation) survive a restart.

The values are PTB's own objects and the features' drafts, stored pickled as PicklePersistence stores
them (the database is owner-only, like the RSVPs it also holds). The table is this module's: PTB's
state has no schema of its own to migrate, so it is created here rather than in bot/storage.py.
bot_data is not persisted: it holds the services, rebuilt at every start.
"""

from __future__ import annotations

import json
import pickle
from collections import defaultdict
from pathlib import Path
from typing import Any

import aiosqlite
from telegram.ext import BasePersistence, PersistenceInput

ConversationKey = tuple[int | str, ...]
ConversationDict = dict[ConversationKey, object]

_TABLE = """
CREATE TABLE IF NOT EXISTS telegram_state (
    kind TEXT NOT NULL,   -- user_data, chat_data, conversation:<name>, callback_data
    key TEXT NOT NULL,    -- a user id, a chat id, a conversation key
    value BLOB NOT NULL,  -- pickled
    PRIMARY KEY (kind, key)
)
"""
UPDATE_INTERVAL = 5  # seconds between writes of what changed; a clean stop writes everything at once


# PTB's user, chat and bot data: plain dicts (the BotContext's).
Data = dict[Any, Any]


class SqlitePersistence(BasePersistence[Data, Data, Data]):
    def __init__(self, database: Path | str, update_interval: float = UPDATE_INTERVAL):
        super().__init__(
            store_data=PersistenceInput(bot_data=False, callback_data=False), update_interval=update_interval
        )
        self.database = str(database)
        self._connection: aiosqlite.Connection | None = None

    async def _db(self) -> aiosqlite.Connection:
        if self._connection is None:
            self._connection = await aiosqlite.connect(self.database)
            await self._connection.execute("PRAGMA journal_mode=WAL")
            await self._connection.execute(_TABLE)
            await self._connection.commit()
        return self._connection

    async def _load(self, kind: str) -> dict[str, Any]:
        db = await self._db()
        async with db.execute("SELECT key, value FROM telegram_state WHERE kind = ?", (kind,)) as cursor:
            return {key: pickle.loads(value) async for key, value in cursor}  # noqa: S301 - our own owner-only database

    async def _put(self, kind: str, key: object, value: object) -> None:
        db = await self._db()
        await db.execute(
            "INSERT INTO telegram_state (kind, key, value) VALUES (?, ?, ?) "
            "ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value",
            (kind, str(key), pickle.dumps(value)),
        )
        await db.commit()

    async def _drop(self, kind: str, key: object) -> None:
        db = await self._db()
        await db.execute("DELETE FROM telegram_state WHERE kind = ? AND key = ?", (kind, str(key)))
        await db.commit()

    # ------------------------------------------------------------------ user and chat data

    async def get_user_data(self) -> dict[int, Data]:
        return defaultdict(dict, {int(key): value for key, value in (await self._load("user_data")).items()})

    async def get_chat_data(self) -> dict[int, Data]:
        return defaultdict(dict, {int(key): value for key, value in (await self._load("chat_data")).items()})

    async def update_user_data(self, user_id: int, data: Data) -> None:
        await (self._put("user_data", user_id, data) if data else self._drop("user_data", user_id))

    async def update_chat_data(self, chat_id: int, data: Data) -> None:
        await (self._put("chat_data", chat_id, data) if data else self._drop("chat_data", chat_id))

    async def drop_user_data(self, user_id: int) -> None:
        await self._drop("user_data", user_id)

    async def drop_chat_data(self, chat_id: int) -> None:
        await self._drop("chat_data", chat_id)

    async def refresh_user_data(self, user_id: int, user_data: Data) -> None:
        """Nothing to refresh: this process is the only writer."""

    async def refresh_chat_data(self, chat_id: int, chat_data: Data) -> None:
        """Nothing to refresh: this process is the only writer."""

    # ------------------------------------------------------------------ conversations

    async def get_conversations(self, name: str) -> ConversationDict:
        stored = await self._load(f"conversation:{name}")
        return {tuple(json.loads(key)): state for key, state in stored.items()}

    async def update_conversation(self, name: str, key: ConversationKey, new_state: object | None) -> None:
        stored_key = json.dumps(list(key))
        if new_state is None:
            await self._drop(f"conversation:{name}", stored_key)
        else:
            await self._put(f"conversation:{name}", stored_key, new_state)

    # ------------------------------------------------------------------ not kept

    async def get_bot_data(self) -> Data:
        return {}

    async def update_bot_data(self, data: Data) -> None:
        """bot_data holds the services: rebuilt at every start, never stored."""

    async def refresh_bot_data(self, bot_data: Data) -> None:
        """Nothing to refresh."""

    async def get_callback_data(self) -> None:
        return None

    async def update_callback_data(self, data: object) -> None:
        """Callback data is not arbitrary here: every button's data is plain text."""

    async def flush(self) -> None:
        if self._connection is not None:
            await self._connection.close()
            self._connection = None

    async def forget(self, user_id: int) -> None:
        """/forget: everything kept about a user in their private chat (the chat id is the user id)."""
        await self._drop("user_data", user_id)
        await self._drop("chat_data", user_id)
        db = await self._db()
        async with db.execute("SELECT key FROM telegram_state WHERE kind LIKE 'conversation:%'") as cursor:
            keys = [key async for (key,) in cursor]
        for key in keys:
            if user_id in json.loads(key):
                await db.execute("DELETE FROM telegram_state WHERE kind LIKE 'conversation:%' AND key = ?", (key,))
        await db.commit()

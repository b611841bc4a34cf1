"""Reading a message: is it a command, and for which bot; is it addressed to this bot in a group."""

from __future__ import annotations

from telegram import Bot, Message, MessageEntity


def command_target(message: Message) -> str | None:
    """For a command message: '' when bare (/start), the bot name when addressed (/start@name); else None."""
    entity = next((e for e in message.entities if e.type == MessageEntity.BOT_COMMAND and e.offset == 0), None)
    if entity is None or not message.text:
        return None
    command = message.text[: entity.length]
    return command.partition("@")[2]


def mentions_bot(message: Message, bot: Bot) -> bool:
    username = (bot.username or "").lower()
    for entity in message.entities or ():
        if entity.type == MessageEntity.MENTION and username:
            if message.parse_entity(entity).lstrip("@").lower() == username:
                return True
        elif entity.type == MessageEntity.TEXT_MENTION and entity.user is not None and entity.user.id == bot.id:
            return True
    return False


def addressed_to_bot(message: Message, bot: Bot) -> bool:
    """In a group: is this message for this bot?"""
    target = command_target(message)
    if target is not None:
        return target == "" or target.lower() == (bot.username or "").lower()
    if mentions_bot(message, bot):
        return True
    replied = message.reply_to_message
    return replied is not None and replied.from_user is not None and replied.from_user.id == bot.id

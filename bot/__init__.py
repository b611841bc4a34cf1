"""The core of the Migration Mainstreaming assistant: configuration, knowledge, matching, storage, command line.

Nothing in this package knows about Telegram; the console, the tests and `handlers/` all use it directly.
"""

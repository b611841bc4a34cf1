"""The Telegram layer: thin handlers over the core in bot/ (which never imports telegram).

handlers/app.py builds the Application and lists the feature modules in FEATURES; handlers/runner.py
starts it (`python -m bot run`). Conventions for a feature module:

- It declares `FEATURE = Feature(name, register, commands=(Command(...), ...), on_start=...,
  on_knowledge_changed=...)` (handlers/features.py). `register(application)` adds its handlers (group 0;
  the order of FEATURES decides who sees an update first). Each Command has a scope (PUBLIC, PRIVATE,
  ORGANISERS) and its texts: the menus, /help and the organisers' group pointer derive from them.
- Features do not import each other: shared helpers live in replies.py, render.py, locale.py,
  broadcasting.py (announcements), rsvp_delivery.py (what an attendee receives), features.py.
- Handlers take a `handlers.context.BotContext` (the Application's ContextTypes): `context.services`
  gives the config, answerer, storage and clock.
- The bot's own words are in the user's language: `await context.language()` (or
  `handlers.locale.ui_language(update, context)`), resolved once per update.
- Every message is HTML: the feature's own templates through its catalogue's `t_html` (values escaped;
  `t` for button labels),
  anything else through `handlers.render.escape`; send with `handlers.replies.send_html` /
  `send_plain` (split at 4,096 UTF-16 units of visible text, quoted in groups) or `edit_or_send` for menus.
- Callback data: a short prefix of its own (see handlers/render.py for those taken), validated on the
  way in; anything unexpected falls through to handlers/unknown.py, which answers politely.
- `/start <payload>` deep links: declare the payload in `Feature.deep_links` to handle it yourself.
- Guards (handlers/guards.py) have already filtered groups, floods, edits and non-text messages.
- Tests: tests/telegram_harness.py runs the real Application offline (see its docstring).
"""

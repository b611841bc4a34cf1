"""The Telegram layer: thin handlers over the core in bot/ (which never imports telegram).

handlers/app.py builds the Application and lists the feature modules in FEATURES; each feature module
exposes `register(application)`. handlers/runner.py starts it (`python -m bot run`).
"""

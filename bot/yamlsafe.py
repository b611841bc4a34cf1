"""One YAML reader for the configuration and the knowledge base: safe, and bounded.

A file an organiser edits must never take the bot down: nesting deeper than any real file (a
RecursionError otherwise) and alias expansion past a sane count (a "billion laughs" file turns into
megabytes of problem lines) are refused with one clear line.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.events import AliasEvent
from yaml.nodes import Node

MAX_DEPTH = 40  # the knowledge base nests 5 levels deep
MAX_ALIASES = 100  # no file of ours needs any; a few are harmless


class LimitError(yaml.YAMLError):
    """The file is too deeply nested or expands too many aliases."""

    def __init__(self, problem: str, mark: Any = None):
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


class BoundedSafeLoader(yaml.SafeLoader):
    def __init__(self, stream: Any):
        super().__init__(stream)
        self._depth = 0
        self._aliases = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if self.check_event(AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise LimitError(f"more than {MAX_ALIASES} aliases (*name): refused", self.peek_event().start_mark)  # type: ignore[no-untyped-call]  # unannotated in types-PyYAML
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise LimitError(f"nested more than {MAX_DEPTH} levels deep: refused", self.peek_event().start_mark)  # type: ignore[no-untyped-call]  # unannotated in types-PyYAML
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def safe_load(text: str) -> Any:
    return yaml.load(text, Loader=BoundedSafeLoader)  # noqa: S506 - a SafeLoader subclass

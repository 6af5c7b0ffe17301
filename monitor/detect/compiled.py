"""Every lexicon rule, compiled on import (pure).

A rule compiles on its first use (`notation.Rule.pattern`), so that a command which detects little starts fast.
The parser processes are the opposite case: each of them reads thousands of entries. Their forkserver preloads
this module (monitor.collect.parse_pool), so every worker it forks starts with the rules compiled once, instead
of compiling them all again on its first entries (about 0.1 s of CPU per worker on a cold poll).
"""

from __future__ import annotations

from monitor.detect.lexicon import RULES


def compile_all() -> int:
    """Compile every rule now; returns how many there are."""
    for rule in RULES:
        _ = rule.pattern
    return len(RULES)


COMPILED = compile_all()

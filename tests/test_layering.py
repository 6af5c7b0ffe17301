"""The house keeps its shape: each stage imports only the stages before it, and nothing imports in a circle.

Read with `ast` from the source (no import side effects): every `import monitor...`, `from monitor... import`
and relative import, at module level or inside a function, counts.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.pure

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("monitor", "bot", "spiders")
VOCABULARY = {"monitor", "monitor.models", "monitor.errors", "monitor.clock", "monitor.text", "monitor.urls",
              "monitor.seeds", "monitor.sites", "monitor.egress"}
# stage -> the stages it may import (besides itself and the vocabulary)
ALLOWED = {
    "vocabulary": set(),
    "detect": set(),
    "archive": set(),
    "collect": {"detect", "archive"},
    "deliver": {"detect", "archive"},
    "demo": {"detect", "archive", "collect", "deliver"},
    "service": {"detect", "archive", "collect", "deliver"},
    "bot": {"detect", "archive", "deliver"},
    "spiders": {"detect", "archive", "collect"},
    "cli": {"detect", "archive", "collect", "deliver", "demo", "service", "bot", "spiders"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for pkg in PACKAGES for p in (REPO / pkg).rglob("*.py")}


def stage(module: str) -> str:
    if module in VOCABULARY:
        return "vocabulary"
    top, _, rest = module.partition(".")
    if top in ("bot", "spiders"):
        return top
    stage = rest.split(".")[0]
    return "cli" if stage == "__main__" else stage


def imports(module: str, path: Path, known: set[str]) -> set[str]:
    """The project modules `module` imports (a `from package import name` counts name when it is a module)."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".") if is_package else module.split(".")[:-1]
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for name in names:
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name != module:
                found.add(name)
    return found


GRAPH = {name: imports(name, path, set(modules())) for name, path in modules().items()}


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_stage_imports_only_what_comes_before_it(module: str) -> None:
    own = stage(module)
    wrong = sorted(m for m in GRAPH[module]
                   if (s := stage(m)) not in ("vocabulary", own) and s not in ALLOWED[own])
    assert not wrong, f"{module} ({own}) imports {wrong}"


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles() -> None:
    # A package's __init__ re-exporting its modules is not a cycle with them.
    graph = {m: {d for d in deps if not (m.startswith(d + ".") and modules()[d].name == "__init__.py")}
             for m, deps in GRAPH.items()}
    assert _cycles(graph) == []


def _reach(start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        m = todo.pop()
        if m not in seen:
            seen.add(m)
            todo.extend(GRAPH.get(m, ()))
    return seen


def test_parser_workers_import_no_storage() -> None:
    """The parser processes (collect.prepare and what it imports) parse and judge: they never touch SQLite."""
    reached = _reach("monitor.collect.prepare")
    assert not {m for m in reached if stage(m) not in ("vocabulary", "detect", "collect")}, reached
    assert not {m for m in reached if m.startswith("monitor.collect.") and m not in (
        "monitor.collect", "monitor.collect.prepare", "monitor.collect.feeds", "monitor.collect.fastrss",
        "monitor.collect.parsed")}, reached


def test_modules_stay_small() -> None:
    big = {name: n for name, path in modules().items() if (n := len(path.read_text().splitlines())) > 420}
    assert not big, f"split these modules: {big}"


# A statement: its verb in capitals (a kind's name, 'update' or 'UPDATE' alone, is not one).
_SQL = re.compile(r"^\s*(?:(?:SELECT|CREATE|PRAGMA|SAVEPOINT|BEGIN|DROP)\b|INSERT INTO\b|UPDATE \w+ SET\b|DELETE FROM\b"
                  r"|ALTER TABLE\b)")


def test_sql_lives_in_the_archive() -> None:
    """Every SQL statement is in monitor/archive/: no other module writes one (string constants read with ast)."""
    found = []
    for name, path in modules().items():
        if stage(name) == "archive" and name.startswith("monitor.archive"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL.match(node.value):
                found.append(f"{name}:{node.lineno}: {node.value[:60]!r}")
    assert not found, found

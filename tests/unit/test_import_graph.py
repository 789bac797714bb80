"""Dependencies inside the package run one way: no module imports, even only for type checking, a module
that imports it back (directly or through others).

A circle hides which module is the lower layer, makes import order matter, and is usually papered over with
an import inside a function or under ``TYPE_CHECKING``. So every import counts here: top-level, inside a
function, and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping, Set
from pathlib import Path

from tests.support.repo import REPO

PACKAGE = REPO / "oscserver"


def module_files(package: Path) -> dict[str, Path]:
    """Every module of ``package`` by its dotted name (a package by its ``__init__``)."""
    modules = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def imported(name: str, path: Path, modules: Set[str]) -> set[str]:
    """The package's modules that module ``name`` imports anywhere in its file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module or ""
            for alias in node.names:  # `from pkg import module` depends on the module, not on pkg
                submodule = f"{source}.{alias.name}"
                found.add(submodule if submodule in modules else source)
    return {module for module in found if module in modules and module != name}


def import_graph(package: Path) -> dict[str, set[str]]:
    modules = module_files(package)
    return {name: imported(name, path, modules.keys()) for name, path in modules.items()}


def circles(graph: Mapping[str, Set[str]]) -> list[frozenset[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, iteratively)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for root in sorted(graph):
        if root in order:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(graph[root])))]
        order[root] = low[root] = len(order)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            following = next(successors, None)
            if following is not None:
                if following not in order:
                    order[following] = low[following] = len(order)
                    stack.append(following)
                    on_stack.add(following)
                    work.append((following, iter(sorted(graph[following]))))
                elif following in on_stack:
                    low[node] = min(low[node], order[following])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == order[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(frozenset(group))
    return found


def test_no_module_of_the_package_imports_itself_back() -> None:
    graph = import_graph(PACKAGE)
    assert "oscserver.midi.protocol" in graph["oscserver.midi.subsystem"]  # the graph is really read
    assert [sorted(group) for group in circles(graph)] == []


def test_every_kind_of_import_is_followed_and_every_circle_found(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "",
        "a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.b import B\n",
        "b.py": "def late():\n    from . import c\n",
        "c.py": "import pkg.a\n",
        "d.py": "from pkg.sub import e\n",
        "sub/__init__.py": "",
        "sub/e.py": "from ..d import x\n",
        "sub/f.py": "from pkg import a\n",
    }
    for name, text in files.items():
        (package / name).write_text(text)
    graph = import_graph(package)
    assert graph["pkg.sub.f"] == {"pkg.a"}
    assert sorted(sorted(group) for group in circles(graph)) == [
        ["pkg.a", "pkg.b", "pkg.c"],
        ["pkg.d", "pkg.sub.e"],
    ]

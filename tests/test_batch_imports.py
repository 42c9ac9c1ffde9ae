"""The batch modules import one way: no module of extractor/batch imports, at module level, one
that imports it back (engines and dask_engine share ``shards`` instead of importing each other)."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import extractor.batch

BATCH = Path(extractor.batch.__file__).resolve().parent


def _imported_siblings(tree: ast.Module, module_level_only: bool) -> set[str]:
    """The extractor.batch modules a module's source imports (``from .x import``, ``from . import x``,
    ``from extractor.batch.x import``), only at module level when asked."""
    nodes = tree.body if module_level_only else list(ast.walk(tree))
    found = set()
    for node in nodes:
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level == 1 and node.module:
            found.add(node.module.split(".")[0])
        elif node.level == 1:
            found.update(alias.name for alias in node.names)
        elif node.level == 0 and (node.module or "").startswith("extractor.batch."):
            found.add(node.module.split(".")[2])
    return found


def _graph(module_level_only: bool) -> dict[str, set[str]]:
    modules = {path.stem: ast.parse(path.read_text(encoding="utf-8")) for path in BATCH.glob("*.py")}
    return {name: _imported_siblings(tree, module_level_only) & set(modules) for name, tree in modules.items()}


def test_dask_engine_and_engines_do_not_import_each_other_at_module_level():
    anywhere, module_level = _graph(False), _graph(True)
    assert "engines" not in anywhere["dask_engine"]
    assert "dask_engine" not in module_level["engines"]  # imported inside make_engine, for dask runs only
    assert "shards" in module_level["engines"] and "shards" in module_level["dask_engine"]


def test_no_import_cycle_among_the_batch_modules():
    graph = _graph(False)
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, " -> ".join(path + (name,))
        if name in done:
            return
        for imported in graph[name]:
            visit(imported, path + (name,))
        done.add(name)

    for name in graph:
        visit(name, ())


@pytest.mark.parametrize("order", [("engines", "dask_engine"), ("dask_engine", "engines")])
def test_the_engines_import_in_either_order(order):
    imports = "; ".join(f"import extractor.batch.{name}" for name in order)
    subprocess.run([sys.executable, "-c", f"{imports}; from extractor.batch.engines import make_engine"],
                   check=True, cwd=BATCH.parents[1])


def test_the_local_engines_do_not_load_dask():
    code = "import sys, extractor.batch.engines; assert 'distributed' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=BATCH.parents[1])

"""Each module defines a top-level name once: a second `_OTHER_SUBJECT = ...` further down a module silently replaced
the first (round 15's rules for home care and day services were dead until this test)."""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("data", "geo", "components", "pages", "bench", "scripts", "tests")


def _rebound(path: Path, root: Path = ROOT) -> list[str]:
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            lines[node.name].append(node.lineno)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    lines[target.id].append(node.lineno)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            lines[node.target.id].append(node.lineno)
    return [f"{path.relative_to(root)}: {name} at lines {at}" for name, at in lines.items() if len(at) > 1]


def test_no_module_defines_a_top_level_name_twice():
    files = [ROOT / "dashboard.py", *(p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py"))]
    assert [r for f in files if "node_modules" not in f.parts for r in _rebound(f)] == []


def test_a_second_definition_is_found(tmp_path):
    module = tmp_path / "rebound.py"
    module.write_text("import re\nA = re.compile('a')\n\ndef f():\n    return A\n\nA = re.compile('b')\n", encoding="utf-8")
    assert _rebound(module, tmp_path) == ["rebound.py: A at lines [2, 7]"]

"""No shell ever sees input: no `shell=True`, `os.system` or `os.popen` anywhere in the code that
runs, and every subprocess call takes an argument list."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import ROOT

SOURCES = sorted((ROOT / "etl").rglob("*.py")) + sorted((ROOT / "dashboard").rglob("*.py"))


def calls(path) -> list[ast.Call]:
    return [
        node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.Call)
    ]


def name_of(call: ast.Call) -> str:
    return ast.unparse(call.func)


@pytest.mark.parametrize("path", SOURCES, ids=[str(p.relative_to(ROOT)) for p in SOURCES])
def test_no_shell_calls(path):
    for call in calls(path):
        assert name_of(call) not in (
            "os.system",
            "os.popen",
            "subprocess.getoutput",
            "subprocess.getstatusoutput",
        )
        for keyword in call.keywords:
            assert not (
                keyword.arg == "shell"
                and not (isinstance(keyword.value, ast.Constant) and not keyword.value.value)
            ), f"{path}:{call.lineno}: shell=True"
        if name_of(call).startswith("subprocess.") or name_of(call) in ("os.execv", "os.execve", "os.execvp"):
            command = (
                call.args[1] if name_of(call).startswith("os.exec") else (call.args[0] if call.args else None)
            )
            assert not isinstance(command, (ast.Constant, ast.JoinedStr, ast.BinOp)), (
                f"{path}:{call.lineno}: a command as a string"
            )


def test_the_check_sees_the_calls_that_exist():
    """The walk is not vacuous: the CLI's exec of the dashboard is found (as a list)."""
    found = [name_of(c) for c in calls(ROOT / "etl" / "cli.py")]
    assert "os.execve" in found

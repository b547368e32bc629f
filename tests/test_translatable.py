"""Every text is translatable: ``tr()`` gets a literal that pyside6-lupdate can read, and
is never called at import time (the language is chosen after the modules are loaded)."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "coachdesk"
SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def _is_tr(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "tr")


def _literal(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str | type(None))


class _ImportTime(ast.NodeVisitor):
    """tr() calls that run when the module is imported: at module or class level, or in
    a default value."""

    def __init__(self):
        self.found: list[int] = []

    def visit_FunctionDef(self, node):
        for default in [*node.args.defaults, *node.args.kw_defaults]:
            if default is not None:
                self.visit(default)
        for decorator in node.decorator_list:
            self.visit(decorator)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node):
        for default in node.args.defaults:
            self.visit(default)

    def visit_Call(self, node):
        if _is_tr(node):
            self.found.append(node.lineno)
        self.generic_visit(node)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_tr_gets_literals_only(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrong = [node.lineno for node in ast.walk(tree) if _is_tr(node) and not (
        node.args and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
        and (len(node.args) < 2 or _literal(node.args[1]))
        and all(_literal(k.value) for k in node.keywords if k.arg == "disambiguation"))]
    assert not wrong, f"tr() without a literal text at lines {wrong}: lupdate cannot see it"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_tr_is_not_called_at_import_time(path):
    finder = _ImportTime()
    finder.visit(ast.parse(path.read_text(encoding="utf-8")))
    assert not finder.found, f"tr() runs at import time at lines {finder.found}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_tr_is_not_inside_an_f_string(path):
    """pyside6-lupdate does not read inside f-strings: such a text is never translated."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    hidden = [node.lineno for f_string in ast.walk(tree) if isinstance(f_string, ast.JoinedStr)
              for node in ast.walk(f_string) if _is_tr(node)]
    assert not hidden, f"tr() inside an f-string at lines {hidden}: lupdate cannot see it"

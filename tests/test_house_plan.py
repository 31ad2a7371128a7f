"""The house plan (STYLE.md habit 1): apps whose imports point one way, and a small home app.

Apps, from the top down; an app may import only the apps to its right (and Wagtail, Django
and libraries). `kirasite` is the project: it may import any app and no app imports it.
Every import counts, at module level or inside a function, migrations included; the files
walked are those of the repository's Python packages, tests/ and bench/ aside.
"""

import ast
from itertools import pairwise
from pathlib import Path

from wagtail.models import Page

ROOT = Path(__file__).resolve().parent.parent
ORDER = [
    # The demo fills every app with content, home pages included.
    {"demo"},
    {"home"},
    {"applications"},
    {"news"},
    {"cities"},
    {"policies"},
    {"seo", "search", "translations", "accounts", "adminsite"},
    {"caching", "publishing"},
    {"core"},
]
RANK = {app: rank for rank, apps in enumerate(ORDER) for app in apps}
PROJECT = "kirasite"
# Python packages at the top of the repository that are not apps of the site.
NOT_APPS = {"tests", "bench", "ops"}
HOME_MAX_LINES = 600


def first_party_packages():
    return sorted(
        path.name
        for path in ROOT.iterdir()
        if (path / "__init__.py").is_file()
        and not path.name.startswith(".")
        and path.name not in NOT_APPS
    )


def python_files(package):
    return sorted((ROOT / package).rglob("*.py"))


def where(path, line):
    return f"{path.relative_to(ROOT)}:{line}"


def module_name(path):
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(tree):
    """(line, module) for every absolute import in a file; relative ones stay in its app."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.lineno, node.module


def app_imports():
    """(importing app, imported app, where) for every import of one app by another."""
    packages = set(first_party_packages())
    found = []
    for app in sorted(packages):
        for path in python_files(app):
            for line, module in imported_modules(ast.parse(path.read_text(), str(path))):
                target = module.split(".")[0]
                if target in packages and target != app:
                    found.append((app, target, where(path, line)))
    return found


def cycles(graph):
    """Every elementary cycle, each listed once, from its alphabetically first app."""
    found = []

    def follow(path):
        for following in sorted(graph.get(path[-1], ())):
            if following == path[0]:
                found.append([*path, following])
            elif following > path[0] and following not in path:
                follow([*path, following])

    for start in sorted(graph):
        follow([start])
    return found


def test_every_app_has_its_place_in_the_order():
    assert set(first_party_packages()) == set(RANK) | {PROJECT}, "add new apps to ORDER"


def test_the_apps_import_each_other_without_a_cycle():
    imports = app_imports()
    graph = {}
    for source, target, _where in imports:
        graph.setdefault(source, set()).add(target)

    def edge(source, target):
        places = [place for s, t, place in imports if (s, t) == (source, target)]
        return f"{source} → {target} ({', '.join(places)})"

    found = [" then ".join(edge(a, b) for a, b in pairwise(cycle)) for cycle in cycles(graph)]
    assert not found, "The apps import each other in a circle:\n" + "\n".join(found)


def test_each_app_imports_only_the_apps_to_its_right():
    wrong = [
        f"{source} imports {target} ({place})"
        for source, target, place in app_imports()
        if source != PROJECT and (target == PROJECT or RANK[target] <= RANK[source])
    ]
    assert not wrong, "Imports against the house plan:\n" + "\n".join(wrong)


def test_the_home_app_stays_small():
    lines = {
        str(path.relative_to(ROOT)): len(path.read_text().splitlines())
        for path in python_files("home")
        if "migrations" not in path.relative_to(ROOT / "home").parts
    }
    assert sum(lines.values()) <= HOME_MAX_LINES, (
        f"home/ has {sum(lines.values())} lines of Python outside its migrations "
        f"(at most {HOME_MAX_LINES}): {dict(sorted(lines.items(), key=lambda item: -item[1]))}"
    )


def project_page_classes():
    """Name → module of every page class of this project, abstract ones included."""
    packages = set(first_party_packages())
    found, waiting = {}, [Page]
    while waiting:
        for subclass in waiting.pop().__subclasses__():
            waiting.append(subclass)
            if subclass.__module__.split(".")[0] in packages:
                found[subclass.__name__] = subclass.__module__
    return found


def named_classes(node):
    """The class names a second argument of isinstance()/issubclass() names."""
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, ast.Attribute):
        return [node.attr]
    if isinstance(node, ast.Tuple):
        return [name for element in node.elts for name in named_classes(element)]
    return []


def test_no_app_switches_on_another_modules_page_types():
    """Cross-cutting code asks a page for what it needs instead of checking its type."""
    page_classes = project_page_classes()
    assert page_classes, "no page classes found"
    wrong = []
    for app in first_party_packages():
        for path in python_files(app):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if not (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in ("isinstance", "issubclass")
                    and len(node.args) == 2
                ):
                    continue
                for name in named_classes(node.args[1]):
                    if name in page_classes and page_classes[name] != module_name(path):
                        wrong.append(
                            f"{where(path, node.lineno)} {node.func.id}(…, {name}) "
                            f"({name} is in {page_classes[name]})"
                        )
    assert not wrong, "Checks of another module's page types:\n" + "\n".join(wrong)


def modules_of(app):
    return {module_name(path): path for path in python_files(app) if "migrations" not in path.parts}


def test_the_modules_of_each_app_import_each_other_without_a_cycle():
    found = []
    for app in first_party_packages():
        modules = modules_of(app)
        graph = {}
        for name, path in modules.items():
            for _line, module in imported_modules(ast.parse(path.read_text(), str(path))):
                if module in modules and module != name:
                    graph.setdefault(name, set()).add(module)
        found += [" → ".join(cycle) for cycle in cycles(graph)]
    assert not found, "Modules of one app import each other in a circle:\n" + "\n".join(found)

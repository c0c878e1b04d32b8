"""Every module says what it exports (``__all__``), and exports only names it has."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

PACKAGES = (
    "base",
    "extraction",
    "schemas",
    "streams",
    "agents",
    "services",
    "cli",
    "client",
    "training",
)


def modules() -> list[str]:
    names = []
    for package in PACKAGES:
        root = importlib.import_module(package)
        names.extend(
            info.name
            for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}.")
            if not info.name.endswith("__main__")
        )
    return names


@pytest.mark.parametrize("name", modules())
def test_module_declares_existing_public_names(name):
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    assert exported is not None, f"{name} has no __all__"
    missing = [public for public in exported if not hasattr(module, public)]
    assert not missing, f"{name}.__all__ names what it lacks: {missing}"

"""The capability registry: every declaration resolves, and reading it stays cheap."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import fields

import pytest

from isu_desk.capabilities import registry
from isu_desk.capabilities.declaration import Capability, load

REFERENCES = [
    (capability.name, field.name, getattr(capability, field.name))
    for capability in registry.CAPABILITIES
    for field in fields(Capability)
    if field.type == "Ref" and getattr(capability, field.name)
]


@pytest.mark.parametrize(("capability", "field", "ref"), REFERENCES)
def test_every_declared_reference_names_something_real(
    capability: str, field: str, ref: str
) -> None:
    assert load(ref) is not None


def test_sections_record_types_and_kinds_are_unique() -> None:
    titles = [section.title for section in registry.sections()]
    tables = [t.table for c in registry.CAPABILITIES for t in c.record_types]
    kinds = [k for c in registry.CAPABILITIES if c.transfer for k in c.transfer.kinds]
    assert len(set(titles)) == len(titles)
    assert len(set(tables)) == len(tables)
    assert len(set(kinds)) == len(kinds)


def test_every_replicated_table_belongs_to_a_declared_record_type_or_the_core(
    database: object,
) -> None:
    from isu_desk.storage.models import replicated_tables

    core = {"sync_conflicts", "letters"}  # kept by sync itself; letters of any record
    assert set(replicated_tables()) - core <= set(registry.record_types())


def _modules_loaded_by(code: str) -> list[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return list(json.loads(out.splitlines()[-1]))


def test_the_command_line_parser_loads_no_qt_reportlab_openpyxl_database_or_services() -> None:
    loaded = _modules_loaded_by(
        "from isu_desk.cli import build_parser\nbuild_parser().format_help()"
    )
    heavy = (
        "PySide6",
        "reportlab",
        "openpyxl",
        "sqlalchemy",
        "keyring",
        "cryptography",
        "sqlcipher3",
    )
    assert not [m for m in loaded if m.split(".")[0] in heavy]
    assert not [m for m in loaded if ".ui." in m or m.endswith(".reports")]
    # No capability's services either (``isu-desk --help`` stays quick).
    assert not [m for m in loaded if ".services" in m]

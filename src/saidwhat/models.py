"""Find and load a model: the documented model interface.

A model directory holds `model.json` (`{"name", "version", "engine": "crf", "license", ...}`)
and the files its engine needs. A model distribution (such as `models/de-wikinews`) registers
its directory under the entry point group `saidwhat.models`; the first one found is the
default. With no model installed, saidwhat runs its rule engine."""
from __future__ import annotations

import json
from importlib.metadata import entry_points
from pathlib import Path

from saidwhat.detect import RoleTagger
from saidwhat.errors import ModelError

RULES = "rules"


def installed_models() -> dict[str, Path]:
    found = {}
    for ep in entry_points(group="saidwhat.models"):
        try:
            found[ep.name] = Path(ep.load()())
        except Exception as exc:  # a broken third-party model package: say which, not a traceback
            raise ModelError(f"installed model {ep.name!r} cannot be loaded ({exc}); reinstall or uninstall it")
    return found


def read_model_card(directory: Path) -> dict:
    meta_path = directory / "model.json"
    if not meta_path.is_file():
        raise ModelError(f"{directory} is not a saidwhat model directory: it has no model.json")
    try:
        return json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read {meta_path}: {exc}")


def load_tagger(model: str | Path | None = None) -> RoleTagger:
    from saidwhat.detect.rules import RuleTagger

    if model is None:
        models = installed_models()
        if not models:
            return RuleTagger()
        model = next(iter(models.values()))
    elif str(model) == RULES:
        return RuleTagger()
    directory = Path(model)
    if not directory.is_dir():
        models = installed_models()
        if str(model) in models:
            directory = models[str(model)]
        else:
            raise ModelError(f"model {str(model)!r} is neither a directory nor an installed model; installed: {sorted(models) or 'none'}")
    meta = read_model_card(directory)
    if meta.get("engine") != "crf":
        raise ModelError(f"{directory}: unknown engine {meta.get('engine')!r} in model.json (known: crf)")
    from saidwhat.detect.crf import CrfTagger

    return CrfTagger.load(directory, meta)

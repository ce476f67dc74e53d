"""The de-wikinews model for saidwhat (CC BY-NC-SA 4.0): its directory, found by saidwhat
through the `saidwhat.models` entry point."""
from pathlib import Path


def model_directory() -> Path:
    return Path(__file__).parent / "model"

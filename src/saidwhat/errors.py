"""Every error a user can cause, with a message that says what to do.

The CLI turns a `SaidwhatError` into one line on stderr and exit code 2."""
from __future__ import annotations


class SaidwhatError(Exception):
    """An error caused by the input or the invocation, not by a bug."""

    exit_code = 2


class InputError(SaidwhatError):
    pass


class ModelError(SaidwhatError):
    pass


class StoreError(SaidwhatError):
    pass


MAX_INPUT_BYTES = 20 * 1024 * 1024

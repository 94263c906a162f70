"""Classified processing errors. Every rejected record becomes a dead letter carrying one of these."""

from __future__ import annotations


class ProcessingError(Exception):
    """Base class: ``error_class`` is the stable name written to the dead-letter headers."""

    error_class = "ProcessingError"

    def __init__(self, message: str, *, stage: str = "decode") -> None:
        super().__init__(message)
        self.message = message
        self.stage = stage


class InvalidInput(ProcessingError):
    """The input record is not a valid article event (bad bytes, bad JSON, wrong shape or types)."""

    error_class = "InvalidInput"


class RecordTooLarge(InvalidInput):
    """The input record or its text is over the configured size cap."""

    error_class = "RecordTooLarge"


class UnsupportedLanguage(InvalidInput):
    """The article declares a language the English model cannot process."""

    error_class = "UnsupportedLanguage"


class StageFailure(ProcessingError):
    """A stage raised while processing a valid record."""

    error_class = "StageFailure"

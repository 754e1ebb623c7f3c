"""User errors: one clear sentence, exit status 2 on the command line, a dialog in the UI."""


class UserError(Exception):
    """Bad input from the user; the message is one sentence naming what and where."""

    def detail_lines(self) -> list[str]:
        """What the sentence sums up, one line each (a rejected sheet's cells, a
        rejected batch's lines), printed under it on the command line."""
        return []


class DatabaseUnavailable(UserError):
    """The database cannot be opened or reached."""


class FieldError(UserError):
    """A bad value of one field: the sentence, plus a ``kind`` and its ``details`` so a
    report (an import's, in the UI) can say why in another language."""

    def __init__(self, message: str, kind: str, *details: int | str) -> None:
        super().__init__(message)
        self.kind = kind
        self.details = details

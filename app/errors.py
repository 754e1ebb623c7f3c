"""User errors: one clear sentence, exit status 2 on the command line, a dialog in the UI."""


class UserError(Exception):
    """Bad input from the user; the message is one sentence naming what and where."""


class DatabaseUnavailable(UserError):
    """The database cannot be opened or reached."""

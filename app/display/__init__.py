"""The public display of completed cases (公示办结结果): the board a hall's lobby
screen shows, the static page for the hall's web site, and the masking both use.
No Qt here; widgets/display only paints what ``board`` gives it."""

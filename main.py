"""HallDesk entry point: parse the command line, open the app or run a command.

Also the console script ``halldesk``. The Qt application is imported only when no
command is given, so commands run without Qt.
"""

from app import cli
from app.cli.options import StartOptions


def open_gui(options: StartOptions) -> int:
    from widgets.app import run_gui

    return run_gui(options)


def main() -> None:
    cli.main(open_gui=open_gui)


if __name__ == "__main__":
    main()

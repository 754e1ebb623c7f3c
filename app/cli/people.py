"""``user name``: the person's name (姓名) an account is shown by."""

from __future__ import annotations

from app.cli.context import Context
from app.cli.registry import arg, command

EXIT_OK = 0


@command("user name", "set or change the person's name (姓名) an account is shown by",
         arg("name", metavar="ACCOUNT"),
         arg("display_name", metavar="姓名", help="the name; '' removes it"))
def user_name(ctx: Context) -> int:
    from app.security.people import set_display_name

    db = ctx.open()
    actor, role = ctx.identity(db)
    with db.write() as session:
        shown = set_display_name(session, ctx.args.name, ctx.args.display_name, actor=actor,
                                 role=role).display_name
    print(f"Account {ctx.args.name} is shown as {shown}." if shown else
          f"Account {ctx.args.name} has no person's name now; its login name is shown.")
    return EXIT_OK

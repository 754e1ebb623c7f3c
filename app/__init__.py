"""HallDesk core: everything that is not Qt widgets and not table definitions."""

# The one place the version is written: pyproject.toml reads it, `halldesk --version`
# prints it and packaging/build-deb.sh names the package after it.
__version__ = "0.1.0"

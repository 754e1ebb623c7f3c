"""The event feed: parse and validate (docs/spec/events.md), apply, simulate."""

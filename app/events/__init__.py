"""The event feed: parse and validate (spec/events.md), apply, simulate."""

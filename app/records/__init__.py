"""Records (docs/spec/records.md): rules and services, no Qt. Entries are never deleted."""

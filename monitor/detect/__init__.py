"""Pure: text in, matches and follow-ups out (no sqlite, network or telegram imports)."""

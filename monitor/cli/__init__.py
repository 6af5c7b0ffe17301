"""The `storywatch` command line: one module per command group; `main` is the console script."""

from monitor.cli.main import cli, main

__all__ = ["cli", "main"]

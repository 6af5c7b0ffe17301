"""`storywatch run`: the long-running service, its children, its configuration and logs."""

"""`storywatch demo`: the seed story replayed offline on a loopback news site."""

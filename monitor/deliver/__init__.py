"""What an alert says and where it goes (the console sink); no SQL."""

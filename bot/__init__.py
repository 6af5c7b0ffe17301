"""The Telegram bot (python-telegram-bot 22): subscriptions, commands and outbox delivery."""

"""Everything the bot says, in English and Russian (the seed story's audiences), and how a chat's language is
chosen: the chat's own choice (/language), else the Telegram user's language, else English (pure).

Values passed to `t()` are inserted as given: callers escape outside text (monitor's HTML rule) before
passing it. A key missing in one language falls back to English; a test checks both have every key.
"""

from __future__ import annotations

from monitor.deliver.render import LANGUAGES

DEFAULT = "en"

STRINGS: dict[str, dict[str, str]] = {
    # -- command descriptions (setMyCommands per language_code, /help, usage lines) --
    "cmd.start": {"en": "What this bot does and the stories it follows",
                  "ru": "Что делает бот и какие сюжеты он отслеживает"},
    "cmd.help": {"en": "The commands", "ru": "Список команд"},
    "cmd.stories": {"en": "The stories followed, with buttons to subscribe",
                    "ru": "Отслеживаемые сюжеты, с кнопками подписки"},
    "cmd.subscribe": {"en": "Get alerts for a story (only some kinds: correction,retraction)",
                      "ru": "Получать оповещения по сюжету (только некоторые виды: correction,retraction)"},
    "cmd.unsubscribe": {"en": "Stop alerts for a story", "ru": "Отписаться от сюжета"},
    "cmd.mysubs": {"en": "The stories this chat follows", "ru": "Сюжеты, на которые подписан этот чат"},
    "cmd.filter": {"en": "Receive less of a story: some kinds, outlets, or confident follow-ups only "
                         "(off: everything)",
                   "ru": "Получать не всё: только некоторые виды, издания или уверенные находки (off: всё)"},
    "cmd.filters": {"en": "What this chat receives of each story", "ru": "Что этот чат получает по каждому сюжету"},
    "cmd.latest": {"en": "The most recent follow-ups", "ru": "Последние отклики"},
    "cmd.search": {"en": "Search the archive of articles", "ru": "Поиск по архиву статей"},
    "cmd.mute": {"en": "Hold alerts for a while: 30m, 2h, 1d, or off",
                 "ru": "Придержать оповещения: 30m, 2h, 1d или off"},
    "cmd.digest": {"en": "One daily digest instead of instant alerts",
                   "ru": "Одна ежедневная сводка вместо мгновенных оповещений"},
    "cmd.language": {"en": "The bot's language: en, ru, or auto (your Telegram language)",
                     "ru": "Язык бота: en, ru или auto (язык вашего Telegram)"},
    "cmd.status": {"en": "Sources' health, last runs, outbox depth (operators)",
                   "ru": "Состояние источников, последние запуски, очередь (операторам)"},
    "cmd.sources": {"en": "The sources polled (operators)", "ru": "Опрашиваемые источники (операторам)"},
    # -- replies --
    "usage": {"en": "Usage: <code>{usage}</code> \u2014 {description}",
              "ru": "Использование: <code>{usage}</code> \u2014 {description}"},
    "start": {"en": "storywatch follows news stories and alerts you to their follow-ups: corrections, apologies, "
                    "retractions, denials, legal action, with the quoted evidence.\n\nStories followed:\n{stories}"
                    "\n\nSubscribe with /stories or <code>/subscribe NAME</code>; /help lists every command.",
              "ru": "storywatch следит за новостными сюжетами и сообщает об их развитии: исправлениях, извинениях, "
                    "отзывах, опровержениях, судебных исках \u2014 с цитатой.\n\nОтслеживаемые сюжеты:\n{stories}"
                    "\n\nПодписка: /stories или <code>/subscribe NAME</code>; /help \u2014 все команды."},
    "help": {"en": "Commands:\n{lines}", "ru": "Команды:\n{lines}"},
    "no_stories": {"en": "No stories are followed yet.", "ru": "Пока не отслеживается ни один сюжет."},
    "button.subscribe": {"en": "Subscribe: ", "ru": "Подписаться: "},
    "no_story": {"en": "No story called {name}. Known: {known}", "ru": "Нет сюжета {name}. Есть: {known}"},
    "admins_only.subscriptions": {"en": "Only the group's administrators can change its subscriptions.",
                                  "ru": "Менять подписки группы могут только её администраторы."},
    "admins_only.filters": {"en": "Only the group's administrators can change its filters.",
                            "ru": "Менять фильтры группы могут только её администраторы."},
    "admins_only.mute": {"en": "Only the group's administrators can mute its alerts.",
                         "ru": "Приглушать оповещения группы могут только её администраторы."},
    "admins_only.digest": {"en": "Only the group's administrators can change how its alerts arrive.",
                           "ru": "Менять способ доставки в группе могут только её администраторы."},
    "subscribed": {"en": "Subscribed to <b>{title}</b>.", "ru": "Подписка на <b>{title}</b> оформлена."},
    "subscribed_only": {"en": " Only: {kinds}.", "ru": " Только: {kinds}."},
    "already_subscribed": {"en": "Already subscribed to {name}.", "ru": "Подписка на {name} уже есть."},
    "unsubscribed": {"en": "Unsubscribed from {name}.", "ru": "Подписка на {name} отменена."},
    "not_subscribed": {"en": "This chat was not subscribed to {name}.", "ru": "Этот чат не был подписан на {name}."},
    "follows_nothing": {"en": "This chat follows no story yet: see /stories.",
                        "ru": "Этот чат пока не подписан ни на один сюжет: см. /stories."},
    "mysubs": {"en": "Following: {names}\nDelivery: {mode}{muted}.",
               "ru": "Подписки: {names}\nДоставка: {mode}{muted}."},
    "mode.digest": {"en": "a daily digest", "ru": "ежедневная сводка"},
    "mode.instant": {"en": "instant alerts", "ru": "мгновенные оповещения"},
    "muted_until": {"en": ", muted until {until}", "ru": ", приглушено до {until}"},
    "no_follow_ups": {"en": "No follow-ups yet.", "ru": "Откликов пока нет."},
    "latest": {"en": "<b>Latest follow-ups</b> ({names})", "ru": "<b>Последние отклики</b> ({names})"},
    "search.none": {"en": "No articles found for <i>{words}</i>.",
                    "ru": "По запросу <i>{words}</i> ничего не найдено."},
    "search.head": {"en": "<b>Search</b>: <i>{words}</i>, most relevant first (results {first}-{last})",
                    "ru": "<b>Поиск</b>: <i>{words}</i>, сначала самое подходящее (результаты {first}-{last})"},
    "search.previous": {"en": "\u25c0 Previous", "ru": "\u25c0 Назад"},
    "search.next": {"en": "Next \u25b6", "ru": "Дальше \u25b6"},
    "search.too_many": {"en": "Too many searches: try again in {seconds} s.",
                        "ru": "Слишком много запросов: повторите через {seconds} с."},
    "search.too_many_pages": {"en": "Too many pages: try again in {seconds} s.",
                              "ru": "Слишком много страниц: повторите через {seconds} с."},
    "search.too_long": {"en": "A search is at most {chars} characters.",
                        "ru": "Запрос \u2014 не больше {chars} символов."},
    "search.too_many_words": {"en": "A search is at most {words} words.",
                              "ru": "Запрос \u2014 не больше {words} слов."},
    "search.busy": {"en": "Many searches are running: try again in a few seconds.",
                    "ru": "Сейчас идёт много поисков: повторите через несколько секунд."},
    "search.timeout": {"en": "That search took too long and was stopped: try fewer or more specific words.",
                       "ru": "Поиск шёл слишком долго и был остановлен: попробуйте меньше слов или точнее."},
    "search.failed": {"en": "That search could not run: try other words.",
                      "ru": "Этот поиск не удалось выполнить: попробуйте другие слова."},
    "operators.private": {"en": "Operator commands answer only in a private chat with the bot.",
                          "ru": "Команды операторов отвечают только в личном чате с ботом."},
    "search.expired": {"en": "This search has expired: search again.", "ru": "Этот поиск устарел: повторите его."},
    "muted": {"en": "Muted until {until} UTC; held alerts arrive then.",
              "ru": "Приглушено до {until} UTC; придержанные оповещения придут тогда."},
    "unmuted": {"en": "Alerts unmuted.", "ru": "Оповещения снова включены."},
    "digest.on": {"en": "Daily digest on: one message a day at {hour}:00 UTC.",
                  "ru": "Ежедневная сводка включена: одно сообщение в день в {hour}:00 UTC."},
    "digest.off": {"en": "Instant alerts on.", "ru": "Включены мгновенные оповещения."},
    "operators_only": {"en": "This command is for operators.", "ru": "Эта команда \u2014 для операторов."},
    "no_sources": {"en": "No sources.", "ru": "Источников нет."},
    "unknown_command": {"en": "Unknown command. /help lists what I understand.",
                        "ru": "Неизвестная команда. /help \u2014 что я понимаю."},
    "unknown_button": {"en": "Unknown button.", "ru": "Неизвестная кнопка."},
    "failed": {"en": "Sorry, that failed. Try again later.", "ru": "Не получилось. Попробуйте позже."},
    "language.set": {"en": "I will speak English here.", "ru": "Здесь я буду говорить по-русски."},
    "language.auto": {"en": "I will speak your Telegram language here (English or Russian).",
                      "ru": "Здесь я буду говорить на языке вашего Telegram (русский или английский)."},
    "language.bad": {"en": "Languages: en, ru, or auto.", "ru": "Языки: en, ru или auto."},
    # -- filters --
    "filter.kinds": {"en": "kinds: {kinds}", "ru": "виды: {kinds}"},
    "filter.outlets": {"en": "outlets: {outlets}", "ru": "издания: {outlets}"},
    "filter.confidence": {"en": "confidence at least {value}", "ru": "уверенность не ниже {value}"},
    "filter.everything": {"en": "every follow-up the story alerts on", "ru": "все отклики, о которых сообщает сюжет"},
    "filter.not_following": {"en": "This chat does not follow {name}: <code>/subscribe {name}</code> first.",
                             "ru": "Этот чат не подписан на {name}: сначала <code>/subscribe {name}</code>."},
    "filter.need_value": {"en": "Give a value: <code>/filter {name} {axis} VALUE</code>, or off.",
                          "ru": "Укажите значение: <code>/filter {name} {axis} ЗНАЧЕНИЕ</code> или off."},
    "filter.set": {"en": "<b>{name}</b>: {what}.", "ru": "<b>{name}</b>: {what}."},
    "filters.head": {"en": "What this chat receives:", "ru": "Что получает этот чат:"},
    "filters.how": {"en": "Change with <code>/filter NAME kinds correction,retraction</code>, <code>/filter NAME "
                          "outlets Reuters</code>, <code>/filter NAME confidence 0.8</code> or <code>/filter NAME "
                          "off</code>.",
                    "ru": "Изменить: <code>/filter NAME kinds correction,retraction</code>, <code>/filter NAME "
                          "outlets Reuters</code>, <code>/filter NAME confidence 0.8</code> или <code>/filter NAME "
                          "off</code>."},
    "filter_error.unknown_kind": {"en": "unknown kind '{kind}': valid kinds are {valid}",
                                  "ru": "неизвестный вид '{kind}': допустимые виды: {valid}"},
    "filter_error.no_kind": {"en": "no kind given: valid kinds are {valid}",
                             "ru": "не указан вид: допустимые виды: {valid}"},
    "filter_error.no_outlet": {"en": "no outlet given: name them separated by commas, for example Reuters,Bloomberg",
                               "ru": "не указано издание: перечислите через запятую, например Reuters,Bloomberg"},
    "filter_error.many_outlets": {"en": "at most {most} outlets of at most 100 characters each",
                                  "ru": "не больше {most} изданий, каждое не длиннее 100 символов"},
    "filter_error.confidence": {"en": "confidence must be a number from 0 to 1, for example 0.8",
                                "ru": "уверенность \u2014 число от 0 до 1, например 0.8"},
    "filter_error.axis": {"en": "unknown filter '{axis}': valid filters are kinds, outlets, confidence, or off",
                          "ru": "неизвестный фильтр '{axis}': есть kinds, outlets, confidence или off"},
    "preset.all": {"en": "All kinds", "ru": "Все виды"},
    "preset.fix": {"en": "Corrections only", "ru": "Только исправления"},
    "preset.row": {"en": "Denials & legal", "ru": "Опровержения и иски"},
    "preset.set": {"en": "{name}: {preset}.", "ru": "{name}: {preset}."},
    "preset.same": {"en": "{name}: {preset} already.", "ru": "{name}: уже {preset}."},
    "preset.expired": {"en": "This button has expired: send /stories again.",
                       "ru": "Эта кнопка устарела: отправьте /stories снова."},
    "preset.subscribe_first": {"en": "Subscribe to {name} first.", "ru": "Сначала подпишитесь на {name}."},
    # -- alerts and digests --
    "alert.by": {"en": "By {who}", "ru": "Кто: {who}"},
    "alert.to": {"en": " (to {target})", "ru": " (кому: {target})"},
    "alert.before": {"en": "Before:", "ru": "Было:"},
    "alert.after": {"en": "After:", "ru": "Стало:"},
    "alert.also": {"en": "Also carried by: {outlets}", "ru": "Также опубликовали: {outlets}"},
    "alert.untitled": {"en": "(untitled)", "ru": "(без заголовка)"},
    "alert.unknown": {"en": "unknown", "ru": "неизвестно"},
    "digest.daily": {"en": "Daily digest", "ru": "Ежедневная сводка"},
    "digest.backlog": {"en": "While you were away", "ru": "Пока вас не было"},
    "digest.head": {"en": "{heading}{part}: {count} on {stories}", "ru": "{heading}{part}: {count} \u2014 {stories}"},
    "history.head": {"en": "History of {story}: {count} since {since}",
                     "ru": "История сюжета {story}: {count} с {since}"},
    "history.part": {"en": " (part {part}/{parts})", "ru": " (часть {part}/{parts})"},
    "digest.continued": {"en": " (continued)", "ru": " (продолжение)"},
}


def language_of(code: str | None) -> str:
    """A Telegram `language_code` ('ru', 'ru-RU', 'en-GB', None) as one of LANGUAGES."""
    base = (code or "").split("-")[0].split("_")[0].lower()
    return base if base in LANGUAGES else DEFAULT


def chat_language(chosen: str | None, seen: str | None, code: str | None = None) -> str:
    """The chat's language: its /language choice, else the language of the user speaking now, else the one
    last seen in the chat, else English."""
    if chosen in LANGUAGES:
        return chosen
    if code:
        return language_of(code)
    return language_of(seen)


def t(lang: str, key: str, **values: object) -> str:
    """A string of the catalogue in `lang` (English when missing), with `values` inserted."""
    entry = STRINGS[key]
    return entry.get(lang, entry[DEFAULT]).format(**values)

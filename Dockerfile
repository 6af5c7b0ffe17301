# storywatch as a container: `docker compose up -d` (compose.yaml) runs the service with the bot, and
# Datasette on the same archive. The image holds only the installed wheel; the archive, the watches and the
# configuration live in the /data volume.
FROM python:3.11-slim AS build
WORKDIR /src
COPY . .
RUN python -m pip wheel --quiet --disable-pip-version-check --no-deps -w /wheels .

FROM python:3.11-slim
# tests/test_install.py runs these same install steps (deploy/install.sh) in a fresh venv from the wheel.
COPY --from=build /wheels /wheels
COPY deploy/install.sh /usr/local/bin/storywatch-install
RUN storywatch-install /opt/storywatch /wheels/storywatch-*.whl serve && rm -rf /wheels \
 && useradd --system --home-dir /data --shell /usr/sbin/nologin storywatch \
 && mkdir -p /data && chown storywatch /data
ENV PATH=/opt/storywatch/bin:$PATH \
    STORYWATCH_DB=/data/storywatch.db \
    STORYWATCH_LOG_FORMAT=json
USER storywatch
WORKDIR /data
VOLUME /data
# In /data: ./storywatch.toml and ./seeds are used when present (`storywatch init --copy-seeds` writes seeds/);
# else the built-in defaults and the shipped watch.
CMD ["storywatch", "run"]

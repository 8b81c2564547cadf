#!/bin/sh
# A release of the site (docs/production.md): build it beside the running one, switch to it at once,
# restart the workers one at a time (nginx sends requests to the others meanwhile), empty nginx's page
# cache, keep the last three releases. Started as root, which only the switch and the restarts need:
# the fetch, the install (every dependency's scripts) and the build run as the site's user, with only
# the settings a build reads, never the inbox's sign-in secret or publishing token. Settings in
# /etc/qyzylorda-site.env:
#   SITE_URL=https://<public address>   WORKERS=<ports, e.g. "3001 3002">
#   DATA_DIR=/srv/qyzylorda/data (residents' messages, kept across releases) or DATABASE_URL=postgres://…
# RELEASE=<folder> switches to a release built on another node and copied here, without building.
set -eu
# The same settings the service units read (also when the pipeline starts this over ssh).
if [ -r /etc/qyzylorda-site.env ]; then set -a; . /etc/qyzylorda-site.env; set +a; fi
ROOT=${ROOT:-/srv/qyzylorda}
SITE_USER=${SITE_USER:-qyzylorda}
SITE_URL=${SITE_URL:?SITE_URL is the public address, e.g. https://example.kz}
WORKERS=${WORKERS:-3001 3002}
CACHE=${CACHE:-/var/cache/nginx/qyzylorda}
# Residents' messages outlive releases: never inside one.
export DATA_DIR="${DATA_DIR:-$ROOT/data}"

if [ -n "${RELEASE:-}" ]; then
  # A release built once, on another node, and copied here as it is (docs/production.md, several
  # nodes): the same build id, pages and asset names on every node. Nothing is built here.
  release=$RELEASE
  [ -s "$release/.next/BUILD_ID" ] || { echo "$release is not a built release (no .next/BUILD_ID)" >&2; exit 1; }
  cd "$release"
else
  # As the site's user, with a clean environment: the settings a build reads and nothing more. (It reads
  # the counts of residents' messages, so it is given the database; on a first release it makes it.)
  group=$(id -gn "$SITE_USER")
  install -d -o "$SITE_USER" -g "$group" -m 700 "$DATA_DIR" "$ROOT/home" "$ROOT/backups"
  install -d -o "$SITE_USER" -g "$group" "$ROOT/releases"
  # The key Next names the inbox's forms (server actions) by, made once and kept: every release, and
  # every node given this build, names them alike, so a page opened before a release still sends after it.
  actions_key="$ROOT/home/server-actions.key"
  [ -s "$actions_key" ] || (umask 077 && head -c 32 /dev/urandom | base64 > "$actions_key")
  chown "$SITE_USER:$group" "$actions_key"
  build_env="$ROOT/home/build.env"
  (umask 077 && env | grep -E '^(SITE_URL|DATA_DIR|DATABASE_URL|RETENTION_MONTHS|PAGE_STYLES|CMS_[A-Z_]+)=' |
    sed -e "s/'/'\\\\''/g" -e "s/^\([A-Z_]*\)=\(.*\)$/\1='\2'/" > "$build_env" &&
    echo "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY='$(cat "$actions_key")'" >> "$build_env")
  chown "$SITE_USER:$group" "$build_env"
  as_site() {
    runuser -u "$SITE_USER" -- env -i PATH="$PATH" HOME="$ROOT/home" LANG=C.UTF-8 NEXT_TELEMETRY_DISABLED=1 \
      sh -c 'set -a; . "$HOME/build.env"; set +a; exec "$@"' as-site "$@"
  }

  release="$ROOT/releases/$(date -u +%Y%m%dT%H%M%SZ)"
  as_site git -C "$ROOT/repo" pull --ff-only --quiet
  as_site git clone --quiet --depth 1 "file://$ROOT/repo" "$release"
  cd "$release"
  as_site npm ci --no-audit --no-fund
  as_site npm run build
fi

# Files named by their bytes stay available to pages and browsers that still hold the last release's
# HTML: nginx serves them from shared/, where each release adds its own and removes none.
mkdir -p "$ROOT/shared/_next/static" "$ROOT/shared/fonts" "$ROOT/shared/photos"
cp -rn .next/static/. "$ROOT/shared/_next/static/"
cp -rn public/fonts/. "$ROOT/shared/fonts/"
[ -d public/photos ] && cp -rn public/photos/. "$ROOT/shared/photos/"

ln -sfn "$release" "$ROOT/current.next"
mv -T "$ROOT/current.next" "$ROOT/current"

for port in $WORKERS; do
  systemctl restart "qyzylorda-site@$port"
  until curl -fs -o /dev/null "http://127.0.0.1:$port/kk"; do sleep 0.5; done
done
# (None yet before nginx has run with the site.)
if [ -d "$CACHE" ]; then find "$CACHE" -type f -delete; fi
ls -1dt "$ROOT"/releases/* | tail -n +4 | xargs -r rm -rf
echo "Serving $release"

#!/bin/sh
# A release of the site (docs/production.md): build it beside the running one, switch to it at once,
# restart the workers one at a time (nginx sends requests to the others meanwhile), empty nginx's page
# cache, keep the last three releases. Run as root; settings in /etc/qyzylorda-site.env:
#   SITE_URL=https://<public address>   WORKERS=<ports, e.g. "3001 3002">
#   DATA_DIR=/srv/qyzylorda/data (residents' messages, kept across releases) or DATABASE_URL=postgres://…
set -eu
# The same settings the service units read (also when the pipeline starts this over ssh).
if [ -r /etc/qyzylorda-site.env ]; then set -a; . /etc/qyzylorda-site.env; set +a; fi
ROOT=${ROOT:-/srv/qyzylorda}
SITE_URL=${SITE_URL:?SITE_URL is the public address, e.g. https://example.kz}
WORKERS=${WORKERS:-3001 3002}
CACHE=${CACHE:-/var/cache/nginx/qyzylorda}
# Residents' messages outlive releases: never inside one.
export DATA_DIR="${DATA_DIR:-$ROOT/data}"

release="$ROOT/releases/$(date -u +%Y%m%dT%H%M%SZ)"
git -C "$ROOT/repo" pull --ff-only --quiet
git clone --quiet --depth 1 "file://$ROOT/repo" "$release"
cd "$release"
npm ci --no-audit --no-fund
SITE_URL="$SITE_URL" npm run build
chown -R qyzylorda:qyzylorda "$release"
# The build read the counts of residents' messages (and made the database on a first release).
mkdir -p "$DATA_DIR" && chown -R qyzylorda:qyzylorda "$DATA_DIR" && chmod 700 "$DATA_DIR"

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
find "$CACHE" -type f -delete
ls -1dt "$ROOT"/releases/* | tail -n +4 | xargs -r rm -rf
echo "Serving $release"

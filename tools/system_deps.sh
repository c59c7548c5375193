#!/usr/bin/env bash
# The Debian packages the product and the tests run for real: a PostgreSQL 15 server (tests start
# their own throwaway cluster from its binaries), a headless Chromium (Playwright drives it; it
# downloads no browser of its own), Tesseract with German and English data (OCR of scanned
# PDF pages and image files) and espeak-ng (the audio tests and `make bench` speak German into
# recordings to transcribe). Fast and silent when all are there; installs them as root otherwise.
set -euo pipefail

packages=(postgresql chromium tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng espeak-ng)

present() {
    compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null && [[ -x /usr/bin/chromium ]] &&
        [[ -x /usr/bin/tesseract ]] && tessdata deu && tessdata eng && [[ -x /usr/bin/espeak-ng ]]
}

# true when Tesseract's language data for $1 is installed (the path differs between releases)
tessdata() {
    compgen -G "/usr/share/tesseract-ocr/*/tessdata/$1.traineddata" >/dev/null
}

# true while another apt or dpkg run is going (e.g. one already installing chromium)
apt_busy() {
    grep -qxE 'apt|apt-get|aptitude|dpkg|unattended-upgr' /proc/[0-9]*/comm 2>/dev/null
}

present && exit 0

if [[ $(id -u) -ne 0 ]]; then
    echo "system-deps: missing Debian packages ${packages[*]}; install them with: sudo apt-get install -y ${packages[*]}" >&2
    exit 1
fi

for _ in $(seq 900); do
    apt_busy || break
    sleep 2
done
present && exit 0

export DEBIAN_FRONTEND=noninteractive
# a clean machine has no package lists yet, hence the update; the lock timeout covers a run
# that starts between the wait above and ours
apt=(apt-get -o DPkg::Lock::Timeout=600 -y -q)
"${apt[@]}" update
"${apt[@]}" install "${packages[@]}"
present || { echo "system-deps: installed ${packages[*]} but pg_ctl, /usr/bin/chromium, tesseract (deu, eng) or espeak-ng is still missing" >&2; exit 1; }

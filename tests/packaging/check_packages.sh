#!/usr/bin/env bash
# Builds the Debian packages in a configured and built Release folder and checks them:
#   tests/packaging/check_packages.sh build/release
# Not part of ctest (it needs a Release build). lintian, desktop-file-validate and
# appstreamcli are used when installed: packaging/install-check-tools.sh installs them.
set -euo pipefail

if [ "$#" -ne 1 ] || [ ! -f "$1/CPackConfig.cmake" ]; then
  echo "usage: $0 BUILD_DIR   (a configured and built folder, e.g. build/release)" >&2
  exit 2
fi
build_dir=$(cd "$1" && pwd)
source_dir=$(cd "$(dirname "$0")/../.." && pwd)

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
pass() { echo "ok:   $*"; }

build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
[ "$build_type" = "Release" ] || fail "build type is '$build_type', packages are built from Release"

rm -f "$build_dir"/gridsafe*.deb
(cd "$build_dir" && cpack -G DEB >cpack.log 2>&1) || {
  cat "$build_dir/cpack.log" >&2
  echo "FAIL: cpack -G DEB" >&2
  exit 1
}

shopt -s nullglob
debs=("$build_dir"/gridsafe*.deb)
server_debs=("$build_dir"/gridsafe-server_*.deb)
desktop_debs=("$build_dir"/gridsafe-desktop_*.deb)
if [ "${#debs[@]}" -eq 2 ] && [ "${#server_debs[@]}" -eq 1 ] && [ "${#desktop_debs[@]}" -eq 1 ]; then
  pass "two packages: $(basename "${server_debs[0]}") $(basename "${desktop_debs[0]}")"
else
  fail "expected gridsafe-server_*.deb and gridsafe-desktop_*.deb only, got: ${debs[*]##*/}"
  exit 1
fi
server_deb=${server_debs[0]}
desktop_deb=${desktop_debs[0]}

work_dir=$(mktemp -d)
trap 'rm -rf "$work_dir"' EXIT

# check_package DEB DEPENDS_LIST -- FILES...
check_package() {
  local deb=$1 package listing depends file
  package=$(dpkg-deb -f "$deb" Package)
  listing=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
  depends=$(dpkg-deb -f "$deb" Depends)
  shift
  local -a wanted_depends=()
  while [ "$1" != "--" ]; do wanted_depends+=("$1"); shift; done
  shift
  for file in "$@"; do
    if grep -qxF "$file" <<<"$listing"; then pass "$package has $file"; else fail "$package lacks $file"; fi
  done
  # ", " around each entry so that libqt6svg6 does not match libqt6svg6-dev.
  for dependency in "${wanted_depends[@]}"; do
    if [[ ", $depends, " == *", $dependency, "* ]] || [[ ", $depends, " == *", $dependency ("* ]]; then
      pass "$package depends on $dependency"
    else
      fail "$package Depends lacks '$dependency': $depends"
    fi
  done
  mkdir -p "$work_dir/$package"
  dpkg-deb -x "$deb" "$work_dir/$package"
  for binary in "$work_dir/$package"/usr/bin/*; do
    local description
    description=$(file -b "$binary")
    if [[ "$description" == *", stripped"* ]]; then
      pass "$package: ${binary##*/} is stripped"
    else
      fail "$package: ${binary##*/} is not stripped: $description"
    fi
  done
  local copyright="$work_dir/$package/usr/share/doc/$package/copyright"
  if [ -f "$copyright" ] && head -n1 "$copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/'; then
    pass "$package: machine-readable copyright"
  else
    fail "$package: /usr/share/doc/$package/copyright missing or not DEP-5"
  fi
}

check_package "$server_deb" adduser libqt6sql6-sqlite -- \
  /usr/bin/gridsafe-server \
  /usr/lib/systemd/system/gridsafe-server.service \
  /usr/share/man/man1/gridsafe-server.1.gz \
  /usr/share/doc/gridsafe-server/copyright \
  /usr/share/doc/gridsafe-server/changelog.Debian.gz

appstream_id=$(sed -n 's/^set(GRIDSAFE_APPSTREAM_ID \(.*\))$/\1/p' "$source_dir/packaging/CMakeLists.txt")
check_package "$desktop_deb" libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 qt6-translations-l10n \
  "fonts-wqy-microhei | fonts-noto-cjk" -- \
  /usr/bin/gridsafe \
  /usr/bin/gridsafe-cli \
  /usr/share/applications/gridsafe.desktop \
  /usr/share/icons/hicolor/scalable/apps/gridsafe.svg \
  "/usr/share/metainfo/$appstream_id.metainfo.xml" \
  /usr/share/man/man1/gridsafe.1.gz \
  /usr/share/man/man1/gridsafe-cli.1.gz \
  /usr/share/doc/gridsafe-desktop/copyright \
  /usr/share/doc/gridsafe-desktop/changelog.Debian.gz

# The service's user and data folder come from postinst; the unit must agree with it.
postinst=$(dpkg-deb -I "$server_deb" postinst)
# shellcheck disable=SC2016 # the patterns are the script's literal text
for pattern in 'adduser --system --group --home "$GRIDSAFE_DATA_DIR"' \
               'GRIDSAFE_DATA_DIR=/var/lib/gridsafe' 'GRIDSAFE_USER=gridsafe' \
               'chmod 0700 "$GRIDSAFE_DATA_DIR"' 'deb-systemd-helper enable' \
               'deb-systemd-invoke' '-d /run/systemd/system'; do
  if grep -qF -- "$pattern" <<<"$postinst"; then pass "postinst: $pattern"; else fail "postinst lacks: $pattern"; fi
done
for script in prerm postrm; do
  dpkg-deb -I "$server_deb" "$script" >/dev/null 2>&1 || fail "gridsafe-server has no $script"
done
# Comments and messages may name `rm -r`; a command must not.
if dpkg-deb -I "$server_deb" postrm | grep -vE '^[[:space:]]*(#|echo )' |
    grep -qE '(^|[;&|[:space:]])rm[[:space:]]+-[a-zA-Z]*r'; then
  fail "postrm deletes files recursively; the database must survive a purge"
else
  pass "postrm keeps /var/lib/gridsafe"
fi
unit="$work_dir/gridsafe-server/usr/lib/systemd/system/gridsafe-server.service"
for setting in 'User=gridsafe' 'StateDirectory=gridsafe' 'StateDirectoryMode=0700' '--data-dir /var/lib/gridsafe'; do
  if grep -qF -- "$setting" "$unit"; then pass "unit: $setting"; else fail "unit lacks $setting"; fi
done

if command -v desktop-file-validate >/dev/null; then
  if desktop-file-validate "$work_dir/gridsafe-desktop/usr/share/applications/gridsafe.desktop"; then
    pass "desktop-file-validate"
  else
    fail "desktop-file-validate"
  fi
fi
if command -v appstreamcli >/dev/null; then
  if appstreamcli validate --no-net "$work_dir/gridsafe-desktop/usr/share/metainfo/$appstream_id.metainfo.xml" >"$work_dir/appstream.log" 2>&1; then
    pass "appstreamcli validate"
  else
    cat "$work_dir/appstream.log" >&2
    fail "appstreamcli validate"
  fi
fi
if command -v lintian >/dev/null; then
  lintian_output=$(lintian "$server_deb" "$desktop_deb" 2>&1 || true)
  echo "$lintian_output" | grep -v 'running with root privileges' || true
  if grep -q '^E:' <<<"$lintian_output"; then fail "lintian reports errors"; else pass "lintian: no errors"; fi
else
  echo "skip: lintian not installed (packaging/install-check-tools.sh)"
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "All package checks passed."

# Sourced by scripts/influxdb.sh and scripts/postgres.sh, not run: installs a server from Debian's package.
# The package's own service is disabled: the scripts run the server themselves, on loopback, data in the project.
install_debian_package() {
  local package="$1" sudo=""
  echo "$(basename "$0" .sh): installing Debian's $package package"
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null
  $sudo systemctl disable --now "$package" >/dev/null 2>&1 || true
}

#!/usr/bin/env bash
# Two Stride nodes on one PostgreSQL database behind HAProxy, on this machine: for trying out a
# multi-node setup (see the README, "Several nodes behind HAProxy"). Needs the production jar
# (mvn -Pproduction package), a PostgreSQL database for Stride (README, "PostgreSQL") and Debian's
# haproxy (and curl, for the nodes' readiness). Runs in the foreground; Ctrl-C (or SIGTERM) stops the proxy and both nodes gracefully.
# A node that dies leaves the other serving (try kill -9 on one).
#
# Settings (environment):
#   SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD   the database (default jdbc:postgresql://localhost:5432/stride, stride)
#   STRIDE_PROXY_PORT   where browsers connect (default 8080)
#   STRIDE_NODE_PORTS   the nodes' own ports (default "8081 8082"; haproxy.cfg names two nodes)
#   STRIDE_JAR          the jar (default target/stride-*.jar); STRIDE_JAVA_OPTS (default -Xmx1g)
#   STRIDE_LOGS         where each node's and the proxy's log go (default target/cluster)
set -euo pipefail
cd "$(dirname "$0")/../../.."

proxy_port="${STRIDE_PROXY_PORT:-8080}"
read -r -a node_ports <<< "${STRIDE_NODE_PORTS:-8081 8082}"
logs="${STRIDE_LOGS:-target/cluster}"
jar="${STRIDE_JAR:-$(ls target/stride-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}"
if [[ -z "$jar" || ! -f "$jar" ]]; then
  echo "No Stride jar: build it first with  mvn -Pproduction package" >&2
  exit 1
fi
if ! command -v haproxy > /dev/null && [[ ! -x /usr/sbin/haproxy ]]; then
  echo "No haproxy: install it (Debian: apt-get install haproxy)" >&2
  exit 1
fi
haproxy_bin="$(command -v haproxy || echo /usr/sbin/haproxy)"
mkdir -p "$logs"

# postgres: the shared database; proxied: the browser's address from the proxy's X-Forwarded-For
export SPRING_PROFILES_ACTIVE=postgres,proxied
export SPRING_DATASOURCE_URL="${SPRING_DATASOURCE_URL:-jdbc:postgresql://localhost:5432/stride}"
export SPRING_DATASOURCE_USERNAME="${SPRING_DATASOURCE_USERNAME:-stride}"
export SPRING_DATASOURCE_PASSWORD="${SPRING_DATASOURCE_PASSWORD:-}"

pids=()
stop_all() {
  trap - INT TERM EXIT
  echo "Stopping: the proxy first, then the nodes (each finishes its requests under way)"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2> /dev/null || true; done
  wait || true
}
trap 'stop_all; exit 0' INT TERM
trap stop_all EXIT

ready() { # port: the node's readiness answers 200
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/actuator/health/readiness" || true)" == 200 ]]
}

# One node after the other: the first migrates the schema (Flyway) and creates the first accounts.
for port in "${node_ports[@]}"; do
  echo "Starting node on port $port (log: $logs/node-$port.log)"
  # shellcheck disable=SC2086
  java ${STRIDE_JAVA_OPTS:--Xmx1g} -jar "$jar" --server.port="$port" > "$logs/node-$port.log" 2>&1 &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 1 240); do
    ready "$port" && break
    kill -0 "$pid" 2> /dev/null || { echo "The node on port $port exited; see $logs/node-$port.log" >&2; exit 1; }
    sleep 0.5
  done
  ready "$port" || { echo "The node on port $port is not ready after 2 minutes; see $logs/node-$port.log" >&2; exit 1; }
done

export STRIDE_PROXY_BIND="${STRIDE_PROXY_BIND:-0.0.0.0}" STRIDE_PROXY_PORT="$proxy_port"
export STRIDE_NODE1="127.0.0.1:${node_ports[0]}" STRIDE_NODE2="127.0.0.1:${node_ports[1]:-${node_ports[0]}}"
"$haproxy_bin" -db -f src/main/deploy/haproxy.cfg > "$logs/haproxy.log" 2>&1 &
proxy_pid=$!
node_pids=("${pids[@]}")
pids=("$proxy_pid" "${pids[@]}")
echo "Stride on http://localhost:$proxy_port (nodes on ${node_ports[*]}); Ctrl-C stops all"
# A node that dies (kill -9 one to try it) leaves the others serving: HAProxy sends its students
# to a live node, where they sign in again and find every saved answer. Only the proxy's end, or
# the last node's, stops the rest.
alive=${#node_pids[@]}
while true; do
  ended=""
  wait -n -p ended "${pids[@]}" || true
  if [[ "$ended" == "$proxy_pid" || -z "$ended" ]]; then
    echo "The proxy ended by itself; stopping the nodes (see $logs/haproxy.log)" >&2
    exit 1
  fi
  alive=$((alive - 1))
  for i in "${!node_pids[@]}"; do
    [[ "${node_pids[$i]}" == "$ended" ]] && echo "The node on port ${node_ports[$i]} ended (see $logs/node-${node_ports[$i]}.log); $alive node(s) serve on" >&2
  done
  if (( alive == 0 )); then
    echo "No node left; stopping the proxy" >&2
    exit 1
  fi
  left=()
  for pid in "${pids[@]}"; do [[ "$pid" == "$ended" ]] || left+=("$pid"); done
  pids=("${left[@]}")
done

#!/usr/bin/env python3
"""Slowloris against an HTTP server, with a latency probe: the attacker's part of
tests/bench/transport_bench.sh (a benchmark: it prints figures, asserts nothing).

slowloris.py PORT [CONNECTIONS] [PROBES]
  Opens CONNECTIONS connections from 127.0.0.2, each starting a request and adding
  one header line every 8 seconds, never finishing it; a connection the server
  ends is opened again. Meanwhile, from 127.0.0.1, asks GET /healthz PROBES times
  on fresh connections and prints p50/p99/max of the answer time and the statuses.
"""
import socket
import sys
import threading
import time

port = int(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 500
probes = int(sys.argv[3]) if len(sys.argv) > 3 else 500
stop = threading.Event()


def open_slow():
    s = socket.socket()
    s.bind(("127.0.0.2", 0))
    s.settimeout(2)
    try:
        s.connect(("127.0.0.1", port))
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
    except OSError:
        s.close()
        return None
    return s


def attacker():
    held = [open_slow() for _ in range(count)]
    while not stop.is_set():
        for i, s in enumerate(held):
            try:
                if s is None:
                    raise OSError
                s.sendall(b"X-Slow: 1\r\n")
            except OSError:
                if s is not None:
                    s.close()
                held[i] = open_slow()
        stop.wait(8)
    for s in held:
        if s is not None:
            s.close()


def probe():
    started = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    return (time.perf_counter() - started) * 1000, data[9:12].decode(errors="replace")


threading.Thread(target=attacker, daemon=True).start()
time.sleep(3)  # let every slow connection start its request
times, statuses = [], {}
for _ in range(probes):
    try:
        ms, status = probe()
    except OSError as e:
        ms, status = 10000.0, type(e).__name__
    times.append(ms)
    statuses[status] = statuses.get(status, 0) + 1
    time.sleep(0.01)
stop.set()
times.sort()
pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
print(f"  GET /healthz under {count} slowloris connections from 127.0.0.2: "
      f"p50 {pick(0.50):.2f} ms   p99 {pick(0.99):.2f} ms   max {times[-1]:.2f} ms   statuses {statuses}")

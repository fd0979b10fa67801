#!/usr/bin/env python3
"""serve-latency.py LABBOOK NOTEBOOK NOTE [EDITS]: milliseconds from saving an edited sentence of NOTE
to the reload event of `labbook serve`, for EDITS edits (default 5); prints the median. With SHOW_STDERR
set, what labbook writes to stderr is shown."""
import os, re, socket, statistics, subprocess, sys, time

labbook, notebook, note = sys.argv[1], sys.argv[2], sys.argv[3]
edits = int(sys.argv[4]) if len(sys.argv) > 4 else 5
server = subprocess.Popen([labbook, "serve", "--root", notebook, "--port", "0"],
                          stdout=subprocess.PIPE, stderr=(None if os.environ.get("SHOW_STDERR") else subprocess.DEVNULL), text=True)
try:
    port = int(re.search(r"127\.0\.0\.1:(\d+)/", server.stdout.readline()).group(1))
    events = socket.create_connection(("127.0.0.1", port))
    events.sendall(b"GET /_labbook/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
    received = b""

    def wait_for(marker):
        global received
        while marker not in received:
            chunk = events.recv(65536)
            if not chunk:
                sys.exit("serve-latency: the event stream closed")
            received += chunk
        received = received.split(marker, 1)[1]

    wait_for(b": build")
    path = os.path.join(notebook, note)
    original = open(path).read()
    times = []
    for i in range(edits):
        text = original.replace("\n\n", f"\n\nEdited sentence number {i} of the benchmark.\n\n", 1)
        started = time.perf_counter()
        with open(path, "w") as f:
            f.write(text)
        wait_for(b"event: reload")
        times.append((time.perf_counter() - started) * 1000)
        time.sleep(0.3)
    open(path, "w").write(original)
    print(f"{statistics.median(times):.0f}")
finally:
    server.send_signal(2)
    server.wait(timeout=30)

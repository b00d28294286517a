"""SIGKILL a writer of the real store again and again; nothing reported saved may be lost.

    python benchmarks/kill_writer.py KILLS DATA_DIR [--seed N]

Each round forks a child that opens the store (``open_store``: pragmas, migrations) and adds
journal entries through the real repository, writing each new id to a pipe only after its
transaction committed; the parent kills it with SIGKILL after a random 5–60 ms. At the end
the parent opens the store once: ``PRAGMA integrity_check`` must say ok and every reported
id must be there. Prints one JSON line; exits 1 if anything was lost or damaged.
tests/store/test_kill_writer.py runs 200 kills in CI; the benchmark runs 1,000 or more.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from numbness_desktop.store.db import open_store
from numbness_desktop.store.journal_repo import JournalRepository


def child(data_dir: Path, out_fd: int) -> None:
    store = open_store(data_dir)
    repo = JournalRepository(store)
    while True:
        entry = repo.add("2026-12-01", "words that must survive " * 8)
        os.write(out_fd, f"{entry.id}\n".encode())


def run(kills: int, data_dir: Path, seed: int) -> dict:
    rng = random.Random(seed)
    open_store(data_dir).close()  # created once, so every child starts the same way
    reported: set[str] = set()
    started = time.monotonic()
    for _ in range(kills):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            try:
                child(data_dir, write_fd)
            finally:
                os._exit(0)
        os.close(write_fd)
        time.sleep(rng.uniform(0.005, 0.060))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        data = b""
        while chunk := os.read(read_fd, 65536):
            data += chunk
        os.close(read_fd)
        reported.update(line for line in data.decode().split("\n")[:-1] if line)
    store = open_store(data_dir)
    try:
        integrity = [row[0] for row in store.query("PRAGMA integrity_check")]
        present = {row[0] for row in store.query("SELECT id FROM journal_entries")}
    finally:
        store.close()
    missing = reported - present
    return {"kills": kills, "reported": len(reported), "present": len(present),
            "missing": len(missing), "integrity": integrity,
            "seconds": round(time.monotonic() - started, 1)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("kills", type=int)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    result = run(args.kills, args.data_dir, args.seed)
    print(json.dumps(result))
    return 0 if result["missing"] == 0 and result["integrity"] == ["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())

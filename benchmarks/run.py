"""Reconnect's performance report: one command, one table.

    python benchmarks/run.py            # 7 timed runs per process (after 1 warm-up each)
    python benchmarks/run.py --runs 11
    python benchmarks/run.py --quick    # 3 timed runs, 10 s of pacing: a smoke check only

Every row compares Reconnect with a baseline measured in the same run, and checks the
ratio against a goal. The report always exits 0 when the measurements could be taken (a
missed goal shows as "over"); it exits non-zero only when a measured process fails.

Adding a benchmark: write a function ``(context) -> list[Row]`` and append it to
``BENCHMARKS``. ``Context`` holds the options and the prepared demo data folder.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(__file__).resolve().parent
BARE_WINDOW = BENCH_DIR / "bare_window.py"
EXIT_AFTER_PAINT_ENV = "NUMBNESS_DESKTOP_EXIT_AFTER_PAINT"
DEFAULT_RUNS = 7
QUICK_RUNS = 3
WARMUPS = 1
CHILD_TIMEOUT_S = 120


# Report rows -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Row:
    """One line of the table: Reconnect's median against the baseline's, and the goal."""

    name: str
    reconnect: float
    baseline: float
    goal_ratio: float
    digits: int = 3

    @property
    def ratio(self) -> float:
        return self.reconnect / self.baseline if self.baseline else float("inf")

    @property
    def verdict(self) -> str:
        return "ok" if self.ratio <= self.goal_ratio else "over"

    def cells(self) -> list[str]:
        return [
            self.name,
            f"{self.reconnect:.{self.digits}f}",
            f"{self.baseline:.{self.digits}f}",
            f"{self.ratio:.2f}",
            f"<= {self.goal_ratio:g}",
            self.verdict,
        ]


HEADINGS = ["name", "Reconnect median", "baseline median", "ratio", "goal", "verdict"]


def format_table(rows: list[Row]) -> str:
    """Plain text, aligned: names to the left, numbers to the right."""
    table = [HEADINGS] + [row.cells() for row in rows]
    widths = [max(len(line[col]) for line in table) for col in range(len(HEADINGS))]

    def line(cells: list[str]) -> str:
        parts = [cells[0].ljust(widths[0])]
        parts += [cell.rjust(width) for cell, width in zip(cells[1:4], widths[1:4], strict=True)]
        parts += [cell.ljust(width) for cell, width in zip(cells[4:], widths[4:], strict=True)]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(HEADINGS), rule] + [line(cells) for cells in table[1:]])


# Running processes -------------------------------------------------------------------------
class ChildFailed(RuntimeError):
    """A measured process exited non-zero (or did not exit): the report can't be trusted."""


@dataclass(frozen=True)
class Sample:
    seconds: float
    max_rss_mib: float
    cpu_seconds: float = 0.0  # user + system: steadier than wall time on a busy machine


def run_measured(argv: list[str], env: dict[str, str], label: str) -> Sample:
    """Spawn ``argv``, wait for it with ``os.wait4``: wall time spawn→exit and peak RSS."""
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        child = subprocess.Popen(argv, env=env, cwd=REPO, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, usage = _wait4(child.pid, label)
        seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        child.returncode = code  # reaped here; keep Popen from waiting again
        if code != 0:
            stderr.seek(0)
            tail = stderr.read().decode(errors="replace")[-2000:].rstrip()
            raise ChildFailed(f"{label} exited with {code}: {' '.join(argv)}\n{tail}")
    return Sample(seconds, _maxrss_mib(usage.ru_maxrss), usage.ru_utime + usage.ru_stime)


def _wait4(pid: int, label: str) -> tuple[int, int, resource.struct_rusage]:
    """Block until ``pid`` exits (killed after ``CHILD_TIMEOUT_S``); its own rusage."""
    timer = threading.Timer(CHILD_TIMEOUT_S, os.kill, (pid, signal.SIGKILL))
    timer.start()
    try:
        reaped, status, usage = os.wait4(pid, 0)
    finally:
        timer.cancel()
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
        raise ChildFailed(f"{label} did not exit within {CHILD_TIMEOUT_S} s (killed)")
    return reaped, status, usage


def _maxrss_mib(maxrss: int) -> float:
    """``ru_maxrss`` is KiB on Linux, bytes on macOS."""
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


@dataclass
class Context:
    """What every benchmark may use: options, the prepared data folder, a clean env."""

    runs: int
    warmups: int
    demo_dir: Path
    env: dict[str, str]
    notes: list[str] = field(default_factory=list)
    quick: bool = False


@contextlib.contextmanager
def prepared_context(runs: int, warmups: int, bytecode_cache: bool) -> Iterator[Context]:
    """A private runtime dir, a throw-away config home and a demo data folder.

    With ``bytecode_cache`` the children write and reuse ``.pyc`` files in a private
    ``PYTHONPYCACHEPREFIX`` (as an installed app has them), whatever the inherited
    ``PYTHONDONTWRITEBYTECODE`` says; nothing is written into the source tree. The
    preparation run and the warm-ups fill that cache before anything is timed.
    """
    with tempfile.TemporaryDirectory(prefix="reconnect-bench-") as root_name:
        root = Path(root_name)
        runtime, config, data = root / "runtime", root / "config", root / "demo-data"
        for folder in (runtime, config):
            folder.mkdir(mode=0o700)
        env = dict(os.environ)
        env.pop("NUMBNESS_DESKTOP_DATA_DIR", None)
        if bytecode_cache:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
        env.update({
            "QT_QPA_PLATFORM": "offscreen",
            EXIT_AFTER_PAINT_ENV: "1",
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(config),
        })
        # Fill the folder once, through the app itself; the timed runs only read it.
        run_measured([*reconnect_argv(data), "--demo"], env, "Reconnect --demo (preparation)")
        yield Context(runs=runs, warmups=warmups, demo_dir=data, env=env)


def child_json(argv: list[str], env: dict[str, str], what: str,
               timeout: float = CHILD_TIMEOUT_S) -> dict[str, Any]:
    """Run a benchmark child (``argv`` after the interpreter) and return the JSON object it
    prints last; a child that fails or hangs stops the benchmark with its error's tail."""
    try:
        done = subprocess.run([sys.executable, *argv], env=env, cwd=REPO, capture_output=True,
                              text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as error:
        raise ChildFailed(f"{what} did not finish within {timeout:.0f} s") from error
    if done.returncode != 0:
        raise ChildFailed(f"{what} exited with {done.returncode}\n{done.stderr[-2000:]}")
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def reconnect_argv(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "numbness_desktop", "--data-dir", str(data_dir)]


def baseline_argv() -> list[str]:
    return [sys.executable, str(BARE_WINDOW)]


def interleaved(ctx: Context, contenders: dict[str, list[str]]) -> dict[str, list[Sample]]:
    """Run each contender ``warmups + runs`` times, taking turns; warm-ups are dropped.

    The order alternates every round so neither side always runs right after the other.
    """
    samples: dict[str, list[Sample]] = {label: [] for label in contenders}
    order = list(contenders)
    for round_ in range(ctx.warmups + ctx.runs):
        for label in order if round_ % 2 == 0 else reversed(order):
            sample = run_measured(contenders[label], ctx.env, label)
            if round_ >= ctx.warmups:
                samples[label].append(sample)
    return samples


# Benchmarks --------------------------------------------------------------------------------
STARTUP_GOAL = 1.25  # issue 17: the toolkit's own start, a quarter more at most
MEMORY_GOAL = 1.15


def startup(ctx: Context) -> list[Row]:
    """Cold start to first paint, and peak memory, of whole processes."""
    samples = interleaved(ctx, {
        "reconnect": reconnect_argv(ctx.demo_dir),
        "baseline": baseline_argv(),
    })
    mine, base = samples["reconnect"], samples["baseline"]

    def median(values: list[Sample], attribute: str) -> float:
        return statistics.median(getattr(sample, attribute) for sample in values)

    for label, values in samples.items():
        times = sorted(sample.seconds for sample in values)
        ctx.notes.append(f"start-up {label}: {len(values)} runs, "
                         f"{times[0]:.3f}-{times[-1]:.3f} s, CPU median "
                         f"{median(values, 'cpu_seconds'):.3f} s")
    ctx.notes.append(f"start-up CPU ratio (user + system, less sensitive to a busy machine): "
                     f"{median(mine, 'cpu_seconds') / median(base, 'cpu_seconds'):.2f}")
    return [
        Row("cold start to first paint (s)",
            median(mine, "seconds"), median(base, "seconds"), goal_ratio=STARTUP_GOAL),
        Row("peak memory (MiB)",
            median(mine, "max_rss_mib"), median(base, "max_rss_mib"), goal_ratio=MEMORY_GOAL,
            digits=1),
    ]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def journal(ctx: Context) -> list[Row]:
    """Ten years of journal entries (3,650 × ~300 words): search, opening a day, start-up;
    and one entry of 1 MB: opening it and typing at its end (``journal_long_entry.py``).

    Search, day opening and the 1 MB entry are absolute goals (baseline = the goal in ms,
    ratio <= 1); start-up compares whole processes on that folder against an empty (but
    set-up) one.
    """

    sys.path.insert(0, str(BENCH_DIR))
    import journal_history

    root = Path(tempfile.mkdtemp(prefix="reconnect-journal-bench-"))
    try:
        full, empty = root / "ten-years", root / "empty"
        journal_history.build(full, dt.date.today())
        journal_history.build_empty(empty)
        timings = child_json([str(BENCH_DIR / "journal_timings.py"), str(full)], ctx.env,
                             "journal timings")
        long_entry = _journal_long_entry(ctx)
        samples = interleaved(ctx, {"ten years": reconnect_argv(full),
                                    "empty": reconnect_argv(empty)})
    finally:
        import shutil

        shutil.rmtree(root, ignore_errors=True)
    search, opening = timings["search_ms"], timings["open_day_ms"]
    ctx.notes.append(f"journal search: {len(search)} searches, median "
                     f"{statistics.median(search):.1f} ms, max {max(search):.1f} ms")
    ctx.notes.append(f"journal day opening: {len(opening)} days, median "
                     f"{statistics.median(opening):.2f} ms, max {max(opening):.1f} ms")
    opens, keys = long_entry["open_ms"], long_entry["key_ms"]
    ctx.notes.append(
        f"journal 1 MB entry: {len(opens)} opens after a first one of "
        f"{long_entry['first_open_ms']:.0f} ms, median {statistics.median(opens):.0f} ms, max "
        f"{max(opens):.0f} (CPU median {statistics.median(long_entry['open_cpu_ms']):.0f}); "
        f"{len(keys)} keystrokes at its end, median {statistics.median(keys):.1f} ms, max "
        f"{max(keys):.1f} (CPU p95 {p95(long_entry['key_cpu_ms']):.1f}), the word counter "
        f"reading at most {max(long_entry['scanned_per_key']):,} characters a key; saving "
        f"it as a draft (the autosave, at most every 0.8 s while typing) "
        f"{long_entry['draft_save_ms']:.0f} ms, as the entry {long_entry['save_ms']:.0f} ms")
    ten = statistics.median(s.seconds for s in samples["ten years"])
    none = statistics.median(s.seconds for s in samples["empty"])
    return [
        Row("journal search p95, 10 years (ms; baseline = goal)", p95(search), 20.0,
            goal_ratio=1.0, digits=1),
        Row("journal open a day p95, 10 years (ms; baseline = goal)", p95(opening), 10.0,
            goal_ratio=1.0, digits=1),
        Row("journal open a 1 MB entry (ms; baseline = goal)", statistics.median(opens),
            LONG_ENTRY_OPEN_GOAL_MS, goal_ratio=1.0, digits=1),
        Row("journal keystroke in a 1 MB entry p95 (ms; baseline = goal)", p95(keys),
            LONG_ENTRY_KEY_GOAL_MS, goal_ratio=1.0, digits=1),
        Row("start-up with 10 years of journal vs empty (s)", ten, none, goal_ratio=1.05),
    ]


LONG_ENTRY_CHILD = BENCH_DIR / "journal_long_entry.py"
LONG_ENTRY_OPEN_GOAL_MS = 200.0  # issue 17: opening a 1 MB journal entry
LONG_ENTRY_KEY_GOAL_MS = 16.0  # issue 17: a keystroke in it, within one frame


def _journal_long_entry(ctx: Context) -> dict[str, Any]:
    """Open a 1 MB entry (alternating with a short one) and type at its end, in one process.

    Opening is a median: a round holds one open but twenty keystrokes, and on a shared
    machine the slowest of a few opens says more about the neighbours than about Reconnect
    (the note gives the first open and the slowest). Keystrokes are many: their p95.
    """
    return child_json([str(LONG_ENTRY_CHILD), "--runs", str(ctx.runs)], ctx.env,
                      "journal 1 MB entry")




BODY_MAP_OVERLAY = Path(__file__).resolve().parent / "body_map_overlay.py"
BODY_MAP_GOAL_MS = 50.0


def body_map_overlay(ctx: Context) -> list[Row]:
    """"Your map" over ~40,000 logs (10 years), all emotions: SQL aggregation + offscreen paint.

    The child builds its own history in a temporary folder and prints medians as JSON; the
    goal is absolute (50 ms), so the baseline column holds the goal.
    """
    figures = child_json([str(BODY_MAP_OVERLAY), "--runs", str(ctx.runs)], ctx.env,
                         "body map overlay benchmark")
    ctx.notes.append(f"Your map: {figures['logs']} logs; SQL {figures['query_ms']:.1f} ms + "
                     f"paint {figures['paint_ms']:.1f} ms (medians)")
    return [Row("Your map, 40,000 logs, all emotions (ms)", figures["total_ms"],
                BODY_MAP_GOAL_MS, goal_ratio=1.0, digits=1)]




BREATHE_CHILD = Path(__file__).resolve().parent / "breathe_session.py"
PACER_FLOOR = Path(__file__).resolve().parent / "pacer_floor.py"
BREATHE_SECONDS = 60  # a one-minute session, and a minute idle beside it (in parallel)
BREATHE_QUICK_SECONDS = 10
FRAME_GOAL_MS = 1000 / 60
FRAME_P99_GOAL_MS = 20.0  # issue 17: "at the same smoothness (frame p99 ≤ 20 ms)"


def breathe(ctx: Context) -> list[Row]:
    """A real 4-6 session paced offscreen, and the Breathe tab left idle, side by side.

    Both children build the full window on the demo folder; the measured span starts after a
    one-second settle, so start-up is not counted. Goals are absolute, so each row's baseline
    is the goal itself (ratio ≤ 1 means met).
    """
    seconds = BREATHE_QUICK_SECONDS if ctx.quick else BREATHE_SECONDS
    env = {key: value for key, value in ctx.env.items() if key != EXIT_AFTER_PAINT_ENV}
    children = {
        mode: subprocess.Popen(
            [sys.executable, str(BREATHE_CHILD), mode, str(seconds), str(ctx.demo_dir)],
            env=env, cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        for mode in ("pacing", "idle")
    }
    results = {}
    for mode, child in children.items():
        try:
            out, err = child.communicate(timeout=seconds + CHILD_TIMEOUT_S)
        except subprocess.TimeoutExpired as error:
            child.kill()
            child.communicate()
            raise ChildFailed(f"Breathe {mode} did not finish") from error
        if child.returncode != 0:
            raise ChildFailed(f"Breathe {mode} exited with {child.returncode}\n{err[-2000:]}")
        results[mode] = json.loads(out.strip().splitlines()[-1])
    pacing, idle = results["pacing"], results["idle"]
    intervals = sorted(pacing["intervals_ms"])
    if not intervals:
        raise ChildFailed("Breathe pacing painted no frames")

    def percentile(share: float) -> float:
        return intervals[min(len(intervals) - 1, max(0, round(share * len(intervals)) - 1))]

    floor = _pacer_floor(ctx, env, seconds)
    ctx.notes.append(
        f"breathe: the toolkit's floor on this machine (issue 17's method: the disc cached in "
        f"a QGraphicsView and scaled by a C++ animation, no Python per frame; "
        f"benchmarks/pacer_floor.py view): {floor:.2f} s per min; pacing ÷ floor "
        f"{pacing['cpu_per_minute'] / floor:.2f}")
    ctx.notes.append(
        f"breathe: {seconds} s of 4-6 pacing, {pacing['frames']} frames painted "
        f"({pacing.get('ticks', 0)} wake-ups of the runner for the words), longest gap "
        f"{intervals[-1]:.1f} ms; idle {idle['wall_seconds']:.1f} s, frame timer running "
        f"while idle: {'yes' if idle['timer_running'] else 'no'}")
    return [
        Row("breathe: frame interval p50 (ms)", percentile(0.50), FRAME_GOAL_MS, 1.1,
            digits=1),
        Row("breathe: frame interval p99 (ms)", percentile(0.99), FRAME_P99_GOAL_MS, 1.0,
            digits=1),
        Row("breathe: max phase error (ms)", pacing["max_error_ms"], 17.0, 1.0, digits=2),
        Row("breathe: CPU while pacing (s per min)", pacing["cpu_per_minute"], 2.5, 1.0,
            digits=2),
        Row("breathe: CPU idle on the tab (s per min)", idle["cpu_per_minute"], 0.06, 1.0),
    ]


def _pacer_floor(ctx: Context, env: dict[str, str], seconds: float) -> float:
    """CPU seconds per minute of the issue's floor (``pacer_floor.py view``), run after the
    pacing child on its own so the two never share the cores."""
    figures = child_json([str(PACER_FLOOR), "view", str(seconds)], env, "the pacer floor",
                         timeout=seconds + CHILD_TIMEOUT_S)
    return float(figures["cpu_per_minute"])


TRENDS_CHILD = Path(__file__).resolve().parent / "trends_timings.py"
TRENDS_FIRST_GOAL_MS = 200.0  # issue 17: the charts a person sees first drawn by then
TRENDS_SWITCH_GOAL_MS = 60.0


def trends(ctx: Context) -> list[Row]:
    """The Trends tab over ten years (40,000 feelings, 3,650 entries, 5,000 sessions).

    Each run is a fresh process, so the first show includes importing the tab's modules;
    goals are absolute (the baseline column holds the goal in ms).
    """
    figures = child_json([str(TRENDS_CHILD), "--runs", str(ctx.runs)], ctx.env,
                         "trends benchmark", timeout=CHILD_TIMEOUT_S * 3)
    ctx.notes.append(f"Trends: first show median {figures['first_ms']:.0f} ms (max "
                     f"{figures['first_max_ms']:.0f}; charts below the fold drawn too by "
                     f"{figures['all_ms']:.0f}); period switch median "
                     f"{figures['switch_median_ms']:.0f} ms, p95 {figures['switch_p95_ms']:.0f}; "
                     f"CPU time: first show {figures['first_cpu_ms']:.0f} ms, switch p95 "
                     f"{figures['switch_p95_cpu_ms']:.0f}")
    return [Row("Trends first show, 10 years (ms; baseline = goal)", figures["first_ms"],
                TRENDS_FIRST_GOAL_MS, goal_ratio=1.0, digits=0),
            Row("Trends period switch p95, 10 years (ms; baseline = goal)",
                figures["switch_p95_ms"], TRENDS_SWITCH_GOAL_MS, goal_ratio=1.0, digits=0)]


EXPORT_CHILD = BENCH_DIR / "export_timings.py"
EXPORT_GOAL_MS = 2000.0


def export(ctx: Context) -> list[Row]:
    """Ten years of everything exported as JSON and as markdown (write_export, in one
    process; the first run of each warms SQLite's cache). Absolute goals: 2 s each."""
    figures = child_json([str(EXPORT_CHILD), "--runs", str(ctx.runs)], ctx.env,
                         "export benchmark", timeout=CHILD_TIMEOUT_S * 5)
    ctx.notes.append(f"export: JSON {figures['json_bytes'] / 2**20:.0f} MiB, max "
                     f"{figures['json_max_ms']:.0f} ms; markdown "
                     f"{figures['markdown_bytes'] / 2**20:.0f} MiB, max "
                     f"{figures['markdown_max_ms']:.0f} ms")
    return [Row("export 10 years as JSON (ms; baseline = goal)", figures["json_ms"],
                EXPORT_GOAL_MS, goal_ratio=1.0, digits=0),
            Row("export 10 years as markdown (ms; baseline = goal)", figures["markdown_ms"],
                EXPORT_GOAL_MS, goal_ratio=1.0, digits=0)]


VIEWS_CHILD = BENCH_DIR / "view_timings.py"
VIEW_GOAL_MS = 50.0


def views(ctx: Context) -> list[Row]:
    """The Practices tab's and the two-week plan's first show on the demo folder (a fresh
    process each run). Absolute goals: 50 ms each."""
    env = {key: value for key, value in ctx.env.items() if key != EXIT_AFTER_PAINT_ENV}
    figures = child_json([str(VIEWS_CHILD), str(ctx.demo_dir), "--runs", str(ctx.runs)], env,
                         "view benchmark", timeout=CHILD_TIMEOUT_S * 3)
    ctx.notes.append(f"views: Practices first show max {figures['practices_max_ms']:.0f} ms "
                     f"(medians: importing its modules {figures['practices_imports_ms']:.0f} ms, "
                     f"building and painting it {figures['practices_build_ms']:.0f} ms); "
                     f"two-week plan max {figures['plan_max_ms']:.0f} ms")
    return [Row("Practices first show (ms; baseline = goal)", figures["practices_ms"],
                VIEW_GOAL_MS, goal_ratio=1.0, digits=0),
            Row("two-week plan first show (ms; baseline = goal)", figures["plan_ms"],
                VIEW_GOAL_MS, goal_ratio=1.0, digits=0)]


KILLS = 1000


def kill_writer(ctx: Context) -> list[Row]:
    """1,000 SIGKILLs (200 with --quick) of a process writing through the real store.

    Absolute goal: nothing reported committed is lost and the file stays sound (baseline 1
    so a single loss or a failed integrity check shows as "over").
    """

    kills = 200 if ctx.quick else KILLS
    with tempfile.TemporaryDirectory(prefix="reconnect-kill-bench-") as root:
        done = subprocess.run([sys.executable, str(BENCH_DIR / "kill_writer.py"), str(kills),
                               str(Path(root) / "data")], env=ctx.env, cwd=REPO,
                              capture_output=True, text=True, timeout=600)
    if not done.stdout.strip():
        raise ChildFailed(f"kill writer exited with {done.returncode}\n{done.stderr[-2000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    ctx.notes.append(f"kill test: {result['kills']} SIGKILLs, {result['reported']} writes "
                     f"reported committed, {result['missing']} missing, integrity "
                     f"{result['integrity'][0]}, {result['seconds']} s")
    damaged = 0 if result["integrity"] == ["ok"] else 1
    return [Row(f"Writes lost in {result['kills']} SIGKILLs (+1 if damaged; goal 0)",
                result["missing"] + damaged, 1, goal_ratio=0.0, digits=0)]


BENCHMARKS: list[Callable[[Context], list[Row]]] = [startup, breathe, body_map_overlay, journal,
                                                    trends, views, export, kill_writer]


# Command -----------------------------------------------------------------------------------
def header() -> str:
    pyside = "not installed"
    for distribution in ("PySide6", "PySide6-Essentials"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            pyside = metadata.version(distribution)
            break
    machine = platform.processor() or _cpu_model() or platform.machine()
    return (f"Reconnect benchmarks {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %z} | "
            f"Python {platform.python_version()} | PySide6 {pyside} | "
            f"{machine}, {os.cpu_count()} cores, {platform.system()} {platform.release()}")


def _load() -> str:
    with contextlib.suppress(OSError):
        return f"{os.getloadavg()[0]:.2f}"
    return "?"


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS,
                        help=f"timed runs per process (default {DEFAULT_RUNS}; 5 or more for a "
                             "real measurement)")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="keep the inherited PYTHONDONTWRITEBYTECODE / PYTHONPYCACHEPREFIX, "
                             "so modules without a .pyc are compiled on every run")
    parser.add_argument("--only", action="append", metavar="NAME",
                        help="run only these benchmarks (startup, breathe, body_map_overlay, "
                             "journal, trends, views, export, kill_writer); may be repeated")
    parser.add_argument("--quick", action="store_true",
                        help=f"only {QUICK_RUNS} timed runs: checks that everything works")
    args = parser.parse_args(argv)
    runs = QUICK_RUNS if args.quick else args.runs
    if runs < 1:
        parser.error("--runs must be at least 1")

    print(header(), flush=True)
    load_before = _load()
    rows: list[Row] = []
    try:
        with prepared_context(runs, WARMUPS, not args.no_bytecode_cache) as ctx:
            ctx.quick = args.quick
            for benchmark in BENCHMARKS:
                if args.only and benchmark.__name__ not in args.only:
                    continue
                rows.extend(benchmark(ctx))
    except ChildFailed as error:
        print(f"benchmark failed: {error}", file=sys.stderr)
        return 2
    print(format_table(rows))
    bytecode = ("inherited bytecode settings" if args.no_bytecode_cache
                else "bytecode cached in a private PYTHONPYCACHEPREFIX")
    print(f"\nmedians of {runs} runs each after {WARMUPS} warm-up, interleaved; {bytecode}"
          + ("" if runs >= 5 else " (fewer than 5: indicative only)"))
    for note in ctx.notes:
        print(f"  {note}")
    print(f"  load average (1 min) before / after: {load_before} / {_load()} on "
          f"{os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())

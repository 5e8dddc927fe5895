"""The build's progress display (rich): a bar with counts and the current file, or nothing with --quiet."""

from __future__ import annotations

import time
from pathlib import Path


class BuildProgress:
    """A context manager whose ``update(source, result)`` the build calls as documents start and finish."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet
        self.progress = None  # a rich Progress while a bar is shown
        self.task = None
        self.seen: set[str] = set()
        self.failed = 0
        self.drawn = 0.0  # when the bar was last drawn (time.monotonic)

    def __enter__(self) -> "BuildProgress":
        if self.quiet:
            return self  # rich is not even imported (≈ 20 ms of a build's start)
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        console = Console(stderr=True)
        if console.is_terminal:  # a bar in a log file is noise: the summary line says it all
            self.progress = Progress(
                TextColumn("[bold]building"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[failed]} failed"),
                TimeElapsedColumn(),
                TextColumn("{task.fields[current]}"),
                console=console,
                auto_refresh=False,  # no drawing thread: the build forks its workers (build._start_method)
            )
            self.progress.start()
            self.task = self.progress.add_task("build", total=None, failed=0, current="")
        return self

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.stop()

    def start(self, total: int) -> None:
        """The number of documents the build will go through (known once the sources are found)."""
        if self.progress is not None:
            self.progress.update(self.task, total=total)
            self._draw(force=True)

    def _draw(self, force: bool = False) -> None:
        """Redraw the bar, at most ten times a second (updates come hundreds of times a second)."""
        now = time.monotonic()
        if force or now - self.drawn >= 0.1:
            self.drawn = now
            self.progress.refresh()

    def update(self, source: str, result) -> None:
        if self.progress is None:
            return
        name = Path(source).name
        if result is None:
            self.progress.update(self.task, current=name)
            self._draw()
            return
        if source not in self.seen:
            self.seen.add(source)
            if result.status == "failed":
                self.failed += 1
            self.progress.update(self.task, completed=len(self.seen), failed=self.failed, current=name)
            self._draw()

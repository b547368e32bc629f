"""The frozen application's entry point: the ``coachdesk`` command, window by default."""

from coachdesk.cli import main

raise SystemExit(main())

"""The frozen app's entry point: the same as the `ementor` command (no command opens the app)."""

from ementor_desktop.cli import main

raise SystemExit(main())

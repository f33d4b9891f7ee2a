"""`python -m ementor_desktop` is the same as the `ementor` command."""

from ementor_desktop.cli import main

raise SystemExit(main())

"""Command-line subcommands. Each module defines `daftar(subparsers)`; heavy imports stay inside handlers."""

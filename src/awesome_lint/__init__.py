"""awesome-lint: lint and fix curated Markdown lists of papers and tools."""

__version__ = "0.1.0"

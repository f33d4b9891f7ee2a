"""Making remote-chosen text safe to store and to show: names stripped, terminal output escaped.

A contact chooses their own name and every word of their messages. Shown raw, a name or a text can
carry terminal escape sequences (set the title, clear the screen, hide later lines), bidi overrides
that reverse what follows, or invisible characters that make two names look alike. This module
owns the two answers: `clean_name` removes such characters from a name (for storing and showing
it), and `escape_for_terminal` / `escape_json` turn them into visible escapes (`\\x1b`, `\\u202e`)
in text written to a terminal or a JSON document. Pure functions: no I/O, no imports of ours.
"""

from __future__ import annotations

import unicodedata

# Unicode general categories that never belong in a name and must never reach a terminal raw:
# Cc: C0 and C1 controls and DEL (ESC, CSI, BEL, NUL, CR, ...);
# Cf: format characters (bidi embeddings, overrides and isolates, zero-width joiners and spaces,
#     the byte-order mark, tag characters, the soft hyphen, ...);
# Cs: lone surrogates (bytes that were not UTF-8, smuggled in by the `surrogateescape` handler);
# Zl, Zp: the line and paragraph separators (they start a new line in many terminals and widgets);
# Co, Cn: private-use and unassigned code points (they render as anything a font decides).
UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn"})


def is_unsafe(char: str) -> bool:
    """True for a character that is a control, formatting or invisible/undefined code point."""
    return unicodedata.category(char) in UNSAFE_CATEGORIES


def clean_name(name: str) -> str:
    """A name as it may be stored and shown: controls, bidi and other format characters, lone
    surrogates, separators and unassigned code points removed; runs of white space (including
    tabs and newlines, which become spaces first) collapsed to one space; ends trimmed.

    The result may be empty: callers decide what to show instead (an id, "unnamed")."""
    kept: list[str] = []
    for char in name:
        if char in "\t\n\r\v\f\x1c\x1d\x1e\x1f\x85":  # white-space controls: keep a word break
            kept.append(" ")
        elif unicodedata.category(char) not in UNSAFE_CATEGORIES:
            kept.append(char)
    return " ".join("".join(kept).split())


def _visible(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def escape_for_terminal(text: str, *, keep: str = "", newline: str | None = None) -> str:
    """`text` with every unsafe character written as a visible escape (`\\x1b`, `\\x9b`,
    `\\u202e`, `\\udcff`), so nothing in it can steer a terminal or reorder what follows.

    `keep` lists characters to pass through unchanged (e.g. "\\n\\t" for output we format
    ourselves). `newline`, if given, replaces each "\\n" (e.g. with "\\n    " so a message's
    later lines are indented and cannot pose as a line of their own)."""
    table: dict[int, str] = {ord(c): _visible(c) for c in set(text)
                             if c not in keep and is_unsafe(c)}
    if newline is not None:
        table[ord("\n")] = newline
    return text.translate(table) if table else text


def _json_escape(char: str) -> str:
    code = ord(char)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # outside the BMP, JSON spells a character as its UTF-16 surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def escape_json(document: str) -> str:
    """A JSON document (as `json.dumps(..., ensure_ascii=False)` writes it) with every unsafe
    character spelled as a JSON `\\uXXXX` escape: the parsed value is unchanged, and the text is
    safe to print. Line feeds, tabs and carriage returns pass: `json.dumps` writes them only as
    white space between values (inside strings it escapes every C0 control itself)."""
    table = {ord(c): _json_escape(c) for c in set(document)
             if c not in "\n\t\r" and is_unsafe(c)}
    return document.translate(table) if table else document


def safe_for_terminal(text: str) -> bool:
    """True when `text` has nothing `escape_for_terminal` would change (bar newlines and tabs)."""
    return not any(is_unsafe(c) for c in text if c not in "\n\t")

"""Cellar's implementation of the `textwrap` module: paragraph wrapping and
filling (`TextWrapper`, `wrap`, `fill`, `shorten`) and the line-prefix helpers
`dedent` and `indent`."""

import re

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# Only the ASCII whitespace characters break lines: other Unicode spaces
# (such as U+00A0) are treated as part of a word.
_whitespace = "\t\n\x0b\x0c\r "

_WS = "[%s]" % re.escape(_whitespace)
_NOT_WS = "[^%s]" % re.escape(_whitespace)
_WORD_PUNCT = r"""[\w!"'&.,?]"""
_LETTER = r"[^\d\W]"


class TextWrapper:
    """Wraps and fills paragraphs of text.

    Options (instance attributes, also accepted by the constructor): width,
    initial_indent, subsequent_indent, expand_tabs, replace_whitespace,
    fix_sentence_endings, break_long_words, drop_whitespace,
    break_on_hyphens, tabsize, and (keyword-only) max_lines, placeholder.
    Subclasses may override the chunking regexes and the `_`-methods.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(" "))

    # Splits text into chunks: whitespace runs, em-dashes ("--") between
    # words, and words, which may end after a hyphen inside a compound word.
    wordsep_re = re.compile(
        r"(" + _WS + r"+"
        r" | (?<=" + _WORD_PUNCT + r") -{2,} (?=\w)"
        r" | " + _NOT_WS + r"+? (?:"
        r"     -(?: (?<=" + _LETTER + r"{2}-) | (?<=" + _LETTER + r"-" + _LETTER + r"-) )"
        r"      (?= " + _LETTER + r" -? " + _LETTER + r")"
        r"   | (?=" + _WS + r"|\Z)"
        r"   | (?<=" + _WORD_PUNCT + r") (?=-{2,}\w)"
        r"   )"
        r")",
        re.VERBOSE)

    # Splits on whitespace only (used when break_on_hyphens is not True).
    wordsep_simple_re = re.compile(r"(" + _WS + r"+)")

    # A chunk ending a sentence: lowercase letter, punctuation, maybe a quote.
    sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- steps of wrap(), overridable by subclasses

    def _munge_whitespace(self, text):
        """Expand tabs, then turn every other whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into indivisible chunks (words and whitespace runs)."""
        if self.break_on_hyphens is True:
            parts = self.wordsep_re.split(text)
        else:
            parts = self.wordsep_simple_re.split(text)
        return [part for part in parts if part]

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence-ending chunk two spaces."""
        ends_sentence = self.sentence_end_re.search
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long for any line: break it (preferably
        after a hyphen) or, if that is not allowed, put it on a line alone."""
        # At least one character goes on each line, even when the indent
        # leaves no room.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Assemble chunks into lines of at most `width` columns (longer
        only for unbreakable words); may reverse `chunks` in place."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        max_lines = self.max_lines
        if max_lines is not None:
            indent = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        lines = []
        chunks.reverse()    # a stack: the next chunk is chunks[-1]
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Whitespace at the start of a line goes, except on the first.
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]

            cur_line = []
            cur_len = 0
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            if (max_lines is None or len(lines) + 1 < max_lines
                    or (not chunks
                        or self.drop_whitespace and len(chunks) == 1
                        and not chunks[0].strip()) and cur_len <= width):
                lines.append(indent + "".join(cur_line))
                continue

            # Out of lines: end this one (or the previous) with the placeholder.
            placeholder = self.placeholder
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(placeholder) <= width:
                    cur_line.append(placeholder)
                    lines.append(indent + "".join(cur_line))
                    return lines
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(placeholder) <= self.width:
                    lines[-1] = prev + placeholder
                    return lines
            lines.append(indent + placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface

    def wrap(self, text):
        """Wrap one paragraph into a list of lines of at most `width` columns."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap one paragraph and return it as a single string."""
        return "\n".join(self.wrap(text))


del _WS, _NOT_WS, _WORD_PUNCT, _LETTER


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into a list of lines; the keyword arguments are
    TextWrapper options."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph and return it as a single string; the keyword
    arguments are TextWrapper options."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of `text`, then truncate it to fit in `width`
    columns, ending with the placeholder when words were dropped."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(" ".join(text.strip().split()))


def dedent(text):
    """Remove the leading spaces and tabs common to all non-blank lines;
    lines holding only spaces and tabs become empty."""
    if not isinstance(text, str):
        re.sub("", "", text)    # raises CPython's TypeError for this argument
    lines = text.split("\n")
    margin = None
    for i, line in enumerate(lines):
        body = line.lstrip(" \t")
        if not body:
            if line:
                lines[i] = ""
            continue
        lead = line[:len(line) - len(body)]
        if margin is None:
            margin = lead
        elif not lead.startswith(margin):
            if margin.startswith(lead):
                margin = lead
            else:
                k = 0
                while margin[k] == lead[k]:
                    k += 1
                margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [line[cut:] for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Prefix the lines of `text` for which `predicate(line)` is true (by
    default, the lines that are not just whitespace)."""
    lines = text.splitlines(True)
    if predicate is None:
        # The lines are never empty, so "all whitespace" is isspace().
        return "".join([line if line.isspace() else prefix + line for line in lines])
    return "".join([prefix + line if predicate(line) else line for line in lines])

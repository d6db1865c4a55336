"""CSV parsing and writing.

The reader, the writer, the dialect type and the registry come from `_csv`
(builtins/csv.rs); this module adds the dialect classes, DictReader,
DictWriter and the Sniffer that guesses a dialect from a sample.
"""

import re
from _csv import (Error, __version__, writer, reader, register_dialect,
                  unregister_dialect, get_dialect, list_dialects,
                  field_size_limit, QUOTE_MINIMAL, QUOTE_ALL,
                  QUOTE_NONNUMERIC, QUOTE_NONE, __doc__)
from _csv import Dialect as _Dialect
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]


class Dialect:
    """A CSV dialect, described by class attributes: subclass it (see
    csv.excel) and set delimiter, quotechar, escapechar, doublequote,
    skipinitialspace, lineterminator and quoting."""
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        # The native type checks the attributes; its TypeErrors become csv.Error here.
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The CSV files Excel writes."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
register_dialect("excel", excel)


class excel_tab(excel):
    """The tab-separated files Excel writes."""
    delimiter = '\t'
register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """CSV files as Unix tools write them: every field quoted, '\\n' line ends."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL
register_dialect("unix", unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            for first in self.reader:
                self._fieldnames = first
                break
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # Reading the header advances line_num.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        record = dict(zip(names, row))
        extra = len(row) - len(names)
        if extra > 0:
            record[self.restkey] = row[len(names):]
        elif extra < 0:
            for name in names[len(row):]:
                record[name] = self.restval
        return record


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _values(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(k) for k in unknown]))
        restval = self.restval
        return (rowdict.get(name, restval) for name in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._values, rowdicts))


# The quoted-field shapes the Sniffer looks for, most telling first: a quoted
# field between two delimiters, at the start of a line, at the end of one, and
# alone on its line.
_NOT_DELIMITER = r'[^\w\n"\']'
_QUOTED_FIELD_SHAPES = (
    r'(?P<delim>%s)(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)'
    % _NOT_DELIMITER,
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>%s)(?P<space> ?)'
    % _NOT_DELIMITER,
    r'(?P<delim>%s)(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)'
    % _NOT_DELIMITER,
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


def _most_common(counts):
    # The first key seen wins a tie, as max() over the dict gives it.
    return max(counts, key=counts.get)


class Sniffer:
    """Guesses a CSV file's dialect (delimiter, quote character) from a sample."""
    def __init__(self):
        # in case there is more than one possible delimiter
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """The dialect class the sample looks written in."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """Looks for quoted fields: the quote is the commonest quote
        character around them, the delimiter the commonest character next
        to them.  Returns (quotechar, doublequote, delimiter,
        skipinitialspace), with an empty delimiter when nothing was found.
        """
        found = []
        for shape in _QUOTED_FIELD_SHAPES:
            pattern = re.compile(shape, re.DOTALL | re.MULTILINE)
            found = pattern.findall(data)
            if found:
                break
        if not found:
            return ('', False, None, 0)
        groups = pattern.groupindex
        quote_counts = {}
        delim_counts = {}
        with_space = 0
        for groups_found in found:
            quote = groups_found[groups['quote'] - 1]
            if quote:
                quote_counts[quote] = quote_counts.get(quote, 0) + 1
            if 'delim' not in groups:
                continue
            delim = groups_found[groups['delim'] - 1]
            if delim and (delimiters is None or delim in delimiters):
                delim_counts[delim] = delim_counts.get(delim, 0) + 1
            if 'space' in groups and groups_found[groups['space'] - 1]:
                with_space += 1

        quotechar = _most_common(quote_counts)
        if delim_counts:
            delim = _most_common(delim_counts)
            skipinitialspace = delim_counts[delim] == with_space
            if delim == '\n':
                # A single column of quoted values.
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0

        # A quote inside a quoted field means quotes are doubled.
        doubled = re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
            % {'delim': re.escape(delim), 'quote': quotechar}, re.MULTILINE)
        doublequote = bool(doubled.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """Finds the character that occurs equally often on (nearly) every
        line, reading the sample ten lines at a time: for every 7-bit
        character, how many lines contain it how many times.  A character
        whose commonest count is held by at least 90% of the lines read so
        far is a candidate; several candidates are settled by the preferred
        list, then by the most consistent count.
        """
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        # char -> {occurrences on a line: number of lines}
        histograms = {}
        # char -> (commonest occurrences, lines with it minus all other lines)
        modes = {}
        candidates = {}
        rounds = 0
        start, end = 0, chunk
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for code in range(127):
                    char = chr(code)
                    histogram = histograms.setdefault(char, {})
                    n = line.count(char)
                    histogram[n] = histogram.get(n, 0) + 1
            for char, histogram in histograms.items():
                counts = list(histogram.items())
                if len(counts) == 1 and counts[0][0] == 0:
                    continue
                if len(counts) > 1:
                    best = max(counts, key=lambda item: item[1])
                    counts.remove(best)
                    modes[char] = (best[0],
                                   best[1] - sum(item[1] for item in counts))
                else:
                    modes[char] = counts[0]

            seen = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not candidates and consistency >= 0.9:
                for char, (n, lines_with_n) in modes.items():
                    if (n > 0 and lines_with_n > 0
                            and lines_with_n / seen >= consistency
                            and (delimiters is None or char in delimiters)):
                        candidates[char] = (n, lines_with_n)
                consistency -= 0.01

            if len(candidates) == 1:
                delim = next(iter(candidates))
                return (delim, self._spaced(lines[0], delim))
            start = end
            end += chunk

        if not candidates:
            return ('', 0)
        if len(candidates) > 1:
            for delim in self.preferred:
                if delim in candidates:
                    return (delim, self._spaced(lines[0], delim))
        ranked = sorted((mode, char) for char, mode in candidates.items())
        delim = ranked[-1][1]
        return (delim, self._spaced(lines[0], delim))

    @staticmethod
    def _spaced(line, delim):
        # Every delimiter on the first line is followed by a space.
        return line.count(delim) == line.count(delim + ' ')

    def has_header(self, sample):
        """Votes column by column: a column whose values all parse as
        numbers, or all have one length, suggests a header when the first
        row's value breaks the pattern."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        # column -> complex (numeric) or a length; columns that disagree
        # with themselves are dropped.
        kinds = dict.fromkeys(range(width))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]

        votes = 0
        for col, kind in kinds.items():
            if type(kind) == type(0):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0

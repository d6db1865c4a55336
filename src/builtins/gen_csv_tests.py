#!/usr/bin/env python3
"""Generates the expected-value tables for the tests in csv_dialect.rs.

Run with CPython 3.11:

    python3 src/builtins/gen_csv_tests.py          # the test tables
    python3 src/builtins/gen_csv_tests.py tables   # the Unicode tables

and paste the output into csv_dialect.rs (the test tables go inside
`mod tests`, the Unicode tables replace NON_PRINTABLE / DECIMAL_ZEROS).

Reader cases feed a list of lines (exactly what a file's line iterator
yields) to csv.reader and record, call by call, what next() produced: a
row, or an exception (after which reading goes on, as CPython allows),
each with reader.line_num after the call.  Writer cases call writerow
once and record the text written or the exception.
"""

import csv
import io
import struct
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"

QUOTING = {
    csv.QUOTE_MINIMAL: "Quoting::Minimal",
    csv.QUOTE_ALL: "Quoting::All",
    csv.QUOTE_NONNUMERIC: "Quoting::NonNumeric",
    csv.QUOTE_NONE: "Quoting::None",
}


def rs_char(c):
    if c == "\\":
        return "'\\\\'"
    if c == "'":
        return "'\\''"
    if c == "\t":
        return "'\\t'"
    if c == "\n":
        return "'\\n'"
    if c == "\r":
        return "'\\r'"
    if 0x20 <= ord(c) < 0x7F:
        return "'%s'" % c
    return "'\\u{%x}'" % ord(c)


def rs_opt_char(c):
    return "None" if c is None else "Some(%s)" % rs_char(c)


def rs_str(s):
    out = []
    for c in s:
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif 0x20 <= ord(c) < 0x7F:
            out.append(c)
        else:
            out.append("\\u{%x}" % ord(c))
    return '"%s"' % "".join(out)


def rs_dialect(d):
    return (
        "Dl { delimiter: %s, quotechar: %s, escapechar: %s, doublequote: %s, "
        "skipinitialspace: %s, lineterminator: %s, quoting: %s, strict: %s }"
        % (
            rs_char(d.delimiter),
            rs_opt_char(d.quotechar),
            rs_opt_char(d.escapechar),
            "true" if d.doublequote else "false",
            "true" if d.skipinitialspace else "false",
            rs_str(d.lineterminator),
            QUOTING[d.quoting],
            "true" if d.strict else "false",
        )
    )


def rs_err(e):
    kind = {"Error": "K::Error", "ValueError": "K::ValueError", "TypeError": "K::TypeError"}[
        type(e).__name__
    ]
    return "%s, %s" % (kind, rs_str(str(e)))


def rs_field(f):
    if isinstance(f, str):
        return "S(%s)" % rs_str(f)
    assert isinstance(f, float)
    return "F(0x%s)" % struct.pack(">d", f).hex()


DEFAULT_LIMIT = csv.field_size_limit()

# (name, lines, reader kwargs[, field size limit])
READER_CASES = [
    ("simple", ["a,b,c\n"], {}),
    ("two_rows", ["a,b\n", "c,d\n"], {}),
    ("quote_inside_unquoted", ['a"b,c\n'], {}),
    ("doubled_quotes", ['"a""b",c\n'], {}),
    ("only_doubled_quotes", ['""""\n'], {}),
    ("empty_quoted", ['"",x,""\n'], {}),
    ("quoted_delimiter", ['"a,b",c\n'], {}),
    ("quoted_spans_lines", ['"a\n', 'b",c\n', "d\n"], {}),
    ("quoted_spans_crlf", ['"a\r\n', 'b"\r\n'], {}),
    ("quoted_spans_three", ['x,"1\n', "\n", '2"\n'], {}),
    ("empty_lines", ["\n", "a\n", "\r\n", "", "\r", "b"], {}),
    ("trailing_delimiter", ["a,b,\n"], {}),
    ("only_delimiters", [",,\n", ",\n"], {}),
    ("whitespace_kept", [" a , b \n"], {}),
    ("skipinitialspace", [' a,  b, "c"\n', ",  ,\n"], {"skipinitialspace": True}),
    ("skipinitialspace_after_quote", ['a, "b" ,c\n'], {"skipinitialspace": True}),
    ("skipinitialspace_space_delim", ["a  b   c\n"], {"delimiter": " ", "skipinitialspace": True}),
    ("space_delim", ["a  b\n"], {"delimiter": " "}),
    ("crlf_endings", ["a,b\r\n", "c\r\n"], {}),
    ("cr_endings", ["a,b\r", "c\r"], {}),
    ("last_line_no_newline", ["a\n", "b,c"], {}),
    ("lines_without_endings", ["a", "b,c", ""], {}),
    ("text_after_quote", ['"a"b,c\n'], {}),
    ("text_after_quote_then_quote", ['a,"b"c"d",e\n'], {}),
    ("text_after_quote_strict", ['"a"b,c\n', "d\n"], {"strict": True}),
    ("text_after_quote_strict_semicolon", ['"a";"b"x\n'], {"strict": True, "delimiter": ";"}),
    ("quote_then_crlf", ['"a"\r\n', '"b"\r'], {}),
    ("quote_then_cr_then_text", ['"a"\rb\n', "c\n"], {}),
    ("bare_cr_in_unquoted", ["a\rb\n", "c\n"], {}),
    ("bare_cr_at_end", ["a\r"], {}),
    ("cr_cr_lf", ["a\r\r\n"], {}),
    ("lf_then_text", ["a\nb\n"], {}),
    ("cr_in_quoted", ['"a\rb",c\n'], {}),
    ("cr_at_start_then_text", ["\rb\n"], {}),
    ("nonnumeric", ['1,"2",3.5,-4e2\n'], {"quoting": csv.QUOTE_NONNUMERIC}),
    ("nonnumeric_error", ["1,x,2\n", "3\n"], {"quoting": csv.QUOTE_NONNUMERIC}),
    ("nonnumeric_empty_fields", [",,\n", '"",1\n'], {"quoting": csv.QUOTE_NONNUMERIC}),
    ("nonnumeric_spaces", [" 1 ,\t2\t\n"], {"quoting": csv.QUOTE_NONNUMERIC}),
    ("nonnumeric_only_spaces", ["  \n"], {"quoting": csv.QUOTE_NONNUMERIC}),
    (
        "nonnumeric_specials",
        ["inf,-Infinity,nan,-nan,1_000,1_0.5e1_0,.5,5.,+1E-3,-0\n"],
        {"quoting": csv.QUOTE_NONNUMERIC},
    ),
    ("nonnumeric_bad_underscore", ["1__0\n", "_1\n", "1_\n", "1_.5\n"], {"quoting": csv.QUOTE_NONNUMERIC}),
    ("nonnumeric_bad_forms", ["1e\n", ".\n", "0x10\n", "nan(1)\n", "1,2\n"], {"quoting": csv.QUOTE_NONNUMERIC}),
    ("nonnumeric_unicode_digits", ["\u0661\u0662,\uff13.\u0665,\U0001d7ce\n"], {"quoting": csv.QUOTE_NONNUMERIC}),
    ("nonnumeric_unicode_space", ["\u00a01\u3000,\u20282\u2029\n"], {"quoting": csv.QUOTE_NONNUMERIC}),
    ("nonnumeric_ascii_fs_not_space", [" \x1c5\x1c\n"], {"quoting": csv.QUOTE_NONNUMERIC}),
    ("nonnumeric_repr_quote", ["it's\n", "say \"hi\"\n", "both'\"\n"], {"quoting": csv.QUOTE_NONNUMERIC}),
    (
        "nonnumeric_repr_escapes",
        ["a\\b\tc\n", "\u200b1\n", "\x7f\x85\xa0\xe9\n", "\U000e0001\U0001f600\ufeff\n", "\u0378\n"],
        {"quoting": csv.QUOTE_NONNUMERIC, "delimiter": ";"},
    ),
    ("nonnumeric_quoted_then_text", ['"1"2,3\n'], {"quoting": csv.QUOTE_NONNUMERIC}),
    ("nonnumeric_eof", ["1,2"], {"quoting": csv.QUOTE_NONNUMERIC}),
    ("nonnumeric_escape", ["1\\\n", "5,\\7\n"], {"quoting": csv.QUOTE_NONNUMERIC, "escapechar": "\\"}),
    ("semicolon", ['a;b,c;"d;e"\n'], {"delimiter": ";"}),
    ("tab", ["a\tb\t\n", '"x\ty"\tz\n'], {"delimiter": "\t"}),
    ("excel_tab", ["a\tb,c\t\n"], {"dialect": "excel-tab"}),
    ("unix", ['"a",b\n', 'c,"d\n', 'e"\n'], {"dialect": "unix"}),
    ("escapechar", ["a\\,b,c\n"], {"escapechar": "\\"}),
    ("escapechar_at_field_start", ["x,\\,y\n"], {"escapechar": "\\"}),
    ("escapechar_in_quoted", ['"a\\"b",c\n'], {"escapechar": "\\"}),
    ("escapechar_end_of_line", ["a\\\n", "b\n"], {"escapechar": "\\"}),
    ("escapechar_crlf", ["a\\\r\n", "b\r\n"], {"escapechar": "\\"}),
    ("escapechar_at_eof", ["a\\"], {"escapechar": "\\"}),
    ("escapechar_at_eof_strict", ["a\\"], {"escapechar": "\\", "strict": True}),
    ("escapechar_alone_at_eof", ["x,\\"], {"escapechar": "\\"}),
    ("escapechar_quoted_at_eol", ['"a\\\n', 'b"\n'], {"escapechar": "\\"}),
    ("escapechar_quoted_at_eof", ['"a\\'], {"escapechar": "\\"}),
    ("no_doublequote", ['"a\\"b""c"\n'], {"doublequote": False, "escapechar": "\\"}),
    ("no_doublequote_plain", ['"a""b",c\n'], {"doublequote": False}),
    ("escapechar_is_quotechar", ['"a""b",c\n'], {"doublequote": False, "escapechar": '"'}),
    ("quote_none", ['"a",b\n', 'c"d",e\n'], {"quoting": csv.QUOTE_NONE}),
    ("quote_none_no_quotechar", ['"a",b\n'], {"quotechar": None}),
    ("quotechar_single", ["'a,b',c\n", "'it''s'\n"], {"quotechar": "'"}),
    ("unterminated_eof", ['a,"b\n'], {}),
    ("unterminated_eof_strict", ['a,"b\n'], {"strict": True}),
    ("unterminated_empty_eof", ['a,"'], {}),
    ("unterminated_empty_eof_strict", ['a,"'], {"strict": True}),
    ("quote_at_eof", ['a,"b"'], {"strict": True}),
    ("strict_then_more", ['"a"x\n', '"b"\n'], {"strict": True}),
    ("nul_char", ["a\0b,\0\n"], {}),
    ("field_limit", ["abcde\n", "abcdef\n", "x\n"], {}, 5),
    ("field_limit_quoted", ['"abc\n', 'd"\n'], {}, 4),
    ("line_num_counting", ["\n", '"a\n', "\n", 'b"\n', "c\n"], {}),
    ("unicode", ["é,ü,\u4e2d\U0001f600\n"], {}),
    ("text_after_quote_next_line", ['"a\n', 'b"c\n'], {}),
    ("many_fields", ["1,2,3,4,5,6,7,8,9,10\n"], {}),
    ("delimiter_is_quotechar", ['"a"b"\n'], {"delimiter": '"', "quotechar": "'"}),
]


def reader_events(lines, kwargs):
    rd = csv.reader(list(lines), **kwargs)
    events = []
    while True:
        try:
            row = next(rd)
        except StopIteration:
            break
        except (csv.Error, ValueError) as e:
            events.append("Ev::Err(%s, %d)" % (rs_err(e), rd.line_num))
            continue
        events.append("Ev::Row(&[%s], %d)" % (", ".join(rs_field(f) for f in row), rd.line_num))
    return rd.dialect, events


def out_field(v):
    if isinstance(v, str):
        return "W::Str(%s)" % rs_str(v)
    if v is None:
        return "W::None"
    # PyNumber_Check: int, float, bool, complex... are "numbers" for QUOTE_NONNUMERIC
    return "W::Number(%s)" % rs_str(str(v))


# (name, row, writer kwargs)
WRITER_CASES = [
    ("simple", ["a", "b"], {}),
    ("empty_row", [], {}),
    ("single_empty", [""], {}),
    ("single_none", [None], {}),
    ("two_empty", ["", ""], {}),
    ("two_none", [None, None], {}),
    ("comma", ["a,b", "c"], {}),
    ("quote", ['a"b', '"'], {}),
    ("newline", ["a\nb"], {}),
    ("cr_default_terminator", ["a\rb"], {}),
    ("cr_lf_terminator", ["a\rb", "c\nd"], {"lineterminator": "\n"}),
    ("custom_terminator_char", ["aXb", "c"], {"lineterminator": "X"}),
    ("empty_terminator", ["a", "b"], {"lineterminator": ""}),
    ("spaces_kept", [" a ", "b "], {}),
    ("numbers_minimal", [1, 2.5, True, None, "x"], {}),
    ("quote_all", ["a", 1, None, ""], {"quoting": csv.QUOTE_ALL}),
    ("quote_nonnumeric", ["a", 1, 2.5, None, True, "", 1e20], {"quoting": csv.QUOTE_NONNUMERIC}),
    ("quote_nonnumeric_single_none", [None], {"quoting": csv.QUOTE_NONNUMERIC}),
    ("quote_none_escape", ["a,b", 'c"d', "e\\f", "g\nh"], {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}),
    ("quote_none_no_escape", ["a,b"], {"quoting": csv.QUOTE_NONE}),
    ("quote_none_quote_no_escape", ['a"b'], {"quoting": csv.QUOTE_NONE}),
    ("quote_none_no_quotechar", ['a"b', "c"], {"quoting": csv.QUOTE_NONE, "quotechar": None}),
    ("quotechar_none_implies_none", ['a"b'], {"quotechar": None}),
    ("quote_none_single_empty", [""], {"quoting": csv.QUOTE_NONE}),
    ("quote_none_single_none", [None], {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}),
    ("no_doublequote_escape", ['a"b', "c"], {"doublequote": False, "escapechar": "\\"}),
    ("no_doublequote_escape_and_quote", ['a"b,c'], {"doublequote": False, "escapechar": "\\"}),
    ("no_doublequote_no_escape", ['a"b'], {"doublequote": False}),
    ("escapechar_minimal", ["a\\b", "c"], {"escapechar": "\\"}),
    ("escapechar_minimal_quoted", ["a,b\\c"], {"escapechar": "\\"}),
    ("escapechar_quote_all", ["a\\b", 'c"d'], {"escapechar": "\\", "quoting": csv.QUOTE_ALL}),
    ("semicolon", ["a;b", "c,d", "e"], {"delimiter": ";"}),
    ("excel_tab", ["a\tb", "c", "d e"], {"dialect": "excel-tab"}),
    ("unix", ["a", 1, None], {"dialect": "unix"}),
    ("quotechar_single", ["it's", "x", 'say "hi"'], {"quotechar": "'"}),
    ("unicode", ["é", "\u4e2d,\U0001f600"], {}),
    ("delimiter_is_escapechar", ["a;b"], {"delimiter": ";", "escapechar": ";", "quoting": csv.QUOTE_NONE}),
]


def writer_result(row, kwargs):
    buf = io.StringIO()
    w = csv.writer(buf, **kwargs)
    try:
        w.writerow(row)
    except (csv.Error, ValueError, TypeError) as e:
        return w.dialect, "Err((%s))" % rs_err(e)
    return w.dialect, "Ok(%s)" % rs_str(buf.getvalue())


# (fieldnames, keys of the row dict): only single wrong keys, since CPython
# lists several from a set, in an order that depends on string hashing.
EXTRAS_CASES = [
    (["a", "b"], ["a"]),
    (["a", "b"], ["b", "a"]),
    (["a", "b"], ["a", "x"]),
    (["a"], ["it's"]),
    (["a"], ["é\n"]),
    ([], []),
]


def extras_result(fieldnames, keys):
    w = csv.DictWriter(io.StringIO(), fieldnames)
    try:
        w.writerow({k: 1 for k in keys})
    except ValueError as e:
        return "Err(%s)" % rs_str(str(e))
    return "Ok(())"


def print_tests():
    print("    // Generated by src/builtins/gen_csv_tests.py with CPython %s." % sys.version.split()[0])
    print("    const READER_CASES: &[ReaderCase] = &[")
    for case in READER_CASES:
        name, lines, kwargs = case[:3]
        limit = case[3] if len(case) > 3 else DEFAULT_LIMIT
        csv.field_size_limit(limit)
        try:
            dialect, events = reader_events(lines, kwargs)
        finally:
            csv.field_size_limit(DEFAULT_LIMIT)
        print("        ReaderCase {")
        print("            name: %s," % rs_str(name))
        print("            dialect: %s," % rs_dialect(dialect))
        print("            limit: %d," % limit)
        print("            lines: &[%s]," % ", ".join(rs_str(l) for l in lines))
        print("            events: &[%s]," % ", ".join(events))
        print("        },")
    print("    ];")
    print()
    print("    const WRITER_CASES: &[WriterCase] = &[")
    for name, row, kwargs in WRITER_CASES:
        dialect, result = writer_result(row, kwargs)
        print("        WriterCase {")
        print("            name: %s," % rs_str(name))
        print("            dialect: %s," % rs_dialect(dialect))
        print("            row: &[%s]," % ", ".join(out_field(v) for v in row))
        print("            result: %s," % result)
        print("        },")
    print("    ];")
    print()
    print("    const EXTRAS_CASES: &[ExtrasCase] = &[")
    for fieldnames, keys in EXTRAS_CASES:
        print(
            "        ExtrasCase { fieldnames: &[%s], keys: &[%s], result: %s },"
            % (
                ", ".join(rs_str(f) for f in fieldnames),
                ", ".join(rs_str(k) for k in keys),
                extras_result(fieldnames, keys),
            )
        )
    print("    ];")


def print_tables():
    ranges = []
    start = None
    for cp in range(0x80, 0x110000):
        nonprint = not chr(cp).isprintable()
        if nonprint and start is None:
            start = cp
        elif not nonprint and start is not None:
            ranges.append((start, cp - 1))
            start = None
    if start is not None:
        ranges.append((start, 0x10FFFF))
    print("/// Inclusive ranges of non-ASCII code points that `str.isprintable()` rejects")
    print("/// (Unicode %s, as in CPython 3.11), flattened as start, end, start, end, ..." % unicodedata.unidata_version)
    print("const NON_PRINTABLE: &[u32] = &[")
    print(", ".join("0x%x, 0x%x" % r for r in ranges))
    print("];")
    zeros = []
    for cp in range(0x80, 0x110000):
        d = unicodedata.decimal(chr(cp), None)
        if d == 0:
            # every run of decimal digits is a full 0..=9 run
            assert all(unicodedata.decimal(chr(cp + i), None) == i for i in range(10))
            zeros.append(cp)
        elif d is not None:
            assert unicodedata.decimal(chr(cp - d), None) == 0
    print("/// Non-ASCII code points of the digit zero of each run of ten decimal digits (Nd).")
    print("const DECIMAL_ZEROS: &[u32] = &[")
    print(", ".join("0x%x" % z for z in zeros))
    print("];")
    spaces = [cp for cp in range(0x80, 0x110000) if chr(cp).isspace()]
    # csv_dialect.rs uses char::is_whitespace for these; check they agree.
    print("// non-ASCII str.isspace(): %s" % " ".join("%x" % s for s in spaces))


if __name__ == "__main__":
    if sys.argv[1:] == ["tables"]:
        print_tables()
    else:
        print_tests()

#!/usr/bin/env python3
"""Ask CPython 3.11 what it says about each builtin function and method, and write the Rust table
src/builtins/native_docs_table.rs that src/builtins/native_docs.rs reads.

    python3 tools/gen_native_docs.py > src/builtins/native_docs_table.rs

One row per builtin function (owner "" ), module function (owner = the module's name) and
method of a builtin type (owner = the type's name), sorted by (owner, name):
  module      `__module__` (None for methods of types)
  qualname    `__qualname__`
  bound       str(inspect.signature(f)) as a function or a bound method shows it (None when
              inspect cannot tell, as for `dict.pop`)
  unbound     the same for the unbound method descriptor (`list.append`); None for functions
  doc         `__doc__`
The table lists more than Cellar implements: a native looks itself up by owner and name.
TYPE_DOCS gives the `__doc__` of every class in `builtins` (exceptions included), by name.
"""
import builtins
import gc
import inspect
import math
import operator
import bisect
import heapq
import sys
import time
import types
import array
import collections
import itertools

MODULES = [math, time, gc, sys, operator, bisect, heapq]
TYPES = ["str", "list", "dict", "set", "frozenset", "tuple", "float", "int", "bool", "range",
         "slice", "bytes", "bytearray", "object", "type", "complex", "memoryview", "property",
         "staticmethod", "classmethod", "enumerate", "zip", "map", "filter", "reversed",
         "BaseException", "generator"]
SAMPLES = {"str": "abc", "list": [1], "dict": {1: 2}, "set": {1}, "frozenset": frozenset({1}),
           "tuple": (1,), "float": 1.5, "int": 3, "bool": True, "range": range(3),
           "slice": slice(1, 2), "bytes": b"a", "bytearray": bytearray(b"a"), "object": object(),
           "type": int, "complex": 1j, "memoryview": memoryview(b"a"),
           "property": property(), "staticmethod": staticmethod(len),
           "classmethod": classmethod(len), "enumerate": enumerate([]), "zip": zip(),
           "map": map(len, []), "filter": filter(None, []), "reversed": reversed([]),
           "BaseException": BaseException(), "generator": (x for x in ())}
# Types that modules define in C, by the name Cellar files them under (their __name__),
# with a sample instance for bound signatures.
MODULE_TYPES = {"deque": collections.deque([1]), "array": array.array("i", [1])}
for _name in ("count", "repeat", "cycle", "chain", "islice", "accumulate", "compress",
              "dropwhile", "takewhile", "filterfalse", "starmap", "zip_longest", "pairwise",
              "groupby", "product", "permutations", "combinations",
              "combinations_with_replacement"):
    MODULE_TYPES[_name] = None
BUILTIN_KINDS = (types.BuiltinFunctionType, types.MethodDescriptorType,
                 types.ClassMethodDescriptorType, types.WrapperDescriptorType,
                 types.MethodWrapperType)


def sig(f):
    try:
        return str(inspect.signature(f))
    except (ValueError, TypeError):
        return None


def rows():
    out = {}
    for name in dir(builtins):
        obj = getattr(builtins, name)
        if isinstance(obj, types.BuiltinFunctionType):
            out[("", name)] = (obj.__module__, obj.__qualname__, sig(obj), None, obj.__doc__)
    for mod in MODULES:
        for name in dir(mod):
            obj = getattr(mod, name)
            if isinstance(obj, types.BuiltinFunctionType):
                out[(mod.__name__, name)] = (obj.__module__, obj.__qualname__, sig(obj), None,
                                             obj.__doc__)
    for tname in TYPES:
        t = getattr(builtins, tname, None) or type(SAMPLES[tname])
        for name, raw in vars(t).items():
            if name.startswith("__") and name.endswith("__"):
                continue
            if not isinstance(raw, BUILTIN_KINDS + (staticmethod,)):
                continue
            bound = getattr(SAMPLES[tname], name)
            unbound = getattr(t, name)
            out[(tname, name)] = (None, unbound.__qualname__, sig(bound),
                                  sig(unbound) if isinstance(raw, types.MethodDescriptorType)
                                  else None, unbound.__doc__)
    for tname, sample in MODULE_TYPES.items():
        t = type(sample) if sample is not None else getattr(itertools, tname)
        for name, raw in vars(t).items():
            if name.startswith("__") and name.endswith("__"):
                continue
            if not isinstance(raw, BUILTIN_KINDS):
                continue
            unbound = getattr(t, name)
            bound = getattr(sample, name) if sample is not None else unbound
            out[(tname, name)] = (None, unbound.__qualname__, sig(bound),
                                  sig(unbound) if isinstance(raw, types.MethodDescriptorType)
                                  else None, unbound.__doc__)
    return sorted(out.items())


def rust_str(s):
    if s is None:
        return "None"
    return "Some(%s)" % rust_lit(s)


def rust_lit(s):
    body = (s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\t", "\\t").replace("\r", "\\r"))
    return '"%s"' % body


def main():
    assert sys.version_info[:2] == (3, 11), "the table is CPython 3.11's"
    print("// Generated by tools/gen_native_docs.py from CPython %d.%d.%d: do not edit."
          % sys.version_info[:3])
    print("pub(super) const TABLE: &[NativeDoc] = &[")
    for (owner, name), (module, qualname, bound, unbound, doc) in rows():
        print("    NativeDoc {")
        print("        owner: %s," % rust_lit(owner))
        print("        name: %s," % rust_lit(name))
        print("        module: %s," % rust_str(module))
        print("        qualname: %s," % rust_lit(qualname))
        print("        bound: %s," % rust_str(bound))
        print("        unbound: %s," % rust_str(unbound))
        print("        doc: %s," % rust_str(doc))
        print("    },")
    print("];")
    print()
    print("pub(super) const TYPE_DOCS: &[(&str, &str)] = &[")
    docs = {}
    for name in dir(builtins):
        obj = getattr(builtins, name)
        if isinstance(obj, type) and obj.__doc__:
            docs[name] = obj.__doc__
    for name, sample in MODULE_TYPES.items():
        t = type(sample) if sample is not None else getattr(itertools, name)
        if t.__doc__:
            docs[name] = t.__doc__
    for name in sorted(docs):
        print("    (%s, %s)," % (rust_lit(name), rust_lit(docs[name])))
    print("];")


if __name__ == "__main__":
    main()

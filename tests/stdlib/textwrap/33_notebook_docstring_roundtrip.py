import textwrap

source = '''
    def profile(cells):
        """Run each cell and record peak memory.

        Returns a list of (index, bytes) pairs.
        """
        results = []
        for i, cell in enumerate(cells):
\t        results.append((i, run(cell)))
        return results
'''
code = textwrap.dedent(source)
print(repr(code[:40]))
print(code.count("\n"), code.startswith("\n"))
body = textwrap.dedent(source.replace("\t", "    "))
print(body)
requoted = textwrap.indent(body.strip("\n"), ">>> ", lambda l: l.startswith("def"))
print(requoted)
again = textwrap.indent(textwrap.dedent(requoted), "... ", lambda l: not l.startswith(">>>"))
print(again)
print(textwrap.dedent("  ".join(["", "a\n", "b\n", "c"])) == "a\nb\nc")

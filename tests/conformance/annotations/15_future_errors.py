cases = [
    'from __future__ import braces',
    'from __future__ import nosuch',
    'from __future__ import annotations, nosuch',
    'x = 1\nfrom __future__ import annotations',
    'import os\nfrom __future__ import division',
    '"""doc"""\nfrom __future__ import annotations\nprint("docstring first ok")',
    '# comment\n\nfrom __future__ import annotations\nprint("comment first ok")',
    'from __future__ import annotations\nfrom __future__ import division\nprint("two futures ok")',
    'from __future__ import *',
    'from __future__ import annotations as ann\nprint("alias ok", ann.compiler_flag > 0)',
    'def f():\n    from __future__ import annotations',
    'import __future__\nprint("plain import ok")',
    '"""doc"""\n"""second string"""\nfrom __future__ import annotations',
]
for src in cases:
    try:
        exec(src, {})
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno)

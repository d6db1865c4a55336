import tempfile

for kw in [{'prefix': b'a', 'suffix': 'b'}, {'prefix': 'a', 'dir': b'.'}, {'suffix': b'x', 'dir': '.'}]:
    for f in (tempfile.mkdtemp, tempfile.mkstemp, tempfile.NamedTemporaryFile):
        try:
            f(**kw)
        except TypeError as e:
            print(f.__name__, 'TypeError', e)
print(tempfile._infer_return_type('a', None), tempfile._infer_return_type(b'a'),
      tempfile._infer_return_type(None))

# Text-mode temporary files wrap a binary buffer: .buffer reaches it, and mixing writes
# through both (with flushes) shows what lands in the file.
import tempfile

with tempfile.TemporaryFile('w+', encoding='utf-8', dir='.') as t:
    print(type(t.buffer).__name__, t.buffer.mode if hasattr(t.buffer, 'mode') else None)
    t.write('text first\n')
    t.flush()
    t.buffer.write(b'raw bytes\n')
    t.buffer.flush()
    t.seek(0)
    print(t.read().splitlines())
    t.seek(0)
    print(t.buffer.read())
with tempfile.NamedTemporaryFile('w+', encoding='utf-8', dir='.') as n:
    n.write('é')
    n.flush()
    print(type(n.buffer).__name__, n.buffer.tell())
    print(n.buffer.raw.name == n.name if hasattr(n.buffer, 'raw') else None)

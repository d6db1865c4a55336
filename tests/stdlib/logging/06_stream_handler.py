# StreamHandler: writing to a stream, terminator, setStream, flush.
import logging, sys, io

lg = logging.getLogger('sh')
lg.propagate = False
h = logging.StreamHandler(sys.stdout)
lg.addHandler(h)
lg.warning('plain %s', 'message')
h.terminator = ' |\n'
lg.warning('custom terminator')
h.terminator = ''
lg.warning('no newline')
print()
h.terminator = '\n'

buf = io.StringIO()
old = h.setStream(buf)
print(old is sys.stdout, h.stream is buf)
print(h.setStream(buf))
lg.error('into the buffer')
lg.error('again')
print(repr(buf.getvalue()))
print(h.setStream(sys.stdout) is buf)
lg.error('back on stdout')

class Counting:
    def __init__(self):
        self.writes = []
        self.flushes = 0
    def write(self, s):
        self.writes.append(s)
    def flush(self):
        self.flushes += 1
c = Counting()
h.setStream(c)
print(c.flushes)
lg.warning('one')
lg.warning('two')
print(c.writes, c.flushes)
h.flush()
print(c.flushes)

class NoFlush:
    def __init__(self):
        self.data = ''
    def write(self, s):
        self.data += s
nf = NoFlush()
h.setStream(nf)
lg.warning('no flush method')
h.flush()
print(repr(nf.data))
print(logging.StreamHandler.terminator == '\n', 'terminator' in h.__dict__)
h.setStream(None)
print(h.stream)
h.flush()

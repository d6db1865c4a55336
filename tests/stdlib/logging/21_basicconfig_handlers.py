# basicConfig(handlers=...): the formatter goes only to handlers that have none.
import logging, sys

class Tag(logging.StreamHandler):
    def __init__(self, tag):
        super().__init__(sys.stdout)
        self.tag = tag
    def emit(self, record):
        sys.stdout.write(self.tag + ' ')
        super().emit(record)

a = Tag('A')
b = Tag('B')
own = logging.Formatter('own format: %(message)s')
b.setFormatter(own)
logging.basicConfig(handlers=(a, b), format='%(levelname)s:%(message)s', level=logging.INFO)
print(logging.root.handlers == [a, b], a.formatter._fmt, b.formatter is own)
logging.info('to both')
logging.basicConfig(handlers=[Tag('C')], force=True)
print(len(logging.root.handlers), logging.root.handlers[0].tag, logging.root.handlers[0].formatter._fmt)
logging.warning('default format from basicConfig')
h = Tag('D')
logging.basicConfig(handlers=iter([h]), force=True, datefmt='%Y')
print(h.formatter.datefmt, h.formatter._fmt)
logging.error('iterator of handlers')
class Closing(Tag):
    def close(self):
        print('closing', self.tag)
        super().close()
c = Closing('E')
logging.basicConfig(handlers=[c], force=True)
logging.basicConfig(handlers=[Tag('F')], force=True)
print([x.tag for x in logging.root.handlers])
del c

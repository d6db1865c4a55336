# BufferingFormatter: header, footer and a line formatter over a batch of records.
import logging

recs = [logging.makeLogRecord({'msg': 'line %d' % i, 'levelname': 'INFO', 'name': 'b'}) for i in range(3)]
bf = logging.BufferingFormatter()
print(repr(bf.format(recs)), repr(bf.format([])), bf.linefmt is logging._defaultFormatter)

class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return '[%d records]\n' % len(records)
    def formatFooter(self, records):
        return '[end]'
f = Framed(logging.Formatter('%(levelname)s %(message)s\n'))
print(f.format(recs))
print(repr(Framed().format([])))
print(Framed(None).linefmt is logging._defaultFormatter)

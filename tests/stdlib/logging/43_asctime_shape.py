# %(asctime)s with the default converter: only the shape of the text is shown (the time varies).
import logging, io

def shape(s):
    return ''.join('9' if c.isdigit() else c for c in s)

buf = io.StringIO()
logging.basicConfig(stream=buf, format='%(asctime)s|%(message)s')
logging.warning('timed')
print(shape(buf.getvalue()))
f = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y/%m/%d %H:%M:%S')
r = logging.makeLogRecord({'msg': 'm'})
print(shape(f.format(r)))
r.created = 0.0
r.msecs = 0.0
print(shape(f.formatTime(r, '%Y')), shape(f.formatTime(r, '%j %y')), len(f.formatTime(r)))
print(callable(logging.Formatter.converter), callable(f.converter))
t = f.converter(0.0)
print(len(t), all(isinstance(x, int) for x in t))
r = logging.LogRecord('n', 10, 'f.py', 1, 'm', (), None)
print(type(r.msecs).__name__, r.msecs == int(r.msecs), abs(r.created - (int(r.created) + r.msecs / 1000)) < 0.001)
print(r.created >= logging._startTime, r.relativeCreated == (r.created - logging._startTime) * 1000)

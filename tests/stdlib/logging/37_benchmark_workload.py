# The pyperformance logging benchmark's workload, small: silent, simple and formatted output to a StringIO.
import io, logging

FORMAT = 'important: %s'
MESSAGE = 'some important information to be logged'

def truncate_stream(stream):
    stream.seek(0)
    stream.truncate()

def bench_silent(loops, logger, stream):
    truncate_stream(stream)
    for _ in range(loops):
        for _ in range(10):
            logger.debug(MESSAGE)
    return len(stream.getvalue())

def bench_simple_output(loops, logger, stream):
    truncate_stream(stream)
    for _ in range(loops):
        for _ in range(10):
            logger.warning(MESSAGE)
    return stream.getvalue().splitlines()

def bench_formatted_output(loops, logger, stream):
    truncate_stream(stream)
    for _ in range(loops):
        for _ in range(10):
            logger.warning(FORMAT, MESSAGE)
    return stream.getvalue().splitlines()

stream = io.StringIO()
handler = logging.StreamHandler(stream=stream)
logger = logging.getLogger("benchlogger")
logger.propagate = False
logger.addHandler(handler)
logger.setLevel(logging.WARNING)

print(bench_silent(20, logger, stream))
lines = bench_simple_output(20, logger, stream)
print(len(lines), lines[0], set(lines) == {MESSAGE})
lines = bench_formatted_output(20, logger, stream)
print(len(lines), lines[-1])
print(sorted(logger._cache.items()))

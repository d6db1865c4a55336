# Parsing web server and application log lines.
import re

ACCESS = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+|-)'
)
lines = [
    '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326',
    '10.0.0.2 - - [11/Oct/2000:09:01:02 +0000] "POST /login?next=%2F HTTP/1.1" 302 -',
    'garbage line',
    '192.168.1.10 - bob [12/Oct/2000:00:00:00 +0100] "DELETE /item/7 HTTP/2" 404 15',
]
for line in lines:
    m = ACCESS.match(line)
    if not m:
        print("unparsed:", line)
        continue
    d = m.groupdict()
    size = 0 if d["size"] == "-" else int(d["size"])
    print(d["ip"], d["user"], d["method"], d["path"], d["status"], size)

APP = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:,]+) (?P<level>[A-Z]+)\s+\[(?P<mod>[\w.]+)\] (?P<msg>.*)$", re.M)
log = """2024-01-05 10:00:01,123 INFO  [app.main] started
2024-01-05 10:00:02,004 WARNING [app.db] slow query: 1.52s
  continuation line
2024-01-05 10:00:03,777 ERROR [app.api] timeout after 30s (retry 2/3)
"""
counts = {}
for m in APP.finditer(log):
    counts[m["level"]] = counts.get(m["level"], 0) + 1
    print(m["time"], m["level"], m["mod"], repr(m["msg"]))
print(counts)
print(re.findall(r"(\d+(?:\.\d+)?)s\b", log))
print(re.findall(r"retry (\d+)/(\d+)", log))
errors = [l for l in log.splitlines() if re.search(r"\b(?:ERROR|WARNING)\b", l)]
print(len(errors))

# Patterns in the style of the V8 regexp benchmark: user agents, cookies, URLs, trimming, HTML.
import re

agents = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
    "Opera/9.80 (Windows NT 6.1; U; en) Presto/2.2.15 Version/10.10",
    "curl/8.4.0",
]
browser = re.compile(r"(?:Chrome|Firefox|Version)/(\d+)(?:\.(\d+))?")
platform = re.compile(r"\((Windows|Macintosh|X11)[^)]*\)")
webkit = re.compile(r"AppleWebKit/(\d+(?:\.\d+)*)")
for ua in agents:
    b = browser.search(ua)
    p = platform.search(ua)
    w = webkit.search(ua)
    print(b and b.groups(), p and p.group(1), w and w.group(1), bool(re.search(r"(?i)gecko", ua)))

cookie = "session=abc123; theme=dark;  lang=en-US; empty=; flag"
print(re.findall(r"(?:^|;\s*)([^=;\s]+)=([^;]*)", cookie))
print(dict(re.findall(r"([^=;\s]+)=([^;]*)", cookie)))

trim = re.compile(r"^\s+|\s+$")
for s in ["  padded  ", "\t\nx\n", "none", "   "]:
    print(repr(trim.sub("", s)))

url = re.compile(r"^(?:([A-Za-z]+):)?(/{0,3})([0-9.\-A-Za-z]+)(?::(\d+))?(?:/([^?#]*))?(?:\?([^#]*))?(?:#(.*))?$")
for u in ["http://www.ora.com:80/goodparts?q#fragment", "https://example.org/a/b.html", "ftp://host", "mailto:x"]:
    m = url.match(u)
    print(m and m.groups())

html = '<div class="a b" id=main><p>Hello <b>world</b>&amp; all</p><br/><img src="x.png" alt=""></div>'
print(re.findall(r"<(\w+)", html))
print(re.findall(r'(\w+)="([^"]*)"', html))
print(re.sub(r"<[^>]+>", "", html))
print(re.sub(r"&(\w+);", lambda m: {"amp": "&"}.get(m.group(1), m.group()), re.sub(r"<[^>]+>", "", html)))
print(re.split(r"\s*<br\s*/?>\s*", "a<br>b <br/> c<br />d"))
print(re.sub(r"(\d)(?=(\d{3})+(?!\d))", r"\1,", "1234567890 and 12345.6789"))
print(re.sub(r"[\"\\\x00-\x1f]", lambda m: "\\u%04x" % ord(m.group()), 'say "hi"\n\ttab\\'))
print([m.group(1) for m in re.finditer(r"\b(\w)(\w*)\1\b", "level noon abca xyzzx")])
print(re.sub(r"(?i)\b([a-z])([a-z]*)", lambda m: m.group(1).upper() + m.group(2).lower(), "hELLO wORLD from PYTHON"))

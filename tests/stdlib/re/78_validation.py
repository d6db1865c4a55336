# Input validation with fullmatch: identifiers, IPv4, hex colours, dates, semver, passwords.
import re

IDENT = re.compile(r"[^\W\d]\w*")
IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)")
COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])")
SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?")
checks = [
    (IDENT, ["name", "_x1", "1abc", "naïve", "with space", "", "λ"]),
    (IPV4, ["192.168.0.1", "255.255.255.255", "256.1.1.1", "1.2.3", "01.2.3.4", "0.0.0.0"]),
    (COLOR, ["#fff", "#A0b1C2", "#abcd", "fff", "#ggg"]),
    (DATE, ["2024-02-29", "2024-13-01", "2024-00-10", "2024-12-32", "24-12-01"]),
    (SEMVER, ["1.0.0", "1.2.3-beta.1+build.5", "01.0.0", "1.0", "10.20.30-rc"]),
]
for rx, values in checks:
    print([bool(rx.fullmatch(v)) for v in values])
print(DATE.fullmatch("2024-02-29").groupdict())
print(SEMVER.fullmatch("1.2.3-beta.1+build.5").groups())
print(SEMVER.fullmatch("1.2.3").groups())
print(bool(re.fullmatch(r"(?=.*\d)(?=.*[A-Z])\S{8,}", "Passw0rdX")), bool(re.fullmatch(r"(?=.*\d)(?=.*[A-Z])\S{8,}", "password1")))
print([bool(re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", s)) for s in ["1", "-1.5", ".5", "5.", "1e10", "e3", "1.2.3", "+.e1"]])

import csv

s = csv.Sniffer()
samples = [
    "name,age,score\nAnn,31,9.5\nBob,27,7.25\n",
    "1,2,3\n4,5,6\n7,8,9\n",
    "id,value\n1,10\n2,20\n3,30\n",
    "a,b\nc,d\ne,f\n",
    "title,year\nThe Long Title,1999\nShort,2001\n",
    "x;y\n1.5;2\n3.5;4\n",
    "h1\th2\n10\t20\n30\t40\n",
]
for sample in samples:
    try:
        print(repr(sample.split("\n")[0]), s.has_header(sample))
    except csv.Error as e:
        print(repr(sample.split("\n")[0]), type(e).__name__, e)

try:
    s.has_header("")
except csv.Error as e:
    print(type(e).__name__, e)

try:
    s.has_header(123)
except Exception as e:
    print(type(e).__name__, e)

try:
    s.sniff(None)
except Exception as e:
    print(type(e).__name__, e)

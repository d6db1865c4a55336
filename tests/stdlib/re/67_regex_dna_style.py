# In the style of the regex-dna benchmark: strip headers, count variants, IUB substitutions.
import re

fasta = """>ONE Homo sapiens alu
GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGA
TCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACT
>TWO IUB ambiguity codes
cttBtatcatatgcttMKagttagggtaaacctgttaagccSgtattcaRtDgtaaaccc
tttacccttagggtaaaggtacccagcatgtcNatgtVaWtaHYKaaagggtaaacgttta
>THREE Homo sapiens frequency
aacacttcaccctttagggtaaacgtttacccttagggtaaagtaaaccctacccggggttt
aggttttagggtaaaccgtttacccttagggtaaacctttaccctcagggtaaagtaaacgtt
"""
seq = re.sub(">.*\n|\n", "", fasta)
print(len(fasta), len(seq))
seq = seq.lower()
variants = (
    "agggtaaa|tttaccct",
    "[cgt]gggtaaa|tttaccc[acg]",
    "a[act]ggtaaa|tttacc[agt]t",
    "ag[act]gtaaa|tttac[agt]ct",
    "agg[act]taaa|ttta[agt]cct",
    "aggg[acg]aaa|ttt[cgt]ccct",
    "agggt[cgt]aa|tt[acg]accct",
    "agggta[cgt]a|t[acg]taccct",
    "agggtaa[cgt]|[acg]ttaccct",
)
for v in variants:
    print(v, len(re.findall(v, seq)))
subst = {
    "tHa[Nt]": "<4>", "aND|caN|Ha[DS]|WaS": "<3>", "a[NSt]|BY": "<2>",
    "<[^>]*>": "|", "\\|[^|][^|]*\\|": "-",
}
s = "agggtaaa|tttaccct tHaN caN HaS WaS BY aN at"
for pat, rep in subst.items():
    s = re.sub(pat, rep, s)
    print(repr(s))
print(len(re.sub("[^acgt]", "", seq)))
counts = {}
for base in re.findall("[a-z]", seq):
    counts[base] = counts.get(base, 0) + 1
print(sorted(counts.items()))
print(re.findall(r"(?:gggtaaa)+", seq)[:3], len(re.findall("(?=(aa))", seq)))
print([m.start() for m in re.finditer("tttaccc", seq)])

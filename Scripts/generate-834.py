#!/usr/bin/env python3
"""Writes a synthetic X12 834 (005010X220A1) file of about SIZE megabytes for `membership ingest-834`
benchmarks: one interchange, one transaction set, families of a subscriber (021 addition), a spouse and a
child, with made-up names and SSNs. Usage: generate-834.py OUT.x12 SIZE_MB"""
import sys

def main():
    out, megabytes = sys.argv[1], float(sys.argv[2])
    target = int(megabytes * 1_000_000)
    written = 0
    segments = 0
    with open(out, "w", newline="") as f:
        def put(*parts):
            nonlocal written
            text = "*".join(parts) + "~\n"
            f.write(text)
            written += len(text)
        f.write("ISA*00*          *00*          *ZZ*BENCHSENDER    *ZZ*COASTHMO       *261101*1200*^*00501*000000001*0*T*:~\n")
        put("GS", "BE", "BENCHSENDER", "COASTHMO", "20261101", "1200", "1", "X", "005010X220A1")
        body = [["BGN", "00", "BENCH0001", "20261101", "1200", "", "", "", "2"],
                ["N1", "P5", "HARBOR DENTAL", "FI", "951234567"], ["N1", "IN", "COAST HMO", "FI", "954445555"]]
        put("ST", "834", "0001", "005010X220A1")
        segments = 1
        for segment in body:
            put(*segment)
            segments += 1
        family = 0
        while written < target:
            family += 1
            ref = "E-%08d" % family
            ssn = "%09d" % (100000000 + family % 800000000)
            members = [
                ["INS", "Y", "18", "021", "28", "A", "", "", "FT"], ["REF", "0F", ref], ["REF", "1L", "G-104233"],
                ["DTP", "336", "D8", "20261001"], ["DTP", "356", "D8", "20261201"],
                ["NM1", "IL", "1", "DOE%d" % family, "ALEX", "", "", "", "34", ssn], ["N3", "%d SEAVIEW AVE" % family],
                ["N4", "OXNARD", "CA", "93030"], ["DMG", "D8", "19850412", "F"], ["HD", "021", "", "HLT", "S70-HMO", "FAM"],
                ["DTP", "348", "D8", "20261201"],
                ["INS", "N", "01", "021", "28", "A"], ["REF", "0F", ref], ["REF", "1L", "G-104233"],
                ["NM1", "IL", "1", "DOE%d" % family, "SAM"], ["DMG", "D8", "19840302", "M"], ["HD", "021", "", "HLT", "S70-HMO", "FAM"],
                ["INS", "N", "19", "021", "28", "A"], ["REF", "0F", ref], ["REF", "1L", "G-104233"],
                ["NM1", "IL", "1", "DOE%d" % family, "KIM"], ["DMG", "D8", "20150607", "F"], ["HD", "021", "", "HLT", "S70-HMO", "FAM"],
            ]
            for segment in members:
                put(*segment)
                segments += 1
        segments += 1
        put("SE", str(segments), "0001")
        put("GE", "1", "1")
        put("IEA", "1", "000000001")
    print("%s: %d families, %.1f MB" % (out, family, written / 1e6))

if __name__ == "__main__":
    main()

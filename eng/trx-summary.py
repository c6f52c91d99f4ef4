#!/usr/bin/env python3
"""One closing summary over every TRX file in a folder: the totals, then each failed test with the
first lines of its message, so a CI log that keeps only its tail still says what failed."""
import glob, sys, xml.etree.ElementTree as ET

ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
failures = []
for path in sorted(glob.glob(sys.argv[1] + "/*.trx")):
    root = ET.parse(path).getroot()
    c = root.find("t:ResultSummary/t:Counters", ns)
    if c is not None:
        passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0))
        skipped += int(c.get("total", 0)) - int(c.get("executed", 0))
    for r in root.iterfind(".//t:UnitTestResult", ns):
        if r.get("outcome") != "Failed":
            continue
        msg = r.findtext("t:Output/t:ErrorInfo/t:Message", default="", namespaces=ns).strip()
        failures.append((r.get("testName", "?"), r.get("duration", ""), msg.splitlines()[:4]))

for name, duration, lines in failures:
    print(f"FAILED {name} ({duration})")
    for line in lines:
        print("    " + line[:300])
print(f"{passed} passed, {failed} failed, {skipped} skipped")

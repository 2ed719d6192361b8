"""Summarizes the runs of bench/run.sh: medians over the repetitions, the table, and the JSON file if asked for."""
import json
import os
import statistics
import sys
from collections import defaultdict

args = sys.argv[1:] + [""] * (20 - len(sys.argv[1:]))
(results, json_file, startup_s, rss_idle, rss_peak, database, claims, sources, actors, appearances, reviews,
 evidence, load_s, db_size, pgbench_clients, duration, repetitions, load_average, cores, startups) = args[:20]
cores = cores or str(os.cpu_count())

wrk = defaultdict(dict)        # (name, connections) -> rep -> measures
raw = defaultdict(dict)        # name -> rep -> tps
raw_failed = defaultdict(int)
statements = {}
order = []
with open(results) as f:
    for line in f:
        cols = line.rstrip("\n").split("\t")
        name, tool = cols[0], cols[1]
        if name not in order:
            order.append(name)
        if tool == "wrk":
            connections, rep, result, count = int(cols[2]), int(cols[3]), cols[4].split(), cols[5]
            us, requests, conn, read, write, timeout, status = (int(x) for x in result[1:8])
            wrk[(name, connections)][rep] = {
                "rps": requests / (us / 1e6), "p50": float(result[8]), "p99": float(result[9]),
                "failed": conn + read + write + timeout + status, "requests": requests}
            statements[name] = float(count)
        else:
            rep = int(cols[3])
            raw[name][rep] = float(cols[4])
            raw_failed[name] += int(cols[5])

rows = []
failed_total = 0
for name in order:
    for (n, connections), reps in sorted(wrk.items(), key=lambda item: item[0][1]):
        if n != name:
            continue
        ratios = [reps[r]["rps"] / raw[name][r] for r in reps if raw[name].get(r)]
        failed = sum(m["failed"] for m in reps.values())
        failed_total += failed
        rows.append({
            "name": f"{name}@{connections}",
            "rps": round(statistics.median(m["rps"] for m in reps.values()), 1),
            "p50_ms": round(statistics.median(m["p50"] for m in reps.values()), 2),
            "p99_ms": round(statistics.median(m["p99"] for m in reps.values()), 2),
            "raw_qps": round(statistics.median(raw[name].values()), 1) if raw[name] else None,
            "ratio": round(statistics.median(ratios), 3) if ratios else None,
            "statements": statements.get(name),
            "failed": failed,
            "requests": sum(m["requests"] for m in reps.values()),
        })
failed_total += sum(raw_failed.values())

header = ("scenario", "service req/s", "p50 ms", "p99 ms", "raw q/s", "ratio", "statements", "failed")
table = [header] + [(r["name"], f'{r["rps"]:.0f}', f'{r["p50_ms"]:.1f}', f'{r["p99_ms"]:.1f}',
                     "-" if r["raw_qps"] is None else f'{r["raw_qps"]:.0f}',
                     "-" if r["ratio"] is None else f'{r["ratio"]:.2f}',
                     str(r["statements"]), str(r["failed"])) for r in rows]
print()
print(f"Claimdesk benchmark: {claims} claims, {sources} sources, {actors} actors, {appearances} appearances, "
      f"{reviews} reviews, {evidence} evidence ({db_size}, loaded in {load_s} s)")
print(f"{duration} s per run, {repetitions} repetitions, medians; raw q/s: pgbench replaying the request's statements "
      f"with {pgbench_clients} clients; ratio: service req/s / raw q/s")
if load_average:
    print(f"machine: {cores} cores, mean load average {load_average} while measuring")
print()
print("| " + " | ".join(header) + " |")
print("|" + "|".join(" --- " for _ in header) + "|")
for row in table[1:]:
    print("| " + " | ".join(row) + " |")
print()
print(f"start-up to ready: {startup_s} s" + (f" (median of {', '.join(startups.split())} s)" if startups else "")
      + f"; RSS idle {rss_idle} MiB, peak under load {rss_peak} MiB; "
      f"failed requests: {failed_total} (non-2xx answers and socket errors of wrk, failed pgbench transactions)")
if json_file:
    with open(json_file, "w") as f:
        json.dump({
            "scenarios": [{k: r[k] for k in ("name", "rps", "p50_ms", "p99_ms", "raw_qps", "ratio", "statements")}
                          for r in rows],
            "startup_s": float(startup_s),
            "rss_mb_idle": int(rss_idle),
            "rss_mb_under_load": int(rss_peak),
            "failed_requests": failed_total,
            "machine": {"cores": int(cores), "load_average": float(load_average) if load_average else None},
            "database": {"name": database, "claims": int(claims), "sources": int(sources), "actors": int(actors),
                         "appearances": int(appearances), "reviews": int(reviews), "evidence": int(evidence),
                         "size": db_size, "load_s": int(load_s)},
        }, f, indent=2)
        f.write("\n")

"""Benchmarks: `./dev bench` (full size) or `./dev bench --quick`. Not part of the test suite."""

import argparse

from . import bench_email, bench_import, bench_print, bench_reports

options = argparse.ArgumentParser(prog="./dev bench")
options.add_argument("--quick", action="store_true", help="a tenth of the full size, to try it out")
options.add_argument("--only", choices=["import", "reports", "print", "email"], help="run one benchmark")
args = options.parse_args()
if args.only in (None, "import"):
    bench_import.main(rows=10_000 if args.quick else 100_000)
if args.only in (None, "reports"):
    bench_reports.main(students=200 if args.quick else 2000)
if args.only in (None, "print"):
    bench_print.main(students=200 if args.quick else 2000)
if args.only in (None, "email"):
    bench_email.main(students=200 if args.quick else 2000)

"""Benchmarks: `./dev bench` (full size) or `./dev bench --quick`. Not part of the test suite."""

import argparse

from . import bench_import

options = argparse.ArgumentParser(prog="./dev bench")
options.add_argument("--quick", action="store_true", help="10,000 rows instead of 100,000")
args = options.parse_args()
bench_import.main(rows=10_000 if args.quick else 100_000)

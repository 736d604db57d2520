"""Write synthetic seizure records (one row per detained batch) for benchmarks and trials.

    python benchmarks/make_records.py --rows 1000000 --out big.parquet
    python benchmarks/make_records.py --rows 5000 --out small.csv --seed 7
    python benchmarks/make_records.py --rows 100000000 --out huge.parquet   # made 10M rows at a time

The rows follow the record schema of docs/records.md. The same --rows and --seed
always give the same file. Every figure in it is invented: it exists to be timed.
Needs polars only (it builds the columns with polars expressions, not Python loops).
"""

from __future__ import annotations

import argparse
import datetime as dt

import polars as pl

CUSTOMS = ["Shenzhen", "Guangzhou", "Huangpu", "Ningbo", "Shanghai", "Gongbei", "Hangzhou", "Xiamen", "Qingdao",
           "Beijing", "Nanjing", "Tianjin", "Fuzhou", "Urumqi", "Chongqing", "Dalian", "Kunming", "Nanning"]
TRANSPORT = ["post", "express", "sea", "air", "truck", "train"]
CATEGORY = ["Clothing", "Shoes", "Bags and Leatherware", "Watches", "Toys and Games", "Cosmetics and Care Products",
            "Communication Devices", "Storage Medium", "Hardware and Machinery", "Medicine", "Tobacco", "Jewelry"]
IP_TYPE = ["trademark", "copyright", "patent", "olympic_symbol"]
ORIGIN = ["us", "gb", "fr", "jp", "de", "it", "ch", "hk", "mo", "au", "se", "nl", "fi", "cn", "Brazil", "Nigeria",
          "UAE", "Russia", "Chile", "Egypt"]
DIRECTION = ["export", "import"]
ENFORCEMENT = ["ex_officio", "application"]
FIRST_DAY = dt.date(2019, 1, 1)
DAYS = (dt.date(2024, 12, 31) - FIRST_DAY).days + 1


CHUNK = 10_000_000  # rows made at a time: a larger file is written chunk after chunk, in bounded memory


def _pick(names: list[str], seed: int, skew: float = 2.0) -> pl.Expr:
    """A skewed pseudo-random choice, from the row number: the first names come up most often."""
    u = (pl.col("row").hash(seed) % 1_000_000).cast(pl.Float64) / 1_000_000
    index = (u.pow(skew) * len(names)).floor().cast(pl.UInt32)
    return pl.lit(pl.Series(names, dtype=pl.String)).gather(index)


def records(rows: int, seed: int, start: int = 0) -> pl.LazyFrame:
    """Rows start .. start + rows - 1, lazily: each row is made from its number alone, so chunks join into the same file."""
    h = pl.col("row").hash(seed)
    quantity = (1 + (h.hash(seed + 1) % 1000).pow(2) // 200).cast(pl.Int64)
    return pl.LazyFrame().select(pl.int_range(start, start + rows, dtype=pl.UInt64).alias("row")).select(
        (pl.lit(FIRST_DAY) + pl.duration(days=(h % DAYS).cast(pl.Int64))).alias("date"),
        _pick(CUSTOMS, seed + 2).alias("customs"),
        _pick(TRANSPORT, seed + 3, 1.5).alias("transport"),
        _pick(CATEGORY, seed + 4).alias("category"),
        _pick(IP_TYPE, seed + 5, 4.0).alias("ip_type"),
        _pick(ORIGIN, seed + 6).alias("origin"),
        _pick(DIRECTION, seed + 7, 4.0).alias("direction"),
        _pick(ENFORCEMENT, seed + 8, 3.0).alias("enforcement"),
        quantity.alias("quantity"),
        (quantity * (5 + h.hash(seed + 9) % 50_000).cast(pl.Float64) / 100).round(2).alias("value"),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, required=True, help="how many records (rows) to write")
    parser.add_argument("--out", required=True, help="the file to write: .parquet or .csv")
    parser.add_argument("--seed", type=int, default=2024, help="the seed (default 2024)")
    args = parser.parse_args()
    suffix = args.out.lower().rsplit(".", 1)[-1]
    if args.rows < 1:
        parser.error("--rows must be 1 or more")
    if suffix not in ("parquet", "csv"):
        parser.error("--out must end in .parquet or .csv")
    chunks = [records(min(CHUNK, args.rows - start), args.seed, start) for start in range(0, args.rows, CHUNK)]
    if len(chunks) == 1:
        frame = chunks[0].collect()
        frame.write_parquet(args.out) if suffix == "parquet" else frame.write_csv(args.out)
    else:  # one chunk is made, written and dropped before the next
        frame = pl.concat(chunks, how="vertical")
        frame.sink_parquet(args.out) if suffix == "parquet" else frame.sink_csv(args.out)
    print(f"{args.out}: {args.rows} rows")


if __name__ == "__main__":
    main()

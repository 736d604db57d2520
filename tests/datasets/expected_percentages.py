"""Expected published percentages, re-read independently from the source documents in sources/.

One tuple per printed percentage-bearing row: a table cell in a Proportion or
YoY Rate column, a rate or share stated in running text beside a figure, or a
claim (a share or growth statement about figures printed elsewhere):

    (source, locator, metric, period, scope, dimension, member,
     published_share, published_change, claim)

The keys follow tests/datasets/expected_figures.py.  Percentages are transcribed as
printed: "Less than 1%", "93.5%" (Table 2 prints it unsigned), "+ 22.62%"
(Table 15 prints a space after the sign).  Rates stated only in running text
become the signed number with a percent sign ("up 55 percent" -> "+55%").
Where the text repeats a table's rate or share, it is listed once, at the
table.  Claims carry no value of their own; claim is None for every other row.

Not listed: the percentage labels of the pie charts at the end of the 2008
report (garbled residue such as "Guangzhou 29%", "Huangpu 2%", whose chart and
row cannot be told reliably), and OCR noise in the IOC letter (": .. g 2% '7' :").
"""

G8 = "gacc-2008"
G19 = "gacc-2019h1"
XH = "xinhua-2017"
CN = "chinanews-2020"
LD = "legal-daily-2021"

NAT = "national"
LT1 = "Less than 1%"

EXPECTED_PERCENTAGES = [
    # ------------------------------------------------------------------
    # gacc-2008: China Customs Enforcement of IPR in 2008 (annual report)
    # ------------------------------------------------------------------
    # Table 1, YoY Rate columns (I(I) text: "increasing by 54.6%", "increasing by 49.3%").
    (G8, "Table 1", "protection_measures", "2008", NAT, None, None, None, "+54.6%", None),
    (G8, "Table 1", "batches", "2008", NAT, None, None, None, "+49.3%", None),

    # Table 2, YoY Rate columns: the quantity rate is printed unsigned ("93.5%");
    # the text says "increasing by 93.5%" and "decreasing by 32.8%".
    (G8, "Table 2", "quantity", "2008", NAT, None, None, None, "93.5%", None),
    (G8, "Table 2", "value", "2008", NAT, None, None, None, "-32.8%", None),

    # Table 3, Proportion columns (I(II) text repeats all four).
    (G8, "Table 3", "quantity", "2008", NAT, "direction", "import", "0.04%", None, None),
    (G8, "Table 3", "value", "2008", NAT, "direction", "import", "1.05%", None, None),
    (G8, "Table 3", "quantity", "2008", NAT, "direction", "export", "99.96%", None, None),
    (G8, "Table 3", "value", "2008", NAT, "direction", "export", "98.95%", None, None),

    # Table 4, Proportion columns (I(III) text repeats the trademark 99.63%).
    (G8, "Table 4", "quantity", "2008", NAT, "ip_type", "trademark", "99.63%", None, None),
    (G8, "Table 4", "value", "2008", NAT, "ip_type", "trademark", "94.02%", None, None),
    (G8, "Table 4", "quantity", "2008", NAT, "ip_type", "copyright", LT1, None, None),
    (G8, "Table 4", "value", "2008", NAT, "ip_type", "copyright", LT1, None, None),
    (G8, "Table 4", "quantity", "2008", NAT, "ip_type", "patent", LT1, None, None),
    (G8, "Table 4", "value", "2008", NAT, "ip_type", "patent", "4.39%", None, None),
    (G8, "Table 4", "quantity", "2008", NAT, "ip_type", "olympic_symbol", LT1, None, None),
    (G8, "Table 4", "value", "2008", NAT, "ip_type", "olympic_symbol", "1.30%", None, None),

    # Table 5, Proportion columns.
    (G8, "Table 5", "quantity", "2008", NAT, "category", "clothing", LT1, None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "clothing", "8%", None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "shoes", LT1, None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "shoes", "6%", None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "caps_hats", LT1, None, None),
    # Printed "Less than 1%" although 4,072,076 is 1.38% of the total value.
    (G8, "Table 5", "value", "2008", NAT, "category", "caps_hats", LT1, None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "bags_leatherware", LT1, None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "bags_leatherware", "2%", None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "cosmetics", LT1, None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "cosmetics", "7%", None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "other_light_industrial", "4%", None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "other_light_industrial", "10%", None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "autos_motorcycles", LT1, None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "autos_motorcycles", "4%", None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "watches", LT1, None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "watches", "2%", None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "toys_games", LT1, None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "toys_games", LT1, None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "communication_devices", LT1, None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "communication_devices", "8%", None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "storage_media", LT1, None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "storage_media", "2%", None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "other_mechanical_electrical", LT1, None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "other_mechanical_electrical", "6%", None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "hardware_machinery", LT1, None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "hardware_machinery", "3%", None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "jewelry", LT1, None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "jewelry", LT1, None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "gymnastic_apparatus", LT1, None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "gymnastic_apparatus", LT1, None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "medicine", LT1, None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "medicine", "2%", None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "food_drink", LT1, None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "food_drink", LT1, None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "tobacco", "87%", None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "tobacco", "28%", None, None),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "others", "6%", None, None),
    (G8, "Table 5", "value", "2008", NAT, "category", "others", "9%", None, None),

    # Table 6, Proportion row (I(V) text repeats post's 67%).
    (G8, "Table 6", "batches", "2008", NAT, "transport", "post", "67%", None, None),
    (G8, "Table 6", "batches", "2008", NAT, "transport", "express", "13%", None, None),
    (G8, "Table 6", "batches", "2008", NAT, "transport", "sea", "10%", None, None),
    (G8, "Table 6", "batches", "2008", NAT, "transport", "air", "3%", None, None),
    (G8, "Table 6", "batches", "2008", NAT, "transport", "truck", "2%", None, None),
    (G8, "Table 6", "batches", "2008", NAT, "transport", "train", "1%", None, None),
    (G8, "Table 6", "batches", "2008", NAT, "transport", "others", "4%", None, None),

    # Table 7, Proportion row (I(V) text repeats sea's 98%).
    (G8, "Table 7", "quantity", "2008", NAT, "transport", "post", "0.4%", None, None),
    (G8, "Table 7", "quantity", "2008", NAT, "transport", "express", "0.2%", None, None),
    (G8, "Table 7", "quantity", "2008", NAT, "transport", "sea", "98%", None, None),
    (G8, "Table 7", "quantity", "2008", NAT, "transport", "air", "0.1%", None, None),
    (G8, "Table 7", "quantity", "2008", NAT, "transport", "truck", "1%", None, None),
    (G8, "Table 7", "quantity", "2008", NAT, "transport", "train", "0.1%", None, None),
    (G8, "Table 7", "quantity", "2008", NAT, "transport", "others", "0.1%", None, None),

    # Table 8, Proportion row (I(V) text repeats sea's 82%).
    (G8, "Table 8", "value", "2008", NAT, "transport", "post", "7%", None, None),
    (G8, "Table 8", "value", "2008", NAT, "transport", "express", "2%", None, None),
    (G8, "Table 8", "value", "2008", NAT, "transport", "sea", "82%", None, None),
    (G8, "Table 8", "value", "2008", NAT, "transport", "air", "5%", None, None),
    (G8, "Table 8", "value", "2008", NAT, "transport", "truck", "2%", None, None),
    (G8, "Table 8", "value", "2008", NAT, "transport", "train", "1%", None, None),
    (G8, "Table 8", "value", "2008", NAT, "transport", "others", "1%", None, None),

    # I(VI) claim: "those from only the U.S. and Britain accounted for 50% of total
    # infringing goods" (Table 9's batches: 3,436 + 2,158 = 5,594, i.e. 50.2% of 11,135).
    (G8, "I(VI)", "batches", "2008", NAT, "origin", "us_gb", "50%", None, "share"),

    # Table 9, Proportion row.
    (G8, "Table 9", "batches", "2008", NAT, "origin", "us", "31%", None, None),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "gb", "19%", None, None),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "fr", "5%", None, None),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "jp", "5%", None, None),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "hk", "4%", None, None),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "au", "4%", None, None),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "se", "3%", None, None),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "it", "3%", None, None),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "nl", "2%", None, None),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "mo", "2%", None, None),

    # II(I): "11,079 batches, exceeding 99% of total detained batches" (the 63
    # batches' "only 0.6%" repeats Table 10 and is listed there).
    (G8, "II(I)", "batches", "2008", NAT, "enforcement", "ex_officio", "exceeding 99%", None, None),

    # Table 10, Proportion columns.
    (G8, "Table 10", "batches", "2008", NAT, "enforcement", "upon_application", "0.6%", None, None),
    (G8, "Table 10", "quantity", "2008", NAT, "enforcement", "upon_application", "0.3%", None, None),
    (G8, "Table 10", "value", "2008", NAT, "enforcement", "upon_application", "4.6%", None, None),
    (G8, "Table 10", "batches", "2008", NAT, "enforcement", "registration", "9.6%", None, None),
    (G8, "Table 10", "quantity", "2008", NAT, "enforcement", "registration", "99%", None, None),
    (G8, "Table 10", "value", "2008", NAT, "enforcement", "registration", "80.2%", None, None),
    (G8, "Table 10", "batches", "2008", NAT, "enforcement", "luggage_postal", "89.8%", None, None),
    (G8, "Table 10", "quantity", "2008", NAT, "enforcement", "luggage_postal", "0.7%", None, None),
    (G8, "Table 10", "value", "2008", NAT, "enforcement", "luggage_postal", "15.2%", None, None),

    # II(III) claims: the ten listed customs "accounted for 90% of total batches";
    # Shenzhen's goods "accounted for 91% of total detained goods".
    (G8, "II(III)", "batches", "2008", NAT, "customs", "top10_batches_2008", "90%", None, "share"),
    (G8, "II(III)", "quantity", "2008", NAT, "customs", "shenzhen", "91%", None, "share"),

    # II(IV): "protected 6,331 IPRs, increasing by 9.6% compared with 2007".
    (G8, "II(IV)", "rights_protected", "2008", NAT, None, None, None, "+9.6%", None),

    # Table 15, YoY Rate column, printed with a space after the sign (III(I) text repeats it).
    (G8, "Table 15", "batches", "2008", NAT, "ownership", "domestic", None, "+ 22.62%", None),
    (G8, "Table 15", "quantity", "2008", NAT, "ownership", "domestic", None, "+ 113.56%", None),
    (G8, "Table 15", "value", "2008", NAT, "ownership", "domestic", None, "+ 14.28%", None),

    # ------------------------------------------------------------------
    # gacc-2019h1: first half of 2019 (the value of 78.73 million has no rate)
    # ------------------------------------------------------------------
    (G19, "para 1", "batches", "2019-H1", NAT, None, None, None, "+1.5%", None),  # "up 1.5% year on year"
    (G19, "para 1", "quantity", "2019-H1", NAT, None, None, None, "+100.7%", None),  # "up 100.7% year on year"
    (G19, "para 2", "applications_approved", "2019-H1", NAT, None, None, None, "+12.8%", None),  # "up 12.8% year on year"

    # ------------------------------------------------------------------
    # xinhua-2017 (para 11's "12 ... up from 4 cases" prints no percentage)
    # ------------------------------------------------------------------
    # "IPR infringement in the imported products have been rising at around 10 percent a year."
    (XH, "para 5", "batches", "..2016", NAT, "direction", "import", None, "around +10%", "average_growth"),
    (XH, "para 7", "filings", "2016", NAT, None, None, None, "+55%", None),  # "up 55 percent year-on-year"
    (XH, "para 8", "protection_records", "@2016-12-31", NAT, "ownership", "domestic", "52.51%", None, None),  # "accounting for 52.51 percent"
    (XH, "para 10", "quantity", "2016", NAT, "ownership", "domestic", None, "+13.2%", None),  # "up 13.2 percent"

    # ------------------------------------------------------------------
    # chinanews-2020
    # ------------------------------------------------------------------
    # "24 million pieces ... accounting for 50% of the national customs".
    (CN, "para 1", "quantity", "2019", "guangdong", None, None, "50%", None, None),

    # ------------------------------------------------------------------
    # legal-daily-2021
    # ------------------------------------------------------------------
    # "235, 557 and 741, respectively, representing an average annual increase of almost 50%".
    (LD, "para 27", "cases", "2001..2003", NAT, "ip_type", "trademark", None, "almost 50%", "average_growth"),
]

"""Expected figures, re-read independently from the source documents in sources/ (and, in the last section, from
pages of the EU's, the US's and Japan's figures).

One tuple per published figure that has a numeric value:

    (source, locator, metric, period, scope, dimension, member, value, qualifier)

Shares, proportions and year-on-year rates printed beside a figure are not
figures of their own and are not listed.  A locator of None means the figure
is printed in more than one place and the test does not compare locators.
"""

G8 = "gacc-2008"
G19 = "gacc-2019h1"
XH = "xinhua-2017"
CN = "chinanews-2020"
LD = "legal-daily-2021"

EX = "exact"
NAT = "national"

EXPECTED = [
    # ------------------------------------------------------------------
    # gacc-2008: China Customs Enforcement of IPR in 2008 (annual report)
    # ------------------------------------------------------------------
    # Introduction: trade context.
    (G8, "Introduction", "trade_value", "2008", NAT, None, None, 2560000000000, "rounded:10000000000"),  # "USD 2.56 trillion"
    (G8, "Introduction", "freight_volume", "2008", NAT, None, None, 2400000000, "at_least"),  # "exceeded 2.4 billion tons"
    (G8, "Introduction", "declarations", "2008", NAT, None, None, 49070000, "at_least"),  # "exceeded 49.07 million"
    (G8, "Introduction", "parcels", "2008", NAT, None, None, 240000000, "rounded:1000000"),  # "240 million": the unit of the last printed digit
    (G8, "Introduction", "passengers", "2008", NAT, None, None, 360000000, "rounded:1000000"),  # "360 million": the unit of the last printed digit

    # Table 1 (text in I(I) repeats the 2008 figures).
    (G8, "Table 1", "protection_measures", "2007", NAT, None, None, 8498, EX),
    # Printed "1,3140" (thousands separator misplaced); the text of I(I) has 13,140.
    (G8, "Table 1", "protection_measures", "2008", NAT, None, None, 13140, EX),
    (G8, "Table 1", "batches", "2007", NAT, None, None, 7456, EX),
    (G8, "Table 1", "batches", "2008", NAT, None, None, 11135, EX),

    # Table 2 (text after Table 1 repeats the 2008 figures).
    (G8, "Table 2", "quantity", "2007", NAT, None, None, 333498249, EX),
    (G8, "Table 2", "quantity", "2008", NAT, None, None, 645182937, EX),
    (G8, "Table 2", "value", "2007", NAT, None, None, 438855566, EX),
    (G8, "Table 2", "value", "2008", NAT, None, None, 294802157, EX),

    # Table 3: import / export (text in I(II) repeats all four figures; recorded once, at the table).
    (G8, "Table 3", "quantity", "2008", NAT, "direction", "import", 233117, EX),
    (G8, "Table 3", "value", "2008", NAT, "direction", "import", 3089160, EX),
    (G8, "Table 3", "quantity", "2008", NAT, "direction", "export", 644949820, EX),
    (G8, "Table 3", "value", "2008", NAT, "direction", "export", 291712997, EX),

    # Table 4: IP type.
    (G8, "Table 4", "quantity", "2008", NAT, "ip_type", "trademark", 642801664, EX),
    (G8, "Table 4", "value", "2008", NAT, "ip_type", "trademark", 277175492, EX),
    (G8, "Table 4", "quantity", "2008", NAT, "ip_type", "copyright", 50647, EX),
    (G8, "Table 4", "value", "2008", NAT, "ip_type", "copyright", 847355, EX),
    (G8, "Table 4", "quantity", "2008", NAT, "ip_type", "patent", 1880975, EX),
    (G8, "Table 4", "value", "2008", NAT, "ip_type", "patent", 12948550, EX),
    (G8, "Table 4", "quantity", "2008", NAT, "ip_type", "olympic_symbol", 449651, EX),
    (G8, "Table 4", "value", "2008", NAT, "ip_type", "olympic_symbol", 3830760, EX),

    # Table 5: goods category (quantity, value).
    (G8, "Table 5", "quantity", "2008", NAT, "category", "clothing", 1613877, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "clothing", 22276084, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "shoes", 888685, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "shoes", 17145646, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "caps_hats", 331962, EX),
    # Its value share is printed "Less than 1%" although 4,072,076 is 1.38% of the total.
    (G8, "Table 5", "value", "2008", NAT, "category", "caps_hats", 4072076, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "bags_leatherware", 380710, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "bags_leatherware", 6100531, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "cosmetics", 5505752, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "cosmetics", 21200760, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "other_light_industrial", 27359492, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "other_light_industrial", 28786062, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "autos_motorcycles", 998389, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "autos_motorcycles", 11737826, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "watches", 225948, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "watches", 4867393, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "toys_games", 374100, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "toys_games", 2243334, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "communication_devices", 1093602, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "communication_devices", 22775068, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "storage_media", 456192, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "storage_media", 6832480, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "other_mechanical_electrical", 3800796, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "other_mechanical_electrical", 16398522, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "hardware_machinery", 1136291, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "hardware_machinery", 9258069, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "jewelry", 94165, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "jewelry", 1019940, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "gymnastic_apparatus", 148630, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "gymnastic_apparatus", 1628809, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "medicine", 230762, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "medicine", 7247302, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "food_drink", 1563553, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "food_drink", 1910929, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "tobacco", 562765960, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "tobacco", 83726791, EX),
    (G8, "Table 5", "quantity", "2008", NAT, "category", "others", 36214071, EX),
    (G8, "Table 5", "value", "2008", NAT, "category", "others", 25574535, EX),

    # Table 6: transport mode by batches.  NB the seven rows sum to 11,140, not
    # Table 1's 11,135 (5 batches too many).
    (G8, "Table 6", "batches", "2008", NAT, "transport", "post", 7432, EX),
    (G8, "Table 6", "batches", "2008", NAT, "transport", "express", 1447, EX),
    (G8, "Table 6", "batches", "2008", NAT, "transport", "sea", 1140, EX),
    (G8, "Table 6", "batches", "2008", NAT, "transport", "air", 345, EX),
    (G8, "Table 6", "batches", "2008", NAT, "transport", "truck", 185, EX),
    (G8, "Table 6", "batches", "2008", NAT, "transport", "train", 125, EX),
    (G8, "Table 6", "batches", "2008", NAT, "transport", "others", 466, EX),

    # Table 7: transport mode by quantity (sums to Table 2's total).
    (G8, "Table 7", "quantity", "2008", NAT, "transport", "post", 2735949, EX),
    (G8, "Table 7", "quantity", "2008", NAT, "transport", "express", 1395178, EX),
    (G8, "Table 7", "quantity", "2008", NAT, "transport", "sea", 633748093, EX),
    (G8, "Table 7", "quantity", "2008", NAT, "transport", "air", 432378, EX),
    (G8, "Table 7", "quantity", "2008", NAT, "transport", "truck", 6607723, EX),
    (G8, "Table 7", "quantity", "2008", NAT, "transport", "train", 141728, EX),
    (G8, "Table 7", "quantity", "2008", NAT, "transport", "others", 121888, EX),

    # Table 8: transport mode by value (sums to Table 2's total).
    (G8, "Table 8", "value", "2008", NAT, "transport", "post", 21229724, EX),
    (G8, "Table 8", "value", "2008", NAT, "transport", "express", 4858738, EX),
    (G8, "Table 8", "value", "2008", NAT, "transport", "sea", 243215557, EX),
    (G8, "Table 8", "value", "2008", NAT, "transport", "air", 13515215, EX),
    (G8, "Table 8", "value", "2008", NAT, "transport", "truck", 6912840, EX),
    (G8, "Table 8", "value", "2008", NAT, "transport", "train", 2687656, EX),
    (G8, "Table 8", "value", "2008", NAT, "transport", "others", 2382427, EX),

    # I(VI): countries and regions involved.
    (G8, "I(VI)", "partner_countries", "2008", NAT, None, None, 138, EX),

    # Table 9: top 10 trading countries/regions by batches (no "Others" row).
    (G8, "Table 9", "batches", "2008", NAT, "origin", "us", 3436, EX),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "gb", 2158, EX),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "fr", 561, EX),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "jp", 529, EX),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "hk", 496, EX),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "au", 440, EX),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "se", 384, EX),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "it", 275, EX),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "nl", 253, EX),
    (G8, "Table 9", "batches", "2008", NAT, "origin", "mo", 195, EX),

    # II(I): batches detained ex officio (registration + luggage/postal = 1,072 + 10,007).
    # The text's 63 upon-application batches repeat Table 10 and are recorded there.
    (G8, "II(I)", "batches", "2008", NAT, "enforcement", "ex_officio", 11079, EX),

    # Table 10: enforcement mode.  NB its batches sum to 11,142, not 11,135.
    (G8, "Table 10", "batches", "2008", NAT, "enforcement", "upon_application", 63, EX),
    (G8, "Table 10", "quantity", "2008", NAT, "enforcement", "upon_application", 1674969, EX),
    (G8, "Table 10", "value", "2008", NAT, "enforcement", "upon_application", 13581159, EX),
    (G8, "Table 10", "batches", "2008", NAT, "enforcement", "registration", 1072, EX),
    (G8, "Table 10", "quantity", "2008", NAT, "enforcement", "registration", 638880460, EX),
    (G8, "Table 10", "value", "2008", NAT, "enforcement", "registration", 236491799, EX),
    (G8, "Table 10", "batches", "2008", NAT, "enforcement", "luggage_postal", 10007, EX),
    (G8, "Table 10", "quantity", "2008", NAT, "enforcement", "luggage_postal", 4627508, EX),
    (G8, "Table 10", "value", "2008", NAT, "enforcement", "luggage_postal", 44729199, EX),

    # Table 11: top 10 customs by batches (sums with Others to 11,135).
    (G8, "Table 11", "batches", "2008", NAT, "customs", "guangzhou", 3271, EX),
    (G8, "Table 11", "batches", "2008", NAT, "customs", "beijing", 1562, EX),
    (G8, "Table 11", "batches", "2008", NAT, "customs", "hangzhou", 1350, EX),
    (G8, "Table 11", "batches", "2008", NAT, "customs", "fuzhou", 1189, EX),
    (G8, "Table 11", "batches", "2008", NAT, "customs", "shanghai", 959, EX),
    (G8, "Table 11", "batches", "2008", NAT, "customs", "shenzhen", 419, EX),
    (G8, "Table 11", "batches", "2008", NAT, "customs", "gongbei", 393, EX),
    (G8, "Table 11", "batches", "2008", NAT, "customs", "nanjing", 352, EX),
    (G8, "Table 11", "batches", "2008", NAT, "customs", "qingdao", 332, EX),
    (G8, "Table 11", "batches", "2008", NAT, "customs", "xiamen", 197, EX),
    (G8, "Table 11", "batches", "2008", NAT, "customs", "others", 1111, EX),

    # Table 12: top 10 customs by quantity (sums with Others to 645,182,937).
    (G8, "Table 12", "quantity", "2008", NAT, "customs", "shenzhen", 582822631, EX),
    (G8, "Table 12", "quantity", "2008", NAT, "customs", "shanghai", 26957744, EX),
    (G8, "Table 12", "quantity", "2008", NAT, "customs", "ningbo", 14288516, EX),
    (G8, "Table 12", "quantity", "2008", NAT, "customs", "hangzhou", 9262249, EX),
    (G8, "Table 12", "quantity", "2008", NAT, "customs", "huangpu", 4703228, EX),
    (G8, "Table 12", "quantity", "2008", NAT, "customs", "urumqi", 1383765, EX),
    (G8, "Table 12", "quantity", "2008", NAT, "customs", "fuzhou", 1156157, EX),
    (G8, "Table 12", "quantity", "2008", NAT, "customs", "xiamen", 1017236, EX),
    (G8, "Table 12", "quantity", "2008", NAT, "customs", "tianjin", 893422, EX),
    (G8, "Table 12", "quantity", "2008", NAT, "customs", "gongbei", 632667, EX),
    (G8, "Table 12", "quantity", "2008", NAT, "customs", "others", 2065322, EX),

    # Table 13: top 10 customs by value, printed with two decimals (sums to 294,802,156.54).
    (G8, "Table 13", "value", "2008", NAT, "customs", "shenzhen", 107669205.00, EX),
    (G8, "Table 13", "value", "2008", NAT, "customs", "shanghai", 49224552.93, EX),
    (G8, "Table 13", "value", "2008", NAT, "customs", "hangzhou", 47124049.00, EX),
    (G8, "Table 13", "value", "2008", NAT, "customs", "ningbo", 20259171.09, EX),
    (G8, "Table 13", "value", "2008", NAT, "customs", "beijing", 11675896.00, EX),
    (G8, "Table 13", "value", "2008", NAT, "customs", "guangzhou", 11420354.72, EX),
    (G8, "Table 13", "value", "2008", NAT, "customs", "xiamen", 9767441.60, EX),
    (G8, "Table 13", "value", "2008", NAT, "customs", "huangpu", 5337006.00, EX),
    (G8, "Table 13", "value", "2008", NAT, "customs", "fuzhou", 4391566.00, EX),
    (G8, "Table 13", "value", "2008", NAT, "customs", "chongqing", 4381790.64, EX),
    (G8, "Table 13", "value", "2008", NAT, "customs", "others", 23551123.56, EX),

    # II(IV): rights protected and the countries/regions/organisations of their holders.
    (G8, "II(IV)", "rights_protected", "2008", NAT, None, None, 6331, EX),
    (G8, "II(IV)", "rights_holder_countries", "2008", NAT, None, None, 34, EX),  # printed "34 counties, regions and ..."

    # Table 14: source of protected rights, top 10 (no "Others" row).
    (G8, "Table 14", "rights_protected", "2008", NAT, "rights_holder_origin", "us", 1852, EX),
    (G8, "Table 14", "rights_protected", "2008", NAT, "rights_holder_origin", "cn", 632, EX),
    (G8, "Table 14", "rights_protected", "2008", NAT, "rights_holder_origin", "jp", 619, EX),
    (G8, "Table 14", "rights_protected", "2008", NAT, "rights_holder_origin", "fr", 605, EX),
    (G8, "Table 14", "rights_protected", "2008", NAT, "rights_holder_origin", "de", 466, EX),
    (G8, "Table 14", "rights_protected", "2008", NAT, "rights_holder_origin", "gb", 392, EX),
    (G8, "Table 14", "rights_protected", "2008", NAT, "rights_holder_origin", "it", 355, EX),
    (G8, "Table 14", "rights_protected", "2008", NAT, "rights_holder_origin", "ch", 341, EX),
    (G8, "Table 14", "rights_protected", "2008", NAT, "rights_holder_origin", "fi", 339, EX),
    (G8, "Table 14", "rights_protected", "2008", NAT, "rights_holder_origin", "lu", 219, EX),

    # II(V): Olympic symbols, as at the end of the Games (24 August 2008).
    (G8, "II(V)", "protection_records", "@2008-08-24", "olympic_protection", None, None, 130, "at_least"),
    (G8, "II(V)", "batches", "..2008-08-24", "olympic_protection", None, None, 300, "approximate"),
    (G8, "II(V)", "value", "..2008-08-24", "olympic_protection", None, None, 3000000, "approximate"),
    # II(V): photo captions of single seizures.
    (G8, "II(V)", "quantity", "2008", "seizure_ningbo_olympic_bikes", None, None, 10000, EX),
    (G8, "II(V)", "quantity", "2008", "seizure_qingdao_olympic_souvenirs", None, None, 129, EX),

    # III(I): photo caption "Over 1.38 million batteries infringing SUNWATT".
    (G8, "III(I)", "quantity", "2008", "seizure_shanghai_sunwatt_batteries", None, None, 1380000, "at_least"),

    # Table 15: proprietary (domestic) IPR, 2007 and 2008 (text in III(I) repeats the 2008 column).
    (G8, "Table 15", "batches", "2007", NAT, "ownership", "domestic", 451, EX),
    (G8, "Table 15", "batches", "2008", NAT, "ownership", "domestic", 553, EX),
    (G8, "Table 15", "quantity", "2007", NAT, "ownership", "domestic", 11108503, EX),
    (G8, "Table 15", "quantity", "2008", NAT, "ownership", "domestic", 23722904, EX),
    (G8, "Table 15", "value", "2007", NAT, "ownership", "domestic", 39591652, EX),
    (G8, "Table 15", "value", "2008", NAT, "ownership", "domestic", 45245261, EX),

    # III(II): enterprises in cooperation systems.
    (G8, "III(II)", "enterprises", "2008", NAT, "customs", "nanjing", 2, EX),  # "two large State-owned enterprises"
    (G8, "III(II)", "enterprises", "2008", NAT, "customs", "beijing", 20, EX),

    # ------------------------------------------------------------------
    # gacc-2019h1: first half of 2019 (news of 2 August 2019)
    # ------------------------------------------------------------------
    (G19, "para 1", "batches", "2019-H1", NAT, None, None, 6241, EX),
    (G19, "para 1", "quantity", "2019-H1", NAT, None, None, 23810000, "rounded:10000"),  # "23.81 million"
    (G19, "para 1", "value", "2019-H1", NAT, None, None, 78730000, "rounded:10000"),  # "78.73 million yuan"
    (G19, "para 2", "applications_approved", "2019-H1", NAT, None, None, 5501, EX),

    # ------------------------------------------------------------------
    # xinhua-2017
    # ------------------------------------------------------------------
    (XH, "para 4", "batches", "2015..2017", "clean_breeze", None, None, 43000, "at_least"),
    (XH, "para 4", "quantity", "2015..2017", "clean_breeze", None, None, 81000000, "at_least"),
    (XH, "para 5", "batches", "2016", NAT, "direction", "import", 670, EX),
    (XH, "para 7", "filings", "2016", NAT, None, None, 8844, EX),
    (XH, "para 8", "protection_records", "@2016-12-31", NAT, "ownership", "domestic", 27873, EX),
    (XH, "para 10", "quantity", "2016", NAT, "ownership", "domestic", 7580000, "rounded:10000"),  # "7.58 million"
    (XH, "para 11", "cases", "2016", NAT, "ownership", "domestic", 12, EX),
    (XH, "para 11", "cases", "2015", NAT, "ownership", "domestic", 4, EX),
    (XH, "para 13", "cooperation_partners", "@2017", "international_cooperation", None, None, 130, "at_least"),
    (XH, "para 13", "cooperation_documents", "@2017", "international_cooperation", None, None, 190, "at_least"),

    # ------------------------------------------------------------------
    # chinanews-2020: Guangdong customs (27 April 2020)
    # ------------------------------------------------------------------
    (CN, "para 1", "quantity", "2019", "guangdong", None, None, 24000000, "rounded:1000000"),  # "24 million"
    (CN, "para 2", "partner_countries", "2019", "guangdong", None, None, 104, EX),
    (CN, "para 2", "rights_holders", "2019", "guangdong", None, None, 359, EX),
    # 29,500 speakers is printed twice: the photo caption (para 3, "Shekou Customs")
    # and the body text (para 4, "Shenzhen Customs ... two export containers").
    (CN, None, "quantity", "2020", "seizure_shekou_speakers", None, None, 29500, EX),
    (CN, "para 6", "quantity", "2018-07", "seizure_huangpu_circuits", None, None, 1800000, "rounded:100000"),  # "1.8 million"
    (CN, "para 7", "joint_actions", "2019", "gba_joint_actions", None, None, 3, EX),  # "three joint enforcement actions"
    (CN, "para 7", "quantity", "2019", "gba_joint_actions", None, None, 153000, "rounded:1000"),
    (CN, "para 8", "quantity", "2020-01-01..2020-04-27", "guangdong", None, None, 1380000, "at_least"),  # "more than 1.38 million"

    # ------------------------------------------------------------------
    # legal-daily-2021
    # ------------------------------------------------------------------
    # para 4: the IPR Protection Exhibition Centre (Qingdao), opened December 2016.
    (LD, "para 4", "exhibits", "@2021", "ipr_exhibition_centre", None, None, 1300, "at_least"),
    (LD, "para 4", "publicity_events", "2016-12..2021", "ipr_exhibition_centre", None, None, 510, "at_least"),
    (LD, "para 4", "visitor_countries", "2016-12..2021", "ipr_exhibition_centre", None, None, 40, "at_least"),
    # para 7: cumulative totals to the end of 2020.
    (LD, "para 7", "batches", "..2020", NAT, None, None, 410000, "rounded:10000"),
    # 2.8 billion is printed twice: the sub-headline (para 2) and the body (para 7).
    (LD, None, "quantity", "..2020", NAT, None, None, 2800000000, "rounded:100000000"),
    (LD, "para 7", "value", "..2020", NAT, None, None, 6100000000, "rounded:100000000"),
    (LD, "para 7", "protection_records", "..2020", NAT, None, None, 103000, "rounded:1000"),
    (LD, "para 7", "protection_records", "..2020", NAT, "ownership", "domestic", 57000, "rounded:1000"),
    # Garbled sentence: "a total of 121 pieces 21,000 enterprises in countries and regions have benefited".
    (LD, "para 7", "rights_holder_countries", "..2020", NAT, None, None, 121, EX),
    (LD, "para 7", "enterprises", "..2020", NAT, None, None, 21000, "rounded:1000"),
    # para 20: the first seizure, 6 September 1994.
    (LD, "para 20", "quantity", "1994-09-06", "seizure_huanggang_cds_1994", None, None, 4750, EX),
    # para 22: 2003 destruction of pirated discs.
    (LD, "para 22", "destroyed", "2003", "disc_destruction_2003", None, None, 42000000, "rounded:1000000"),  # "42 million"
    # para 27: trademark infringement cases 2001-2003 (the paragraph's claim of "an average
    # annual increase of almost 50%" does not fit them: +137% then +33%, about +78% a year compound).
    (LD, "para 27", "cases", "2001", NAT, "ip_type", "trademark", 235, EX),
    (LD, "para 27", "cases", "2002", NAT, "ip_type", "trademark", 557, EX),
    (LD, "para 27", "cases", "2003", NAT, "ip_type", "trademark", 741, EX),
    # para 40: Sanhuan padlocks in the ten years after the 1997 recordal.
    (LD, "para 40", "batches", "1997..2007", "sanhuan_padlocks", None, None, 200, "at_least"),
    (LD, "para 40", "packages", "1997..2007", "sanhuan_padlocks", None, None, 20000, "at_least"),
    # para 42: Beifa cases since 2008.
    (LD, "para 42", "cases", "2008..2021", "beifa_pens", None, None, 11, EX),
    # para 44: Clean Breeze three-year operation.
    (LD, "para 44", "quantity", "2015..2017", "clean_breeze", None, None, 1500000000, "rounded:100000000"),
    (LD, "para 44", "value", "2015..2017", "clean_breeze", None, None, 5200000000, "rounded:100000000"),
    # para 49: first year of Longteng ("more than 2,000 IPRs of 150 domestic key enterprises").
    (LD, "para 49", "rights_protected", "2017", "longteng", None, None, 2000, "at_least"),
    (LD, "para 49", "enterprises", "2017", "longteng", None, None, 150, EX),
    # para 51: Netac patents.
    (LD, "para 51", "quantity", "2017", "netac_patents", None, None, 270000, "at_least"),
    # para 53: Longteng to 25 April 2021.
    (LD, "para 53", "protection_measures", "..2021-04-25", "longteng", None, None, 126000, "rounded:1000"),
    (LD, "para 53", "quantity", "..2021-04-25", "longteng", None, None, 89256000, "rounded:1000"),  # "89.256 million"

    # ------------------------------------------------------------------
    # Other administrations: pages of the EU, the US and Japan, each figure as printed there
    # ------------------------------------------------------------------
    # The Commission's FAQ on its 2009 report (EUbusiness), para 5: the 2009 totals against 2008's.
    ("eubusiness-2010-07-22", "para 5", "cases", "2009", "eu", None, None, 43500, "at_least"),  # "over 43,500 cases"
    ("eubusiness-2010-07-22", "para 5", "articles", "2009", "eu", None, None, 118000000, "rounded:1000000"),  # "118 million articles"
    ("eubusiness-2010-07-22", "para 5", "cases", "2008", "eu", None, None, 49000, "at_least"),  # "49.000 cases", a floor (over 49,000)
    ("eubusiness-2010-07-22", "para 5", "articles", "2008", "eu", None, None, 178000000, "rounded:1000000"),  # "178 million articles"
    # DG TAXUD's facts-and-figures page after the statistics of 22 September 2016, para 4.
    ("ec-taxud-ipr-facts-2016", "para 4", "cases", "2015", "eu", None, None, 80000, "at_least"),  # "more than 80,000 detention cases"
    ("ec-taxud-ipr-facts-2016", "para 4", "articles", "2015", "eu", None, None, 40000000, "at_least"),  # "over 40 million"
    ("ec-taxud-ipr-facts-2016", "para 4", "retail_value", "2015", "eu", None, None, 642000000, "at_least"),  # "just over 642 million euro"
    # The opening of the report on 2015, reprinted by dekuzu.com (its 43.7 million is marked as a likely error).
    ("dekuzu-2017-01-23", "para 1", "cases", "2015", "eu", None, None, 81000, "at_least"),  # "over 81.000 detentions"
    ("dekuzu-2017-01-23", "para 1", "articles", "2015", "eu", None, None, 43700000, "rounded:100000"),  # "43.7 million articles"
    ("dekuzu-2017-01-23", "para 1", "retail_value", "2015", "eu", None, None, 640000000, "at_least"),  # "over 640 million euros"
    ("dekuzu-2017-01-23", "para 2", "applications_for_action", "2015", "eu", None, None, 33191, "exact"),  # "33.191"
    # Hogan Lovells on Lexology, on the report on 2015.
    ("lexology-2016-eu", "para 2", "articles", "2015", "eu", None, None, 41000000, "approximate"),  # "almost 41 million"
    ("lexology-2016-eu", "para 2", "retail_value", "2015", "eu", None, None, 642000000, "at_least"),  # "over EUR 642 million"
    ("lexology-2016-eu", "para 4", "applications_for_action", "2014", "eu", None, None, 21000, "approximate"),  # "nearly 21,000"
    ("lexology-2016-eu", "para 4", "applications_for_action", "2015", "eu", None, None, 33000, "at_least"),  # "more than 33,000"
    # DG TAXUD's notice of the first joint report (2020): the EU as a whole, then the external border.
    ("ec-taxud-2021-11-30", "para 1", "retail_value", "2020", "eu_border_and_internal", None, None, 2000000000, "approximate"),  # "almost €2 billion"
    ("ec-taxud-2021-11-30", "para 5", "retail_value", "2020", "eu", None, None, 778000000, "rounded:1000000"),  # "€778 million"
    ("ec-taxud-2021-11-30", "para 5", "articles", "2020", "eu", None, None, 27000000, "rounded:1000000"),  # "27 million individual items"
    ("ec-taxud-2021-11-30", "para 5", "articles", "2019", "eu", None, None, 41000000, "rounded:1000000"),  # "41 million"
    # CBP's release of 14 January 2004 and FreightWaves' reports on FY2003 and FY2004.
    ("cbp-2004-01-14", "para 1", "seizures", "FY2003", "us", None, None, 6500, "rounded:100"),  # "6,500 seizures", beside "about 700"
    ("freightwaves-2004", "para 6", "seizures", "FY2003", "us", None, None, 6500, "rounded:100"),  # "6,500 seizures"
    ("freightwaves-2004", "para 6", "domestic_value", "FY2003", "us", None, None, 94000000, "rounded:1000000"),  # "$94 million"
    ("freightwaves-2005", "para 4", "seizures", "FY2004", "us", None, None, 7250, EX),  # "7,250 seizures"
    ("freightwaves-2005", "para 4", "domestic_value", "FY2004", "us", None, None, 130000000, "rounded:1000000"),  # "$130 million"
    # The Japan Times of 19 June 2012, the source of Havocscope's note (whose 26,145 for 2008 transposes 26,415).
    ("japantimes-2012-06-19", "para 6", "cases", "2011", "japan", None, None, 23280, EX),  # "23,280 cases"
    ("japantimes-2012-06-19", "para 6", "cases", "2008", "japan", None, None, 26415, EX),  # "26,415"
    ("japantimes-2012-06-19", "para 8", "articles", "2011", "japan", None, None, 728234, EX),  # "728,234"
]

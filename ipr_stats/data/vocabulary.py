"""The controlled vocabulary: metrics, scopes, dimensions and their members.

Plain data, no polars, so that the CLI can read it without paying for polars.
Every key used in a dataset file must be declared here (or in a user file's
own ``vocabulary`` block, see docs/data-model.md).
"""

from __future__ import annotations

import re

from ipr_stats.data.members import MEMBERS

RECORDS = "records"  # the source id and the scope of the rows a user gives with --records

DEFAULT_SCOPE = "national"  # a record's scope when it gives none, and the scope a query looks at unless told

DEFAULT_STAGE = "final"  # a source's stage when its block gives none

# metric key -> (unit, one-line definition)
METRICS = {
    "protection_measures": ("time", "Customs IPR protection measures taken: suspensions of clearance of suspected infringing goods."),
    "batches": ("batch", "Batches (consignments) of suspected infringing goods detained or seized by customs."),
    "quantity": ("piece", "Pieces (items, pairs) of suspected infringing goods detained or seized."),
    "value": ("RMB", "Value of the suspected infringing goods detained or seized, in yuan renminbi."),
    "cases": ("case", "Cases. China: infringement cases detected or handled by customs. EU: detention cases, one "
              "case being a detention of one consignment, whatever the number of articles. Japan: suspension cases "
              "(件数)."),
    "rights_protected": ("right", "Intellectual property rights that customs protected in the period."),
    "protection_records": ("record", "IPR customs protection records (recordals) approved or on file."),
    "filings": ("filing", "IPR recordal filings made with customs in the period."),
    "applications_approved": ("application", "Applications for IPR customs protection approved in the period."),
    "partner_countries": ("country or region", "Countries and regions whose trade with China involved the infringing goods."),
    "rights_holder_countries": ("country or region", "Countries, regions and organisations whose right holders' rights were protected."),
    "rights_holders": ("right holder", "Right holders whose rights customs protected."),
    "enterprises": ("enterprise", "Enterprises covered by a customs measure (support, cooperation, key protection, benefit)."),
    "cooperation_partners": ("country or region", "Countries and regions with whose customs a cooperation mechanism exists."),
    "cooperation_documents": ("document", "Cooperation documents signed with other customs administrations."),
    "joint_actions": ("action", "Joint enforcement actions carried out with other customs administrations."),
    "packages": ("box", "Boxes (cartons) of infringing goods seized."),
    "destroyed": ("piece", "Pieces of infringing goods destroyed."),
    "exhibits": ("item", "Samples of seized infringing goods shown in an exhibition."),
    "publicity_events": ("event", "Legal publicity activities organised."),
    "visitor_countries": ("country or region", "Countries and regions from which visitors came."),
    "trade_value": ("USD", "Value of China's total imports and exports, in US dollars."),
    "freight_volume": ("tonne", "Import and export freight volume supervised by customs."),
    "declarations": ("form", "Declaration forms reviewed by customs."),
    "parcels": ("item", "Entry-exit postal parcels and express items inspected and released."),
    "passengers": ("person", "Entry-exit passengers supervised by customs."),
    "seizures": ("seizure", "IPR seizures. United States: seizures of infringing goods by CBP and HSI, a seizure being one "
                 "enforcement action on one shipment. China: 'IP-related seizures' as counted by a law firm from customs "
                 "releases, basis unstated (kept apart from batches)."),
    "seizure_lines": ("line", "United States: CBP's seizure lines, each kind of product in a seizure counted apart (a seizure "
                      "may have several lines)."),
    "articles": ("article", "Articles (items) detained: EU customs count each article; Japan Customs counts points (点数). "
                 "China counts pieces (quantity)."),
    "retail_value": ("EUR", "EU: the domestic retail value of the genuine products the detained articles imitate, as "
                     "estimated by customs, in euros."),
    "msrp_value": ("USD", "United States: the manufacturer's suggested retail price of the seized goods had they been "
                   "genuine, in US dollars."),
    "domestic_value": ("USD", "United States: the domestic value of the seized goods (cost of the goods, shipping and "
                       "import duties), the measure of CBP's earlier reports, in US dollars."),
    "applications_for_action": ("application", "EU: right holders' applications for action (requests that customs watch "
                                "for their rights) lodged or in force."),
    "value_jpy": ("JPY", "Japan: the estimated value of the suspended goods had they been genuine, in yen."),
    "parcels_seized": ("item", "Postal and express items found to hold infringing goods."),
    "suspended_quantity": ("piece", "Pieces in consignments whose clearance customs suspended (protection measures), detained or not."),
    "losses_recovered": ("RMB", "Direct economic losses recovered for enterprises (挽回企业直接经济损失), as stated for a campaign."),
    "recordal_applicants": ("right holder", "Right holders who filed applications for customs IPR protection recordal in the period."),
    "rights_holder_registrations": ("right holder", "Right holders newly registered as users of the customs recordal system in the period "
                                    "(新增知识产权保护备案注册用户)."),
}

# The enforcement metrics a release reports each year: the columns of `ipr-stats coverage`.
HEADLINE_METRICS = ("batches", "quantity", "value", "protection_measures", "cases", "filings", "applications_approved",
                    "protection_records")

# scope key -> (kind, display name, description)
SCOPES = {
    "national": ("national", "China (national)", "All customs administrations of mainland China."),
    "guangdong": ("region", "Guangdong", "Customs administrations in Guangdong province (Guangdong branch of GACC)."),
    "clean_breeze": ("campaign", "Clean Breeze (2015-2017)", "Three-year operation against infringing exports, launched 2015, focused on exports to Africa, the Middle East, Latin America and Belt and Road countries."),
    "longteng": ("campaign", "Longteng actions (from 2017)", "Annual special actions for IPR protection code-named Longteng (Dragon), run each year from 2017."),
    "gba_joint_actions": ("campaign", "Guangdong-Hong Kong-Macao joint actions", "Joint enforcement actions of the customs of Guangdong, Hong Kong and Macao."),
    "olympic_protection": ("campaign", "Olympic symbol protection (2002-2008)", "Customs protection of the Olympic symbols, from 2002 to the end of the Beijing Games."),
    "ipr_exhibition_centre": ("programme", "IPR Protection Exhibition Centre (Qingdao)", "China Customs Intellectual Property Protection Exhibition Centre, opened December 2016."),
    "international_cooperation": ("programme", "International customs cooperation", "GACC's cooperation with customs administrations of other countries and regions."),
    "seizure_ningbo_olympic_bikes": ("case", "Ningbo: bicycles bearing the OLYMPIC symbol", "A single seizure of mountain bikes infringing the OLYMPIC symbol."),
    "seizure_qingdao_olympic_souvenirs": ("case", "Qingdao: Olympic souvenirs carried by a passenger", "A single seizure of souvenirs infringing Olympic symbols from a departing foreign passenger."),
    "seizure_shanghai_sunwatt_batteries": ("case", "Shanghai: SUNWATT batteries", "A single seizure of batteries infringing the SUNWATT trademark."),
    "seizure_huanggang_cds_1994": ("case", "Huanggang: pirated CDs (1994)", "The first customs IPR seizure: pirated CDs, including master discs, in the express channel."),
    "seizure_shekou_speakers": ("case", "Shekou: unlicensed speakers (2020)", "A single seizure of unlicensed speakers in two export containers."),
    "seizure_huangpu_circuits": ("case", "Huangpu: integrated circuits (2018)", "A single seizure of infringing integrated circuits in the cross-border e-commerce channel."),
    "sanhuan_padlocks": ("case", "Sanhuan padlocks", "Seizures of counterfeit Sanhuan padlocks after the brand's recordal in 1997."),
    "beifa_pens": ("case", "Beifa", "Cases of suspected infringement of the Beifa brand investigated by Ningbo customs."),
    "netac_patents": ("case", "Netac patents", "Goods infringing Netac's patents seized by Shenzhen customs."),
    "disc_destruction_2003": ("case", "Destruction of pirated discs (2003)", "National operation destroying smuggled and pirated optical discs."),
    "freight_channel": ("national", "Freight channel (national)", "All customs' enforcement in the freight channel (货运渠道) only: the basis "
                        "of the annual reports' split by enforcement route and of its shares."),
    "eastern_coastal_customs": ("region", "Eastern coastal customs", "The customs districts of the eastern coastal regions (东部沿海地区海关) "
                                "taken together; the releases name them (Shanghai, Shenzhen, Ningbo, Xiamen, Hangzhou, Tianjin, Huangpu, Nanjing, ...)."),
    "central_western_customs": ("region", "Central and western customs", "The customs districts of the central and western regions "
                                "(中西部地区海关) taken together."),
    "ipr_special_campaign_2004": ("campaign", "Special IPR protection campaign (2004-2005)", "The national special campaign on IPR "
                                  "protection (保护知识产权专项行动) launched in 2004."),
    "dragon_boat": ("campaign", "Dragon Boat action (2007-2008)", "GACC's IPR campaign of 1 October 2007 to 31 March 2008 (龙舟行动) against "
                    "infringing exports by sea, post and express."),
    "post_express_campaign_2009": ("campaign", "Postal and express channel campaign (2009)", "GACC's special campaign on IPR protection "
                                   "in the postal and express channels, June to December 2009."),
    "shuangda_2010": ("campaign", "Special campaign against infringement and counterfeits (2010-2011)", "Customs' part of the State "
                      "Council's campaign against IPR infringement and counterfeit and shoddy goods (打击侵犯知识产权和制售假冒伪劣商品专项行动), "
                      "October 2010 to June 2011."),
    "ningbo_guomen_zhidun_2012": ("campaign", "Ningbo customs in the 2012 Guomen Zhidun operation", "Ningbo customs' IPR cases in 2012's "
                                  "'Shield of the National Gate' (国门之盾) operation."),
    "world_cup_2018": ("campaign", "China-Russia World Cup 2018 joint enforcement", "Joint IPR enforcement of the Chinese and Russian "
                       "customs for the 2018 FIFA World Cup, March to June 2018; figures count both customs together."),
    "ciie_protection": ("programme", "CIIE protection", "Customs protection of the marks of the China International Import Expo "
                        "(中国国际进口博览会) and of its exhibitors' IPR."),
    "olympic_related": ("programme", "Olympic-related IPR protection (2021)", "Goods suspected of infringing any Olympic-related right "
                        "(奥林匹克相关知识产权), wider than the Olympic symbols."),
    "special_actions_2021_2025": ("campaign", "Longteng, Blue Net and Clean Net actions (2021-2025)", "The three special "
                                  "actions taken together over the 14th Five-Year Plan: Longteng, Blue Net (post and express) "
                                  "and Clean Net (export transshipment)."),
    "auto_parts_action_2021": ("campaign", "Counterfeit auto parts enforcement (2021)", "Special enforcement against counterfeit "
                               "automobile parts by Hangzhou, Qingdao, Huangpu and other customs in 2021 (假冒汽车零配件专项执法)."),
    "seizure_wenjindu_phone_brands": ("case", "Wenjindu: goods bearing VIVO, Xiaomi and OPPO marks (2019)", "Export goods seized by "
                                      "Wenjindu customs (Shenzhen) and found to infringe the VIVO, Xiaomi and OPPO trademarks."),
    "seizure_huangpu_murata_circuits": ("case", "Huangpu: Murata integrated circuits (2019)", "Over a million counterfeit integrated "
                                        "circuits bearing the Murata mark in the cross-border e-commerce channel, November 2019."),
    "seizure_shanghai_masks_2020": ("case", "Shanghai: imported 3M N95 face masks (2020)", "Infringing face masks found at import in the "
                                    "freight channel on 12 March 2020."),
    "labubu": ("case", "Labubu (Pop Mart)", "Goods suspected of infringing the IPR of Pop Mart's Labubu toys (2025)."),
    "eu": ("national", "European Union (border)", "Detentions by the customs of the EU member states at the EU's "
           "external border, as in DG TAXUD's yearly reports on customs enforcement of IPR."),
    "eu_border_and_internal": ("national", "European Union (border and internal market)", "Detentions at the EU border "
                               "plus seizures in the internal market by member states' authorities: the EUIPO and DG "
                               "TAXUD joint reports, from the figures for 2019 on."),
    "us": ("national", "United States", "Seizures of IPR-infringing goods by U.S. Customs and Border Protection (CBP) "
           "and Homeland Security Investigations, by federal fiscal year (October to September)."),
    "japan": ("national", "Japan", "Suspensions of imports of IPR-infringing goods by Japan Customs (Ministry of Finance)."),
    "pop_mart": ("case", "Pop Mart products", "Goods suspected of counterfeiting Pop Mart (泡泡玛特) products (2025)."),
}

# Customs administrations: key -> (display name, the scope of its national figures, the kind of period it reports,
# a short name for headers). Each keeps its own metrics, definitions and currency (docs/methodology.md,
# "Across administrations").
ADMINISTRATIONS = {
    "china": ("China Customs", "national", "year", "China"),
    "eu": ("EU customs", "eu", "year", "EU"),
    "us": ("U.S. Customs and Border Protection", "us", "fiscal_year", "US"),
    "japan": ("Japan Customs", "japan", "year", "Japan"),
}

# scope -> its administration; a scope not listed here is China Customs'
SCOPE_ADMINISTRATION = {"eu": "eu", "eu_border_and_internal": "eu", "us": "us", "japan": "japan"}


def administration_of(scope: str) -> str:
    """The administration whose figures a scope holds."""
    return SCOPE_ADMINISTRATION.get(scope, "china")


# administration -> the metrics its yearly releases report (China's: HEADLINE_METRICS)
OWN_HEADLINES = {
    "eu": ("cases", "articles", "retail_value", "applications_for_action"),
    "us": ("seizures", "seizure_lines", "msrp_value", "domestic_value"),
    "japan": ("cases", "articles", "value_jpy"),
}

# (metric, administration) -> that administration's own definition, where a metric key serves several
OWN_DEFINITIONS = {
    ("cases", "eu"): "EU detention cases: one case is one detention of one consignment, whatever the number of articles.",
    ("cases", "japan"): "Japan Customs' suspension cases (件数): one case is one suspended import.",
    ("seizures", "us"): "CBP and HSI seizures of IPR-infringing goods: one seizure is one enforcement action on one shipment.",
}

# `ipr-stats compare --metric M`: each administration's nearest counterpart of M (never the same definition)
COUNTERPARTS = {
    "batches": {"china": "batches", "eu": "cases", "us": "seizures", "japan": "cases"},
    "quantity": {"china": "quantity", "eu": "articles", "japan": "articles"},
    "value": {"china": "value", "eu": "retail_value", "us": "msrp_value", "japan": "value_jpy"},
}

# dimension key -> (display name, member set, description)
DIMENSIONS = {
    "customs": ("Customs district", "customs", "The customs district (directly-administered customs) that detained the goods."),
    "category": ("Goods category", "category", "The category of the infringing goods."),
    "transport": ("Transport mode", "transport", "How the goods were carried when detained."),
    "ip_type": ("IP type", "ip_type", "The kind of intellectual property right infringed."),
    "origin": ("Trading partner", "country", "The country or region of trade with which the goods were detained."),
    "enforcement": ("Enforcement route", "enforcement", "How the detention came about: on a right holder's application or ex officio."),
    "direction": ("Direction", "direction", "Import or export."),
    "rights_holder_origin": ("Right holder's origin", "country", "The country or region of the holder of the protected right."),
    "ownership": ("Ownership of the right", "ownership", "Whether the right belongs to a domestic (Chinese) enterprise."),
    "channel": ("Customs channel", "channel", "The customs supervision channel the goods passed through: freight, post, express, "
                "cross-border e-commerce or passengers' luggage."),
}

# Kinds of source text, the most direct first: this order is the preference rule's (ipr_stats.data.versions).
SOURCE_KINDS = {
    "official": "The customs' own text, or a faithful reprint or translation of it.",
    "news": "A news agency or newspaper relaying the customs' figures.",
    "summary": "A summary by a law firm, consultancy or trade paper.",
    "aggregator": "An aggregator, an AI summary or a machine translation of someone else's text.",
}

# The stage of the release a source relays, the preferred first (ipr_stats.data.versions).
STAGES = {
    "final": "The figures as released after the period: the annual report, or the only release of a half-year or quarter.",
    "preliminary": "An early release that a later one may revise: the January press conference on the past year.",
    "retrospective": "A later look back that restates figures of earlier periods.",
}

QUALIFIERS = {
    "exact": "The figure as printed, with no qualifying word.",
    "approximate": "Printed with 'about', 'around', 'nearly' or 'almost'.",
    "at_least": "A lower bound: printed with 'more than', 'over', 'exceeding'.",
    "at_most": "An upper bound: printed with 'less than', 'under'.",
    "rounded": "Printed rounded (e.g. '23.81 million'); precision gives the unit of the last digit.",
}

BREAKDOWNS = {
    "complete": "The listed members cover the whole total.",
    "top_n": "Only the largest members are listed, with no remainder row.",
    "top_n_plus_remainder": "The largest members are listed and the rest is one 'Others' row.",
}


class Vocabulary:
    """Metrics, scopes, dimensions and members: the bundled ones plus a user file's additions."""

    def __init__(self):
        self.metrics = dict(METRICS)
        self.scopes = dict(SCOPES)
        self.dimensions = dict(DIMENSIONS)
        self.members = {k: dict(m) for k, m in MEMBERS.items()}
        self._tables: dict = {}  # dimension -> (the member set it was built from, its size, its spellings)

    def member_set(self, dimension: str) -> dict:
        return self.members[self.dimensions[dimension][1]]

    def resolve_member(self, dimension: str, text: str) -> str | None:
        """The canonical key of a member named by key, English or Chinese name, or alias (any case), as :func:`named`
        reads it. The table of spellings is built once per dimension and again only when members are added (a
        file's vocabulary only adds, never redefines), so a file of many figures reads in linear time."""
        members = self.member_set(dimension)
        built = self._tables.get(dimension)
        if built is None or built[0] is not members or built[1] != len(members):
            built = self._tables[dimension] = (members, len(members), spellings(self.member_names(dimension)))
        return built[2].get(spelling(text))

    def member_names(self, dimension: str) -> dict[str, list[str]]:
        """Each member's key, English name, Chinese name (also with the word for customs, for a customs district) and aliases."""
        from ipr_stats.data.chinese import CUSTOMS
        from ipr_stats.data.chinese import MEMBERS as ZH

        member_set = self.dimensions[dimension][1]
        out = {}
        for key, (name, _kind, aliases) in self.member_set(dimension).items():
            chinese = ZH.get(member_set, {}).get(key)
            extra = [chinese, chinese + CUSTOMS] if chinese and member_set == "customs" else [chinese] if chinese else []
            out[key] = [key, name, *extra, *aliases]
        return out

    def mentioning(self, word) -> list[str]:
        """The metrics whose definitions use ``word`` (in any case, singular or plural): 'suspensions' finds the
        metrics defined as suspensions of clearance, which no spelling of a key is near."""
        stem = spelling(word).replace("_", " ")
        stem = stem[:-2] if stem.endswith("es") and len(stem) > 4 else stem[:-1] if stem.endswith("s") else stem
        if len(stem) < MENTIONED:
            return []
        return [key for key, (_unit, definition) in self.metrics.items() if re.search(rf"\b{re.escape(stem)}", definition.casefold())]

    def names(self, kind: str) -> dict[str, list[str]]:
        """Each metric's, ratio's, scope's or dimension's key with its English and Chinese names, for reading a user's choice."""
        from ipr_stats.data import chinese

        if kind == "metric":
            return {k: [k, k.replace("_", " "), chinese.METRICS.get(k, k)] for k in self.metrics}
        if kind == "ratio":
            return {k: [k, k.replace("_", " "), chinese.RATIOS.get(k, k)] for k in RATIOS}
        if kind == "scope":
            return {k: [k, s[1], chinese.SCOPES.get(k, k)] for k, s in self.scopes.items()}
        return {k: [k, d[0], chinese.DIMENSIONS.get(k, k)] for k, d in self.dimensions.items()}


MENTIONED = 4  # letters a word needs before the definitions are searched for it (not "s" or "of")


def named(names: dict, text) -> str | None:
    """The key whose names (``names``: key -> its key, English and Chinese names, aliases) include ``text``, in
    any case and with the spaces around it ignored; None if none does. The one reading of a name given for a key."""
    return spellings(names).get(spelling(text))


def spelling(text) -> str:
    """A name as it is looked up: case folded, the spaces around it ignored."""
    return str(text).strip().casefold()


def spellings(names: dict) -> dict[str, str]:
    """Each spelling of ``names`` (as :func:`named` reads one: case folded) -> its key, the first key listed taking
    a spelling two share: a table to look many names up in at once."""
    table: dict = {}
    for key, given in names.items():
        for name in given:
            if name:
                table.setdefault(name.casefold(), key)
    return table


def closest(word: str, choices) -> str:
    """' Did you mean 'x'?' for the nearest choice, or ''."""
    import difflib

    match = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f" Did you mean '{match[0]}'?" if match else ""


SCOPE_KINDS = ("national", "region", "campaign", "programme", "case")

# Derived metrics: name -> (numerator, denominator, unit)
RATIOS = {
    "value_per_batch": ("value", "batches", "RMB per batch"),
    "quantity_per_batch": ("quantity", "batches", "pieces per batch"),
    "value_per_item": ("value", "quantity", "RMB per piece"),
}

# The qualifiers of counts: figures that may be subtracted (yoy, a rate's earlier figure) and indexed
# (compare --index); a bound or an approximation never is.
COMPARABLE_QUALIFIERS = ("exact", "rounded")


def year_label(year, scope: str) -> tuple[str, str]:
    """(period kind, label) of a --year in a scope: the calendar year, or the fiscal year ending in it where the
    scope's administration reports by fiscal year (--year 2015 with --scope us: FY2015)."""
    from ipr_stats.data.periods import yearly_label  # the vocabulary loads with --help; the period grammar need not

    kind = ADMINISTRATIONS[administration_of(scope)][2]
    return kind, yearly_label(year, kind)


QUALIFIER_WORDS = {"exact": "exact", "approximate": "about", "at_least": "at least", "at_most": "at most", "rounded": "rounded"}

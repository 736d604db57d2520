"""Every Chinese word ipr-stats shows: the names of the vocabulary (metrics, units, ratios, scopes, dimensions, members,
qualifiers, source kinds, stages and period kinds of ipr_stats.data.vocabulary), table headers and the words of notes, in
simplified Chinese and worded as China Customs' releases word them where they do.

No other module shows a Chinese word of its own (tests/cli/test_names.py checks it). The Chinese elsewhere is read,
not shown: member aliases (data/members.py), the original terms that descriptions quote (data/vocabulary.py) and the
words of printed numbers (data/printed.py: 万, 超过 ...).
"""

from __future__ import annotations

# metric key -> short Chinese name
METRICS = {
    "protection_measures": "保护措施",
    "batches": "批次",
    "quantity": "数量",
    "value": "价值",
    "cases": "案件",
    "rights_protected": "受保护知识产权",
    "protection_records": "保护备案",
    "filings": "备案申请",
    "applications_approved": "核准申请",
    "partner_countries": "贸易国家和地区",
    "rights_holder_countries": "权利人国家和地区",
    "rights_holders": "权利人",
    "enterprises": "企业",
    "cooperation_partners": "合作国家和地区",
    "cooperation_documents": "合作文件",
    "joint_actions": "联合执法行动",
    "packages": "箱数",
    "destroyed": "销毁数量",
    "exhibits": "展品",
    "publicity_events": "普法宣传活动",
    "visitor_countries": "来访国家和地区",
    "trade_value": "进出口总值",
    "freight_volume": "进出口货运量",
    "declarations": "报关单",
    "parcels": "进出境邮件快件",
    "passengers": "出入境旅客",
    "seizures": "查扣",
    "seizure_lines": "查扣品项",
    "articles": "物品",
    "retail_value": "零售价值（欧元）",
    "msrp_value": "建议零售价值（美元）",
    "domestic_value": "国内价值（美元）",
    "applications_for_action": "执法申请",
    "value_jpy": "估计价值（日元）",
    "parcels_seized": "查获侵权邮快件",
    "suspended_quantity": "中止放行数量",
    "losses_recovered": "挽回经济损失",
    "recordal_applicants": "备案申请权利人",
    "rights_holder_registrations": "新增注册用户",
}

# administration (ipr_stats.data.vocabulary.ADMINISTRATIONS) -> Chinese name
ADMINISTRATIONS = {"china": "中国海关", "eu": "欧盟海关", "us": "美国海关与边境保护局", "japan": "日本海关"}
SHORT_ADMINISTRATIONS = {"china": "中国", "eu": "欧盟", "us": "美国", "japan": "日本"}  # in headers

# unit (of METRICS and of the ratios) -> Chinese unit
UNITS = {
    "time": "次",
    "batch": "批",
    "piece": "件",
    "RMB": "元",
    "case": "起",
    "right": "项",
    "record": "条",
    "filing": "份申请",
    "application": "件申请",
    "country or region": "个国家和地区",
    "right holder": "名",
    "enterprise": "家",
    "document": "份文件",
    "action": "次行动",
    "box": "箱",
    "item": "个",
    "event": "场",
    "USD": "美元",
    "tonne": "吨",
    "form": "份",
    "person": "人次",
    "seizure": "宗",
    "line": "项",
    "article": "件物品",
    "EUR": "欧元",
    "JPY": "日元",
    "RMB per batch": "元/批",
    "pieces per batch": "件/批",
    "RMB per piece": "元/件",
}

# derived metric (ipr_stats.data.vocabulary.RATIOS) -> Chinese name
RATIOS = {
    "value_per_batch": "每批价值",
    "quantity_per_batch": "每批数量",
    "value_per_item": "每件价值",
}

# dimension key -> Chinese name
DIMENSIONS = {
    "customs": "海关",
    "category": "商品类别",
    "transport": "运输方式",
    "ip_type": "知识产权类型",
    "origin": "贸易国别（地区）",
    "enforcement": "执法方式",
    "direction": "进出口",
    "rights_holder_origin": "权利人国别（地区）",
    "ownership": "权利归属",
    "channel": "监管渠道",
}

# scope key -> Chinese name
SCOPES = {
    "national": "全国",
    "eu": "欧盟（边境）",
    "eu_border_and_internal": "欧盟（边境和内部市场）",
    "us": "美国",
    "japan": "日本",
    "guangdong": "广东",
    "clean_breeze": "清风行动（2015-2017）",
    "longteng": "龙腾行动",
    "gba_joint_actions": "粤港澳联合执法行动",
    "olympic_protection": "奥林匹克标志保护（2002-2008）",
    "ipr_exhibition_centre": "海关知识产权保护展示中心（青岛）",
    "international_cooperation": "海关国际合作",
    "seizure_ningbo_olympic_bikes": "宁波：奥林匹克标志自行车",
    "seizure_qingdao_olympic_souvenirs": "青岛：旅客携带奥运纪念品",
    "seizure_shanghai_sunwatt_batteries": "上海：SUNWATT电池",
    "seizure_huanggang_cds_1994": "皇岗：盗版光盘（1994）",
    "seizure_shekou_speakers": "蛇口：侵权音箱（2020）",
    "seizure_huangpu_circuits": "黄埔：集成电路（2018）",
    "sanhuan_padlocks": "三环挂锁",
    "beifa_pens": "贝发",
    "netac_patents": "朗科专利",
    "disc_destruction_2003": "销毁盗版光盘（2003）",
    "freight_channel": "货运渠道（全国）",
    "eastern_coastal_customs": "东部沿海地区海关",
    "central_western_customs": "中西部地区海关",
    "ipr_special_campaign_2004": "保护知识产权专项行动（2004-2005）",
    "dragon_boat": "龙舟行动（2007-2008）",
    "post_express_campaign_2009": "邮递快件渠道专项行动（2009）",
    "shuangda_2010": "打击侵权假冒专项行动（2010-2011）",
    "ningbo_guomen_zhidun_2012": "宁波海关“国门之盾”行动（2012）",
    "world_cup_2018": "中俄世界杯联合执法（2018）",
    "ciie_protection": "进博会知识产权保护",
    "olympic_related": "奥林匹克相关知识产权保护（2021）",
    "special_actions_2021_2025": "龙腾、蓝网、净网行动（2021-2025）",
    "auto_parts_action_2021": "假冒汽车零配件专项执法（2021）",
    "seizure_wenjindu_phone_brands": "文锦渡：VIVO、小米、OPPO商标货物（2019）",
    "seizure_huangpu_murata_circuits": "黄埔：村田集成电路（2019）",
    "seizure_shanghai_masks_2020": "上海：进口3M N95口罩（2020）",
    "labubu": "LABUBU（泡泡玛特）",
    "pop_mart": "泡泡玛特产品",
}

# member set -> {member key -> Chinese name}
MEMBERS = {
    "customs": {
        "guangzhou": "广州",
        "beijing": "北京",
        "hangzhou": "杭州",
        "fuzhou": "福州",
        "shanghai": "上海",
        "shenzhen": "深圳",
        "gongbei": "拱北",
        "nanjing": "南京",
        "qingdao": "青岛",
        "xiamen": "厦门",
        "ningbo": "宁波",
        "huangpu": "黄埔",
        "urumqi": "乌鲁木齐",
        "tianjin": "天津",
        "chongqing": "重庆",
        "wuhan": "武汉",
        "shenyang": "沈阳",
        "chengdu": "成都",
        "others": "其他",
        "top10_batches_2008": "扣留批次前十位海关",
    },
    "category": {
        "clothing": "服装",
        "shoes": "鞋",
        "caps_hats": "帽子",
        "bags_leatherware": "箱包皮具",
        "cosmetics": "化妆品及护理用品",
        "other_light_industrial": "其他轻工产品",
        "autos_motorcycles": "汽车摩托车",
        "watches": "手表",
        "toys_games": "玩具及游戏",
        "communication_devices": "通讯设备",
        "storage_media": "存储介质",
        "other_mechanical_electrical": "其他机电产品",
        "hardware_machinery": "五金机械",
        "jewelry": "珠宝首饰",
        "gymnastic_apparatus": "体操器械",
        "medicine": "药品",
        "food_drink": "食品饮料",
        "tobacco": "烟草制品",
        "electronics": "电子电器",
        "clothing_shoes_hats": "服装鞋帽",
        "sports_equipment": "运动器械",
        "stationery_office": "文具办公",
        "others": "其他",
    },
    "transport": {
        "post": "邮运",
        "express": "快件",
        "sea": "海运",
        "air": "空运",
        "truck": "陆运（汽车）",
        "train": "铁路",
        "cargo": "货运",
        "others": "其他",
    },
    "ip_type": {
        "trademark": "商标专用权",
        "copyright": "著作权",
        "patent": "专利权",
        "olympic_symbol": "奥林匹克标志专有权",
    },
    "country": {
        "us": "美国",
        "gb": "英国",
        "fr": "法国",
        "jp": "日本",
        "hk": "中国香港",
        "au": "澳大利亚",
        "se": "瑞典",
        "it": "意大利",
        "nl": "荷兰",
        "mo": "中国澳门",
        "cn": "中国",
        "de": "德国",
        "ch": "瑞士",
        "fi": "芬兰",
        "lu": "卢森堡",
        "us_gb": "美国和英国",
        "africa": "非洲",
        "tr": "土耳其",
        "others": "其他国家和地区",
    },
    "enforcement": {
        "upon_application": "依申请保护",
        "registration": "依职权保护（备案）",
        "luggage_postal": "行邮渠道",
        "ex_officio": "依职权保护",
    },
    "direction": {
        "import": "进口",
        "export": "出口",
    },
    "ownership": {
        "domestic": "自主知识产权",
        "foreign": "境外权利人",
    },
    "channel": {
        "freight": "货运渠道",
        "post": "邮递渠道",
        "express": "快件渠道",
        "post_express": "邮递和快件渠道",
        "cross_border_ecommerce": "跨境电商渠道",
        "passenger": "旅检渠道",
        "passenger_post": "行邮渠道",
        "market_procurement": "市场采购贸易",
        "online_shopping": "网络购物",
    },
}

# qualifier key -> short word for a table cell
QUALIFIERS = {
    "exact": "精确",
    "approximate": "约",
    "at_least": "以上（下限）",
    "at_most": "以下（上限）",
    "rounded": "约整",
}

# source kind -> Chinese name
SOURCE_KINDS = {
    "official": "官方",
    "news": "新闻",
    "summary": "摘要",
    "aggregator": "汇编",
}

# release stage -> Chinese name
STAGES = {
    "final": "终版",
    "preliminary": "初步",
    "retrospective": "回顾",
}

# a yoy row's earlier value: published, implied by the printed rate, or summed from records
STATUSES = {"published": "公布", "implied": "推算", "aggregated": "汇总"}

# the audit's verdict on a printed rate, share or total (ipr_stats.analysis.audit.STATUSES)
VERDICTS = {
    "consistent": "相符",
    "discrepancy": "不符",
    "contradicted": "排除",
    "disagreement": "各说不一",
    "revision": "重述",
    "source_error": "来源错误",
    "not_checkable": "无法核对",
    "problem": "有问题", "ok": "无误",  # validate's
}

# a table's English header -> its Chinese header (headers not listed stay in English)
HEADERS = {
    "member": "成员", "metric": "指标", "unit": "单位", "definition": "定义", "figures": "数字", "periods": "期间",
    "dimensions": "维度", "dimension": "维度", "period": "期间", "period kind": "期间类型", "scope": "范围", "value": "数值",
    "qualifier": "限定", "qual.": "限定", "source": "来源", "locator": "位置", "share": "占比", "share %": "占比 %",
    "change": "变化", "change %": "变化 %", "published": "公布值", "published on": "发布日期", "publ.": "公布值", "preferred": "采用", "pref.": "采用",
    "rank": "排名", "a year before": "上年同期", "status": "状态", "note": "说明", "notes": "说明", "kind": "类型",
    "stage": "阶段", "language": "语言", "lang.": "语言", "publisher": "发布者", "addresses": "网址", "addr.": "网址",
    "address": "网址", "reprint": "转载", "name": "名称", "title": "标题", "field": "字段", "check": "核对", "subject": "内容", "computed": "计算值",
    "comp.": "计算值", "difference": "差值", "diff.": "差值", "printed": "原文", "formula": "公式", "inputs": "输入",
    "versions": "版本数", "vers.": "版本数", "cagr pct": "年均增长 %", "first period": "起始期", "last period": "终止期",
    "years": "年数", "claims": "陈述", "verdict": "结论", "year": "年份", "tables": "表", "from": "自", "to": "至", "to value": "数值",
    "file": "文件", "record": "记录", "key": "键", "found": "发现", "expected": "应为",
}

PERIOD_KINDS = {"year": "年", "half_year": "半年", "quarter": "季度", "fiscal_year": "财年", "year_to_date": "年初至今",
                "cumulative": "累计", "as_of": "时点", "campaign": "专项行动", "span": "时段", "event": "事件"}

ZH_UNITS_OF_TEN = {10**2: "百", 10**3: "千", 10**4: "万", 10**5: "十万", 10**6: "百万", 10**7: "千万", 10**8: "亿", 10**9: "十亿"}

CUSTOMS = "海关"  # a customs district's Chinese name followed by this word names it too (深圳海关)

# The words of tables and notes (ipr_stats.cli), each with the places its figures go
ROUNDED_TO = "{word}到{unit}"  # a qualifier rounded to a unit of ten: 约整到万
REMAINDER_BEYOND = "其他（第{}名之后）"  # an Others row beyond the ranks shown (top -n): polars.format, the rank listed
SAME_ON_EVERY_ROW = "每行相同：{same}"  # the columns whose value is the same on every row, moved below the table
LEFT_OUT = "未显示 {count} 列（{names}）；--format csv 显示全部。"  # the columns a narrow terminal leaves out

# an audit check's kind -> Chinese name
CHECKS = {"rate": "增长率", "share": "占比", "total": "合计", "claim": "陈述", "cross_source": "跨来源", "breakdowns": "分项"}

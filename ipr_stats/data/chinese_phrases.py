"""The tool's own sentences in Chinese: titles, captions, statuses and the fixed parts of errors, each under the
English phrase it translates (ipr_stats.cli.phrases says them; the names of keys are in data/chinese.py)."""

from __future__ import annotations

from ipr_stats.data.chinese_read import READ

# The tool's own words (ipr_stats.cli.phrases): English phrase -> Chinese phrase, with the same fields; the texts
# read back (READ) are said as they are too
PHRASES = {
    **READ,
    # yoy's reasons without fields (analysis.changes)
    "no like period a year before or after has a figure, and no published rate implies one": "上年或下年同期都没有数字，也没有公布的增长率可推算",
    "earlier value implied by the published rate, not published": "上期数值由公布的增长率推算，未公布",
    "n/a: the earlier value is zero": "不适用：上期数值为零",
    # errors (cli.app)
    "Error: {message}": "错误：{message}",
    ".": "。",
    "?": "？",
    "; ": "；",
    ", ": "，",
    "scope {scope}": "范围 {scope}",
    "source {source}": "来源 {source}",
    "{period}: {reason}": "{period}：{reason}",
    " (`{path} --help` lists the options)": "（`{path} --help` 列出选项）",
    " (`{path} --help` lists the commands and options)": "（`{path} --help` 列出命令和选项）",
    "the data has {count} problem(s):\n{lines}{more}": "数据有 {count} 处问题：\n{lines}{more}",
    "\n  ... and {count} more; `ipr-stats validate FILE` lists them all.": "\n  ……另有 {count} 处；`ipr-stats validate FILE` 全部列出。",
    # titles
    "Year-over-year change: {metric} ({scope})": "同比变化：{metric}（{scope}）",
    "Series: {metric}": "时间序列：{metric}",
    "Compound annual growth: {metric}": "年均复合增长：{metric}",
    "Shares of {metric} by {dimension}, {year}": "{year}年{metric}按{dimension}的占比",
    "Citations: {metric}": "出处：{metric}",
    "Published combinations": "已公布的组合",
    "Published figures ({subject})": "已公布的数字（{subject}）",
    "Figures": "数字",
    "Metrics": "指标",
    "Sources": "来源",
    "Source {source}": "来源 {source}",
    "Validation": "校验",
    "{file}: ok, {figures} figures and {claims} claims": "{file}：无误，{figures} 个数字和 {claims} 条陈述",
    "{count} problem(s) found.": "发现 {count} 处问题。",
    "Audit of the published figures": "公布数字的核对",
    "Tables that can be rebuilt": "可重建的表",
    "Compared: {metric}, each administration's own measure": "对比：{metric}，各海关按各自口径",
    # captions shared by several commands (cli.output)
    "{count} row(s) are versions of a figure that several sources publish; preferred: the version other commands use "
    "(docs/methodology.md, Versions).": "{count} 行是多个来源公布的同一数字的不同版本；采用：其他命令所用的版本（docs/methodology.md，Versions）。",
    "{count} figure(s) shown are published by more than one source: the preferred version is shown "
    "(docs/methodology.md, Versions); --all-versions shows every one, --source ID one source's.":
        "所列 {count} 个数字由多个来源公布：显示采用的版本（docs/methodology.md，Versions）；--all-versions 显示全部版本，--source ID 显示一个来源的。",
    "The key {metric} names the figures of {count} administrations, each by its own definition (`ipr-stats metrics`): "
    "{named}.": "键 {metric} 指 {count} 个海关的数字，各按各自的定义（`ipr-stats metrics`）：{named}。",
    "{name} (--scope {scope})": "{name}（--scope {scope}）",
    "{name} (--scope {scope}, shown)": "{name}（--scope {scope}，本表）",
    "{name} (--scope {scope}, charted)": "{name}（--scope {scope}，图中）",
    # yoy (cli.analytics)
    "Each period against the like period a year before. change %: computed, {decimals} decimal shown; published: the "
    "rate as printed.": "每期与上年同期相比。变化 %：计算值，显示 {decimals} 位小数；公布值：原文所印的增长率。",
    "aggregated: a sum of your records; a year counts the rows dated in it, so a year your records do not wholly cover "
    "is partial: compare its half-years (`data` gives each figure's first and last dates).":
        "汇总：您的记录之和；一年计入日期在该年的行，记录未覆盖全年的年份不完整：请比较其半年（`data` 给出每个数字的首末日期）。",
    "implied: the earlier value that the published rate implies; the source does not print it.":
        "推算：公布的增长率所隐含的上期数值；来源未印出该值。",
    "Not compared: {count} figure(s) of {metric} ({reasons}).": "未比较：{metric} 的 {count} 个数字（{reasons}）。",
    "{count} change(s) use a figure that more than one source publishes: each is its preferred version "
    "(docs/methodology.md, Versions); `ipr-stats audit --check cross_source` compares the versions.":
        "{count} 个变化所用的数字由多个来源公布：均取采用的版本（docs/methodology.md，Versions）；"
        "`ipr-stats audit --check cross_source` 比较各版本。",
    "{mark}: a change of an approximate figure (one rounded or implied): approximate too.":
        "{mark}：约数（约整或推算的数字）的变化，也是约数。",
    "The audit's verdict on each printed rate ('verdict' in --format csv): {words}.{counted}":
        "核对对每个公布增长率的结论（--format csv 中的 verdict）：{words}。{counted}",
    " {count} printed rate(s) disagree with the published figures: `ipr-stats audit --check rate` lists them.":
        "{count} 个公布的增长率与公布的数字不符：`ipr-stats audit --check rate` 列出。",
    "'ruled out' (status): published figures rule out the earlier value the rate implies":
        "“排除”（状态）：公布的数字排除了该增长率所隐含的上期数值",
    "'off': the rate does not fit the figures": "“不符”：增长率与数字不符",
    "'restated': a later release restated its base": "“重述”：后来的发布重述了基数",
    "'error': the figure is its source's likely error": "“错误”：该数字很可能是来源本身的错误",
    "{period} ({verdict}): {note}.": "{period}（{verdict}）：{note}。",
    "{period}: {note}; the preferred version, {source}'s, prints no rate.": "{period}：{note}；采用的版本（{source}）未印增长率。",
    "Notes on the series ([n] in the table):": "序列说明（表中的 [n]）：",
    "Notes on the series:": "序列说明：",
    "{scope}: {first} to {last} spans noted periods ({noted}) {marks}. A growth across them may mix a surge or a change "
    "of basis; `ipr-stats series --metric {key}` shows the figures beside their notes.":
        "{scope}：{first} 至 {last} 年跨越有说明的期间（{noted}）{marks}。跨越这些期间的增长可能混有激增或口径变化；"
        "`ipr-stats series --metric {key}` 显示数字及其说明。",
    "{metric}: change on the like period a year before, % (computed)": "{metric}：较上年同期的变化，%（计算值）",
    "cagr_pct = (last / first) ^ (1 / (last_year - first_year)) - 1, computed, {decimals} decimal shown; yearly exact "
    "or rounded figures only; years_published: the years of the span with a figure.":
        "cagr_pct = (末值 / 首值) ^ (1 / (末年 - 首年)) - 1，计算值，显示 {decimals} 位小数；仅用精确或约整的年度数字；"
        "years_published：期间内有数字的年数。",
    "none published": "未公布",
    # statuses and verdicts in cells
    "ruled out": "排除",
    "off": "不符",
    "restated": "重述",
    "error": "错误",
    # top and share (cli.breakdowns)
    "published total ({locator})": "公布的合计（{locator}）",
    "records total ({locator})": "记录的合计（{locator}）",
    "sum of the listed rows (a complete breakdown)": "所列各行之和（完整分项）",
    "no published total, and the listed rows may not be the whole": "没有公布的合计，所列各行也可能不是全部",
    "a ratio has no share": "比率没有占比",
    "Top {dimension} by {metric}, {year}": "{year}年按{metric}排名的{dimension}",
    "Top members of every dimension by {metric}, {year}": "{year}年按{metric}排名的各维度成员",
    "every dimension": "各维度",
    "{metric} by {by}, {year}, as reported ({count}, from {sources}): not a ranking":
        "{year}年按{by}的{metric}，照原文所列（{count} 项，出自 {sources}）：不是排名",
    "Not a ranking": "不是排名",
    "Rows with no rank": "无排名的行",
    "{which}: {sources} reports these members without saying whether the members left out are larger; listed as reported, "
    "largest first (ranking: false in machine formats; `ipr-stats top --help`).":
        "{which}：{sources} 列出这些成员，但未说明未列出的成员是否更大；照原文列出，从大到小（机器格式中 ranking: false；"
        "`ipr-stats top --help`）。",
    "Breakdown from {sources}, the preferred source for it; other sources publish some of these figures too (--source ID "
    "to rank theirs; docs/methodology.md, Versions).":
        "分项出自 {sources}，即其采用的来源；其他来源也公布其中部分数字（--source ID 按其排名；docs/methodology.md，Versions）。",
    "complete": "完整",
    "the largest members only": "仅最大的成员",
    "the largest members and an 'Others' row": "最大的成员和“其他”一行",
    "not marked": "未标明",
    "no published total; shares are of the parts' sum, {parts}": "没有公布的合计；占比按各项之和 {parts} 计算",
    "the parts add up to the published total, {total} ({locator})": "各项之和等于公布的合计 {total}（{locator}）",
    "the parts add up to the records total, {total} ({locator})": "各项之和等于记录的合计 {total}（{locator}）",
    "the parts add up to {parts}, the published total is {total} ({locator}): a difference of {difference}":
        "各项之和为 {parts}，公布的合计为 {total}（{locator}）：相差 {difference}",
    "the parts add up to {parts}, the records total is {total} ({locator}): a difference of {difference}":
        "各项之和为 {parts}，记录的合计为 {total}（{locator}）：相差 {difference}",
    "; also published by {sources} (--source ID to see it)": "；{sources} 也有公布（--source ID 查看）",
    "Breakdown from {source}: {kind}; {adds}{others}.": "分项出自 {source}：{kind}；{adds}{others}。",
    "share %: computed, shown with {decimals} decimal or as many as the printed share has; published: as printed; "
    "difference: computed minus printed, in points; verdict: the audit's, for every printed share (docs/methodology.md, Audit).":
        "占比 %：计算值，显示 {decimals} 位小数或与原文占比相同的位数；公布值：原文所印；差值：计算值减原文，单位为百分点；"
        "结论：核对对每个公布占比的结论（docs/methodology.md，Audit）。",
    " Others: the source's remainder row, not ranked.": "其他：来源的剩余项，不参与排名。",
    "share %: computed, shown with {decimals} decimal or as many as the printed share has, of the {bases}":
        "占比 %：计算值，显示 {decimals} 位小数或与原文占比相同的位数，基数为{bases}",
    "share %: not computed": "占比 %：未计算",
    ", as there is {reason}": "，因为{reason}",
    "; none where there is {reason}": "；{reason}处不计算",
    "{text}; published: the share as printed.": "{text}；公布值：原文所印的占比。",
    "share %: not applicable to a ratio.": "占比 %：比率不适用。",
    " (as reported, not a ranking)": "（照原文所列，不是排名）",
    "Share of {metric} by {dimension}, {year} (%)": "{year}年{metric}按{dimension}的占比（%）",
    "{metric} ({unit}) by {dimension}, {year}": "{year}年{metric}（{unit}）按{dimension}",
    # compare (cli.compare)
    "~ about, > more than, < less than (as printed).": "~ 约，> 多于，< 少于（照原文）。",
    "Each column is its own administration's measure in its own unit: not converted, not comparable as levels. FY: a US "
    "fiscal year, filed under the year it ends (FY2019: October 2018 to September 2019). The EU's joint reports from 2019 "
    "on add internal-market seizures: another scope (`{command}`).":
        "每列是各海关按自身口径和单位的数字：未换算，水平不可比较。FY：美国财年，记在其结束的年份（FY2019：2018年10月至2019年9月）。"
        "欧盟自2019年起的联合报告加入了内部市场的查扣：另一个范围（`{command}`）。",
    "index: the figure as a percentage of the same administration's {year} figure, computed, 1 decimal shown; none for "
    "bounds and approximations.": "指数：该数字占同一海关 {year} 年数字的百分比，计算值，显示 1 位小数；界限和约数不计算。",
    "{administration}: no count of its {metric} for {year} to index to.": "{administration}：{year} 年没有{metric}的计数可作基期。",
    ", FY": "，财年",
    "not indexed: a bound": "不计指数：界限",
    "not indexed: approximate": "不计指数：约数",
    # metrics' definitions as compare shows them
    "Batches (consignments) of suspected infringing goods detained or seized by customs.": "海关扣留或查扣的涉嫌侵权货物批次。",
    "EU detention cases: one case is one detention of one consignment, whatever the number of articles.":
        "欧盟扣留案件：一宗案件是对一批货物的一次扣留，不论物品件数。",
    "CBP and HSI seizures of IPR-infringing goods: one seizure is one enforcement action on one shipment.":
        "CBP 和 HSI 对侵犯知识产权货物的查扣：一次查扣是对一批货物的一次执法行动。",
    "Japan Customs' suspension cases (件数): one case is one suspended import.": "日本海关的中止放行案件（件数）：一宗案件是一次被中止的进口。",
    "Pieces (items, pairs) of suspected infringing goods detained or seized.": "扣留或查扣的涉嫌侵权货物件数（件、双）。",
    "Articles (items) detained: EU customs count each article; Japan Customs counts points (点数). China counts pieces (quantity).":
        "扣留的物品（件）：欧盟海关按物品计；日本海关按点数（点数）计；中国按件数（quantity）计。",
    "Value of the suspected infringing goods detained or seized, in yuan renminbi.": "扣留或查扣的涉嫌侵权货物价值，单位人民币元。",
    "EU: the domestic retail value of the genuine products the detained articles imitate, as estimated by customs, in euros.":
        "欧盟：被扣物品所仿冒正品在当地的零售价值，由海关估算，单位欧元。",
    "United States: the manufacturer's suggested retail price of the seized goods had they been genuine, in US dollars.":
        "美国：被查扣货物若为正品时的制造商建议零售价，单位美元。",
    "Japan: the estimated value of the suspended goods had they been genuine, in yen.": "日本：被中止放行货物若为正品时的估算价值，单位日元。",
    # the other metrics' and the dimensions' definitions (metrics)
    "Customs IPR protection measures taken: suspensions of clearance of suspected infringing goods.":
        "海关采取的知识产权保护措施：对涉嫌侵权货物中止放行。",
    "Cases. China: infringement cases detected or handled by customs. EU: detention cases, one case being a "
    "detention of one consignment, whatever the number of articles. Japan: suspension cases (件数).":
        "案件。中国：海关查获或查处的侵权案件。欧盟：扣留案件，一宗案件即对一批货物的一次扣留，不论物品件数。日本：中止放行案件（件数）。",
    "Intellectual property rights that customs protected in the period.":
        "期内海关保护的知识产权。",
    "IPR customs protection records (recordals) approved or on file.":
        "已核准或在册的知识产权海关保护备案。",
    "IPR recordal filings made with customs in the period.":
        "期内向海关提出的知识产权备案申请。",
    "Applications for IPR customs protection approved in the period.":
        "期内核准的知识产权海关保护申请。",
    "Countries and regions whose trade with China involved the infringing goods.":
        "与中国的贸易涉及侵权货物的国家和地区。",
    "Countries, regions and organisations whose right holders' rights were protected.":
        "其权利人的权利获得保护的国家、地区和组织。",
    "Right holders whose rights customs protected.":
        "权利受到海关保护的权利人。",
    "Enterprises covered by a customs measure (support, cooperation, key protection, benefit).":
        "海关某项措施（帮扶、合作、重点保护、惠及）所涉及的企业。",
    "Countries and regions with whose customs a cooperation mechanism exists.":
        "与其海关建有合作机制的国家和地区。",
    "Cooperation documents signed with other customs administrations.":
        "与其他国家和地区海关签署的合作文件。",
    "Joint enforcement actions carried out with other customs administrations.":
        "与其他国家和地区海关开展的联合执法行动。",
    "Boxes (cartons) of infringing goods seized.":
        "查扣的侵权货物箱数（纸箱）。",
    "Pieces of infringing goods destroyed.":
        "销毁的侵权货物件数。",
    "Samples of seized infringing goods shown in an exhibition.":
        "在展览中展出的被查扣侵权货物样品。",
    "Legal publicity activities organised.":
        "组织开展的普法宣传活动。",
    "Countries and regions from which visitors came.":
        "来访者所来自的国家和地区。",
    "Value of China's total imports and exports, in US dollars.":
        "中国进出口总值，单位美元。",
    "Import and export freight volume supervised by customs.":
        "海关监管的进出口货运量。",
    "Declaration forms reviewed by customs.":
        "海关审核的报关单。",
    "Entry-exit postal parcels and express items inspected and released.":
        "查验放行的进出境邮件和快件。",
    "Entry-exit passengers supervised by customs.":
        "海关监管的出入境旅客。",
    "IPR seizures. United States: seizures of infringing goods by CBP and HSI, a seizure being one enforcement "
    "action on one shipment. China: 'IP-related seizures' as counted by a law firm from customs releases, "
    "basis unstated (kept apart from batches).":
        "知识产权查扣。美国：CBP 和 HSI 对侵权货物的查扣，一次查扣即对一批货物的一次执法行动。中国：一家律师事务所根据海关发布的信息统计的“知识产权相关查扣”，统计口径未说明（与批次分列）。",
    "United States: CBP's seizure lines, each kind of product in a seizure counted apart (a seizure may have "
    "several lines).":
        "美国：CBP 的查扣品项，一次查扣中的每类产品分别计数（一次查扣可有多个品项）。",
    "United States: the domestic value of the seized goods (cost of the goods, shipping and import duties), "
    "the measure of CBP's earlier reports, in US dollars.":
        "美国：被查扣货物的国内价值（货物成本、运费和进口关税），即 CBP 早期报告所用的计量口径，单位美元。",
    "EU: right holders' applications for action (requests that customs watch for their rights) lodged or in "
    "force.":
        "欧盟：权利人已提交或仍有效的执法申请（请求海关对其权利予以关注）。",
    "Postal and express items found to hold infringing goods.":
        "被查出装有侵权货物的邮件和快件。",
    "Pieces in consignments whose clearance customs suspended (protection measures), detained or not.":
        "海关中止放行（保护措施）的各批货物中的件数，无论是否扣留。",
    "Direct economic losses recovered for enterprises (挽回企业直接经济损失), as stated for a campaign.":
        "为企业挽回的直接经济损失（挽回企业直接经济损失），按某一专项行动所公布的数字。",
    "Right holders who filed applications for customs IPR protection recordal in the period.":
        "期内提出知识产权海关保护备案申请的权利人。",
    "Right holders newly registered as users of the customs recordal system in the period (新增知识产权保护备案注册用户).":
        "期内新注册为海关备案系统用户的权利人（新增知识产权保护备案注册用户）。",
    "The customs district (directly-administered customs) that detained the goods.":
        "扣留货物的关区（直属海关）。",
    "The category of the infringing goods.":
        "侵权货物的类别。",
    "How the goods were carried when detained.":
        "货物被扣留时的运输方式。",
    "The kind of intellectual property right infringed.":
        "被侵犯的知识产权的种类。",
    "The country or region of trade with which the goods were detained.":
        "被扣留货物的贸易国别（地区）。",
    "How the detention came about: on a right holder's application or ex officio.":
        "扣留的启动方式：依权利人申请或依职权。",
    "Import or export.":
        "进口或出口。",
    "The country or region of the holder of the protected right.":
        "受保护权利的权利人所属国家或地区。",
    "Whether the right belongs to a domestic (Chinese) enterprise.":
        "该权利是否属于国内（中国）企业。",
    "The customs supervision channel the goods passed through: freight, post, express, cross-border e-commerce "
    "or passengers' luggage.":
        "货物所经的海关监管渠道：货运、邮递、快件、跨境电商或旅客行李物品。",
    # charts (cli.charts)
    "more than (a bound)": "多于（界限）",
    "less than (a bound)": "少于（界限）",
    "about": "约",
    "{marks}, as printed.": "{marks}，照原文。",
    "yearly": "年度",
    "fiscal-year": "财年",
    "half-yearly": "半年度",
    "quarterly": "季度",
    "year-to-date": "年初至今",
    "(No yearly, half-yearly or quarterly figures to chart; the table lists what exists.)": "（没有年度、半年度或季度数字可画图；表中列出现有的数字。）",
    "; {kinds} with --period-kind": "；{kinds} 用 --period-kind",
    "{metric} ({unit}), {subject}: {kind} figures": "{metric}（{unit}），{subject}：{kind}数字",
    "no figure": "无数字",
    # the catalogue commands (cli.catalog)
    "{scope}: {count} figure(s) (--scope {key})": "{scope}：{count} 个数字（--scope {key}）",
    "Other scopes have matching figures, not shown: {listed}.": "其他范围也有符合的数字，未显示：{listed}。",
    "reprint: the address is a reprint or mirror on another site than the publisher's own; `ipr-stats sources ID` lists "
    "every address of a source.": "转载：该网址是发布者自有网站以外的转载或镜像；`ipr-stats sources ID` 列出来源的全部网址。",
    "error: the version is most likely its source's own error; it is never the preferred one.": "错误：该版本很可能是来源本身的错误；从不采用。",
    "yes, a reprint or mirror": "是，转载或镜像",
    "no": "否",
    "Not listed means not published, never zero.": "未列出表示未公布，而不是零。",
    ", by {dimension}": "，按{dimension}",
    "Each cell: how many sources publish the figure; -: none does (not published, never zero). `ipr-stats series --metric "
    "M` gives the figures, `ipr-stats audit --check cross_source` compares versions.":
        "每格：公布该数字的来源数；-：没有来源公布（未公布，而不是零）。`ipr-stats series --metric M` 给出数字，"
        "`ipr-stats audit --check cross_source` 比较各版本。",
    "Share and change as published.": "占比和变化照原文。",
    "Share and change as published. Period kinds, dates, notes, printed forms and addresses: --format csv or json.":
        "占比和变化照原文。期间类型、日期、说明、原文写法和网址：--format csv 或 json。",
    "metric: the key --metric takes (a name or alias is understood too).": "指标：--metric 所用的键（名称或别名也可识别）。",
    "kind: official (the customs' own text), news, summary, aggregator. preferred: how many of the source's figures are "
    "the version the queries use (docs/methodology.md, Versions).":
        "类型：官方（海关本身的文本）、新闻、摘要、汇编。采用：该来源有多少数字是查询所用的版本（docs/methodology.md，Versions）。",
    # what a path names (data.paths)
    "a named pipe (FIFO)": "命名管道（FIFO）", "a socket": "套接字",
    # chart images (cli.images)
    "as printed": "按原文",
    "Sources: {sources} (`ipr-stats cite` gives each figure's).": "来源：{sources}（`ipr-stats cite` 给出每个数字的来源）。",
    "Drawn by ipr-stats.": "由 ipr-stats 绘制。",
    # the report (cli.report)
    "The national series": "全国序列",
    "Year-over-year change": "同比变化",
    "The administrations side by side": "各海关对照",
    "The latest year's breakdowns": "最近一年的分项",
    "What the audit found across releases": "审核在各次发布之间的发现",
    "Coverage": "覆盖范围",
    "Writing the report": "正在写报告",
    "Each figure with its source and locator": "每个数字及其来源和位置",
    "No national breakdown of {metric} was published in these years.": "这些年份没有公布{metric}的全国分项。",
    "IPR enforcement statistics: {metric}": "知识产权执法统计：{metric}",
    "Every figure is one a source published, or computed from such figures by a rule docs/methodology.md gives; each table names "
    "its source and locator, and `ipr-stats cite` gives the citation in full.":
        "每个数字都是某一来源公布的，或按 docs/methodology.md 给出的规则由这些数字计算而来；每张表都注明来源和位置，"
        "`ipr-stats cite` 给出完整的引用。",
    "Written by ipr-stats {version} on {day}.": "由 ipr-stats {version} 于 {day} 写成。",
    # export (cli.export)
    "{figures} figures, {claims} claims, {sources} sources and {notes} notes": "{figures} 个数字、{claims} 条陈述、{sources} 个来源和 {notes} 条注释",
    "Wrote {counts} to {path}.": "已将 {counts} 写入 {path}。",
    # audit and table (cli.audit)
    "{count} checks: {consistent} consistent, {discrepancy} discrepancies, {contradicted} contradicted rates, {disagreement} "
    "disagreements between releases, {revision} revisions, {source_error} likely errors of a source, {not_checkable} not checkable.":
        "共 {count} 项核对：{consistent} 项相符，{discrepancy} 项不符，{contradicted} 个增长率被排除，{disagreement} 项各次发布不一致，"
        "{revision} 项重述，{source_error} 项很可能是来源错误，{not_checkable} 项无法核对。",
    "Rule: {rule}": "规则：{rule}",
    "A published figure with k decimals is consistent when it lies within half a unit of its last digit of the computed one "
    "(0.05 for '49.3%'), or, for China Customs, which truncates, up to a whole unit below it; a bound must hold; "
    "'about'/'almost' allow 10%.":
        "有 k 位小数的公布数字与计算值相差不超过其末位的半个单位（'49.3%' 为 0.05）即为相符；中国海关采用截尾，"
        "可低至一个整单位；界限必须成立；“约”“近”允许 10%。",
    "printed: as the source printed it; computed: recomputed from the figures, shown with 1 decimal or as many as the "
    "printed figure has; verdict: the audit's on the printed one.":
        "原文：来源所印；计算值：由数字重新计算，显示 1 位小数或与原文相同的位数；结论：核对对原文数字的结论。",
    "{locator} of {title} ({source})": "重建的表：{source} 的 {locator}，{title}",
    ", {dimension} = {member} only": "，仅 {dimension} = {member}",
    "Restricted to {dimension}: {member} (--dim {key} --member {member_key}): every figure of this table counts that member "
    "only, not the whole.": "仅限{dimension}：{member}（--dim {key} --member {member_key}）：本表每个数字只计该成员，不是全部。",
    "rate printed": "增长率原文",
    "rate computed": "增长率计算值",
    "verdict": "结论",
    "share printed": "占比原文",
    "share computed": "占比计算值",
}

"""The tool's own sentences in Chinese: titles, captions, statuses and the fixed parts of errors, each under the
English phrase it translates (ipr_stats.cli.phrases says them; the names of keys are in data/chinese.py)."""

from __future__ import annotations

# Texts written elsewhere, read back by translated() (ipr_stats.cli.phrases): the library's (ipr_stats.analysis,
# its errors' messages) and click's usage messages. English form -> Chinese form, with the same fields; a field is any
# text, itself read back in turn.
READ = {
    # the reasons yoy leaves a figure out (analysis.changes)
    "{kind} period: a running total, stock, campaign or event has no like period to follow":
        "{kind}期间：累计、存量、专项行动或事件没有可比的上年同期",
    "the figure is {qualifier}: a bound or an approximation, not a count to subtract": "该数字为{qualifier}：是界限或约数，不是可相减的计数",
    "earlier value implied by the rate {source} ({locator}) prints, not published": "上期数值由 {source}（{locator}）所印的增长率推算，未公布",
    # the bases of a share (analysis.breakdowns)
    # the audit's subjects and notes (analysis.audit, analysis.rates, analysis.judging, analysis.evidence)
    "change of {label} on the year before": "{label} 较上年的变化",
    "change of {label} on the year before ({before} -> {after})": "{label} 较上年的变化（{before} -> {after}）",
    "share of {label}": "{label} 的占比",
    "share of {label} ({part} of {total}, {locator})": "{label} 的占比（{total} 中的 {part}，{locator}）",
    "{metric} {period} by {dimension}: sum of {count} rows": "{period} {metric} 按 {dimension}：{count} 行之和",
    "{metric} {period} by {dimension}: sum of {count} rows against the total ({locator})":
        "{period} {metric} 按 {dimension}：{count} 行之和与合计（{locator}）相比",
    "{claim} claimed for {label}": "所称 {label} 的{claim}",
    "{claim} claimed for {label} ({part} of {total})": "所称 {label} 的{claim}（{total} 中的 {part}）",
    "{claim} claimed for {label} ({first} in {first_year} to {last} in {last_year}, compound)":
        "所称 {label} 的{claim}（{first_year} 年 {first} 至 {last_year} 年 {last}，复合）",
    "share": "占比",
    "growth": "增长",
    "average growth": "平均增长",
    "{label}: {other} ({source}, {locator}) against the preferred {chosen} ({chosen_source}, {chosen_locator})":
        "{label}：{other}（{source}，{locator}）与采用的 {chosen}（{chosen_source}，{chosen_locator}）相比",
    "national {metric} {period} implied by {label} at {share}": "由 {label} 的 {share} 推算的 {period} 全国{metric}",
    "national {metric} {period} implied by {label} at {share}, against {other} ({source})":
        "由 {label} 的 {share} 推算的 {period} 全国{metric}，与 {other}（{source}）相比",
    "{metric} {period}: sum by {first} ({locator}) against sum by {second}":
        "{period} {metric}：按 {first} 之和（{locator}）与按 {second} 之和相比",
    "its figures are not all published": "其数字并未全部公布",
    "no published total in this source": "本来源没有公布的合计",
    "the text gives no yearly figures to grow between": "原文没有可计算增长的年度数字",
    "the share is of a total no source here publishes": "该占比所依据的合计，这里没有来源公布",
    "the largest members only: their sum may not exceed the total": "只列最大的几项：其和不得超过合计",
    "the final release changed the figure of the preliminary one": "最终发布改动了初步发布的数字",
    "the earlier figure is not published": "上期数字未公布",
    "the earlier figure is zero": "上期数字为零",
    "nothing to compute it from": "没有可据以计算的数字",
    "the published figure is a lower bound": "公布的数字是下限",
    "the published figure is an upper bound": "公布的数字是上限",
    "earlier figure from {source} ({locator})": "上期数字来自 {source}（{locator}）",
    "figures from {sources}": "数字来自 {sources}",
    "the earlier figure is not published ({said})": "上期数字未公布（{said}）",
    "the rate implies {range} for {period}": "该增长率意味着 {period} 为 {range}",
    "{said}, which fits what is published around it ({fits})": "{said}，与前后公布的数字相符（{fits}）",
    "{said}; {cited} rules that out: as far as the evidence goes, {source} counts on another basis than {other}":
        "{said}；{cited} 排除了这一点：就现有证据而言，{source} 的统计口径与 {other} 不同",
    "{said}; {cited}, a period that encloses it rules that out: as far as the evidence goes, {source} counts on another "
    "basis than {other}": "{said}；{cited}（包含该期间的期间）排除了这一点：就现有证据而言，{source} 的统计口径与 {other} 不同",
    "{said}; {cited}, a period inside it rules that out: as far as the evidence goes, {source} counts on another basis "
    "than {other}": "{said}；{cited}（该期间内的期间）排除了这一点：就现有证据而言，{source} 的统计口径与 {other} 不同",
    "the rate implies {range} for {period}, where {source} ({locator}) printed {shown}: the later release restated the base":
        "该增长率意味着 {period} 为 {range}，而 {source}（{locator}）印的是 {shown}：后来的发布重述了基数",
    "{shown} for {period} ({source}, {locator})": "{period} 为 {shown}（{source}，{locator}）",
    "the figure is its source's likely error: {error}": "该数字很可能是来源本身的错误：{error}",
    "the source's likely error, kept as printed: {error}": "来源很可能的错误，按原文保留：{error}",
    "consistent with the sum of the table's parts ({sum}) instead of the total": "与表中各项之和（{sum}）相符，而非与合计相符",
    "{printed} is not a percentage": "{printed} 不是百分比",
    "the bound is < {number}{widened}": "界限为 < {number}{widened}",
    "the bound is > {number}{widened}": "界限为 > {number}{widened}",
    "stated as approximate: within {within} of {number}{widened}": "原文为约数：在 {number} 的 {within} 以内{widened}",
    "off by {diff} points; {printed}, rounded or truncated, allows {range}{widened}":
        "相差 {diff} 个百分点；{printed} 经约整或截断，允许 {range}{widened}",
    "off by {diff} points; at most {most} allowed{widened}": "相差 {diff} 个百分点；最多允许 {most}{widened}",
    "the rounding of the figures allows {range}": "数字的约整允许 {range}",
    "approximate: within {within}": "约数：在 {within} 以内",
    "off by {diff}; at most {most} allowed": "相差 {diff}；最多允许 {most}",
    "off by {diff}": "相差 {diff}",
    "the figures allow {range}, the published one {published}": "数字允许 {range}，公布的允许 {published}",
    "{first} allows {range}, {second} {second_range}": "{first} 允许 {range}，{second} 允许 {second_range}",
    "implies about {value}; no source here publishes the national figure for {period}": "推算约为 {value}；这里没有来源公布 {period} 的全国数字",
    "the printed figures allow {range}": "所印的数字允许 {range}",
    "{low} or more": "{low} 或以上",
    "{high} or less": "{high} 或以下",
    "{low} to {high}": "{low} 至 {high}",
    "{first}; {rest}": "{first}；{rest}",
    # validate's problems (errors.Problem, data.model, data.dataset, records)
    "{file}: {record} ({key}): field {field}: found {found}; expected {expected}.":
        "{file}：{record}（{key}）：字段 {field}：发现 {found}；应为 {expected}。",
    "{file}: {record}: field {field}: found {found}; expected {expected}.": "{file}：{record}：字段 {field}：发现 {found}；应为 {expected}。",
    "one of the {name}: {choices}": "{name}之一：{choices}",
    "one of the {name} (did you mean {other}?): {choices}": "{name}之一（是否要用 {other}？）：{choices}",
    "one of {choices}": "{choices} 之一",
    "a readable file": "可读的文件",
    "a YAML file or a folder of them": "YAML 文件或存放 YAML 文件的文件夹",
    "a 'source' block and a 'records' list": "一个 'source' 块和一个 'records' 列表",
    "a mapping with 'source' and 'records'": "含 'source' 和 'records' 的映射",
    "a non-empty list of records": "非空的记录列表",
    "a mapping of record fields": "记录字段的映射",
    "an id no other dataset file uses": "其他数据集文件未用过的 id",
    "one of the source's addresses": "该来源的网址之一",
    "a CSV or Parquet file": "CSV 或 Parquet 文件",
    "a .csv or .parquet file": ".csv 或 .parquet 文件",
    "a metric key (ipr-stats metrics)": "指标键（ipr-stats metrics）",
    "an empty file": "空文件",
    "no value": "没有值",
    "no such file": "没有这个文件",
    "no such file or folder": "没有这个文件或文件夹",
    "a symbolic link to nothing (its target is gone)": "指向不存在目标的符号链接（目标已不在）",
    "a folder with no .yaml or .yml file": "没有 .yaml 或 .yml 文件的文件夹",
    "an address given twice": "一个网址出现了两次",
    "an alias ({alias})": "别名（{alias}）",
    "the key {key} a second time in one mapping": "同一映射中第二次出现键 {key}",
    "undecodable bytes ({reason})": "无法解码的字节（{reason}）",
    "a tag that builds an object": "会构造对象的标签",
    "an integer of more than 4,300 digits": "超过 4,300 位的整数",
    "a metric key": "指标键",
    "a period label": "期间标签",
    "a period kind the label allows": "该标签允许的期间类型",
    "a scope key (default national)": "范围键（默认 national）",
    "a dimension key, with member": "维度键，与 member 同用",
    "a member key or alias, with dimension": "成员键或别名，与 dimension 同用",
    "a number (or 'claim' for a statement without one)": "数字（无数值的陈述则用 'claim'）",
    "a number such as 11135 or 49224552.93, without separators or units": "数字，如 11135 或 49224552.93，不带分隔符或单位",
    "a count or amount, not negative": "计数或金额，不为负",
    "a number up to {limit} (2^53), the largest held exactly: larger ones would be rounded":
        "不超过 {limit}（2^53）的数字，这是能精确保存的最大值：更大的会被舍入",
    "a precision (such as 10000) with qualifier rounded, and only then": "精度（如 10000），仅在 qualifier 为 rounded 时给出",
    "a positive number, the unit of the last printed digit": "正数，即所印最后一位数字的单位",
    "a whole number of decimal places from 0 to 6": "0 到 6 之间的整数小数位数",
    "a percentage as printed, like '8%', '+54.6%', 'Less than 1%' or 'exceeding 99%'":
        "按原文的百分比，如 '8%'、'+54.6%'、'Less than 1%' 或 'exceeding 99%'",
    "a date as text: \"2019-04-23\", \"2019-04\" or \"2019\"": "文本形式的日期：\"2019-04-23\"、\"2019-04\" 或 \"2019\"",
    "a list of the pages where the source was read": "读取该来源的网页列表",
    "each address once": "每个网址只出现一次",
    "a web address (http:// or https://) of the characters an address may hold (others percent-encoded, as %E6%B5%B7), or a "
    "mapping {url: ..., note: ...}": "由网址可用字符组成的网址（http:// 或 https://；其他字符用百分号编码，如 %E6%B5%B7），"
    "或映射 {url: ..., note: ...}",
    "text": "文本",
    "UTF-8 text": "UTF-8 文本",
    "each key once (the second would silently replace the first)": "每个键只出现一次（第二个会悄悄取代第一个）",
    "each value written out: anchors and aliases are not allowed": "每个值都写出来：不允许锚点和别名",
    "plain YAML: mappings, lists, text and numbers": "普通 YAML：映射、列表、文本和数字",
    "plain YAML: mappings, lists, text and numbers (tags such as !!python/... are not allowed)":
        "普通 YAML：映射、列表、文本和数字（不允许 !!python/... 之类的标签）",
    "numbers and text of ordinary size (a figure is at most 2^53)": "大小正常的数字和文本（数字最大为 2^53）",
    "a key as text, such as 'seizures' or 'eu'": "文本形式的键，如 'seizures' 或 'eu'",
    "a scope key (ipr-stats coverage --list)": "范围键（ipr-stats coverage --list）",
    # click's usage messages
    "Invalid value for {param}: {message}": "{param} 的值无效：{message}",
    "Invalid value: {message}": "值无效：{message}",
    "Missing option {param}.": "缺少选项 {param}。",
    "Missing argument {param}.": "缺少参数 {param}。",
    "Missing command.": "缺少命令。",
    "No such option {name}.": "没有选项 {name}。",
    "No such option {name}. Did you mean {other}?": "没有选项 {name}。是否要用 {other}？",
    "No such option {name}. (Did you mean one of: {others}?)": "没有选项 {name}。（是否要用其中之一：{others}？）",
    "Option {name} requires an argument.": "选项 {name} 需要一个值。",
    "Option {name} does not take a value.": "选项 {name} 不接受值。",
    "{value} is not one of {choices}.": "{value} 不是 {choices} 之一。",
    "{value} is not {choice}.": "{value} 不是 {choice}。",
    "{value} is not a valid integer.": "{value} 不是有效的整数。",
    "{value} is not a valid float.": "{value} 不是有效的数字。",
    "{value} is not in the range {range}.": "{value} 不在范围 {range} 内。",
    "{kind} {path} does not exist.": "{kind} {path} 不存在。",
    "{kind} {path} is a directory.": "{kind} {path} 是目录。",
    "{kind} {path} is a file.": "{kind} {path} 是文件。",
    "{kind} {path} is not readable.": "{kind} {path} 不可读。",
    "Got unexpected extra argument ({args})": "多出了参数（{args}）",
    "Got unexpected extra arguments ({args})": "多出了参数（{args}）",
    "No such command {name}.{hint}": "没有命令 {name}。{hint}",
    # the command line's own (cli)
    "Option {name} requires a value; it is an option of ipr-stats itself ({example})":
        "选项 {name} 需要一个值；它是 ipr-stats 本身的选项（{example}）",
    "no column {names} in this output.{hint} Its columns: {columns}": "本输出没有列 {names}。{hint}其列为：{columns}",
    "found {value}; expected column names separated by commas (--columns period,value,source)":
        "发现 {value}；应为以逗号分隔的列名（--columns period,value,source）",
    "--chart draws for people; it cannot go with --format {format}. Drop one of the two.":
        "--chart 是画给人看的；不能与 --format {format} 同用。请去掉其中一个。",
    "--cagr grows between the first and last years of each series; it takes no --from or --to. Drop one of the two.":
        "--cagr 计算每个序列首末两年之间的增长；不接受 --from 或 --to。请去掉其中一个。",
    "no .yaml or .yml files there.": "那里没有 .yaml 或 .yml 文件。",
    "Name a table (e.g. `ipr-stats table 5`), or list them with --list.": "请指明一张表（例如 `ipr-stats table 5`），或用 --list 列出。",
    "No {metric} figures ({where}): {there}.": "没有{metric}数字（{where}）：{there}。",
    "{source} prints none": "{source} 未印出",
    "No comparable pair of periods for {metric} (scope {scope}). {reasons}.": "{metric}没有可比的一对期间（范围 {scope}）。{reasons}。",
    "No comparable pair of periods for {metric} (scope {scope}, {dimension}). {reasons}.":
        "{metric}没有可比的一对期间（范围 {scope}，{dimension}）。{reasons}。",
    "No series of {metric} has two or more yearly figures to grow between.": "{metric}没有一个序列有两个或以上的年度数字可计算增长。",
    "No {metric} figures with these options: {there}; `ipr-stats coverage --metric {key}` shows what was published.":
        "按这些选项没有{metric}数字：{there}；`ipr-stats coverage --metric {key}` 显示已公布的内容。",
    "No {kind} figures of scope {scope}; `ipr-stats coverage --list` lists every published combination.":
        "范围 {scope} 没有{kind}数字；`ipr-stats coverage --list` 列出每个已公布的组合。",
    "No {kind} figures of scope {scope} by {dimension}; `ipr-stats coverage --list` lists every published combination.":
        "范围 {scope} 没有按{dimension}的{kind}数字；`ipr-stats coverage --list` 列出每个已公布的组合。",
    "No administration has a count of its {metric} counterpart for {year} to index to; years with figures: {years}.":
        "没有一个海关有 {year} 年{metric}对应指标的计数可作基期；有数字的年份：{years}。",
    # the library's errors (analysis, data); a field named key* is a key as the command line takes it, never renamed
    "Unknown {what} {name}.{hint} Valid {what}s: {valid}.": "未知的{what} {name}。{hint}有效的{what}：{valid}。",
    "Unknown {what} {name} of dimension {dimension}.{hint} Valid {what}s of dimension {dimension}: {valid}.":
        "未知的{what} {name}（维度 {dimension}）。{hint}维度 {dimension} 的有效{what}：{valid}。",
    " Did you mean {other}?": "是否要用 {other}？",
    " Defined with the word {word}: {keys}.": "定义中含有 {word} 一词的：{keys}。",
    "{count} in all; `ipr-stats {command}` lists them": "共 {count} 个；`ipr-stats {command}` 全部列出",
    "{names}, … ({count} in all)": "{names}，……（共 {count} 个）",
    "metric": "指标",
    "comparable metric": "可比指标",
    "ratio": "比率",
    "dimension": "维度",
    "member": "成员",
    "scope": "范围",
    "source": "来源",
    "check": "核对项",
    "period kind": "期间类型",
    "Path": "路径",
    "File": "文件",
    "Directory": "目录",
    "--member needs --dim: name the dimension the member belongs to.": "--member 需要 --dim：请指明该成员所属的维度。",
    "The matrix counts one figure a cell: give --member with --dim {key}, or list every member's combinations with "
    "`ipr-stats coverage --list`.": "矩阵每格计一个数字：请随 --dim {key} 给出 --member，或用 `ipr-stats coverage --list` 列出每个成员的组合。",
    "{name} is a ratio: it has no {what}.": "{name} 是比率：它没有{what}。",
    "share of a total. Rank it with `ipr-stats top --by {key}`": "合计中的占比。请用 `ipr-stats top --by {key}` 排名",
    "row in the tidy view: `ipr-stats series --metric {key}` computes it": "整理视图中的行：`ipr-stats series --metric {key}` 计算它",
    "published figures to count: `ipr-stats series --metric {key}` computes it": "可计数的公布数字：`ipr-stats series --metric {key}` 计算它",
    "The years run backwards: from {start} to {end}. Give the earlier year first.": "年份顺序颠倒：从 {start} 到 {end}。请先给较早的年份。",
    "No figures in the years asked ({asked}); years with figures: {years}.": "所问的年份（{asked}）没有数字；有数字的年份：{years}。",
    "from {start} to {end}": "{start} 至 {end}",
    "from {start}": "{start} 起",
    "to {end}": "至 {end}",
    "the year {year}": "{year} 年",
    "No {metric} figures by {dimension} for {period} (scope {scope}). Years that have them: {years}.":
        "{period}没有按{dimension}的{metric}数字（范围 {scope}）。有数字的年份：{years}。",
    "No {metric} figures for {period} (scope {scope}). Years that have them: {years}.":
        "{period}没有{metric}数字（范围 {scope}）。有数字的年份：{years}。",
    "No breakdown of {metric} by {dimension} for {period}. Dimensions that have one: {dimensions}.":
        "{period}没有{metric}按{dimension}的分项。有分项的维度：{dimensions}。",
    "No figures for the year {year} with these filters. Years that have them: {years}.": "按这些条件 {year} 年没有数字。有数字的年份：{years}。",
    "No {metric} figure of scope {scope} matches; scopes that have one: {scopes} (--scope KEY).":
        "范围 {scope} 没有相符的{metric}数字；有数字的范围：{scopes}（--scope KEY）。",
    "No {metric} figure matches; `ipr-stats coverage` shows what was published.": "没有相符的{metric}数字；`ipr-stats coverage` 显示已公布的内容。",
    "No {metric} figure for the period {period}; `ipr-stats series --metric {key}` lists the periods that have one.":
        "期间 {period} 没有{metric}数字；`ipr-stats series --metric {key}` 列出有数字的期间。",
    "Invalid period {text}: expected {expected}.": "期间 {text} 无效：应为{expected}。",
    "a period label: a year (2008), a half-year (2019-H1), a quarter (2019-Q1), a US fiscal year (FY2019), a date "
    "(2018-07, 1994-09-06), '@DATE' (as of), '..DATE' (up to) or 'START..END'":
        "期间标签：年（2008）、半年（2019-H1）、季度（2019-Q1）、美国财年（FY2019）、日期（2018-07、1994-09-06）、"
        "'@DATE'（截至某日）、'..DATE'（至某日）或 'START..END'",
    "No table {name}.{hint} Tables that can be rebuilt: {tables} (`ipr-stats table --list`).":
        "没有表 {name}。{hint}可重建的表：{tables}（`ipr-stats table --list`）。",
    "No table {name} in {source}.{hint} Tables that can be rebuilt: {tables} (`ipr-stats table --list`).":
        "{source} 中没有表 {name}。{hint}可重建的表：{tables}（`ipr-stats table --list`）。",
    "{locator} exists in several sources ({sources}); choose one with --source.": "{locator} 见于多个来源（{sources}）；请用 --source 选一个。",
    "{metric} in scope {scope} are by {kinds} (--period-kind {key})": "范围 {scope} 的{metric}按{kinds}计（--period-kind {key}）",
    "{metric} are by {kinds} (--period-kind {key})": "{metric}按{kinds}计（--period-kind {key}）",
    "no figure of {metric} is loaded": "未载入{metric}的数字",
    "no figures are loaded (--no-bundled leaves the --data and --records files alone; give one)":
        "未载入任何数字（--no-bundled 只留下 --data 和 --records 文件；请给出一个）",
    "scope {scope} has no {metric}; its counterpart there is {other} (--metric {key})":
        "范围 {scope} 没有{metric}；那里的对应指标是{other}（--metric {key}）",
    "scope {scope} has no {metric}; its metrics: {metrics}": "范围 {scope} 没有{metric}；它的指标：{metrics}",
    "{metric} figures are in the scopes {scopes} (--scope {key})": "{metric}数字在以下范围：{scopes}（--scope {key}）",
    # sql's refusals (analysis.sql, analysis.bounded)
    "The tables are 'figures' (the preferred versions) and 'all_figures' (every version); their columns are those of "
    "`ipr-stats data --format csv`.": "表为 'figures'（采用的版本）和 'all_figures'（所有版本）；其列与 `ipr-stats data --format csv` 的相同。",
    "Only SELECT queries (or WITH ... SELECT) are run: the dataset is read-only. Example: `SELECT period, value FROM "
    "figures WHERE metric = 'batches'`.": "只运行 SELECT 查询（或 WITH ... SELECT）：数据集是只读的。例如：`SELECT period, value "
    "FROM figures WHERE metric = 'batches'`。",
    "Only SELECT queries are run: the dataset is read-only, and nothing is written.": "只运行 SELECT 查询：数据集是只读的，不写入任何内容。",
    "The SQL query failed: it reads from {name}, and `sql` reads the dataset's tables and nothing else. {tables}":
        "SQL 查询失败：它读取 {name}，而 `sql` 只读数据集的表。{tables}",
    "The SQL query failed: it could not be read ({reason}). {tables}": "SQL 查询失败：无法读取（{reason}）。{tables}",
    "The SQL query failed: it could not be parsed ({reason}). {tables}": "SQL 查询失败：无法解析（{reason}）。{tables}",
    "The SQL query failed: {reason}. {tables}": "SQL 查询失败：{reason}。{tables}",
    "The SQL query failed: {reason}.": "SQL 查询失败：{reason}。",
    "The SQL query is {count} characters long; at most {most} are run. Split it, or filter the rows with "
    "`ipr-stats data --format csv` and a tool of your own.":
        "SQL 查询长 {count} 个字符；最多运行 {most} 个。请拆分，或用 `ipr-stats data --format csv` 和自己的工具筛选各行。",
    "The SQL query has {count} words, numbers and operators; at most {most} are run. Shorten it (an IN (...) list or a "
    "CASE can often replace a long chain of OR or +).":
        "SQL 查询有 {count} 个词、数字和运算符；最多运行 {most} 个。请缩短（IN (...) 列表或 CASE 常可代替一长串 OR 或 +）。",
    "The SQL query nests parentheses {depth} deep; at most {most} levels are run.": "SQL 查询的括号嵌套 {depth} 层；最多运行 {most} 层。",
    "The SQL query holds {text}, which `sql` does not run: write text as 'text' and names as \"name\" (or bare). {tables}":
        "SQL 查询含有 {text}，`sql` 不运行它：文本写作 'text'，名称写作 \"name\"（或不加引号）。{tables}",
    "The SQL query holds {count} statements; `sql` runs one SELECT at a time.": "SQL 查询含有 {count} 条语句；`sql` 一次只运行一条 SELECT。",
    "The SQL query is recursive (WITH RECURSIVE); `sql` runs queries that end: write the steps out, or group the figures "
    "with GROUP BY.": "SQL 查询是递归的（WITH RECURSIVE）；`sql` 只运行会结束的查询：请把各步写出，或用 GROUP BY 分组。",
    "The SQL query calls {name}(), which `sql` does not run: it reads the dataset and nothing else, and runs aggregates "
    "(count, sum, avg, min, max ...), window functions, arithmetic, text and date functions (docs/security.md lists them).":
        "SQL 查询调用了 {name}()，`sql` 不运行它：它只读数据集，运行聚合（count、sum、avg、min、max ……）、窗口函数、算术、"
        "文本和日期函数（docs/security.md 列出）。",
    "The SQL query asks {name}() for text {count} characters long; at most {most} are made.":
        "SQL 查询要求 {name}() 生成长 {count} 个字符的文本；最多生成 {most} 个。",
    "The SQL query ran for more than {seconds} seconds and was stopped. Ask for less: filter the rows with WHERE, join on "
    "a condition, add a LIMIT.": "SQL 查询运行超过 {seconds} 秒，已被停止。请少要一些：用 WHERE 筛选各行，按条件连接，加上 LIMIT。",
    "The SQL query could not be run: the engine's process did not start ({reason}).": "SQL 查询无法运行：引擎进程未能启动（{reason}）。",
    "The SQL query could not be computed: the engine {how}, most likely asking for more than the {memory} GiB of memory "
    "allowed. Ask for less: shorter texts, fewer rows, a join on a condition.":
        "SQL 查询无法计算：引擎{how}，很可能要求的内存超过允许的 {memory} GiB。请少要一些：更短的文本、更少的行、按条件连接。",
    "was stopped by signal {signal}": "被信号 {signal} 停止",
    "ended with code {code}": "以代码 {code} 结束",
}

# The tool's own words (ipr_stats.cli.phrases): English phrase -> Chinese phrase, with the same fields
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
    "Share and change as published. Period kinds, dates, notes, printed forms and addresses: --format csv or json.":
        "占比和变化照原文。期间类型、日期、说明、原文写法和网址：--format csv 或 json。",
    "metric: the key --metric takes (a name or alias is understood too).": "指标：--metric 所用的键（名称或别名也可识别）。",
    "kind: official (the customs' own text), news, summary, aggregator. preferred: how many of the source's figures are "
    "the version the queries use (docs/methodology.md, Versions).":
        "类型：官方（海关本身的文本）、新闻、摘要、汇编。采用：该来源有多少数字是查询所用的版本（docs/methodology.md，Versions）。",
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

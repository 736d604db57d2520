"""The texts other code writes, in Chinese: the library's messages (ipr_stats.analysis, the errors, validate's
problems) and click's usage messages, each under its English form; ipr_stats.cli.phrases.translated() reads a text back
against them. The tool's own phrases are in data/chinese_phrases.py, the names of keys in data/chinese.py."""

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
    "sheet {key_sheet}, row {number}": "工作表 {key_sheet} 第 {number} 行",
    "one of its sheets: {key_sheets}": "其工作表之一：{key_sheets}",
    "a workbook that cannot be read ({reason})": "无法读取的工作簿（{reason}）",
    "an .xlsx workbook with a header row on its first sheet (or the sheet --sheet names)":
        "第一个工作表（或 --sheet 指定的工作表）有表头行的 .xlsx 工作簿",
    "a CSV, Parquet or Excel (.xlsx) file": "CSV、Parquet 或 Excel（.xlsx）文件",
    "a .csv, .parquet or .xlsx file": ".csv、.parquet 或 .xlsx 文件",
    "a CSV, Parquet or Excel (.xlsx) file, a folder or a glob": "CSV、Parquet 或 Excel（.xlsx）文件、文件夹或通配符",
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
    "--cagr gives one growth a series, which --chart does not draw. Drop one of the two.":
        "--cagr 给出每个序列一个增长率，--chart 不画这个。请去掉其中一个。",
    "--cagr grows between the first and last years of each series; it takes no --from or --to. Drop one of the two.":
        "--cagr 计算每个序列首末两年之间的增长；不接受 --from 或 --to。请去掉其中一个。",
    # --output and --bom (cli.destination, cli.output, cli.workbook)
    "the path {key_path} is a folder; expected the name of a file in it, such as {key_example}":
        "路径 {key_path} 是一个文件夹；应为其中一个文件的名称，例如 {key_example}",
    "the folder of {key_path} does not exist; expected a file in a folder that does": "{key_path} 所在的文件夹不存在；应为已有文件夹中的文件",
    "the file {key_path} cannot be written (permission denied); expected a file you can write": "文件 {key_path} 无法写入（权限不足）；应为你能写入的文件",
    "--bom begins a csv or tsv file; this output is {key_format}. Drop --bom, or write csv (--format csv, or -o FILE.csv).":
        "--bom 用于 csv 或 tsv 文件的开头；本输出为 {key_format}。请去掉 --bom，或写成 csv（--format csv，或 -o FILE.csv）。",
    "a workbook is not for a terminal; write it to a file: -o FILE.xlsx": "工作簿不能写到终端；请写入文件：-o FILE.xlsx",
    "could not write {key_path}: {reason}. Expected a file in a folder you can write to, on a disk with room.":
        "无法写入 {key_path}：{reason}。应为可写文件夹中、磁盘有空间的文件。",
    "the file name {key_path} ends in no suffix export writes; expected a folder, or a file ending in {key_suffixes}":
        "文件名 {key_path} 的后缀不是 export 能写的；应为一个文件夹，或以 {key_suffixes} 之一结尾的文件",
    "the folder {key_path} holds other files than a data package of ipr-stats; expected a new or empty folder, or one that "
    "ipr-stats export wrote": "文件夹 {key_path} 里有 ipr-stats 数据包以外的文件；应为新的或空的文件夹，或 ipr-stats export 写过的文件夹",
    "the path {key_path} is a folder, and its suffix asks for a file; expected a new file ending in {key_suffix}, or a folder's "
    "name with no suffix for a data package": "路径 {key_path} 是一个文件夹，而其后缀要求文件；应为以 {key_suffix} 结尾的新文件，或无后缀的文件夹名（放数据包）",
    "the path {key_path} is a file; expected a folder for a data package, or a file ending in {key_suffixes}":
        "路径 {key_path} 是一个文件；应为放数据包的文件夹，或以 {key_suffixes} 之一结尾的文件",
    "{key_value} names no folder or file; expected a folder (ipr-data) or a file ending in {key_suffixes}":
        "{key_value} 不是文件夹或文件的名称；应为文件夹（ipr-data）或以 {key_suffixes} 之一结尾的文件",
    "the suffix {key_suffix} is for {key_format}, which this command does not write; expected one of {key_suffixes}":
        "后缀 {key_suffix} 对应 {key_format}，本命令不写这种格式；应为 {key_suffixes} 之一",
    "the suffix {key_suffix} is for a chart image, which takes no --format; drop --format, or write the table to a file of its "
    "own (-o FILE.csv)": "后缀 {key_suffix} 用于图表图像，不接受 --format；请去掉 --format，或把表格写入另一个文件（-o FILE.csv）",
    "the suffix {key_suffix} is for a chart image; add --chart": "后缀 {key_suffix} 用于图表图像；请加上 --chart",
    "the suffix {key_suffix} is for a chart image, and this command draws none; expected one of {key_suffixes}":
        "后缀 {key_suffix} 用于图表图像，而本命令不画图；应为 {key_suffixes} 之一",
    "the file name {key_path} ends in no suffix of a format; expected one of {key_suffixes}, or --format FORMAT":
        "文件名 {key_path} 的后缀不对应任何格式；应为 {key_suffixes} 之一，或用 --format 指定格式",
    "the file name {key_path} ends in no suffix of a format; expected one of {key_suffixes} (with --chart: {key_images}), or --format FORMAT":
        "文件名 {key_path} 的后缀不对应任何格式；应为 {key_suffixes} 之一（与 --chart 同用：{key_images}），或用 --format 指定格式",
    "no chart was drawn, so {key_path} was not written; --chart draws one where the command has figures to chart":
        "没有画出图表，因此未写入 {key_path}；命令有可画的数字时 --chart 才会画图",
    "there is nothing to chart here (the table lists what exists); drop -o FILE.{key_kind}":
        "这里没有可画的内容（表格列出已有的内容）；请去掉 -o FILE.{key_kind}",
    "drawing a chart image needs the package vl-convert-python: pip install 'ipr-stats[outputs]'":
        "画图表图像需要 vl-convert-python 包：pip install 'ipr-stats[outputs]'",
    "Chinese text in a PNG or PDF chart needs a CJK font, and none was found on this system; install one (Debian and Ubuntu: apt "
    "install fonts-noto-cjk; Fedora: dnf install google-noto-sans-cjk-fonts; macOS and Windows have one), or write SVG "
    "(-o FILE.svg), whose text the viewer draws.":
        "PNG 或 PDF 图表中的中文需要 CJK 字体，而本系统上没有找到；请安装一种（Debian 和 Ubuntu：apt install fonts-noto-cjk；"
        "Fedora：dnf install google-noto-sans-cjk-fonts；macOS 和 Windows 已自带），或写成 SVG（-o FILE.svg），其文字由查看程序绘制。",
    "a report is a file to open in a browser; write it to one: -o report.html": "报告是在浏览器中打开的文件；请写入文件：-o report.html",
    "the file name {key_path} ends in no suffix of a report; expected a file ending in .html":
        "文件名 {key_path} 的后缀不是报告的后缀；应为以 .html 结尾的文件",
    "the path {key_path} is {kind}; expected a file (a shell's > writes to a pipe)": "路径 {key_path} 是{kind}；应为文件（写入管道请用 shell 的 >）",
    "this output takes no bytes; write the workbook to a file: -o FILE.xlsx": "此输出不接受字节；请把工作簿写入文件：-o FILE.xlsx",
    "a report follows the nation's figures, and {key_metric} has none; scopes with its figures: {key_scopes} (`ipr-stats series "
    "--metric {key_metric}` shows them)": "报告跟随全国的数字，而 {key_metric} 没有全国数字；有其数字的范围：{key_scopes}"
                                         "（`ipr-stats series --metric {key_metric}` 列出它们）",
    "the path {key_path} cannot be written ({reason}); expected a file in a folder that exists, its name at most 255 bytes":
        "路径 {key_path} 无法写入（{reason}）；应为已有文件夹中的文件，文件名不超过 255 字节",
    "export writes a file or a folder; the path {key_path} is {kind}": "export 写的是文件或文件夹；路径 {key_path} 是{kind}",
    "writing a workbook needs the package xlsxwriter: pip install 'ipr-stats[outputs]'": "写工作簿需要 xlsxwriter 包：pip install 'ipr-stats[outputs]'",
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

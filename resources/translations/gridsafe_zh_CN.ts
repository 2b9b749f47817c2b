<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgencyCommands</name>
    <message>
        <source>agency name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>An agency with code %1 is already registered: &quot;%2&quot;.</source>
        <translation>统一社会信用代码为 %1 的机构已登记：“%2”。</translation>
    </message>
    <message>
        <source>A growth value is between 0 and %1.</source>
        <translation>成长值应在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>date of the growth value</source>
        <translation>成长值日期</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Agency %1 does not exist.</source>
        <translation>机构 %1 不存在。</translation>
    </message>
    <message>
        <source>Agency &quot;%1&quot; was changed by someone else after you opened it. Open it again and apply your change.</source>
        <translation>机构“%1”在您打开后已被他人修改。请重新打开后再修改。</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>The end date must be on or after the start date, and at most %1 years later.</source>
        <translation>结束日期不能早于开始日期，且最多晚 %1 年。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the city&apos;s list of technical service agencies: a town hires agencies from the list.</source>
        <translation>“%1”不在市级技术服务机构名录内：镇（街道）只能从名录中选聘机构。</translation>
    </message>
    <message>
        <source>scope of service</source>
        <translation>服务范围</translation>
    </message>
    <message>
        <source>Choose the grids the agency supports.</source>
        <translation>请选择该机构支撑的网格。</translation>
    </message>
    <message>
        <source>Grid %1 is not a grid in use in this town.</source>
        <translation>网格 %1 不是本镇（街道）在用的网格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a contract with this town from %2 to %3.</source>
        <translation>“%1”已与本镇（街道）签有 %2 至 %3 的服务合同。</translation>
    </message>
    <message>
        <source>Contract %1 does not exist.</source>
        <translation>合同 %1 不存在。</translation>
    </message>
    <message>
        <source>This contract was changed by someone else after you opened it. Open it again and apply your change.</source>
        <translation>该合同在您打开后已被他人修改。请重新打开后再修改。</translation>
    </message>
    <message>
        <source>This contract was already ended on %1.</source>
        <translation>该合同已于 %1 终止。</translation>
    </message>
    <message>
        <source>A contract is ended within its period (%1 to %2).</source>
        <translation>合同只能在其期限内（%1 至 %2）终止。</translation>
    </message>
    <message>
        <source>reason for ending</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&quot;%1&quot; serves this town under a contract from %2 to %3. While it does, it may not also coach the town&apos;s enterprises on its own account.</source>
        <translation>“%1”与本镇（街道）签有 %2 至 %3 的技术服务合同。合同期内，该机构不得另行单独为本镇企业提供指导服务。</translation>
    </message>
    <message>
        <source>A contract names at most %1 grids.</source>
        <translation>一份合同最多列出 %1 个网格。</translation>
    </message>
</context>
<context>
    <name>AgencyRules</name>
    <message>
        <source>Not yet started</source>
        <extracomment>A contract whose period has not begun (未开始).</extracomment>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Active, ends early on %1</source>
        <extracomment>履行中，提前至 %1 终止</extracomment>
        <translation>履行中，提前至 %1 终止</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>履行中</extracomment>
        <translation>履行中</translation>
    </message>
    <message>
        <source>Ended</source>
        <extracomment>已到期</extracomment>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Terminated on %1</source>
        <extracomment>已于 %1 提前终止</extracomment>
        <translation>已于 %1 提前终止</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period of days, both included: &quot;2026-01-01 至 2026-12-31&quot;.</extracomment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 (ended early on %2)</source>
        <extracomment>A contract&apos;s period and the day it was ended early: &quot;…（%2 提前终止）&quot;.</extracomment>
        <translation>%1（%2 提前终止）</translation>
    </message>
    <message>
        <source>Not scored</source>
        <extracomment>An agency without a growth value (成长值) on the city&apos;s list: 未评分.</extracomment>
        <translation>未评分</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A growth value and the day it was scored: &quot;892（2026-01-05）&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The end date must be on or after the start date.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>The period may last at most %1 years: end it on %2 or earlier.</source>
        <translation>期限最长 %1 年：结束日期不能晚于 %2。</translation>
    </message>
</context>
<context>
    <name>AssignmentCommands</name>
    <message>
        <source>Grid %1 does not exist.</source>
        <translation>网格 %1 不存在。</translation>
    </message>
    <message>
        <source>Grid &quot;%1&quot; has been retired.</source>
        <translation>网格“%1”已撤销。</translation>
    </message>
    <message>
        <source>Grid &quot;%1&quot; was changed by someone else after you opened it. Open it again and apply your change.</source>
        <translation>网格“%1”在您打开后已被他人修改。请重新打开后再修改。</translation>
    </message>
    <message>
        <source>%1 is an inspector of another town; a grid is staffed from its own town.</source>
        <translation>%1 是其他镇（街道）的网格员；网格员须来自本镇（街道）。</translation>
    </message>
    <message>
        <source>%1 is no longer an active inspector.</source>
        <translation>%1 已不是在岗网格员。</translation>
    </message>
    <message>
        <source>%1 is already responsible for grid &quot;%2&quot;.</source>
        <translation>%1 已是网格“%2”的网格员。</translation>
    </message>
    <message>
        <source>reason for holding more than one grid</source>
        <translation>兼任多个网格的原因</translation>
    </message>
    <message>
        <source>%1 is already responsible for grid &quot;%2&quot;. One inspector holds one grid; to give them another as well, enter the reason.</source>
        <translation>%1 已负责网格“%2”。一格一员：如需兼任其他网格，请填写原因。</translation>
    </message>
    <message>
        <source>Grid &quot;%1&quot; has no inspector.</source>
        <translation>网格“%1”没有网格员。</translation>
    </message>
    <message>
        <source>reason for the inspector leaving</source>
        <translation>网格员离任原因</translation>
    </message>
</context>
<context>
    <name>BoundaryCommands</name>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 处问题。</translation>
    </message>
    <message>
        <source>No boundary was imported:
%1</source>
        <translation>未导入任何边界：
%1</translation>
    </message>
    <message>
        <source>matchBy is &quot;code&quot; or &quot;name&quot;, not &quot;%1&quot;.</source>
        <translation>matchBy 应为 &quot;code&quot; 或 &quot;name&quot;，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The GeoJSON text is %1 bytes; at most %2 bytes can be imported at once. Import the towns in separate files.</source>
        <translation>GeoJSON 文本大小为 %1 字节；一次最多导入 %2 字节。请按镇（街道）分文件导入。</translation>
    </message>
</context>
<context>
    <name>BoundaryMatcher</name>
    <message>
        <source>, </source>
        <extracomment>Separates the places listed in a boundary import&apos;s message (Chinese: &quot;、&quot;).</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>no village, community or park has the code %1.</source>
        <translation>没有区划代码为 %1 的村、社区或园区。</translation>
    </message>
    <message>
        <source>the code %1 belongs to several areas (%2); match by name instead.</source>
        <translation>区划代码 %1 对应多个区域（%2）；请改为按名称匹配。</translation>
    </message>
    <message>
        <source>the code %1 is that of %2 in %3, not in %4.</source>
        <translation>区划代码 %1 对应的是 %3 的 %2，不属于 %4。</translation>
    </message>
    <message>
        <source>no village, community or park is named %1.</source>
        <translation>没有名为 %1 的村、社区或园区。</translation>
    </message>
    <message>
        <source>%1 names areas in several towns (%2); give its town in properties.town.</source>
        <translation>多个镇（街道）都有名为 %1 的区域（%2）；请在 properties.town 中写明所属镇（街道）。</translation>
    </message>
    <message>
        <source>there is no town or street named %1.</source>
        <translation>没有名为 %1 的镇或街道。</translation>
    </message>
    <message>
        <source>%1 has no village, community or park named %2.</source>
        <translation>%1 没有名为 %2 的村、社区或园区。</translation>
    </message>
    <message>
        <source>Feature %1 (%2)</source>
        <translation>第 %1 个要素（%2）</translation>
    </message>
    <message>
        <source>it has no code, and the areas are matched by code (properties.code).</source>
        <translation>该要素没有区划代码，而区域按区划代码（properties.code）匹配。</translation>
    </message>
    <message>
        <source>it outlines the same area as feature %1.</source>
        <translation>与第 %1 个要素是同一区域的边界。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A feature of a boundary file that matches no area: &quot;Feature 3 (横林镇 崔桥村): …&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>CivilDate</name>
    <message>
        <source>The %1 &quot;%2&quot; is not a date: write it as 2026-03-15.</source>
        <translation>%1“%2”不是日期：请按 2026-03-15 的格式填写。</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Server as host:port (login).</source>
        <translation>服务器地址，格式为 host:port（login）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>User name (login).</source>
        <translation>用户名（login）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation>从该文件的第一行读取密码。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Environment variable holding the password.</source>
        <translation>存放密码的环境变量。</translation>
    </message>
    <message>
        <source>Expected SHA-256 fingerprint of the server certificate.</source>
        <translation>服务器证书应有的 SHA-256 指纹。</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Pin the server&apos;s certificate on first contact.</source>
        <translation>首次连接时信任并记录服务器证书。</translation>
    </message>
    <message>
        <source>Folder for the session, pins and local replica.</source>
        <translation>存放会话、已信任证书和本地数据副本的目录。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Town name or id.</source>
        <translation>镇（街道）名称或 ID。</translation>
    </message>
    <message>
        <source>town</source>
        <translation>镇</translation>
    </message>
    <message>
        <source>Grid name (grid-create).</source>
        <translation>网格名称（grid-create）。</translation>
    </message>
    <message>
        <source>Village, community or park covered (grid-create; repeatable).</source>
        <translation>网格覆盖的村、社区或园区（grid-create；可重复指定）。</translation>
    </message>
    <message>
        <source>area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>要执行的命令。</translation>
    </message>
    <message>
        <source>Name a command; see --help.</source>
        <translation>请指定命令，详见 --help。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>未知命令“%1”，详见 --help。</translation>
    </message>
    <message>
        <source>login needs --user.</source>
        <translation>login 需要指定 --user。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>无法读取密码文件 %1。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>未提供密码。</translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation>服务器无响应。</translation>
    </message>
    <message>
        <source>Cannot save the session in %1.</source>
        <translation>无法将会话保存到 %1。</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2).
</source>
        <translation>已登录：%1（%2）。
</translation>
    </message>
    <message>
        <source>Not logged in: run gridsafe-cli login first.</source>
        <translation>未登录：请先运行 gridsafe-cli login。</translation>
    </message>
    <message>
        <source>The saved session is damaged: log in again.</source>
        <translation>保存的会话已损坏，请重新登录。</translation>
    </message>
    <message>
        <source>Logged out.
</source>
        <translation>已退出登录。
</translation>
    </message>
    <message>
        <source>Server:    %1
User:      %2 (%3)
Last sync: %4 (sequence %5)
Outbox:    %6 pending, %7 rejected
</source>
        <translation>服务器：  %1
用户：    %2（%3）
上次同步：%4（序号 %5）
待发送：  %6 项，被拒绝 %7 项
</translation>
    </message>
    <message>
        <source>No town &quot;%1&quot; among those you can see.</source>
        <translation>在您可查看的镇（街道）中没有“%1”。</translation>
    </message>
    <message>
        <source>grid-create needs --town, --name and at least one --area.</source>
        <translation>grid-create 需要指定 --town、--name 和至少一个 --area。</translation>
    </message>
    <message>
        <source>No village, community or park &quot;%1&quot; in this town.</source>
        <translation>本镇（街道）没有名为“%1”的村、社区或园区。</translation>
    </message>
    <message>
        <source>Create grid %1</source>
        <translation>新建网格“%1”</translation>
    </message>
    <message>
        <source>Created grid %1 (id %2).
</source>
        <translation>已新建网格“%1”（ID %2）。
</translation>
    </message>
    <message>
        <source>Synchronised to sequence %1; %2 pending, %3 rejected.
</source>
        <translation>已同步至序号 %1；待发送 %2 项，被拒绝 %3 项。
</translation>
    </message>
    <message>
        <source>--fingerprint wants the SHA-256 fingerprint the server prints: 32 hex pairs, e.g. AB:CD:…</source>
        <translation>--fingerprint 需要服务器输出的 SHA-256 指纹：32 组十六进制数，例如 AB:CD:…</translation>
    </message>
    <message>
        <source>areas needs --town.</source>
        <translation>areas 需要 --town。</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>（未纳入网格）</translation>
    </message>
    <message>
        <source>Offline (%1): answering from the local copy synchronised %2.</source>
        <translation>离线（%1）：以下内容来自本机副本，最后同步于 %2。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Saved in the outbox; run gridsafe-cli sync when the server is reachable.
</source>
        <translation>已保存到待发送队列；服务器可连接时运行 gridsafe-cli sync 发送。
</translation>
    </message>
    <message>
        <source>%1 (pending)</source>
        <translation>%1（待同步）</translation>
    </message>
    <message>
        <source>Cannot synchronise: %1 %2 changes wait in the outbox.</source>
        <translation>无法同步：%1 仍有 %2 项更改在待发送队列中。</translation>
    </message>
    <message>
        <source>This town already has a grid named &quot;%1&quot;%2.</source>
        <translation>本镇已有名为“%1”的网格%2。</translation>
    </message>
    <message>
        <source> (waiting to be sent)</source>
        <translation>（等待发送）</translation>
    </message>
    <message>
        <source>certificate %1 until %2</source>
        <translation>证书 %1，有效期至 %2</translation>
    </message>
    <message>
        <source>no valid certificate</source>
        <translation>无有效证书</translation>
    </message>
    <message>
        <source>GridSafe command-line client.

Commands:
  login                 log in and remember the session
  logout                end the session
  status                server, user, link, last sync, outbox
  towns                 list the towns you can see
  grids [--town T]      list grids (of town T: name or id)
  areas --town T        villages, communities and parks of T, with their grids
  inspectors [--town T] grid inspectors, their certificates and grids
  gaps [--town T]       coverage gaps: areas in no grid, grids without a certified
                        inspector, a missing or stale filing
  grid-create --town T --name N --area A [--area A ...]
  sync                  pull changes and send pending commands
  import-enterprises FILE [--dry-run] [--skip-invalid] [--map TITLE=FIELD ...]
                        check an enterprise list (.xlsx, .csv) on the server and
                        import it: only when every row is valid, or its valid rows
                        with --skip-invalid; --dry-run imports nothing. Exit 5 when
                        rows have problems, 2 for a file that cannot be used

The password comes from --password-file, the environment variable named by --password-env (default GRIDSAFE_PASSWORD), or a prompt; never from the command line.</source>
        <translation>网格安监命令行客户端。

命令：
  login                 登录并保存会话
  logout                结束会话
  status                显示服务器、用户、连接、上次同步和待发送情况
  towns                 列出您可查看的镇（街道）
  grids [--town T]      列出网格（T 为镇（街道）名称或 ID）
  areas --town T        列出 T 的村、社区和园区及覆盖它们的网格
  inspectors [--town T] 列出网格员及其证书和负责的网格
  gaps [--town T]       列出覆盖缺口：未划入网格的区域、没有持证网格员的网格、
                        未备案或备案已过时的网格划分
  grid-create --town T --name N --area A [--area A ...]
                        新建网格
  sync                  拉取更新并发送待发送的操作
  import-enterprises FILE [--dry-run] [--skip-invalid] [--map 表头=字段 ...]
                        由服务器检查企业名录（.xlsx、.csv）并导入：仅当每行都有效时导入，
                        或加 --skip-invalid 导入其中的有效行；--dry-run 不导入任何内容。
                        有问题行时退出码为 5，文件无法使用时为 2

密码可通过 --password-file 指定的文件、--password-env 指定的环境变量（默认 GRIDSAFE_PASSWORD）或交互提示输入，不能直接写在命令行中。</translation>
    </message>
    <message>
        <source>Check the rows and report; import nothing (import-enterprises).</source>
        <translation>检查各行并报告，不导入任何内容（import-enterprises）。</translation>
    </message>
    <message>
        <source>Import the valid rows even when others have problems (import-enterprises).</source>
        <translation>即使其他行有问题，也导入有效行（import-enterprises）。</translation>
    </message>
    <message>
        <source>The column titled TITLE feeds FIELD, or none (import-enterprises; repeatable).</source>
        <translation>表头为 TITLE 的列导入为字段 FIELD，或 none 表示不导入（import-enterprises；可重复）。</translation>
    </message>
    <message>
        <source>title=field</source>
        <translation>表头=字段</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s): %1.
</source>
        <translation>
            <numerusform>已检查 %n 行：%1。
</numerusform>
        </translation>
    </message>
    <message>
        <source>(The server lists the first %1 of %2 problems.)
</source>
        <translation>（服务器列出了 %2 个问题中的前 %1 个。）
</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 rows…</source>
        <translation>已上传 %2 行中的 %1 行…</translation>
    </message>
    <message>
        <source>The server is checking the rows…</source>
        <translation>服务器正在检查各行…</translation>
    </message>
    <message>
        <source>Importing the valid rows…</source>
        <translation>正在导入有效行…</translation>
    </message>
    <message>
        <source>--map takes TITLE=FIELD (e.g. 社会信用代码=creditCode), not &quot;%1&quot;.</source>
        <translation>--map 的格式为 表头=字段（如 社会信用代码=creditCode），而不是“%1”。</translation>
    </message>
    <message>
        <source>The file has no column titled &quot;%1&quot;.</source>
        <translation>文件中没有表头为“%1”的列。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an import field. The fields are: %2; none leaves the column out.</source>
        <translation>“%1”不是导入字段。可用字段：%2；none 表示不导入该列。</translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet &quot;%2&quot;, header on row %3, %n row(s) below it.
</source>
        <translation>
            <numerusform>%1：工作表“%2”，表头在第 %3 行，其下 %n 行。
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: text in %2, header on row %3, %n row(s) below it.
</source>
        <translation>
            <numerusform>%1：%2 编码的文本，表头在第 %3 行，其下 %n 行。
</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>import-enterprises needs the file: import-enterprises FILE [--dry-run] [--skip-invalid] [--map TITLE=FIELD]...</source>
        <translation>import-enterprises 需要指定文件：import-enterprises FILE [--dry-run] [--skip-invalid] [--map 表头=字段]...</translation>
    </message>
    <message>
        <source>No column gives: %1. Name the columns with --map TITLE=FIELD.</source>
        <translation>没有列提供：%1。请用 --map 表头=字段 指定这些列。</translation>
    </message>
    <message>
        <source>The file has no rows below its header.</source>
        <translation>文件的表头以下没有数据行。</translation>
    </message>
    <message>
        <source>Importing enterprises needs the server, which cannot be reached now. Nothing was changed; run the import again when the server is back.</source>
        <translation>导入企业需要服务器，但现在无法连接。未做任何更改；请在服务器恢复后重新导入。</translation>
    </message>
    <message>
        <source>The link to the server dropped; waiting for it…</source>
        <translation>与服务器的连接已断开，正在等待恢复…</translation>
    </message>
    <message>
        <source>The link is back; going on from the rows the server has.</source>
        <translation>连接已恢复，从服务器已收到的行继续。</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.
</source>
        <translation>试运行：未导入任何内容。
</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct them, or run again with --skip-invalid to import the %1 valid rows.
</source>
        <translation>
            <numerusform>未导入任何内容：有 %n 行存在问题。请改正，或加 --skip-invalid 重新运行以导入 %1 条有效行。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: no row can be imported.
</source>
        <translation>未导入任何内容：没有可导入的行。
</translation>
    </message>
    <message>
        <source>Nothing to import: the register already holds every row as it is.
</source>
        <translation>无需导入：名录中已有与各行相同的记录。
</translation>
    </message>
    <message>
        <source>The import waits in the outbox; run gridsafe-cli sync when the server is reachable.
</source>
        <translation>导入已保存在待发送队列中；服务器可连接时请运行 gridsafe-cli sync。
</translation>
    </message>
    <message>
        <source>Imported: %1.
</source>
        <translation>已导入：%1。
</translation>
    </message>
</context>
<context>
    <name>CommandExecutor</name>
    <message>
        <source>This command id was already used for another command.</source>
        <translation>该操作 ID 已被另一项操作使用。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>您的角色（%1）无权执行此操作。</translation>
    </message>
</context>
<context>
    <name>CoverageGaps</name>
    <message>
        <source>%1 is in no grid</source>
        <translation>%1 未划入任何网格</translation>
    </message>
    <message>
        <source>grid &quot;%1&quot; has no inspector</source>
        <translation>网格“%1”没有网格员</translation>
    </message>
    <message>
        <source>the inspector of grid &quot;%1&quot; (%2) has no valid certificate</source>
        <translation>网格“%1”的网格员（%2）没有有效证书</translation>
    </message>
    <message>
        <source>the inspector of grid &quot;%1&quot; (%2) is inactive</source>
        <translation>网格“%1”的网格员（%2）已离岗</translation>
    </message>
    <message>
        <source>the division of %1 has not been filed with the district</source>
        <translation>%1 的网格划分尚未向区里备案</translation>
    </message>
    <message>
        <source>the district returned the filing of %1: %2</source>
        <translation>区里退回了 %1 的备案：%2</translation>
    </message>
    <message>
        <source>the division of %1 changed after it was filed: file it again</source>
        <translation>%1 的网格划分在备案后有变化：请重新备案</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>The unified social credit code is empty: enter its 18 characters.</source>
        <translation>统一社会信用代码为空：请输入 18 位代码。</translation>
    </message>
    <message>
        <source>The character “%1” at position %2 cannot appear in a unified social credit code: it uses only digits and capital letters, and never I, O, Z, S or V.</source>
        <translation>第 %2 位的字符“%1”不能出现在统一社会信用代码中：代码只使用数字和大写字母，且不使用 I、O、Z、S、V。</translation>
    </message>
    <message>
        <source>A unified social credit code has %1 characters; the code entered has %2: check for a missing or extra character.</source>
        <translation>统一社会信用代码为 %1 位，输入的代码有 %2 位：请检查是否漏输或多输。</translation>
    </message>
    <message>
        <source>The first character (registration authority) should be a digit 1–9 or the letter A, N or Y, not %1.</source>
        <translation>第 1 位（登记管理部门码）应为数字 1–9 或字母 A、N、Y，而不是 %1。</translation>
    </message>
    <message>
        <source>The second character (entity type) should not be 0: check the code for a typing error.</source>
        <translation>第 2 位（机构类别码）不应为 0：请检查是否输错。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 (administrative division code) should be digits, but character %1 is %2.</source>
        <translation>第 3 至 8 位（登记管理机关行政区划码）应为数字，但第 %1 位是 %2。</translation>
    </message>
    <message>
        <source>The last character (check character) should be %1, not %2: check the code for a typing error.</source>
        <translation>最后一位（校验码）应为 %1，而不是 %2：请检查代码是否输错。</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>The file ends inside a quoted field that starts in row %1: a closing quotation mark (&quot;) is missing.</source>
        <translation>文件在第 %1 行开始的带引号字段中结束：缺少右引号（&quot;）。</translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>This computer cannot read %1 text. Save the file in Excel as “CSV UTF-8” and import that.</source>
        <translation>本机无法读取 %1 编码的文本。请在 Excel 中另存为“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <source>The file&apos;s text is neither UTF-8 nor GB18030 (Chinese): open it in Excel or WPS, save it as “CSV UTF-8” and import that.</source>
        <translation>文件的文本既不是 UTF-8 也不是 GB18030（中文）编码：请用 Excel 或 WPS 打开，另存为“CSV UTF-8”后再导入。</translation>
    </message>
</context>
<context>
    <name>CsvTableWriter</name>
    <message>
        <source>this computer cannot write GB18030 text</source>
        <translation>本机无法写出 GB18030 编码的文本</translation>
    </message>
    <message>
        <source>some text cannot be written in this encoding</source>
        <translation>部分文字无法用此编码写出</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Backup target %1 already exists.</source>
        <translation>备份目标文件 %1 已存在。</translation>
    </message>
    <message>
        <source>Backup file %1 does not exist.</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>%1 is not a usable GridSafe backup: %2</source>
        <translation>%1 不是可用的网格安监备份：%2</translation>
    </message>
    <message>
        <source>Cannot move the restored database into place at %1.</source>
        <translation>无法将恢复的数据库移动到 %1。</translation>
    </message>
    <message>
        <source>Cannot make database %1 readable by its owner only.</source>
        <translation>无法将数据库 %1 设为仅所有者可读写。</translation>
    </message>
    <message>
        <source>Cannot create the backup file %1.</source>
        <translation>无法创建备份文件 %1。</translation>
    </message>
</context>
<context>
    <name>Enterprise</name>
    <message>
        <source>Key industry</source>
        <translation>重点行业领域</translation>
    </message>
    <message>
        <source>Non-key, above scale</source>
        <translation>非重点行业领域规上</translation>
    </message>
    <message>
        <source>Non-key, below scale</source>
        <translation>非重点行业领域规下</translation>
    </message>
    <message>
        <source>Above scale</source>
        <translation>规上</translation>
    </message>
    <message>
        <source>Below scale</source>
        <translation>规下</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>在产</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>停产</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>EnterpriseColumnMapping</name>
    <message>
        <source>Column %1 (%2) is also titled as &quot;%3&quot;, which column %4 already feeds; it is not imported unless you choose so.</source>
        <translation>第 %1 列（%2）的表头同样对应“%3”，该字段已由第 %4 列提供；除非您另行选择，此列不导入。</translation>
    </message>
    <message>
        <source>The sheet has no column %1.</source>
        <translation>工作表没有第 %1 列。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an import field.</source>
        <translation>“%1”不是导入字段。</translation>
    </message>
</context>
<context>
    <name>EnterpriseCommands</name>
    <message>
        <source>Unknown key sector &quot;%1&quot;.</source>
        <translation>未知的重点行业领域“%1”。</translation>
    </message>
    <message>
        <source>The scale is &quot;above&quot; or &quot;below&quot;.</source>
        <translation>规模只能是“above”（规上）或“below”（规下）。</translation>
    </message>
    <message>
        <source>The number of employees must be between 0 and %1.</source>
        <translation>从业人数须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>The status is &quot;operating&quot;, &quot;suspended&quot; or &quot;closed&quot;.</source>
        <translation>生产状态只能是“operating”（在产）、“suspended”（停产）或“closed”（关闭）。</translation>
    </message>
    <message>
        <source>Credit code %1 is already registered, for &quot;%2&quot;.</source>
        <translation>统一社会信用代码 %1 已登记，属于“%2”。</translation>
    </message>
    <message>
        <source>Enterprise %1 does not exist.</source>
        <translation>企业 %1 不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else meanwhile (revision %2, you saw %3). Reopen it to see the changes.</source>
        <translation>“%1”已被他人修改（版本 %2，您看到的是 %3）。请重新打开查看修改内容。</translation>
    </message>
    <message>
        <source>Choose between 1 and %1 enterprises at a time.</source>
        <translation>每次选择 1 到 %1 家企业。</translation>
    </message>
    <message>
        <source>An enterprise is either in a grid or supervised directly by the town, not both.</source>
        <translation>企业要么纳入网格，要么由镇（街道）直管，不能两者兼有。</translation>
    </message>
    <message>
        <source>Choose a grid, or give the reason the town supervises directly.</source>
        <translation>请选择网格，或填写镇（街道）直管的原因。</translation>
    </message>
    <message>
        <source>Unknown report kind or risk level.</source>
        <translation>未知的报告类型或风险等级。</translation>
    </message>
    <message>
        <source>report date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>The report date %1 is in the future.</source>
        <translation>报告日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>A note may have at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Credit code %1 is already registered in another town.</source>
        <translation>统一社会信用代码 %1 已在其他镇（街道）登记。</translation>
    </message>
</context>
<context>
    <name>EnterpriseExporter</name>
    <message>
        <source>The local copy cannot be read.</source>
        <translation>无法读取本地副本。</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>导出已停止。</translation>
    </message>
</context>
<context>
    <name>EnterpriseHistoryRequest</name>
    <message>
        <source>Enterprise %1 does not exist.</source>
        <translation>企业 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>EnterpriseImportCommand</name>
    <message>
        <source>Import %1 is not open: it was committed, cancelled, replaced by a newer import or left idle too long. Start the import again.</source>
        <translation>导入 %1 已不在进行中：它已提交、已取消、被新的导入取代或闲置过久。请重新开始导入。</translation>
    </message>
    <message>
        <source>Only %1 of %2 rows have arrived.</source>
        <translation>%2 行中只收到了 %1 行。</translation>
    </message>
</context>
<context>
    <name>EnterpriseImportFields</name>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Town or street</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Industry (GB/T 4754)</source>
        <translation>行业类别（GB/T 4754）</translation>
    </message>
    <message>
        <source>Key sector</source>
        <translation>重点行业领域</translation>
    </message>
    <message>
        <source>Focus flags</source>
        <translation>专项领域</translation>
    </message>
    <message>
        <source>Above or below scale</source>
        <translation>规上/规下</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Safety contact</source>
        <translation>安全负责人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>生产状态</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>所属网格</translation>
    </message>
    <message>
        <source>Reason for direct supervision</source>
        <translation>直管原因</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Report kind</source>
        <translation>报告类型</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>报告日期</translation>
    </message>
</context>
<context>
    <name>EnterpriseImportProblem</name>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>第 N 行 字段：原因</extracomment>
        <translation>第 %1 行，%2：%3</translation>
    </message>
</context>
<context>
    <name>EnterpriseImportSummary</name>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rows with problems; %5 placed in the grid of their village</source>
        <extracomment>新增 N 家，更新 M 家，无变化 K 家，有问题 P 行；按村自动纳入网格 G 家</extracomment>
        <translation>新增 %1 家，更新 %2 家，无变化 %3 家，有问题 %4 行；按所在村纳入网格 %5 家</translation>
    </message>
    <message>
        <source>Created %1 and updated %2 enterprises; %3 were unchanged; %4 rows with problems were left out; %5 placed in the grid of their village</source>
        <extracomment>已新增 N 家，更新 M 家；无变化 K 家；未导入有问题的 P 行</extracomment>
        <translation>新增 %1 家、更新 %2 家企业；%3 家无变化；%4 行有问题未导入；按所在村纳入网格 %5 家</translation>
    </message>
</context>
<context>
    <name>EnterpriseRowReader</name>
    <message>
        <source>The unified social credit code is empty.</source>
        <translation>统一社会信用代码为空。</translation>
    </message>
    <message>
        <source>Code %1 is already on row %2 of this file.</source>
        <translation>代码 %1 已出现在本文件第 %2 行。</translation>
    </message>
    <message>
        <source>The enterprise name is empty.</source>
        <translation>企业名称为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a town or street of the district.</source>
        <translation>“%1”不是本区的镇（街道）。</translation>
    </message>
    <message>
        <source>The town or street is empty.</source>
        <translation>镇（街道）为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a village, community or park of %2.</source>
        <translation>“%1”不是%2的村、社区或园区。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GB/T 4754 industry division: write its code (e.g. C34) or its name (通用设备制造业).</source>
        <translation>“%1”不是 GB/T 4754 行业大类：请填写代码（如 C34）或名称（如 通用设备制造业）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the eight key sectors (冶金、有色、建材、机械、轻工、纺织、烟草、商贸); leave it empty or write 无 for none.</source>
        <translation>“%1”不是八大重点行业领域之一（冶金、有色、建材、机械、轻工、纺织、烟草、商贸）；不属于的请留空或填“无”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither 规上 nor 规下.</source>
        <translation>“%1”既不是规上也不是规下。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of employees.</source>
        <translation>“%1”不是从业人数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: write 在产, 停产 or 关闭.</source>
        <translation>“%1”不是生产状态：请填写在产、停产或关闭。</translation>
    </message>
    <message>
        <source>Longitude and latitude must both be decimal degrees (e.g. 120.05 and 31.78).</source>
        <translation>经度和纬度须都是十进制度数（如 120.05 和 31.78）。</translation>
    </message>
    <message>
        <source>A grid and a reason for direct supervision are both given: an enterprise is in a grid or supervised directly, not both.</source>
        <translation>同时填写了网格和直管原因：企业要么纳入网格，要么由镇直管，不能两者兼有。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grid in use in this town (give its name or code).</source>
        <translation>“%1”不是本镇（街道）在用的网格（请填写网格名称或编号）。</translation>
    </message>
    <message>
        <source>A risk report needs its level (重大, 较大, 一般 or 低).</source>
        <translation>风险报告须有风险等级（重大、较大、一般或低）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk level: write 重大, 较大, 一般 or 低.</source>
        <translation>“%1”不是风险等级：请填写重大、较大、一般或低。</translation>
    </message>
    <message>
        <source>A risk level needs the date of its report.</source>
        <translation>风险等级须有报告日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (e.g. 2024-03-05).</source>
        <translation>“%1”不是日期（如 2024-03-05）。</translation>
    </message>
    <message>
        <source>The report date %1 is in the future.</source>
        <translation>报告日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a report kind: write 首次, 定期 or 变更.</source>
        <translation>“%1”不是报告类型：请填写首次、定期或变更。</translation>
    </message>
    <message>
        <source>Code %1 is registered in another town; only that town may change it.</source>
        <translation>代码 %1 已在其他镇（街道）登记；只有该镇（街道）可以修改。</translation>
    </message>
</context>
<context>
    <name>EnterpriseRules</name>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业类别</translation>
    </message>
    <message>
        <source>Key sector</source>
        <translation>重点行业领域</translation>
    </message>
    <message>
        <source>Focus flags</source>
        <translation>专项领域</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Safety contact</source>
        <translation>安全负责人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>生产状态</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>所属网格</translation>
    </message>
    <message>
        <source>Direct supervision</source>
        <translation>镇直管</translation>
    </message>
    <message>
        <source>Risk report</source>
        <translation>风险报告</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>监管方式</translation>
    </message>
    <message>
        <source>enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an industry division of GB/T 4754 this register knows (e.g. C34).</source>
        <translation>“%1”不是本名录所用的 GB/T 4754 行业大类（例如 C34）。</translation>
    </message>
    <message>
        <source>A focus flag may have at most %1 characters: &quot;%2…&quot;.</source>
        <translation>专项领域最多 %1 个字符：“%2…”。</translation>
    </message>
    <message>
        <source>At most %1 focus flags.</source>
        <translation>专项领域最多 %1 项。</translation>
    </message>
    <message>
        <source>The number of employees must be between 0 and %1.</source>
        <translation>从业人数须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>safety contact</source>
        <translation>安全负责人</translation>
    </message>
    <message>
        <source>Give both longitude and latitude, or neither.</source>
        <translation>经度和纬度须同时填写或同时留空。</translation>
    </message>
    <message>
        <source>The location (%1, %2) is not in China: longitude 73–136, latitude 3–54.</source>
        <translation>位置（%1，%2）不在中国境内：经度应在 73–136，纬度应在 3–54 之间。</translation>
    </message>
    <message>
        <source>reason for direct supervision</source>
        <translation>直管原因</translation>
    </message>
    <message>
        <source>An enterprise is either in a grid or supervised directly by the town, not both.</source>
        <translation>企业要么纳入网格，要么由镇（街道）直管，不能两者兼有。</translation>
    </message>
    <message>
        <source>The risk report date must be a date (yyyy-MM-dd).</source>
        <translation>风险报告日期须为日期（yyyy-MM-dd）。</translation>
    </message>
</context>
<context>
    <name>EnterpriseVocabulary</name>
    <message>
        <source>Metallurgy</source>
        <translation>冶金</translation>
    </message>
    <message>
        <source>Non-ferrous metals</source>
        <translation>有色</translation>
    </message>
    <message>
        <source>Building materials</source>
        <translation>建材</translation>
    </message>
    <message>
        <source>Machinery</source>
        <translation>机械</translation>
    </message>
    <message>
        <source>Light industry</source>
        <translation>轻工</translation>
    </message>
    <message>
        <source>Textiles</source>
        <translation>纺织</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation>烟草</translation>
    </message>
    <message>
        <source>Commerce and trade</source>
        <translation>商贸</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>First report</source>
        <translation>首次报告</translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation>定期报告</translation>
    </message>
    <message>
        <source>Change report</source>
        <translation>变更报告</translation>
    </message>
    <message>
        <source>Combustible dust</source>
        <translation>粉尘涉爆</translation>
    </message>
    <message>
        <source>Ammonia refrigeration</source>
        <translation>涉氨制冷</translation>
    </message>
    <message>
        <source>Confined spaces</source>
        <translation>有限空间作业</translation>
    </message>
    <message>
        <source>Hazardous chemicals</source>
        <translation>危险化学品使用</translation>
    </message>
    <message>
        <source>Metal smelting</source>
        <translation>金属冶炼</translation>
    </message>
    <message>
        <source>Non-metallic mineral mining</source>
        <translation>非金属矿采选业</translation>
    </message>
    <message>
        <source>Agricultural and sideline food processing</source>
        <translation>农副食品加工业</translation>
    </message>
    <message>
        <source>Food manufacturing</source>
        <translation>食品制造业</translation>
    </message>
    <message>
        <source>Liquor, beverages and refined tea</source>
        <translation>酒、饮料和精制茶制造业</translation>
    </message>
    <message>
        <source>Tobacco products</source>
        <translation>烟草制品业</translation>
    </message>
    <message>
        <source>Textiles industry</source>
        <translation>纺织业</translation>
    </message>
    <message>
        <source>Textile garments and apparel</source>
        <translation>纺织服装、服饰业</translation>
    </message>
    <message>
        <source>Leather, fur, feathers and footwear</source>
        <translation>皮革、毛皮、羽毛及其制品和制鞋业</translation>
    </message>
    <message>
        <source>Wood processing; wood, bamboo, rattan, palm and straw products</source>
        <translation>木材加工和木、竹、藤、棕、草制品业</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>家具制造业</translation>
    </message>
    <message>
        <source>Paper and paper products</source>
        <translation>造纸和纸制品业</translation>
    </message>
    <message>
        <source>Printing and reproduction of recording media</source>
        <translation>印刷和记录媒介复制业</translation>
    </message>
    <message>
        <source>Culture, education, arts and crafts, sports and entertainment goods</source>
        <translation>文教、工美、体育和娱乐用品制造业</translation>
    </message>
    <message>
        <source>Petroleum, coal and other fuel processing</source>
        <translation>石油、煤炭及其他燃料加工业</translation>
    </message>
    <message>
        <source>Chemical raw materials and chemical products</source>
        <translation>化学原料和化学制品制造业</translation>
    </message>
    <message>
        <source>Pharmaceuticals</source>
        <translation>医药制造业</translation>
    </message>
    <message>
        <source>Chemical fibres</source>
        <translation>化学纤维制造业</translation>
    </message>
    <message>
        <source>Rubber and plastic products</source>
        <translation>橡胶和塑料制品业</translation>
    </message>
    <message>
        <source>Non-metallic mineral products</source>
        <translation>非金属矿物制品业</translation>
    </message>
    <message>
        <source>Smelting and pressing of ferrous metals</source>
        <translation>黑色金属冶炼和压延加工业</translation>
    </message>
    <message>
        <source>Smelting and pressing of non-ferrous metals</source>
        <translation>有色金属冶炼和压延加工业</translation>
    </message>
    <message>
        <source>Metal products</source>
        <translation>金属制品业</translation>
    </message>
    <message>
        <source>General-purpose machinery</source>
        <translation>通用设备制造业</translation>
    </message>
    <message>
        <source>Special-purpose machinery</source>
        <translation>专用设备制造业</translation>
    </message>
    <message>
        <source>Motor vehicles</source>
        <translation>汽车制造业</translation>
    </message>
    <message>
        <source>Railway, ship, aerospace and other transport equipment</source>
        <translation>铁路、船舶、航空航天和其他运输设备制造业</translation>
    </message>
    <message>
        <source>Electrical machinery and equipment</source>
        <translation>电气机械和器材制造业</translation>
    </message>
    <message>
        <source>Computers, communication and other electronic equipment</source>
        <translation>计算机、通信和其他电子设备制造业</translation>
    </message>
    <message>
        <source>Instruments and meters</source>
        <translation>仪器仪表制造业</translation>
    </message>
    <message>
        <source>Other manufacturing</source>
        <translation>其他制造业</translation>
    </message>
    <message>
        <source>Recycling of waste resources</source>
        <translation>废弃资源综合利用业</translation>
    </message>
    <message>
        <source>Repair of metal products, machinery and equipment</source>
        <translation>金属制品、机械和设备修理业</translation>
    </message>
    <message>
        <source>Electricity and heat supply</source>
        <translation>电力、热力生产和供应业</translation>
    </message>
    <message>
        <source>Gas supply</source>
        <translation>燃气生产和供应业</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>水的生产和供应业</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>批发业</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>零售业</translation>
    </message>
    <message>
        <source>Handling and warehousing</source>
        <translation>装卸搬运和仓储业</translation>
    </message>
</context>
<context>
    <name>FilingCommands</name>
    <message>
        <source>The division of %1 changed after you opened it. Look at it again, then submit.</source>
        <translation>%1 的网格划分在您打开后已有变化。请重新查看后再报送。</translation>
    </message>
    <message>
        <source>This division is already filed (No. %1); nothing has changed since.</source>
        <translation>此网格划分已备案（第 %1 号），之后没有变化。</translation>
    </message>
    <message>
        <source>This division was submitted as No. %1 and waits for the district&apos;s decision.</source>
        <translation>此网格划分已作为第 %1 号报送，正等待区里审核。</translation>
    </message>
    <message numerus="yes">
        <source>The division is not complete yet (%n gap(s)): %1. Close the gaps, then submit.</source>
        <translation>
            <numerusform>网格划分尚不完整（%n 处缺口）：%1。请补齐后再报送。</numerusform>
        </translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Filing %1 does not exist.</source>
        <translation>备案 %1 不存在。</translation>
    </message>
    <message>
        <source>Filing No. %1 has already been decided or withdrawn.</source>
        <translation>第 %1 号备案已审核或已撤回。</translation>
    </message>
    <message>
        <source>Unknown decision &quot;%1&quot;: use file or return.</source>
        <translation>未知的审核结果“%1”：请使用 file（备案）或 return（退回）。</translation>
    </message>
    <message>
        <source>reason for returning</source>
        <translation>退回原因</translation>
    </message>
</context>
<context>
    <name>FilingFormTable</name>
    <message>
        <source>The filing holds no grids.</source>
        <extracomment>备案中没有网格。</extracomment>
        <translation>备案中没有网格。</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 grids are listed.</source>
        <extracomment>仅列出全部%2个网格中的前%1个。</extracomment>
        <translation>仅列出全部%2个网格中的前%1个。</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>序号</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <source>Grid code</source>
        <extracomment>网格编码</extracomment>
        <translation>网格编码</translation>
    </message>
    <message>
        <source>Grid name</source>
        <extracomment>网格名称</extracomment>
        <translation>网格名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>网格类型</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Areas covered</source>
        <extracomment>覆盖村（社区）、园区</extracomment>
        <translation>覆盖村（社区）、园区</translation>
    </message>
    <message>
        <source>Inspector (name, phone, unit)</source>
        <extracomment>网格员（姓名、电话、单位）</extracomment>
        <translation>网格员（姓名、电话、单位）</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <extracomment>证书编号</extracomment>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <extracomment>证书有效期至</extracomment>
        <translation>证书有效期至</translation>
    </message>
    <message>
        <source>No valid certificate</source>
        <extracomment>无有效证书</extracomment>
        <translation>无有效证书</translation>
    </message>
    <message>
        <source>Park grid</source>
        <extracomment>园区/功能区网格</extracomment>
        <translation>园区/功能区网格</translation>
    </message>
    <message>
        <source>Village/community grid</source>
        <extracomment>村（社区）网格</extracomment>
        <translation>村（社区）网格</translation>
    </message>
    <message>
        <source>Part: %1</source>
        <extracomment>片区：%1</extracomment>
        <translation>片区：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of areas</comment>
        <extracomment>、 (the Chinese enumeration comma)</extracomment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source> … %n in all</source>
        <comment>areas of a grid</comment>
        <extracomment>等，共%n个</extracomment>
        <translation>
            <numerusform>等，共%n个</numerusform>
        </translation>
    </message>
    <message>
        <source>No inspector</source>
        <extracomment>未配备网格员</extracomment>
        <translation>未配备网格员</translation>
    </message>
</context>
<context>
    <name>FilingFormWriter</name>
    <message>
        <source>Could not write the filing form %1: %2</source>
        <extracomment>无法写入备案表 %1：%2</extracomment>
        <translation>无法写入备案表 %1：%2</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <extracomment>无法开始生成 PDF。</extracomment>
        <translation>无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>第%1页，共%2页</extracomment>
        <translation>第%1页，共%2页</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <extracomment>打印日期：%1</extracomment>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>the PDF could not be finished.</source>
        <extracomment>无法完成 PDF。</extracomment>
        <translation>无法完成 PDF。</translation>
    </message>
    <message>
        <source>Grids and their inspectors</source>
        <extracomment>网格及网格员</extracomment>
        <translation>网格及网格员</translation>
    </message>
    <message>
        <source>Decision of the district</source>
        <extracomment>区审核决定</extracomment>
        <translation>区审核决定</translation>
    </message>
    <message>
        <source>Seal of the town (street):</source>
        <extracomment>镇（街道）盖章：</extracomment>
        <translation>镇（街道）盖章：</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <extracomment>经办人：</extracomment>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <extracomment>日期：</extracomment>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Review opinion of the district emergency management bureau:</source>
        <extracomment>区应急管理局审核意见：</extracomment>
        <translation>区应急管理局审核意见：</translation>
    </message>
    <message>
        <source>Seal:</source>
        <extracomment>盖章：</extracomment>
        <translation>盖章：</translation>
    </message>
    <message>
        <source>Town (street)</source>
        <extracomment>镇（街道）</extracomment>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a town and its code</comment>
        <extracomment>%1（%2）</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Filing No.</source>
        <extracomment>备案编号</extracomment>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>No. %1</source>
        <extracomment>第%1号</extracomment>
        <translation>第%1号</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>状态</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Division revision</source>
        <extracomment>划分版本</extracomment>
        <translation>划分版本</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <extracomment>提交人</extracomment>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <extracomment>提交时间</extracomment>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Villages, communities and parks</source>
        <extracomment>村（社区）、园区数</extracomment>
        <translation>村（社区）、园区数</translation>
    </message>
    <message>
        <source>Grids</source>
        <extracomment>网格数</extracomment>
        <translation>网格数</translation>
    </message>
    <message>
        <source>Note from the town</source>
        <extracomment>镇（街道）说明</extracomment>
        <translation>镇（街道）说明</translation>
    </message>
    <message>
        <source>Decision</source>
        <extracomment>审核结果</extracomment>
        <translation>审核结果</translation>
    </message>
    <message>
        <source>Decided by</source>
        <extracomment>审核人</extracomment>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Decided at</source>
        <extracomment>审核时间</extracomment>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <extracomment>退回理由</extracomment>
        <translation>退回理由</translation>
    </message>
    <message>
        <source>Remark</source>
        <extracomment>备案意见</extracomment>
        <translation>备案意见</translation>
    </message>
    <message>
        <source>Grid division filing form</source>
        <extracomment>网格划分备案表</extracomment>
        <translation>网格划分备案表</translation>
    </message>
    <message>
        <source>%1 grid division filing form</source>
        <extracomment>%1网格划分备案表</extracomment>
        <translation>%1网格划分备案表</translation>
    </message>
    <message>
        <source>Submitted, awaiting the district&apos;s decision</source>
        <extracomment>已提交，待区审核</extracomment>
        <translation>已提交，待区审核</translation>
    </message>
    <message>
        <source>Filed</source>
        <extracomment>已备案</extracomment>
        <translation>已备案</translation>
    </message>
    <message>
        <source>Returned</source>
        <extracomment>已退回</extracomment>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Withdrawn (replaced by a newer filing)</source>
        <extracomment>已撤回（已由新的备案替代）</extracomment>
        <translation>已撤回（已由新的备案替代）</translation>
    </message>
</context>
<context>
    <name>GeoJsonBoundaries</name>
    <message>
        <source>Feature %1 is not a GeoJSON Feature (an object with &quot;type&quot;: &quot;Feature&quot;).</source>
        <translation>第 %1 个要素不是 GeoJSON Feature（应为带有 &quot;type&quot;: &quot;Feature&quot; 的对象）。</translation>
    </message>
    <message>
        <source>Feature %1 has no name: properties.name must give the name of the village, community or park.</source>
        <translation>第 %1 个要素没有名称：properties.name 须写明村、社区或园区的名称。</translation>
    </message>
    <message>
        <source>Feature %1 (%2)</source>
        <translation>第 %1 个要素（%2）</translation>
    </message>
    <message>
        <source>%1: its code “%2” is not a 12-digit division code.</source>
        <translation>%1：其代码“%2”不是 12 位区划代码。</translation>
    </message>
    <message>
        <source>%1 has no town: properties.town must name its town or street, unless properties.code gives its 12-digit division code.</source>
        <translation>%1 没有所属镇（街道）：properties.town 须写明镇或街道名称，除非 properties.code 给出了 12 位区划代码。</translation>
    </message>
    <message>
        <source>%1 has no geometry.</source>
        <translation>%1 没有几何图形。</translation>
    </message>
    <message>
        <source>%1 repeats feature %2: both are %3 of %4.</source>
        <translation>%1 与第 %2 个要素重复：两者都是 %4 的 %3。</translation>
    </message>
    <message>
        <source>%1 repeats feature %2: both have the code %3.</source>
        <translation>%1 与第 %2 个要素重复：两者代码都是 %3。</translation>
    </message>
    <message>
        <source>%1 has geometry of type “%2”; only Polygon and MultiPolygon outline an area.</source>
        <translation>%1 的几何类型为“%2”；只有 Polygon 和 MultiPolygon 能表示区域边界。</translation>
    </message>
    <message>
        <source>%1 has a geometry without coordinates.</source>
        <translation>%1 的几何图形没有坐标。</translation>
    </message>
    <message>
        <source>%1 has a polygon without rings.</source>
        <translation>%1 有一个没有环的多边形。</translation>
    </message>
    <message>
        <source>%1 has more than %2 positions; simplify its outline and import again.</source>
        <translation>%1 的坐标点超过 %2 个；请简化边界后重新导入。</translation>
    </message>
    <message>
        <source>The file has more than %1 positions in all; simplify the outlines or import the towns in separate files.</source>
        <translation>文件的坐标点总数超过 %1 个；请简化边界，或按镇（街道）分文件导入。</translation>
    </message>
    <message>
        <source>%1 has a ring of %2 positions; a closed ring needs at least 4, the last repeating the first.</source>
        <translation>%1 有一个只含 %2 个点的环；闭合环至少需要 4 个点，且最后一点与第一点相同。</translation>
    </message>
    <message>
        <source>%1: position %2 of a ring is not a pair of numbers [longitude, latitude].</source>
        <translation>%1：环中第 %2 个点不是 [经度, 纬度] 数对。</translation>
    </message>
    <message>
        <source>%1: position [%2, %3] lies outside China (longitude 73–136°, latitude 3–54°). Coordinates must be longitude and latitude in degrees, longitude first (WGS-84 or CGCS2000); projected coordinates in metres are not accepted.</source>
        <translation>%1：点 [%2, %3] 不在中国范围内（经度 73–136°，纬度 3–54°）。坐标须为以度表示的经纬度，经度在前（WGS-84 或 CGCS2000）；不接受以米为单位的投影坐标。</translation>
    </message>
    <message>
        <source>%1 has a ring that is not closed: its last position must repeat its first.</source>
        <translation>%1 有一个未闭合的环：最后一点须与第一点相同。</translation>
    </message>
    <message>
        <source>The file is %1 MiB; a boundary file may be at most %2 MiB.</source>
        <translation>文件大小为 %1 MiB；边界文件最大为 %2 MiB。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>文件不是有效的 JSON：%1（第 %2 字节处）。</translation>
    </message>
    <message>
        <source>The file is not a GeoJSON FeatureCollection: it must be an object with &quot;type&quot;: &quot;FeatureCollection&quot; and a &quot;features&quot; array.</source>
        <translation>文件不是 GeoJSON FeatureCollection：须为带有 &quot;type&quot;: &quot;FeatureCollection&quot; 和 &quot;features&quot; 数组的对象。</translation>
    </message>
    <message>
        <source>The file has %1 features; at most %2 can be imported at once.</source>
        <translation>文件有 %1 个要素；一次最多导入 %2 个。</translation>
    </message>
    <message>
        <source>The file holds no features.</source>
        <translation>文件中没有要素。</translation>
    </message>
    <message>
        <source>The file&apos;s coordinate reference system “%1” is not accepted: coordinates must be longitude and latitude in WGS-84 (EPSG:4326) or CGCS2000 (EPSG:4490).</source>
        <translation>不支持文件的坐标参考系“%1”：坐标须为 WGS-84（EPSG:4326）或 CGCS2000（EPSG:4490）下的经纬度。</translation>
    </message>
    <message>
        <source>%1 has more than %2 parts; merge or drop the smallest and import again.</source>
        <translation>%1 的多边形超过 %2 个；请合并或删去最小的几个后重新导入。</translation>
    </message>
</context>
<context>
    <name>GridCommands</name>
    <message>
        <source>A grid must cover at least one village, community or park.</source>
        <translation>网格必须至少覆盖一个村、社区或园区。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a village, community or park of this town.</source>
        <translation>“%1”不是本镇（街道）的村、社区或园区。</translation>
    </message>
    <message>
        <source>grid name</source>
        <translation>网格名称</translation>
    </message>
    <message>
        <source>This town already has a grid named &quot;%1&quot;.</source>
        <translation>本镇（街道）已有名为“%1”的网格。</translation>
    </message>
    <message>
        <source>Grid %1 does not exist.</source>
        <translation>网格 %1 不存在。</translation>
    </message>
    <message>
        <source>Grid &quot;%1&quot; has been retired.</source>
        <translation>网格“%1”已撤销。</translation>
    </message>
    <message>
        <source>reason for retiring</source>
        <translation>撤销原因</translation>
    </message>
    <message>
        <source>Area %1 is not a village, community or park of this town.</source>
        <translation>区域 %1 不是本镇（街道）的村、社区或园区。</translation>
    </message>
    <message>
        <source>Grid &quot;%1&quot; is in use, not retired.</source>
        <translation>网格“%1”正在使用，并未撤销。</translation>
    </message>
    <message>
        <source>reason for restoring</source>
        <translation>恢复原因</translation>
    </message>
    <message>
        <source>Another grid of this town is now named &quot;%1&quot;: rename that one before restoring this.</source>
        <translation>本镇另一个网格现在名为“%1”：请先给那个网格改名，再恢复此网格。</translation>
    </message>
    <message>
        <source>Grid &quot;%1&quot; was changed by someone else after you opened it. Open it again and apply your change.</source>
        <translation>网格“%1”在您打开后已被他人修改。请重新打开后再修改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a park: it belongs in a park grid, not in a village grid.</source>
        <translation>“%1”是园区：应划入园区网格，而不是村（社区）网格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a village or community: a park grid covers only parks and functional zones.</source>
        <translation>“%1”是村或社区：园区网格只覆盖园区和功能区。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in grid &quot;%2&quot;. To split it between grids, say which part this grid covers.</source>
        <translation>“%1”已划入网格“%2”。如需将其拆分为多个网格，请说明本网格覆盖的片区。</translation>
    </message>
    <message>
        <source>This town already has a grid with code %1.</source>
        <translation>本镇（街道）已有编码为 %1 的网格。</translation>
    </message>
    <message>
        <source>Unknown grid kind &quot;%1&quot;: use village or park.</source>
        <translation>未知的网格类型“%1”：请使用 village（村/社区）或 park（园区）。</translation>
    </message>
    <message>
        <source>part of the village</source>
        <translation>覆盖片区</translation>
    </message>
    <message>
        <source>Another grid of this town now has code %1: change that one&apos;s code before restoring this.</source>
        <translation>本镇另一个网格现在的编码是 %1：请先修改那个网格的编码，再恢复此网格。</translation>
    </message>
    <message>
        <source>A grid covers at most %1 areas.</source>
        <translation>一个网格最多覆盖 %1 个区域。</translation>
    </message>
    <message>
        <source>Grid &quot;%2&quot; covers &quot;%1&quot; whole. To split it, first say which part grid &quot;%2&quot; keeps.</source>
        <translation>网格“%2”覆盖整个“%1”。如需拆分，请先说明网格“%2”保留的片区。</translation>
    </message>
</context>
<context>
    <name>GridMapExporter</name>
    <message>
        <source>There is no map to export: no boundaries are imported for this town.</source>
        <translation>没有可导出的地图：本镇（街道）尚未导入边界。</translation>
    </message>
    <message>
        <source>Could not write the map image %1: %2</source>
        <translation>无法写入地图图片 %1：%2</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1: %2</source>
        <translation>无法写入 PDF 文件 %1：%2</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1: the PDF could not be started.</source>
        <translation>无法写入 PDF 文件 %1：无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>No inspector</source>
        <translation>无网格员</translation>
    </message>
    <message>
        <source>Not in any grid</source>
        <translation>未划入网格</translation>
    </message>
    <message>
        <source>Legend (continued)</source>
        <translation>图例（续）</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1: the PDF could not be finished.</source>
        <translation>无法写入 PDF 文件 %1：无法完成 PDF。</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
</context>
<context>
    <name>GridRules</name>
    <message>
        <source>Enter a grid code, such as WG-01.</source>
        <translation>请输入网格编码，如 WG-01。</translation>
    </message>
    <message>
        <source>A grid code has at most %1 characters; &quot;%2&quot; has %3.</source>
        <translation>网格编码最多 %1 个字符；“%2”有 %3 个。</translation>
    </message>
    <message>
        <source>A grid code may hold only the letters A–Z, digits and hyphens, and starts with a letter or digit (such as WG-01); &quot;%1&quot; does not.</source>
        <translation>网格编码只能包含字母 A–Z、数字和连字符，并以字母或数字开头（如 WG-01）；“%1”不符合。</translation>
    </message>
</context>
<context>
    <name>GridSafeServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>The server has too many connections; try again later.</source>
        <translation>服务器连接数已满，请稍后再试。</translation>
    </message>
    <message>
        <source>Too many connections from your address (%1); close some GridSafe windows and try again.</source>
        <translation>来自您地址的连接过多（上限 %1 个）；请关闭部分网格安监窗口后重试。</translation>
    </message>
</context>
<context>
    <name>ImportDesk</name>
    <message>
        <source>Your role may not import enterprises.</source>
        <translation>您的角色不能导入企业。</translation>
    </message>
    <message>
        <source>Import %1 is not open: it was committed, cancelled, replaced by a newer import or left idle too long. Start the import again.</source>
        <translation>导入 %1 已不在进行中：它已提交、已取消、被新的导入取代或闲置过久。请重新开始导入。</translation>
    </message>
    <message>
        <source>An import holds between 1 and %1 rows; this one has %2. Split the file.</source>
        <translation>一次导入须有 1 到 %1 行；本次有 %2 行。请拆分文件。</translation>
    </message>
    <message>
        <source>The server is staging %1 imports already; try again in a few minutes.</source>
        <translation>服务器已有 %1 个导入在进行中；请几分钟后重试。</translation>
    </message>
    <message>
        <source>Rows must be sent in order: the next row expected is %1.</source>
        <translation>各行须按顺序发送：下一行应为第 %1 行。</translation>
    </message>
    <message>
        <source>The import was begun with %1 rows; this chunk goes beyond them.</source>
        <translation>本次导入开始时为 %1 行；这一批超出了范围。</translation>
    </message>
    <message>
        <source>Row %1 of the file holds more than %2 bytes of text.</source>
        <translation>文件第 %1 行的文字超过 %2 字节。</translation>
    </message>
    <message>
        <source>The import holds more than %1 MiB of text; split the file.</source>
        <translation>本次导入的文字超过 %1 MiB；请拆分文件。</translation>
    </message>
    <message>
        <source>Only %1 of %2 rows have arrived; send the rest first.</source>
        <translation>%2 行中只收到了 %1 行；请先发送其余各行。</translation>
    </message>
    <message>
        <source>Check the import first (import.check).</source>
        <translation>请先检查导入（import.check）。</translation>
    </message>
</context>
<context>
    <name>InspectorCommands</name>
    <message>
        <source>inspector&apos;s name</source>
        <translation>网格员姓名</translation>
    </message>
    <message>
        <source>Unknown kind of inspector &quot;%1&quot;: use safetyOfficer, townStaff or other.</source>
        <translation>未知的网格员类别“%1”：请使用 safetyOfficer（安管员）、townStaff（镇街工作人员）或 other（其他）。</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>Area %1 is not a village, community or park of this town.</source>
        <translation>区域 %1 不是本镇（街道）的村、社区或园区。</translation>
    </message>
</context>
<context>
    <name>InspectorRules</name>
    <message>
        <source>Inspector %1 does not exist.</source>
        <translation>网格员 %1 不存在。</translation>
    </message>
    <message>
        <source>%1&apos;s record was changed by someone else after you opened it. Open it again and apply your change.</source>
        <translation>%1 的信息在您打开后已被他人修改。请重新打开后再修改。</translation>
    </message>
    <message>
        <source>Account %1 is not an inspector&apos;s account of this town.</source>
        <translation>账号 %1 不是本镇（街道）的网格员账号。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; already belongs to inspector %2.</source>
        <translation>账号“%1”已关联网格员 %2。</translation>
    </message>
    <message>
        <source>%1 (%2) is already registered as an inspector of this town.</source>
        <translation>%1（%2）已登记为本镇（街道）的网格员。</translation>
    </message>
    <message>
        <source>%1 is still responsible for %2: give those grids to another inspector first.</source>
        <translation>%1 仍负责 %2：请先将这些网格改派给其他网格员。</translation>
    </message>
    <message>
        <source>%1&apos;s certificate expired on %2. Only an inspector with a valid certificate can be responsible for a grid: renew it first.</source>
        <translation>%1 的证书已于 %2 过期。只有持有效证书的网格员才能负责网格：请先换发证书。</translation>
    </message>
    <message>
        <source>%1 has no valid certificate. Only an inspector who has been trained, passed the exam and holds a certificate can be responsible for a grid.</source>
        <translation>%1 没有有效证书。先培训考核、后持证上岗：只有经过培训、考核合格并持证的网格员才能负责网格。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database has schema version %1, but this program knows only up to version %2. Use a newer GridSafe server.</source>
        <translation>数据库结构版本为 %1，而本程序最高仅支持版本 %2。请使用更新版本的网格安监服务器。</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>The %1 must not be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>The %1 is too long: at most %2 characters, %3 given.</source>
        <translation>%1过长：最多 %2 个字符，当前为 %3 个。</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 characters: letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>用户名应为 3 至 32 个字符，只能包含字母 a–z、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>密码至少需要 10 个字符。</translation>
    </message>
    <message>
        <source>The password must have at most 128 characters.</source>
        <translation>密码最多 128 个字符。</translation>
    </message>
    <message>
        <source>The %1 contains a control or invisible character.</source>
        <translation>%1含有控制字符或不可见字符。</translation>
    </message>
</context>
<context>
    <name>PendingRowStyle</name>
    <message>
        <source>Not yet on the server; waiting to be sent:
%1</source>
        <translation>尚未到达服务器，等待发送：
%1</translation>
    </message>
</context>
<context>
    <name>PhoneRules</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>请输入联系电话。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: enter an 11-digit mobile number (13912345678) or a landline with its area code (0519-88001234).</source>
        <translation>“%1”不是电话号码：请输入 11 位手机号（如 13912345678）或带区号的座机号（如 0519-88001234）。</translation>
    </message>
</context>
<context>
    <name>RegionCommands</name>
    <message>
        <source>region name</source>
        <translation>区域名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists at this level.</source>
        <translation>同一级下已存在“%1”。</translation>
    </message>
    <message>
        <source>A village or community code has 12 digits (e.g. 320412104200).</source>
        <translation>村、社区或园区的区划代码为 12 位数字（例如 320412104200）。</translation>
    </message>
    <message>
        <source>Only an administrator may rename a town or the district.</source>
        <translation>只有管理员可以修改镇（街道）或区的名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else. Reload and try again.</source>
        <translation>“%1”已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>Only an administrator may create the district.</source>
        <translation>只有管理员可以建立经开区。</translation>
    </message>
    <message>
        <source>The district already exists: %1.</source>
        <translation>经开区已经存在：%1。</translation>
    </message>
    <message>
        <source>A district code has 6 digits (e.g. 320412).</source>
        <translation>经开区的区划代码为 6 位数字（如 320412）。</translation>
    </message>
    <message>
        <source>Unknown kind of region &quot;%1&quot;.</source>
        <translation>未知的区域类型“%1”。</translation>
    </message>
    <message>
        <source>A new region needs its parent (parentId).</source>
        <translation>新区域需要指定上级（parentId）。</translation>
    </message>
    <message>
        <source>Only an administrator may add a town or street.</source>
        <translation>只有管理员可以新增镇或街道。</translation>
    </message>
    <message>
        <source>Region %1 does not exist.</source>
        <translation>区域 %1 不存在。</translation>
    </message>
    <message>
        <source>A town or street belongs to the district.</source>
        <translation>镇或街道的上级必须是经开区。</translation>
    </message>
    <message>
        <source>A town or street code has 9 digits (e.g. 320412104).</source>
        <translation>镇或街道的区划代码为 9 位数字（如 320412104）。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 处问题。</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>未导入任何内容：
%1</translation>
    </message>
</context>
<context>
    <name>RegionImport</name>
    <message>
        <source>The district already exists: %1 (id %2).</source>
        <translation>区已存在：%1（编号 %2）。</translation>
    </message>
    <message>
        <source>district name</source>
        <translation>区名称</translation>
    </message>
    <message>
        <source>A district code has 6 digits (e.g. 320412).</source>
        <translation>区的区划代码为 6 位数字（如 320412）。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. In Excel, save it as &quot;CSV UTF-8&quot;.</source>
        <translation>文件不是 UTF-8 文本。请在 Excel 中另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The first row must name the columns 区划代码, 名称, 类型, 上级 (名称 and 类型 are required).</source>
        <translation>第一行须为列名：区划代码、名称、类型、上级（名称和类型必填）。</translation>
    </message>
    <message>
        <source>There is no district yet: run init --district NAME first.</source>
        <translation>尚未创建区：请先运行 init --district 区名称。</translation>
    </message>
    <message>
        <source>类型 &quot;%1&quot; is not one of 镇, 街道, 村, 社区, 园区.</source>
        <translation>类型“%1”不是镇、街道、村、社区、园区之一。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>区划代码 &quot;%1&quot; should have %2 digits for this kind of area.</source>
        <translation>区划代码“%1”应为 %2 位数字。</translation>
    </message>
    <message>
        <source>A town or street belongs to the district; leave 上级 empty (found &quot;%1&quot;).</source>
        <translation>镇、街道直属于区，“上级”应留空（现为“%1”）。</translation>
    </message>
    <message>
        <source>A village, community or park needs its town or street in 上级.</source>
        <translation>村、社区、园区须在“上级”中填写所属镇或街道。</translation>
    </message>
    <message>
        <source>上级 &quot;%1&quot; is no town or street in the database or in an earlier row.</source>
        <translation>上级“%1”不是数据库中或前面行里的镇或街道。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in row %2 under the same parent.</source>
        <translation>“%1”已在第 %2 行出现，且上级相同。</translation>
    </message>
</context>
<context>
    <name>RegionKind</name>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>园区</translation>
    </message>
</context>
<context>
    <name>RegisterPlaces</name>
    <message>
        <source>Choose the enterprise&apos;s town or street.</source>
        <translation>请选择企业所在的镇（街道）。</translation>
    </message>
    <message>
        <source>%1 is not your town: you may only keep your own town&apos;s enterprises.</source>
        <translation>%1 不是您所在的镇（街道）：您只能维护本镇（街道）的企业。</translation>
    </message>
    <message>
        <source>The village or community is not one of %1&apos;s.</source>
        <translation>该村（社区）不属于%1。</translation>
    </message>
    <message>
        <source>The grid is not one of %1&apos;s.</source>
        <translation>该网格不属于%1。</translation>
    </message>
    <message>
        <source>Grid &quot;%1&quot; is retired: choose a grid in use.</source>
        <translation>网格“%1”已撤销：请选择在用的网格。</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>Cannot open the local data file %1: %2</source>
        <translation>无法打开本地数据文件 %1：%2</translation>
    </message>
    <message>
        <source>The local data file %1 was written by a newer GridSafe. Install the newer version.</source>
        <translation>本地数据文件 %1 由更高版本的网格安监写入，请安装新版本。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>District reviewer</source>
        <translation>区级审核员</translation>
    </message>
    <message>
        <source>Town operator</source>
        <translation>镇（街道）操作员</translation>
    </message>
    <message>
        <source>Grid inspector</source>
        <translation>网格员</translation>
    </message>
</context>
<context>
    <name>ScopeChecks</name>
    <message>
        <source>This belongs to another town; you may only change your own town&apos;s data.</source>
        <translation>该数据属于其他镇（街道），您只能修改本镇（街道）的数据。</translation>
    </message>
    <message>
        <source>Region %1 does not exist.</source>
        <translation>区域 %1 不存在。</translation>
    </message>
    <message>
        <source>Region &quot;%1&quot; is not a town or street.</source>
        <translation>区域“%1”不是镇或街道。</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the server&apos;s address, e.g. 192.168.1.10 or 192.168.1.10:%1.</source>
        <translation>请输入服务器地址，例如 192.168.1.10 或 192.168.1.10:%1。</translation>
    </message>
</context>
<context>
    <name>ServerConsole</name>
    <message>
        <source>GridSafe server %1, SQLite %2, database schema %3</source>
        <translation>网格安监服务器 %1，SQLite %2，数据库结构版本 %3</translation>
    </message>
    <message>
        <source>Listening on %1:%2 (TLS)</source>
        <translation>正在监听 %1:%2（TLS）</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>证书 SHA-256 指纹：%1</translation>
    </message>
    <message>
        <source>--role must be admin, reviewer, operator or inspector.</source>
        <translation>--role 必须为 admin、reviewer、operator 或 inspector。</translation>
    </message>
    <message>
        <source>--town must name an existing town or street, e.g. 遥观镇.</source>
        <translation>--town 必须为已有的镇或街道，例如：遥观镇。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken.</source>
        <translation>用户名“%1”已被使用。</translation>
    </message>
    <message>
        <source>Could not create the user.</source>
        <translation>无法创建用户。</translation>
    </message>
    <message>
        <source>Created user %1 (id %2).</source>
        <translation>已创建用户 %1（ID %2）。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>用户不存在。</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Could not reset the password.</source>
        <translation>无法重置密码。</translation>
    </message>
    <message>
        <source>Password reset; the user&apos;s sessions have ended.</source>
        <translation>密码已重置，该用户的所有会话均已结束。</translation>
    </message>
    <message>
        <source>Folder for the database and TLS files.</source>
        <translation>存放数据库和 TLS 文件的目录。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Address and port to listen on.</source>
        <translation>监听的地址和端口。</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>End sessions idle this long.</source>
        <translation>会话空闲超过此时长后自动结束。</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en.</source>
        <translation>消息语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>语言代码</translation>
    </message>
    <message>
        <source>User name (create-user, reset-password).</source>
        <translation>用户名（create-user、reset-password）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Display name (create-user).</source>
        <translation>显示名称（create-user）。</translation>
    </message>
    <message>
        <source>admin, reviewer, operator or inspector (create-user).</source>
        <translation>admin、reviewer、operator 或 inspector（create-user）。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Town of an operator or inspector (create-user).</source>
        <translation>操作员或网格员所属的镇（街道）（create-user）。</translation>
    </message>
    <message>
        <source>What to do; serve if omitted.</source>
        <translation>要执行的命令；省略时为 serve。</translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT, e.g. 127.0.0.1:%1</source>
        <translation>--listen 的格式应为 HOST:PORT，例如 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>--session-idle-minutes wants a positive whole number.</source>
        <translation>--session-idle-minutes 必须为正整数。</translation>
    </message>
    <message>
        <source>backup wants a target file.</source>
        <translation>backup 需要指定目标文件。</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1.</source>
        <translation>警告：审计日志已损坏！第 %1 条记录校验失败。</translation>
    </message>
    <message>
        <source>Audit log intact: %1 entries.</source>
        <translation>审计日志完整：共 %1 条记录。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See --help.</source>
        <translation>未知命令“%1”，详见 --help。</translation>
    </message>
    <message>
        <source>Another gridsafe-server is using %1; stop it first.</source>
        <translation>另一个 gridsafe-server 正在使用 %1，请先停止它。</translation>
    </message>
    <message>
        <source>restore wants a backup file.</source>
        <translation>restore 需要指定备份文件。</translation>
    </message>
    <message>
        <source>Restored from %1. Clients will reload their data on next connect.</source>
        <translation>已从 %1 恢复。客户端下次连接时将重新加载数据。</translation>
    </message>
    <message>
        <source>init wants --district NAME.</source>
        <translation>init 需要 --district 区名称。</translation>
    </message>
    <message>
        <source>Created the district (id %1). Next: import-regions FILE, then create-user for each town&apos;s operators.</source>
        <translation>已创建区（编号 %1）。下一步：import-regions 文件，然后用 create-user 为各镇（街道）创建操作员。</translation>
    </message>
    <message>
        <source>import-regions wants a readable CSV file.</source>
        <translation>import-regions 需要一个可读取的 CSV 文件。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Nothing was imported; correct the rows above.</source>
        <translation>未导入任何数据；请更正以上各行。</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 created, %3 already there.</source>
        <translation>已导入 %1 行：新建 %2 个，已存在 %3 个。</translation>
    </message>
    <message>
        <source>GridSafe server.

Commands: serve (default), init --district NAME [--code CODE], import-regions FILE, create-user, reset-password, backup FILE, restore FILE, verify-audit.</source>
        <translation>网格安监服务器。

命令：serve（默认）、init --district 区名称 [--code 代码]、import-regions 文件、create-user、reset-password、backup FILE、restore FILE、verify-audit。</translation>
    </message>
    <message>
        <source>Name of the district, the root of the region tree (init).</source>
        <translation>区名称，即区划树的根（init）。</translation>
    </message>
    <message>
        <source>The district&apos;s 6-digit division code (init; optional).</source>
        <translation>区的 6 位区划代码（init；可选）。</translation>
    </message>
    <message>
        <source>Seed demo data into an empty database: the district, accounts, and the pilot towns&apos; grids staffed, certified and filed.</source>
        <translation>向空数据库写入演示数据：经开区、账号，以及试点镇已配齐持证网格员并已备案的网格。</translation>
    </message>
    <message>
        <source>Seed only the demo district, accounts and a few grids (for scripts and tests that need free villages).</source>
        <translation>只写入演示的经开区、账号和少量网格（供需要未划分村社区的脚本和测试使用）。</translation>
    </message>
    <message>
        <source>Most commands made durable by one commit (1: a commit per command).</source>
        <translation>一次提交最多落盘的命令数（1：每条命令各提交一次）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>--commit-batch wants a whole number from 1 to 4096.</source>
        <translation>--commit-batch 须为 1 到 4096 之间的整数。</translation>
    </message>
</context>
<context>
    <name>ServerCore</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据目录 %1。</translation>
    </message>
</context>
<context>
    <name>SheetErrors</name>
    <message>
        <source>The file is not a valid .xlsx workbook (%1). Open it in Excel or WPS, save it again as .xlsx (Excel Workbook) and import that.</source>
        <translation>该文件不是有效的 .xlsx 工作簿（%1）。请用 Excel 或 WPS 打开，重新另存为 .xlsx（Excel 工作簿）后再导入。</translation>
    </message>
    <message>
        <source>This is an old Excel .xls file: save it as .xlsx (Excel Workbook) and import that.</source>
        <translation>这是旧版 Excel .xls 文件：请另存为 .xlsx（Excel 工作簿）后再导入。</translation>
    </message>
    <message>
        <source>The file is password-protected (encrypted): open it in Excel or WPS, remove the password, save it as .xlsx and import that.</source>
        <translation>该文件设有密码（已加密）：请用 Excel 或 WPS 打开，取消密码，另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>This is an OpenDocument (.ods) spreadsheet: save it as .xlsx (Excel Workbook) and import that.</source>
        <translation>这是 OpenDocument（.ods）表格：请另存为 .xlsx（Excel 工作簿）后再导入。</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows below its header row: split it into smaller files and import each.</source>
        <translation>表头以下超过 %1 行：请拆分为较小的文件分别导入。</translation>
    </message>
    <message>
        <source>The sheet has filled cells beyond column %1 (%2): delete the columns that are not needed and import again.</source>
        <translation>第 %1 列（%2）之后还有填写的单元格：请删除不需要的列后重新导入。</translation>
    </message>
    <message>
        <source>The sheet has more than %1 cells: split it into smaller files and import each.</source>
        <translation>工作表超过 %1 个单元格：请拆分为较小的文件分别导入。</translation>
    </message>
    <message>
        <source>Cell %1 holds more than %2 characters, more than a cell may hold.</source>
        <translation>单元格 %1 超过 %2 个字符，超出单元格的容量。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to more than %2 MiB: the sheet is too large to import. Split it into smaller files and import each.</source>
        <translation>工作簿的部件 %1 解压后超过 %2 MiB：表格过大，无法导入。请拆分为较小的文件分别导入。</translation>
    </message>
    <message>
        <source>The file was not read: reading was cancelled.</source>
        <translation>未读取文件：已取消读取。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>它不是文件</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB: split it into smaller files and import each.</source>
        <translation>文件超过 %1 MiB：请拆分为较小的文件分别导入。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>it is not a zip archive</source>
        <translation>它不是 zip 压缩包</translation>
    </message>
    <message>
        <source>GridSafe reads .xlsx and .csv files: save the sheet as .xlsx (Excel Workbook) and import that.</source>
        <translation>网格安监可读取 .xlsx 和 .csv 文件：请将表格另存为 .xlsx（Excel 工作簿）后再导入。</translation>
    </message>
</context>
<context>
    <name>TlsIdentity</name>
    <message>
        <source>Could not create the TLS certificate.</source>
        <translation>无法生成 TLS 证书。</translation>
    </message>
    <message>
        <source>Could not write the TLS certificate into %1.</source>
        <translation>无法将 TLS 证书写入 %1。</translation>
    </message>
    <message>
        <source>Could not read the TLS key or certificate in %1.</source>
        <translation>无法读取 %1 中的 TLS 密钥或证书。</translation>
    </message>
    <message>
        <source>The TLS key or certificate in %1 is damaged; move them away to make new ones (clients will warn that the certificate changed).</source>
        <translation>%1 中的 TLS 密钥或证书已损坏；请将其移走以重新生成（客户端将提示证书已变更）。</translation>
    </message>
</context>
<context>
    <name>TrainingCommands</name>
    <message>
        <source>The %1 %2 is in the future: record it once it has happened.</source>
        <translation>%1 %2 在将来：请在发生后再登记。</translation>
    </message>
    <message>
        <source>Training hours must be between 0.5 and 24, in half hours; %1 is not.</source>
        <translation>培训学时须在 0.5 到 24 之间，以半小时计；%1 不符合。</translation>
    </message>
    <message>
        <source>Tick at least one inspector who attended.</source>
        <translation>请至少勾选一名参训网格员。</translation>
    </message>
    <message>
        <source>%1 is an inspector of another town.</source>
        <translation>%1 是其他镇（街道）的网格员。</translation>
    </message>
    <message>
        <source>training date</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <source>training topic</source>
        <translation>培训主题</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>授课人</translation>
    </message>
    <message>
        <source>Training %1 does not exist.</source>
        <translation>培训 %1 不存在。</translation>
    </message>
    <message>
        <source>This training was changed by someone else after you opened it. Open it again and apply your change.</source>
        <translation>该培训记录在您打开后已被他人修改。请重新打开后再修改。</translation>
    </message>
    <message>
        <source>exam date</source>
        <translation>考核日期</translation>
    </message>
    <message>
        <source>exam subject</source>
        <translation>考核科目</translation>
    </message>
    <message>
        <source>The pass mark must be above 0 and at most 100.</source>
        <translation>合格分数线须大于 0 且不超过 100。</translation>
    </message>
    <message>
        <source>The score must be between 0 and 100; %1 is not.</source>
        <translation>成绩须在 0 到 100 之间；%1 不符合。</translation>
    </message>
    <message>
        <source>A certificate number has 3–32 letters, digits and hyphens; &quot;%1&quot; does not.</source>
        <translation>证书编号由 3–32 个字母、数字和连字符组成；“%1”不符合。</translation>
    </message>
    <message>
        <source>Certificate number %1 has already been issued.</source>
        <translation>证书编号 %1 已发放过。</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>A certificate is valid for up to %1 years after it is issued: choose an expiry date after %2 and no later than %3.</source>
        <translation>证书自发证起最长有效 %1 年：请选择晚于 %2、不晚于 %3 的有效期。</translation>
    </message>
    <message>
        <source>Exam %1 is not one of %2&apos;s exams.</source>
        <translation>考核 %1 不是 %2 的考核记录。</translation>
    </message>
    <message>
        <source>%1 did not pass that exam (%2 of %3 needed): a certificate needs a passed exam.</source>
        <translation>%1 该次考核未合格（%2 分，合格线 %3 分）：发证须考核合格。</translation>
    </message>
    <message>
        <source>The exam of %1 cannot support a certificate issued on %2: it must be passed within the year before.</source>
        <translation>%1 的考核不能作为 %2 发证的依据：须为发证前一年内合格的考核。</translation>
    </message>
    <message>
        <source>Certificate %1 does not exist.</source>
        <translation>证书 %1 不存在。</translation>
    </message>
    <message>
        <source>Certificate %1 was already revoked on %2.</source>
        <translation>证书 %1 已于 %2 吊销。</translation>
    </message>
    <message>
        <source>reason for revoking</source>
        <translation>吊销原因</translation>
    </message>
    <message>
        <source>A training plan is made for last year, this year or next year (%1–%2), not %3.</source>
        <translation>培训计划只能为去年、今年或明年（%1–%2）制定，不能为 %3 年。</translation>
    </message>
    <message>
        <source>The %1 training plan was changed by someone else after you opened it. Open it again and apply your change.</source>
        <translation>%1 年培训计划在您打开后已被他人修改。请重新打开后再修改。</translation>
    </message>
    <message>
        <source>Required hours per inspector must be between 0 and 200.</source>
        <translation>每名网格员应修学时须在 0 到 200 之间。</translation>
    </message>
    <message>
        <source>A plan holds at most %1 sessions.</source>
        <translation>一份计划最多安排 %1 次培训。</translation>
    </message>
    <message>
        <source>Month %1 is not a month of the year.</source>
        <translation>%1 不是有效的月份。</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A training records at most %1 attendees.</source>
        <translation>一次培训最多登记 %1 名参训人员。</translation>
    </message>
</context>
<context>
    <name>TrainingRules</name>
    <message>
        <source>Choose the %1.</source>
        <translation>请选择%1。</translation>
    </message>
    <message>
        <source>The %1 %2 is in the future: record it once it has happened.</source>
        <translation>%1 %2 在将来：请在发生后再登记。</translation>
    </message>
    <message>
        <source>Training hours must be between 0.5 and 24, in half hours; %1 is not.</source>
        <translation>培训学时须在 0.5 到 24 之间，以半小时计；%1 不符合。</translation>
    </message>
    <message>
        <source>A certificate number has 3–32 letters, digits and hyphens; &quot;%1&quot; does not.</source>
        <translation>证书编号由 3–32 个字母、数字和连字符组成；“%1”不符合。</translation>
    </message>
    <message>
        <source>A certificate is valid for up to %1 years after it is issued: choose an expiry date after %2 and no later than %3.</source>
        <translation>证书自发证起最长有效 %1 年：请选择晚于 %2、不晚于 %3 的有效期。</translation>
    </message>
    <message>
        <source>The exam of %1 cannot support a certificate issued on %2: it must be passed within the year before.</source>
        <translation>%1 的考核不能作为 %2 发证的依据：须为发证前一年内合格的考核。</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>User %1 does not exist.</source>
        <translation>用户 %1 不存在。</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use admin, reviewer, operator or inspector.</source>
        <translation>未知角色“%1”：请使用 admin、reviewer、operator 或 inspector。</translation>
    </message>
    <message>
        <source>A town operator or inspector needs a town.</source>
        <translation>镇（街道）操作员和网格员必须指定所属镇（街道）。</translation>
    </message>
    <message>
        <source>Administrators and reviewers are not bound to a town.</source>
        <translation>管理员和区级审核员不隶属于任何镇（街道）。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken.</source>
        <translation>用户名“%1”已被使用。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>Your password was changed meanwhile; enter the new one as the current password and try again.</source>
        <translation>您的密码在此期间已被修改；请以新密码作为当前密码后重试。</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>it holds no workbook</source>
        <translation>其中没有工作簿</translation>
    </message>
    <message>
        <source>it holds no worksheet</source>
        <translation>其中没有工作表</translation>
    </message>
</context>
<context>
    <name>XlsxSharedStrings</name>
    <message>
        <source>The workbook holds more than %1 different texts: split it into smaller files and import each.</source>
        <translation>工作簿包含超过 %1 个不同的文本：请拆分为较小的文件分别导入。</translation>
    </message>
    <message>
        <source>A text in the workbook holds more than %1 characters, more than a cell may hold.</source>
        <translation>工作簿中有文本超过 %1 个字符，超出单元格的容量。</translation>
    </message>
    <message>
        <source>its part %1 ends inside a text</source>
        <translation>其部件 %1 在文本中途结束</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>a row is numbered “%1”</source>
        <translation>有一行的行号为“%1”</translation>
    </message>
    <message>
        <source>a cell is named “%1”</source>
        <translation>有一个单元格名为“%1”</translation>
    </message>
    <message>
        <source>cell %1 names a shared text that is missing</source>
        <translation>单元格 %1 引用的共享文本不存在</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>a sheet holds at most %1 rows</source>
        <translation>一个工作表最多 %1 行</translation>
    </message>
    <message>
        <source>a sheet holds at most %1 columns</source>
        <translation>一个工作表最多 %1 列</translation>
    </message>
    <message>
        <source>row %1 has a text longer than the %2 characters a cell may hold</source>
        <translation>第 %1 行有文本超过单元格可容纳的 %2 个字符</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>the existing file cannot be replaced; if it is open in Excel or WPS, close it and try again</source>
        <translation>无法替换已有文件；如果它正在 Excel 或 WPS 中打开，请关闭后重试</translation>
    </message>
    <message>
        <source>the finished file cannot be moved into place</source>
        <translation>无法将完成的文件移到目标位置</translation>
    </message>
</context>
<context>
    <name>XmlPartReader</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>its part %1 ends too early</source>
        <translation>其部件 %1 提前结束</translation>
    </message>
    <message>
        <source>its part %1 declares a DTD</source>
        <translation>其部件 %1 声明了 DTD</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>it is not a zip archive</source>
        <translation>它不是 zip 压缩包</translation>
    </message>
    <message>
        <source>its zip archive is damaged or incomplete</source>
        <translation>其 zip 压缩包已损坏或不完整</translation>
    </message>
    <message>
        <source>it has no part %1</source>
        <translation>其中没有部件 %1</translation>
    </message>
    <message>
        <source>its part %1 cannot be opened: %2</source>
        <translation>无法打开其部件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ZipEntry</name>
    <message>
        <source>its part %1 is damaged: %2</source>
        <translation>其部件 %1 已损坏：%2</translation>
    </message>
</context>
<context>
    <name>gridsafe::AboutDialog</name>
    <message>
        <source>About GridSafe</source>
        <translation>关于网格安监</translation>
    </message>
    <message>
        <source>Grid-based safety supervision for the towns of a development zone.</source>
        <translation>开发区各镇（街道）的网格化安全生产监管。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Certificate (SHA-256):</source>
        <translation>证书指纹（SHA-256）：</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>当前用户：</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
</context>
<context>
    <name>gridsafe::AgenciesPage</name>
    <message>
        <source>Find by name, credit code or contact (Ctrl+F)</source>
        <translation>按名称、统一社会信用代码或联系人查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New agency…</source>
        <extracomment>新建技术服务机构</extracomment>
        <translation>新建技术服务机构(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit agency…</source>
        <extracomment>编辑技术服务机构</extracomment>
        <translation>编辑技术服务机构(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Technical service agencies, ranked by growth value</source>
        <extracomment>技术服务机构名录（按成长值排名）</extracomment>
        <translation>技术服务机构名录（按成长值排名）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find agency…</source>
        <translation>查找技术服务机构(&amp;F)…</translation>
    </message>
    <message>
        <source>No agencies registered yet.</source>
        <translation>还没有登记技术服务机构。</translation>
    </message>
    <message numerus="yes">
        <source>%1 shown · %n agency(ies)</source>
        <translation>
            <numerusform>显示 %1 家 · 共 %n 家机构</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies), %1 on the city&apos;s list</source>
        <extracomment>共 %n 家，其中 %1 家列入市级名录</extracomment>
        <translation>
            <numerusform>共 %n 家，其中 %1 家列入市级名录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridsafe::AgencyChooser</name>
    <message>
        <source>Choose an agency</source>
        <extracomment>请选择技术服务机构</extracomment>
        <translation>请选择技术服务机构</translation>
    </message>
    <message>
        <source>%1 — not on the city&apos;s list</source>
        <extracomment>An agency that cannot be hired: 不在市级名录.</extracomment>
        <translation>%1 — 不在市级名录</translation>
    </message>
    <message>
        <source>%1. %2 — growth value %3</source>
        <extracomment>Rank, name and growth value (成长值): &quot;1. 常州安泰… — 成长值 892&quot;.</extracomment>
        <translation>%1. %2 — 成长值 %3</translation>
    </message>
    <message>
        <source>%1 — not scored</source>
        <extracomment>未评分: no growth value (成长值) yet.</extracomment>
        <translation>%1 — 未评分</translation>
    </message>
    <message>
        <source>Only an agency on the city&apos;s list of technical service agencies can get a contract.</source>
        <translation>只有列入市级技术服务机构名录的机构才能签订服务合同。</translation>
    </message>
</context>
<context>
    <name>gridsafe::AgencyEditDialog</name>
    <message>
        <source>New technical service agency</source>
        <extracomment>新建技术服务机构</extracomment>
        <translation>新建技术服务机构</translation>
    </message>
    <message>
        <source>Edit agency %1</source>
        <extracomment>编辑技术服务机构
----------
修改技术服务机构 %1</extracomment>
        <translation>修改技术服务机构 %1</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>On the city&apos;s &amp;list of technical service agencies</source>
        <extracomment>列入市级技术服务机构名录</extracomment>
        <translation>列入市级技术服务机构名录(&amp;L)</translation>
    </message>
    <message>
        <source>Only an agency on the city&apos;s list can get a service contract with a town.</source>
        <translation>只有列入市级名录的机构才能与镇（街道）签订服务合同。</translation>
    </message>
    <message>
        <source>Not scored</source>
        <extracomment>No growth value (成长值) yet: 未评分.</extracomment>
        <translation>未评分</translation>
    </message>
    <message>
        <source>e.g. 13912345678 or 0519-88001234</source>
        <translation>例如：13912345678 或 0519-88001234</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>机构名称</extracomment>
        <translation>机构名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <extracomment>统一社会信用代码</extracomment>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>scored &amp;on</source>
        <extracomment>Between a growth value and the day it was scored: &quot;成长值 892，评定日期 2026-01-05&quot;.</extracomment>
        <translation>评定日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Growth value:</source>
        <extracomment>成长值</extracomment>
        <translation>成长值(&amp;G)：</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <extracomment>联系人</extracomment>
        <translation>联系人(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>An agency with code %1 is already registered: &quot;%2&quot;.</source>
        <translation>统一社会信用代码为 %1 的机构已登记：“%2”。</translation>
    </message>
    <message>
        <source>An agency with code %1 is waiting to be sent: &quot;%2&quot;.</source>
        <translation>统一社会信用代码为 %1 的机构已在待发送队列中：“%2”。</translation>
    </message>
    <message>
        <source>agency name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Register agency %1</source>
        <extracomment>新建技术服务机构 %1</extracomment>
        <translation>新建技术服务机构 %1</translation>
    </message>
</context>
<context>
    <name>gridsafe::AgencyTableModel</name>
    <message>
        <source>Yes</source>
        <extracomment>On the city&apos;s list (市级名录): 是 / 否.</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A contact person and their phone: &quot;王经理 0519-86881001&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates town names; Chinese uses &quot;、&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Not on the city&apos;s list of technical service agencies: a town cannot sign a contract with it.</source>
        <translation>未列入市级技术服务机构名录：镇（街道）不能与其签订服务合同。</translation>
    </message>
    <message>
        <source>Holds a service contract in force today with %1.</source>
        <translation>目前与 %1 签有正在履行的服务合同。</translation>
    </message>
    <message>
        <source>Rank</source>
        <extracomment>排名 (by growth value)</extracomment>
        <translation>排名</translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>机构名称</extracomment>
        <translation>技术服务机构</translation>
    </message>
    <message>
        <source>Credit code</source>
        <extracomment>统一社会信用代码</extracomment>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>City list</source>
        <extracomment>市级名录</extracomment>
        <translation>市级名录</translation>
    </message>
    <message>
        <source>Growth value (date)</source>
        <extracomment>成长值（评定日期）</extracomment>
        <translation>成长值（评定日期）</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>联系人及电话</extracomment>
        <translation>联系人及电话</translation>
    </message>
    <message>
        <source>Contracts in force (towns)</source>
        <extracomment>在履行服务合同的镇（街道）</extracomment>
        <translation>在履行服务合同的镇（街道）</translation>
    </message>
</context>
<context>
    <name>gridsafe::AgencyTownPanel</name>
    <message>
        <source>T&amp;own:</source>
        <translation>镇（街道）(&amp;O)：</translation>
    </message>
    <message>
        <source>New &amp;contract…</source>
        <extracomment>签订服务合同</extracomment>
        <translation>签订服务合同(&amp;C)…</translation>
    </message>
    <message>
        <source>Te&amp;rminate…</source>
        <extracomment>提前终止服务合同</extracomment>
        <translation>终止合同(&amp;R)…</translation>
    </message>
    <message>
        <source>End the selected contract before its last day</source>
        <translation>在到期前提前终止所选服务合同</translation>
    </message>
    <message>
        <source>New en&amp;gagement…</source>
        <extracomment>登记单独指导服务</extracomment>
        <translation>登记单独指导服务(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Service contracts</source>
        <extracomment>服务合同</extracomment>
        <translation>服务合同(&amp;S)</translation>
    </message>
    <message>
        <source>Coaching on the agency&apos;s own &amp;account</source>
        <extracomment>单独指导服务</extracomment>
        <translation>单独指导服务(&amp;A)</translation>
    </message>
    <message>
        <source>Contracts and coaching in %1</source>
        <extracomment>遥观镇的服务合同与单独指导服务</extracomment>
        <translation>%1的服务合同与单独指导服务</translation>
    </message>
    <message>
        <source>No town to show yet: the regions arrive with the next sync.</source>
        <translation>还没有可显示的镇（街道）：区划将在下次同步时到达。</translation>
    </message>
    <message numerus="yes">
        <source>%n overlap(s) the exclusivity rule forbids: an agency under contract with the town also coaches its enterprises on its own account.</source>
        <extracomment>违反排他性规则的重叠: a contract and the same agency&apos;s 单独指导服务 in the town.</extracomment>
        <translation>
            <numerusform>有 %n 处违反排他性规则的重叠：已与本镇（街道）签订服务合同的机构，又单独为本镇企业提供指导服务。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridsafe::CertificateIssueDialog</name>
    <message>
        <source>Issue certificate to %1</source>
        <extracomment>发放上岗证: the certificate that lets an inspector hold a grid (上岗证).</extracomment>
        <translation>为 %1 发放上岗证</translation>
    </message>
    <message>
        <source>e.g. YG-2026-041</source>
        <translation>例如：YG-2026-041</translation>
    </message>
    <message>
        <source>3–32 letters A–Z, digits and hyphens, never issued before in the district.</source>
        <translation>3–32 位字母 A–Z、数字和连字符，全区内不得与已发证书重复。</translation>
    </message>
    <message>
        <source>Issue</source>
        <extracomment>发证</extracomment>
        <translation>发证</translation>
    </message>
    <message>
        <source>&amp;Passed exam:</source>
        <extracomment>The passed exam (考核) the certificate rests on.</extracomment>
        <translation>合格考核(&amp;P)：</translation>
    </message>
    <message>
        <source>Certificate &amp;number:</source>
        <translation>证书编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>发证日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>%1 %2 — %3 of %4</source>
        <extracomment>A passed exam in the list: its day, subject, and score of pass mark.</extracomment>
        <translation>%1 %2 — %3 分（合格分 %4）</translation>
    </message>
    <message>
        <source>%1 has no passed exam. A certificate rests on a passed exam: record one first.</source>
        <translation>%1 没有考核合格记录。发证须以考核合格为依据：请先录入考核成绩。</translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1（有效期至 %2）</translation>
    </message>
    <message>
        <source>%1 holds no valid certificate and cannot be given a grid until one is issued.</source>
        <translation>%1 没有有效证书，发证前不能负责网格。</translation>
    </message>
    <message>
        <source>%1 already holds %2.</source>
        <translation>%1 已持有 %2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Certificate number %1 has already been issued.</source>
        <translation>证书编号 %1 已发放过。</translation>
    </message>
    <message>
        <source>Certificate number %1 is already on a certificate waiting to be sent.</source>
        <translation>证书编号 %1 已用于一张待发送的证书。</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Issue certificate %1 to %2</source>
        <extracomment>The outbox&apos;s summary: 发放上岗证 YG-2026-041 给 张伟.</extracomment>
        <translation>发放上岗证 %1 给 %2</translation>
    </message>
</context>
<context>
    <name>gridsafe::CertificateRevokeDialog</name>
    <message>
        <source>Revoke certificate %1</source>
        <extracomment>吊销上岗证: the certificate (上岗证) is withdrawn for good (吊销).
----------
The outbox&apos;s summary: 吊销上岗证 YG-2026-001.</extracomment>
        <translation>吊销上岗证 %1</translation>
    </message>
    <message>
        <source>Certificate %1 of %2 (valid until %3) will be revoked today, for good. Why? (required)</source>
        <translation>%2 的上岗证 %1（有效期至 %3）将于今天吊销，吊销后不可恢复。吊销原因（必填）：</translation>
    </message>
    <message>
        <source>e.g. left the village committee in March; no longer an inspector</source>
        <translation>例如：3 月已离开村委会，不再担任网格员</translation>
    </message>
    <message>
        <source>Revoke</source>
        <extracomment>吊销</extracomment>
        <translation>吊销</translation>
    </message>
    <message>
        <source>This certificate was already revoked on %1.</source>
        <translation>该证书已于 %1 吊销。</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>%1 keeps certificate %2 (valid until %3), so %4 stay covered.</source>
        <translation>%1 仍持有证书 %2（有效期至 %3），%4 仍有持证网格员负责。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 is the inspector of %2 and holds no other valid certificate: these grids become coverage gaps until a certified inspector takes them over.</source>
        <extracomment>覆盖缺口: a grid whose inspector holds no valid certificate (持证上岗).</extracomment>
        <translation>%1 是 %2 的网格员，且没有其他有效证书：在持证网格员接任前，这些网格将成为覆盖缺口。</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message>
        <source>reason for revoking</source>
        <translation>吊销原因</translation>
    </message>
</context>
<context>
    <name>gridsafe::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>至少 10 个字符</translation>
    </message>
    <message>
        <source>Where else you are logged in with the old password, you are logged out. Offline, the change is sent when the connection is back.</source>
        <translation>用旧密码在其他地方的登录将被退出。离线时，修改会在连接恢复后发送。</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
</context>
<context>
    <name>gridsafe::ClientSession</name>
    <message>
        <source>Log in before making changes.</source>
        <translation>请先登录再进行修改。</translation>
    </message>
    <message>
        <source>Only a change the server refused can be discarded.</source>
        <translation>只能放弃被服务器拒绝的更改。</translation>
    </message>
    <message>
        <source>Not connected to the server; this needs the server. Try again when the link is back.</source>
        <translation>未连接服务器；此操作需要服务器。请在连接恢复后重试。</translation>
    </message>
</context>
<context>
    <name>gridsafe::Connection</name>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>Cannot reach the server %1: %2</source>
        <translation>无法连接服务器 %1：%2</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>服务器 %1 未及时响应。</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED.
Pinned: %2
Now:    %3
Someone may be intercepting the connection. Do not continue unless your administrator confirms the server was given a new certificate.</source>
        <translation>警告：服务器 %1 的证书已变更！
原证书：%2
现证书：%3
连接可能正被他人截获。除非管理员确认服务器已更换新证书，否则请勿继续。</translation>
    </message>
    <message>
        <source>First connection to %1. Its certificate fingerprint is
%2
Compare it with the one the server administrator gave you.</source>
        <translation>首次连接服务器 %1，其证书指纹为：
%2
请与服务器管理员提供的指纹进行核对。</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED.
Pinned: %2
Now:    %3</source>
        <translation>警告：服务器 %1 的证书已变更！
原证书：%2
现证书：%3</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>未连接到服务器。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时响应。</translation>
    </message>
    <message>
        <source>The server sent an oversized frame.</source>
        <translation>服务器发送的数据帧过大。</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已断开。</translation>
    </message>
</context>
<context>
    <name>gridsafe::ContractDialog</name>
    <message>
        <source>Tick &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>New service contract of %1</source>
        <extracomment>签订技术服务合同</extracomment>
        <translation>%1签订技术服务合同</translation>
    </message>
    <message>
        <source>e.g. technical support for hazard checks, coaching of inspectors</source>
        <extracomment>Example scope (服务内容): 隐患排查技术支撑、网格员业务指导.</extracomment>
        <translation>例如：隐患排查技术支撑、网格员业务指导</translation>
    </message>
    <message>
        <source>Make contract</source>
        <extracomment>签订</extracomment>
        <translation>签订</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <extracomment>技术服务机构</extracomment>
        <translation>技术服务机构(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <extracomment>Between the first and the last day of a period: 至.</extracomment>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <extracomment>合同期限</extracomment>
        <translation>服务期限(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <extracomment>服务内容</extracomment>
        <translation>服务内容(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Grids supported (tick at least one):</source>
        <extracomment>服务网格: tick the grids the agency supports.</extracomment>
        <translation>服务网格（至少勾选一个）(&amp;G)：</translation>
    </message>
    <message>
        <source>The server refused this contract: %1</source>
        <translation>服务器拒绝了此服务合同：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a contract with %2 from %3 to %4 (waiting to be sent).</source>
        <translation>“%1”已与 %2 签有 %3 至 %4 的服务合同（等待发送）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a contract with %2 from %3 to %4.</source>
        <translation>“%1”已与 %2 签有 %3 至 %4 的服务合同。</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1（%2）</translation>
    </message>
    <message>
        <source>During this period &quot;%1&quot; also coaches these enterprises of the town on its own account. The contract can be made, but these engagements then break the exclusivity rule and are listed as overlaps for the town to settle:
%2</source>
        <extracomment>排他性规则: the contract is made, and these 单独指导服务 are listed as overlaps.</extracomment>
        <translation>在此期间，“%1”还单独为本镇（街道）以下企业提供指导服务。合同仍可签订，但这些单独指导服务将违反排他性规则，并作为重叠列出，由镇（街道）处理：
%2</translation>
    </message>
    <message>
        <source>Choose an agency on the city&apos;s list.</source>
        <translation>请选择列入市级名录的技术服务机构。</translation>
    </message>
    <message>
        <source>scope of service</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Tick the grids the agency supports.</source>
        <translation>请勾选该机构支撑的网格。</translation>
    </message>
    <message>
        <source>Service contract of %1 with %2</source>
        <extracomment>The outbox&apos;s summary: 遥观镇 与 常州安泰… 签订服务合同.</extracomment>
        <translation>%1 与 %2 签订服务合同</translation>
    </message>
</context>
<context>
    <name>gridsafe::ContractTableModel</name>
    <message>
        <source>grid %1</source>
        <translation>网格 %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates grid names; Chinese uses &quot;、&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>While this contract binds, %1 also coaches enterprises of the town on its own account: the exclusivity rule forbids it. Settle these engagements.</source>
        <extracomment>排他性规则: an agency under contract with a town may not coach its enterprises on its own.</extracomment>
        <translation>合同期内，%1 还单独为本镇（街道）企业提供指导服务，违反排他性规则。请处理这些单独指导服务。</translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>技术服务机构</extracomment>
        <translation>技术服务机构</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>合同期限</extracomment>
        <translation>服务期限</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>状态</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grids supported</source>
        <extracomment>服务网格</extracomment>
        <translation>服务网格</translation>
    </message>
    <message>
        <source>Overlapping engagements</source>
        <extracomment>与单独指导服务重叠</extracomment>
        <translation>与单独指导服务重叠</translation>
    </message>
    <message>
        <source>%1: the contract (%2) overlaps its own coaching of %3 (%4).</source>
        <extracomment>重叠: &quot;安泰 的服务合同（…）与其对 某厂 的单独指导服务（…）重叠&quot;.</extracomment>
        <translation>%1：服务合同（%2）与其对 %3 的单独指导服务（%4）重叠。</translation>
    </message>
</context>
<context>
    <name>gridsafe::ContractTerminateDialog</name>
    <message>
        <source>End the contract of %1 early</source>
        <extracomment>提前终止服务合同</extracomment>
        <translation>提前终止 %1 的服务合同</translation>
    </message>
    <message>
        <source>The contract of &quot;%1&quot; (%2) will stop binding after the day chosen; the agency may then coach the town&apos;s enterprises on its own account again.</source>
        <translation>“%1”的服务合同（%2）将于所选日期后终止；此后该机构可再单独为本镇（街道）企业提供指导服务。</translation>
    </message>
    <message>
        <source>e.g. the agency was removed from the city&apos;s list in May</source>
        <translation>例如：该机构已于 5 月移出市级名录</translation>
    </message>
    <message>
        <source>End contract</source>
        <extracomment>终止合同</extracomment>
        <translation>终止合同</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <extracomment>终止日期: the last day the contract binds.</extracomment>
        <translation>终止日期(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <extracomment>终止原因</extracomment>
        <translation>终止原因(&amp;R)：</translation>
    </message>
    <message>
        <source>This contract was already ended on %1.</source>
        <translation>该合同已于 %1 终止。</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message>
        <source>reason for ending</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>End the contract of %1 on %2</source>
        <extracomment>The outbox&apos;s summary: 提前终止 常州安泰… 的服务合同.</extracomment>
        <translation>于 %2 提前终止 %1 的服务合同</translation>
    </message>
</context>
<context>
    <name>gridsafe::CoverageGapsModel</name>
    <message>
        <source>never filed</source>
        <translation>尚未备案</translation>
    </message>
    <message>
        <source>No. %1 returned</source>
        <translation>第 %1 号备案被退回</translation>
    </message>
    <message>
        <source>No. %1 out of date: changed since</source>
        <translation>第 %1 号备案已过时：之后有变化</translation>
    </message>
    <message>
        <source>No. %1 waiting for the district</source>
        <translation>第 %1 号备案待区里审核</translation>
    </message>
    <message>
        <source>No. %1 filed</source>
        <translation>第 %1 号已备案</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go where it is fixed.</source>
        <translation>双击或按回车键，转到处理此缺口的位置。</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>缺口</translation>
    </message>
</context>
<context>
    <name>gridsafe::CreditCodeEdit</name>
    <message>
        <source>18 characters, e.g. 91320411MA1XKQ7P30</source>
        <translation>18 位，例如：91320411MA1XKQ7P30</translation>
    </message>
    <message>
        <source>The unified social credit code on the business licence: 18 digits and capital letters (never I, O, Z, S or V). Spaces and full-width characters are fine.</source>
        <extracomment>统一社会信用代码 (GB 32100-2015)</extracomment>
        <translation>营业执照上的统一社会信用代码：18 位数字和大写字母（不使用 I、O、Z、S、V）。可含空格或全角字符。</translation>
    </message>
</context>
<context>
    <name>gridsafe::DashboardPage</name>
    <message>
        <source>Coverage of the grid network</source>
        <translation>网格覆盖情况</translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>无缺口</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n 处缺口</numerusform>
        </translation>
    </message>
    <message>
        <source>No towns yet.</source>
        <translation>尚无镇（街道）。</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <extracomment>A town&apos;s line on the dashboard: town, its gaps, its filing (Chinese uses &quot;：&quot;).</extracomment>
        <translation>%1：%2 · %3</translation>
    </message>
</context>
<context>
    <name>gridsafe::DesktopApp</name>
    <message>
        <source>No screenshot: the login or the first sync did not finish in time.</source>
        <translation>未截图：登录或首次同步未能按时完成。</translation>
    </message>
    <message>
        <source>--pin wants a SHA-256 fingerprint as 32 hex pairs, e.g. AB:CD:…</source>
        <translation>--pin 需要 SHA-256 指纹，格式为 32 组十六进制数，例如 AB:CD:…</translation>
    </message>
    <message>
        <source>--pin needs the server it belongs to (--server HOST:PORT).</source>
        <translation>--pin 必须同时用 --server HOST:PORT 指定对应的服务器。</translation>
    </message>
    <message>
        <source>Cannot save the trusted fingerprint in %1.</source>
        <translation>无法将已信任的指纹保存到 %1。</translation>
    </message>
    <message>
        <source>Log in again to continue.</source>
        <translation>请重新登录以继续。</translation>
    </message>
    <message>
        <source>No screenshot: %1</source>
        <translation>未截图：%1</translation>
    </message>
    <message>
        <source>No screenshot: the main window is gone.</source>
        <translation>未截图：主窗口已关闭。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>Screenshot saved to %1</source>
        <translation>截图已保存至 %1</translation>
    </message>
    <message>
        <source>The server cannot be reached and this computer has no local copy for this user yet: %1</source>
        <translation>无法连接服务器，且本机还没有该用户的本地副本：%1</translation>
    </message>
    <message>
        <source>Log in as another user.</source>
        <translation>请以其他用户身份登录。</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>您已退出登录。</translation>
    </message>
</context>
<context>
    <name>gridsafe::EngagementDialog</name>
    <message>
        <source>New coaching engagement in %1</source>
        <extracomment>登记单独指导服务</extracomment>
        <translation>登记%1的单独指导服务</translation>
    </message>
    <message>
        <source>Optional, e.g. coaching on combustible dust</source>
        <extracomment>Example note (备注): 粉尘涉爆专项指导.</extracomment>
        <translation>选填，例如：粉尘涉爆专项指导</translation>
    </message>
    <message>
        <source>Record</source>
        <extracomment>登记</extracomment>
        <translation>录入</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <extracomment>技术服务机构</extracomment>
        <translation>技术服务机构(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <extracomment>企业名称</extracomment>
        <translation>企业名称(&amp;E)：</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <extracomment>企业的统一社会信用代码</extracomment>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <extracomment>Between the first and the last day of a period: 至.</extracomment>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <extracomment>服务期限</extracomment>
        <translation>服务期限(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <extracomment>备注</extracomment>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>The server refused this engagement: %1</source>
        <translation>服务器拒绝了此单独指导服务：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; serves %2 under a service contract from %3 to %4. While it does, it may not also coach the town&apos;s enterprises on its own account: the server refuses this engagement. Choose a period outside the contract, or another agency.</source>
        <extracomment>排他性规则: an agency under contract with a town may not coach its enterprises on its own (单独指导服务).</extracomment>
        <translation>“%1”与 %2 签有 %3 至 %4 的服务合同。合同期内，该机构不得另行单独为本镇（街道）企业提供指导服务，服务器将拒绝此次登记。请选择合同期以外的服务期限，或选择其他机构。</translation>
    </message>
    <message>
        <source>Choose the agency that coaches the enterprise.</source>
        <translation>请选择为该企业提供指导服务的技术服务机构。</translation>
    </message>
    <message>
        <source>enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Not sent: a contract of this agency with the town binds during this period.</source>
        <translation>未发送：该机构在此期间与本镇（街道）签有有效的服务合同。</translation>
    </message>
    <message>
        <source>Coaching of %1 by %2</source>
        <extracomment>The outbox&apos;s summary: 登记单独指导服务：常州安泰… 指导 某某厂.</extracomment>
        <translation>登记单独指导服务：%2 指导 %1</translation>
    </message>
</context>
<context>
    <name>gridsafe::EngagementTableModel</name>
    <message>
        <source>Overlaps the contract %1</source>
        <extracomment>与服务合同（%1）重叠</extracomment>
        <translation>与服务合同（%1）重叠</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 holds a service contract with the town during this engagement: the exclusivity rule forbids coaching the town&apos;s enterprises on its own account meanwhile.</source>
        <translation>%1 在此服务期内与本镇（街道）签有服务合同：根据排他性规则，合同期内不得单独为本镇企业提供指导服务。</translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>技术服务机构</extracomment>
        <translation>技术服务机构</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <extracomment>企业名称</extracomment>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <extracomment>统一社会信用代码</extracomment>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>服务期限</extracomment>
        <translation>服务期限</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>备注</extracomment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Overlap</source>
        <extracomment>与服务合同重叠</extracomment>
        <translation>与服务合同重叠</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>Register an enterprise (Ctrl+N)</source>
        <translation>登记企业（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>查看(&amp;O)…</translation>
    </message>
    <message>
        <source>The enterprise&apos;s information (F2)</source>
        <translation>企业信息（F2）</translation>
    </message>
    <message>
        <source>&amp;Grid or direct…</source>
        <translation>纳入网格/直管(&amp;G)…</translation>
    </message>
    <message>
        <source>Put the selected enterprises in a grid, or under the town&apos;s direct supervision</source>
        <translation>将所选企业纳入网格，或改为镇（街道）直管</translation>
    </message>
    <message>
        <source>&amp;Risk report…</source>
        <translation>风险报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Record the enterprise&apos;s latest risk report</source>
        <translation>记录企业最新的风险报告</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>变更记录(&amp;H)…</translation>
    </message>
    <message>
        <source>What changed, when and by whom</source>
        <translation>何时、由谁、改了什么</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import enterprises from an Excel or CSV file</source>
        <translation>从 Excel 或 CSV 文件导入企业</translation>
    </message>
    <message>
        <source>Not possible until the new enterprise has been sent to the server</source>
        <translation>新登记的企业发送到服务器之后才能进行此操作</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseEditDialog</name>
    <message>
        <source>Enterprise information — %1</source>
        <extracomment>企业信息 — %1 / 登记企业</extracomment>
        <translation>企业信息 — %1</translation>
    </message>
    <message>
        <source>Register an enterprise</source>
        <translation>登记企业</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Basic information</source>
        <extracomment>基本信息</extracomment>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>C&amp;redit code:</source>
        <extracomment>统一社会信用代码</extracomment>
        <translation>统一社会信用代码(&amp;R)：</translation>
    </message>
    <message>
        <source>As on the business licence</source>
        <extracomment>e.g. 常州某某机械有限公司</extracomment>
        <translation>与营业执照一致</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>企业名称</extracomment>
        <translation>企业名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <extracomment>地址</extracomment>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <extracomment>所属镇（街道）</extracomment>
        <translation>镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Village or community:</source>
        <extracomment>所在村（社区、园区）</extracomment>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <extracomment>法定代表人</extracomment>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>Safety &amp;contact:</source>
        <extracomment>安全负责人</extracomment>
        <translation>安全负责人(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. 13912345678 or 0519-88001234</source>
        <translation>如 13912345678 或 0519-88001234</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <extracomment>联系电话</extracomment>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Location (optional)</source>
        <extracomment>位置 (optional map position)</extracomment>
        <translation>位置（可选）</translation>
    </message>
    <message>
        <source>e.g. 120.0563</source>
        <translation>如 120.0563</translation>
    </message>
    <message>
        <source>Lon&amp;gitude:</source>
        <extracomment>经度</extracomment>
        <translation>经度(&amp;G)：</translation>
    </message>
    <message>
        <source>e.g. 31.7702</source>
        <translation>如 31.7702</translation>
    </message>
    <message>
        <source>La&amp;titude:</source>
        <extracomment>纬度</extracomment>
        <translation>纬度(&amp;T)：</translation>
    </message>
    <message>
        <source>Classification</source>
        <extracomment>分类</extracomment>
        <translation>分类</translation>
    </message>
    <message>
        <source>Type to search, e.g. C34</source>
        <translation>输入以搜索，如 C34</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <extracomment>国民经济行业 (GB/T 4754)</extracomment>
        <translation>行业类别(&amp;I)：</translation>
    </message>
    <message>
        <source>None (not a key industry)</source>
        <extracomment>非重点行业</extracomment>
        <translation>无（非重点行业领域）</translation>
    </message>
    <message>
        <source>&amp;Key sector:</source>
        <extracomment>工贸重点行业（冶金、有色、建材、机械、轻工、纺织、烟草、商贸）</extracomment>
        <translation>重点行业领域(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Focus flags:</source>
        <extracomment>专项关注（粉尘涉爆、涉氨制冷、有限空间…）</extracomment>
        <translation>专项领域(&amp;F)：</translation>
    </message>
    <message>
        <source>Others, separated by commas</source>
        <extracomment>Flags a town records in its own words, separated by 、 or commas.</extracomment>
        <translation>其他，用逗号分隔</translation>
    </message>
    <message>
        <source>Ot&amp;her flags:</source>
        <translation>其他专项(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <extracomment>规模（规上 / 规下）</extracomment>
        <translation>规模(&amp;S)：</translation>
    </message>
    <message>
        <source>Not given</source>
        <extracomment>No number of employees given (未填).</extracomment>
        <translation>未填写</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <extracomment>从业人数</extracomment>
        <translation>从业人数(&amp;E)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <extracomment>生产状态</extracomment>
        <translation>生产状态(&amp;U)：</translation>
    </message>
    <message>
        <source>Supervision</source>
        <extracomment>监管</extracomment>
        <translation>监管方式</translation>
    </message>
    <message>
        <source>In a &amp;grid:</source>
        <extracomment>纳入网格</extracomment>
        <translation>纳入网格(&amp;G)：</translation>
    </message>
    <message>
        <source>The town&apos;s grids in use, with their inspectors. The grid covering the enterprise&apos;s village is suggested.</source>
        <translation>本镇（街道）在用的网格及其网格员。会推荐覆盖企业所在村的网格。</translation>
    </message>
    <message>
        <source>Supervised &amp;directly by the town, because:</source>
        <extracomment>镇（街道）直管</extracomment>
        <translation>由镇（街道）直接监管(&amp;D)，原因：</translation>
    </message>
    <message>
        <source>e.g. a hazardous-chemicals dealer the town&apos;s safety office inspects itself</source>
        <extracomment>e.g. 危险化学品经营企业，由镇安监办直接监管</extracomment>
        <translation>如由镇应急办自行检查的危化品经营单位</translation>
    </message>
    <message>
        <source>N&amp;ot supervised yet</source>
        <extracomment>未纳入</extracomment>
        <translation>尚未纳入监管(&amp;O)</translation>
    </message>
    <message>
        <source>Neither in a grid nor supervised directly by the town: a gap in covering every industrial enterprise.</source>
        <translation>既未纳入网格也未由镇（街道）直管：属于“工业企业全纳入”的缺口。</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>No village, community or park chosen.</extracomment>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <extracomment>A grid no longer in use (已撤销).</extracomment>
        <translation>%1（已撤销）</translation>
    </message>
    <message>
        <source>This town has no grid in use</source>
        <translation>本镇（街道）没有在用的网格</translation>
    </message>
    <message>
        <source>Choose a grid</source>
        <translation>请选择网格</translation>
    </message>
    <message>
        <source>Patrol category: %1</source>
        <extracomment>巡查类别：重点行业 / 非重点规上 / 非重点规下</extracomment>
        <translation>巡查类别：%1</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此修改：%1</translation>
    </message>
    <message>
        <source>Choose the enterprise&apos;s town or street.</source>
        <translation>请选择企业所在的镇（街道）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an industry division of GB/T 4754 that the register knows: choose one from the list (type part of its name or code to find it).</source>
        <translation>“%1”不是本名录所用的 GB/T 4754 行业大类：请从列表中选择（输入名称或代码的一部分可查找）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of degrees, e.g. 120.0563.</source>
        <translation>“%1”不是度数，如 120.0563。</translation>
    </message>
    <message>
        <source>Choose the grid the enterprise is in.</source>
        <translation>请选择企业所在的网格。</translation>
    </message>
    <message>
        <source>This town has no grid in use: supervise it directly, or create a grid on the Grids page first.</source>
        <translation>本镇（街道）没有在用的网格：请改为直管，或先在网格页面新建网格。</translation>
    </message>
    <message>
        <source>Grid &quot;%1&quot; is retired: choose a grid in use.</source>
        <translation>网格“%1”已撤销：请选择在用的网格。</translation>
    </message>
    <message>
        <source>Say why the town supervises the enterprise directly.</source>
        <translation>请说明镇（街道）直管该企业的原因。</translation>
    </message>
    <message>
        <source>Credit code %1 is already registered, for &quot;%2&quot;.</source>
        <translation>统一社会信用代码 %1 已登记，属于“%2”。</translation>
    </message>
    <message>
        <source>Credit code %1 is already given to &quot;%2&quot;, waiting to be sent.</source>
        <translation>统一社会信用代码 %1 已用于待发送的“%2”。</translation>
    </message>
    <message>
        <source>Edit enterprise %1</source>
        <extracomment>The outbox&apos;s summary: 修改企业 %1</extracomment>
        <translation>修改企业 %1</translation>
    </message>
    <message>
        <source>Register enterprise %1</source>
        <extracomment>The outbox&apos;s summary: 登记企业 %1</extracomment>
        <translation>登记企业 %1</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseFilterBar</name>
    <message>
        <source>Name or credit code</source>
        <translation>名称或统一社会信用代码</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>类别(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>风险(&amp;R)：</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>领域(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>专项(&amp;F)：</translation>
    </message>
    <message>
        <source>S&amp;upervision:</source>
        <translation>监管(&amp;U)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>生产状态(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <source>Not a key sector</source>
        <translation>非重点行业领域</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Other focus</source>
        <translation>其他专项</translation>
    </message>
    <message>
        <source>In a grid</source>
        <translation>纳入网格</translation>
    </message>
    <message>
        <source>Town (direct)</source>
        <translation>镇（街道）直管</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>未纳入</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseHistoryDialog</name>
    <message>
        <source>&amp;Retry</source>
        <extracomment>重试</extracomment>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <extracomment>变更记录 — %1 (the enterprise&apos;s name)</extracomment>
        <translation>%1 的变更记录</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>时间</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>操作人</extracomment>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>操作</extracomment>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>字段</extracomment>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <extracomment>原值</extracomment>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <extracomment>新值</extracomment>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Reported on</source>
        <extracomment>报告日期</extracomment>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>报告类型</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>风险等级</extracomment>
        <translation>等级</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>备注</extracomment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <extracomment>录入人</extracomment>
        <translation>记录人</translation>
    </message>
    <message>
        <source>This enterprise is still waiting to be sent to the server: it has no history yet.</source>
        <translation>该企业尚待发送到服务器，还没有变更记录。</translation>
    </message>
    <message>
        <source>Reading the history from the server…</source>
        <extracomment>正在读取…</extracomment>
        <translation>正在从服务器读取变更记录…</translation>
    </message>
    <message>
        <source>The history is kept on the server, which cannot be reached now. It is shown as soon as the link is back; or try again.</source>
        <translation>变更记录保存在服务器上，现在无法连接。连接恢复后会立即显示；也可以重试。</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取变更记录：%1</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>没有变更记录。</translation>
    </message>
    <message>
        <source>Recorded at %1</source>
        <extracomment>When a report was entered: 录入于 2026-03-02 09:30</extracomment>
        <translation>记录于 %1</translation>
    </message>
    <message>
        <source>No risk report recorded.</source>
        <translation>没有风险报告记录。</translation>
    </message>
    <message>
        <source>&amp;Changes (%1)</source>
        <extracomment>信息变更 (%1 entries)</extracomment>
        <translation>信息变更(&amp;C)（%1）</translation>
    </message>
    <message>
        <source>Risk &amp;reports (%1)</source>
        <extracomment>风险报告 (%1)</extracomment>
        <translation>风险报告(&amp;R)（%1）</translation>
    </message>
    <message>
        <source>Registered</source>
        <extracomment>登记</extracomment>
        <translation>登记</translation>
    </message>
    <message>
        <source>Edited</source>
        <extracomment>修改</extracomment>
        <translation>修改</translation>
    </message>
    <message>
        <source>Supervision changed</source>
        <extracomment>调整监管</extracomment>
        <translation>调整监管</translation>
    </message>
    <message>
        <source>Risk report</source>
        <extracomment>风险报告</extracomment>
        <translation>风险报告</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>导入</extracomment>
        <translation>导入</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>A value that is not there (an empty field) in the history.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list, e.g. focus flags; Chinese uses &quot;、&quot;.</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseImportDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Import enterprise list</source>
        <extracomment>导入企业名录</extracomment>
        <translation>导入企业名录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>取消</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <extracomment>开始检查</extracomment>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <extracomment>停止</extracomment>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Import valid rows (%1)</source>
        <extracomment>导入有效记录（N 行）</extracomment>
        <translation>导入有效记录(&amp;I)（%1 行）</translation>
    </message>
    <message>
        <source>The import needs the server, and it cannot be reached now. Nothing is lost: the file stays chosen; check it when the link is back.</source>
        <translation>导入需要服务器，但现在无法连接。不会丢失任何内容：文件仍保持选中；请在连接恢复后检查。</translation>
    </message>
    <message>
        <source>The link to the server is down. The upload goes on from where it stopped once the link is back.</source>
        <translation>与服务器的连接已断开。连接恢复后将从中断处继续上传。</translation>
    </message>
    <message>
        <source>The import waits for the server and goes when the link is back. You may close this window; the enterprises will appear in the register.</source>
        <translation>导入正在等待服务器，连接恢复后即发送。您可以关闭此窗口；企业随后会出现在名录中。</translation>
    </message>
    <message>
        <source>Importing the valid rows…</source>
        <translation>正在导入有效行…</translation>
    </message>
    <message>
        <source>The upload was stopped; nothing has changed.</source>
        <translation>上传已停止；未做任何更改。</translation>
    </message>
    <message>
        <source>Preparing the rows…</source>
        <translation>正在准备数据行…</translation>
    </message>
    <message>
        <source>Uploading %1 of %2 rows…</source>
        <extracomment>正在上传 3000/100000 行</extracomment>
        <translation>正在上传 %2 行中的第 %1 行…</translation>
    </message>
    <message>
        <source>The server is checking the rows…</source>
        <extracomment>正在检查…</extracomment>
        <translation>服务器正在检查各行…</translation>
    </message>
    <message>
        <source>Fetching the problems found (%1 of %2)…</source>
        <translation>正在获取发现的问题（%2 个中的 %1 个）…</translation>
    </message>
    <message>
        <source>The server refused the import: %1</source>
        <translation>服务器拒绝了导入：%1</translation>
    </message>
    <message>
        <source>Done. %1.

The enterprises show in the register as soon as it has synchronised.</source>
        <translation>完成。%1。

同步后企业即显示在名录中。</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseImportFilePage</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>停止读取(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the enterprise list: an Excel workbook (.xlsx) or a CSV file as Excel or WPS saves it. The first sheet is read; its header row names the columns.</source>
        <translation>请选择企业名录：Excel 工作簿（.xlsx）或 Excel、WPS 保存的 CSV 文件。读取第一个工作表，其表头行为各列命名。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose the enterprise list</source>
        <translation>选择企业名录</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading stopped. Choose the file again.</source>
        <translation>已停止读取。请重新选择文件。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <source>Text in the %1 encoding</source>
        <translation>%1 编码的文本</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) below the header on row %2.</source>
        <translation>
            <numerusform>%1：第 %2 行表头以下共 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseImportMappingPage</name>
    <message>
        <source>Check what each column of the file holds. The columns were matched by their titles; choose another field where a match is wrong, or &quot;Not imported&quot;.</source>
        <translation>请核对文件各列的内容。已按表头自动匹配；匹配有误时请选择其他字段，或选择“不导入”。</translation>
    </message>
    <message>
        <source>Column</source>
        <extracomment>列</extracomment>
        <translation>列</translation>
    </message>
    <message>
        <source>Title in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Import as</source>
        <extracomment>导入为</extracomment>
        <translation>导入为</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（无表头）</translation>
    </message>
    <message>
        <source>Not imported</source>
        <extracomment>不导入</extracomment>
        <translation>不导入</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Column %1 (%2) is imported as</source>
        <translation>第 %1 列（%2）导入为</translation>
    </message>
    <message>
        <source>No column gives: %1. Choose the columns that hold them.</source>
        <extracomment>缺少必填列：</extracomment>
        <translation>没有列提供：%1。请选择包含这些内容的列。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseImportProblemModel</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>行号</extracomment>
        <translation>行号</translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>字段</extracomment>
        <translation>字段</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>原因</extracomment>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseImportReportPage</name>
    <message>
        <source>&amp;Save problem list…</source>
        <translation>保存问题清单(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>The server checked %n row(s): %1.</source>
        <translation>
            <numerusform>服务器已检查 %n 行：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 problems are listed.</source>
        <translation>列出了 %2 个问题中的前 %1 个。</translation>
    </message>
    <message>
        <source>Rows with problems are left out of the import; correct them in the file and import it again.</source>
        <translation>有问题的行不会导入；请在文件中改正后重新导入。</translation>
    </message>
    <message>
        <source>Nothing has changed in the register yet.</source>
        <translation>名录尚未发生任何变化。</translation>
    </message>
    <message>
        <source>The import was not done.</source>
        <translation>未执行导入。</translation>
    </message>
    <message>
        <source>Save problem list</source>
        <extracomment>问题清单.csv</extracomment>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <source>problems.csv</source>
        <translation>问题清单.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseImportRun</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file has no rows to import below its header.</source>
        <translation>文件表头以下没有可导入的行。</translation>
    </message>
    <message>
        <source>The import needs the server, which cannot be reached now (%1). Nothing has changed; try again when the link is back.</source>
        <translation>导入需要服务器，但现在无法连接（%1）。未做任何更改；请在连接恢复后重试。</translation>
    </message>
    <message>
        <source>The link to the server keeps failing (%1); the import stopped after %2 of %3 rows. Start it again later.</source>
        <translation>与服务器的连接一再失败（%1）；导入在 %3 行中的第 %2 行后停止。请稍后重新开始。</translation>
    </message>
    <message>
        <source>The link to the server did not come back; the import stopped after %1 of %2 rows. Start it again when the server can be reached.</source>
        <translation>与服务器的连接未能恢复；导入在 %2 行中的第 %1 行后停止。请在服务器可连接时重新开始。</translation>
    </message>
    <message numerus="yes">
        <source>Import enterprises from %1 (%n row(s))</source>
        <translation>
            <numerusform>从 %1 导入企业（%n 行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseSupervisionDialog</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A grid covering part of a split village: 东方村第一网格（东片）</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A grid and its inspector: 渔庄村网格 — 张伟</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — no inspector yet</source>
        <extracomment>暂无网格员</extracomment>
        <translation>%1 — 尚无网格员</translation>
    </message>
    <message>
        <source>Choose at least one enterprise.</source>
        <translation>请至少选择一家企业。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen enterprises still wait to be sent to the server: change their supervision once the server has them.</source>
        <translation>
            <numerusform>所选企业中有 %n 家尚待发送到服务器：请在服务器收到后再调整其监管方式。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen enterprises are no longer in the register.</source>
        <translation>
            <numerusform>所选企业中有 %n 家已不在名录中。</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen enterprises are in %1 towns: a grid or a town&apos;s direct supervision is for one town&apos;s enterprises. Choose the enterprises of one town at a time.</source>
        <translation>所选企业分属 %1 个镇（街道）：网格或镇直管只针对一个镇（街道）的企业。请每次选择同一镇（街道）的企业。</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>监管方式</translation>
    </message>
    <message>
        <source>Put into a &amp;grid:</source>
        <extracomment>纳入网格</extracomment>
        <translation>纳入网格(&amp;G)：</translation>
    </message>
    <message>
        <source>Supervised &amp;directly by the town, because:</source>
        <extracomment>镇（街道）直管</extracomment>
        <translation>由镇（街道）直接监管(&amp;D)，原因：</translation>
    </message>
    <message>
        <source>Supervision of enterprises</source>
        <extracomment>纳入网格 / 镇直管</extracomment>
        <translation>企业监管方式</translation>
    </message>
    <message>
        <source>e.g. a hazardous-chemicals dealer the town&apos;s safety office inspects itself</source>
        <extracomment>e.g. 危险化学品经营企业，由镇安监办直接监管</extracomment>
        <translation>如由镇应急办自行检查的危化品经营单位</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>确定</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s) chosen in %1.</source>
        <extracomment>已选 %n 家企业（遥观镇）; then how they are supervised now.</extracomment>
        <translation>
            <numerusform>已选 %1 的 %n 家企业。</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1 in a grid, %2 supervised directly, %3 in neither.</source>
        <translation>目前：%1 家纳入网格，%2 家镇直管，%3 家未纳入。</translation>
    </message>
    <message>
        <source>This town has no grid in use</source>
        <translation>本镇（街道）没有在用的网格</translation>
    </message>
    <message>
        <source>Choose a grid</source>
        <translation>请选择网格</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此修改：%1</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message>
        <source>Choose the grid the enterprises go into.</source>
        <translation>请选择企业要纳入的网格。</translation>
    </message>
    <message>
        <source>This town has no grid in use: create one on the Grids page, or let the town supervise them directly.</source>
        <translation>本镇（街道）没有在用的网格：请在网格页面新建，或改为镇直管。</translation>
    </message>
    <message>
        <source>reason for direct supervision</source>
        <translation>直管原因</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s) supervised directly by the town</source>
        <extracomment>The outbox&apos;s summary: 3 家企业改为镇直管</extracomment>
        <translation>
            <numerusform>%n 家企业改为镇（街道）直管</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n enterprise(s) into %1</source>
        <extracomment>The outbox&apos;s summary: 将 3 家企业纳入 渔庄村网格</extracomment>
        <translation>
            <numerusform>将 %n 家企业纳入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (part %1 of %2)</source>
        <extracomment>After a summary when the change goes in several commands: （第 1/3 批）</extracomment>
        <translation>（第 %1 批，共 %2 批）</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 parts were queued: %3</source>
        <translation>%2 批中只有前 %1 批已加入待发送队列：%3</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseTableModel</name>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Town (direct)</source>
        <translation>镇（街道）直管</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>未纳入</translation>
    </message>
    <message>
        <source>In no grid and not supervised directly by the town: a gap in 工业企业全纳入.</source>
        <translation>未纳入网格，也未由镇（街道）直管：属于“工业企业全纳入”的缺口。</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Patrol category</source>
        <translation>巡查类别</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Key sector</source>
        <translation>重点行业领域</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>专项领域</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>生产状态</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterprisesPage</name>
    <message>
        <source>&lt;b&gt;Enterprise register&lt;/b&gt;</source>
        <translation>&lt;b&gt;企业名录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the enterprises shown, in this order, as an Excel workbook or a CSV file</source>
        <translation>将当前显示的企业按此顺序保存为 Excel 工作簿或 CSV 文件</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s) shown</source>
        <translation>
            <numerusform>显示 %n 家企业</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation>，共 %1 家</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;%n not covered by a grid&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;%n 家未纳入网格&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Enterprise register %1</source>
        <translation>企业名录%1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export the enterprises shown</source>
        <translation>导出当前显示的企业</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n enterprise(s)…</source>
        <translation>
            <numerusform>正在导出 %n 家企业…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Loading the register…</source>
        <translation>正在载入企业名录…</translation>
    </message>
</context>
<context>
    <name>gridsafe::ExamDialog</name>
    <message>
        <source>Record exam of %1</source>
        <extracomment>录入考核成绩: an inspector&apos;s exam (考核) result.</extracomment>
        <translation>录入 %1 的考核成绩</translation>
    </message>
    <message>
        <source>e.g. Grid inspector qualification exam</source>
        <extracomment>网格员上岗考核</extracomment>
        <translation>例如：网格员上岗考核</translation>
    </message>
    <message>
        <source>(not entered)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>Inspector: %1, %2. A failed exam is recorded too; a certificate needs a passed one.</source>
        <translation>网格员：%1，%2。不合格的考核也要录入；发证须考核合格。</translation>
    </message>
    <message>
        <source>&amp;Date taken:</source>
        <translation>考核日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>考核科目(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;core:</source>
        <translation>成绩(&amp;C)：</translation>
    </message>
    <message>
        <source>Pass &amp;mark:</source>
        <translation>合格分(&amp;M)：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>Enter the score.</source>
        <translation>请输入成绩。</translation>
    </message>
    <message>
        <source>Passed</source>
        <extracomment>合格</extracomment>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed (%1 needed)</source>
        <extracomment>不合格, with the pass mark.</extracomment>
        <translation>不合格（合格分 %1）</translation>
    </message>
    <message>
        <source>exam date</source>
        <translation>考核日期</translation>
    </message>
    <message>
        <source>exam subject</source>
        <translation>考核科目</translation>
    </message>
    <message>
        <source>The pass mark must be above 0 and at most 100.</source>
        <translation>合格分须大于 0 且不超过 100。</translation>
    </message>
    <message>
        <source>Enter the score, from 0 to 100.</source>
        <translation>请输入成绩，范围为 0 到 100。</translation>
    </message>
    <message>
        <source>Exam of %1: %2, passed</source>
        <extracomment>The outbox&apos;s summary: 录入考核成绩 张伟 85（合格）.</extracomment>
        <translation>录入考核成绩 %1 %2（合格）</translation>
    </message>
    <message>
        <source>Exam of %1: %2, failed</source>
        <translation>录入考核成绩 %1 %2（不合格）</translation>
    </message>
</context>
<context>
    <name>gridsafe::FilingDecisionDialog</name>
    <message>
        <source>File the division of %1 (No. %2)</source>
        <translation>对 %1 的网格划分予以备案（第 %2 号）</translation>
    </message>
    <message>
        <source>Return the division of %1 (No. %2)</source>
        <translation>退回 %1 的网格划分（第 %2 号）</translation>
    </message>
    <message>
        <source>%1 grids, submitted by %2 on %3.</source>
        <translation>共 %1 个网格，由 %2 于 %3 报送。</translation>
    </message>
    <message>
        <source>File the division of %1: %2 Add a remark if you wish.</source>
        <translation>对 %1 的网格划分予以备案：%2如有备案意见，可在此填写。</translation>
    </message>
    <message>
        <source>Return the division of %1 to the town: %2 Say what must change (required).</source>
        <translation>将 %1 的网格划分退回镇（街道）：%2请说明需要修改的内容（必填）。</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>e.g. the industrial park has no grid of its own</source>
        <translation>例如：工业园区未单独划分网格</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>备案 / 退回</extracomment>
        <translation>备案</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>The server refused this decision: %1</source>
        <translation>服务器拒绝了此审核决定：%1</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>备案意见</translation>
    </message>
    <message>
        <source>reason for returning</source>
        <translation>退回理由</translation>
    </message>
</context>
<context>
    <name>gridsafe::FilingSnapshotView</name>
    <message>
        <source>Select a filing above to see the division as it was submitted.</source>
        <translation>请在上方选择一条备案，查看报送时的网格划分。</translation>
    </message>
    <message>
        <source>%1 — division filing No. %2</source>
        <extracomment>遥观镇 网格划分备案 第 3 次</extracomment>
        <translation>%1 网格划分备案 第 %2 次</translation>
    </message>
    <message>
        <source>submitted by %1 on %2; %3 grids over %4 villages, communities and parks</source>
        <translation>%1 于 %2 报送；共 %3 个网格，覆盖 %4 个村（社区）、园区</translation>
    </message>
    <message>
        <source>Town&apos;s note: %1</source>
        <translation>镇（街道）说明：%1</translation>
    </message>
    <message>
        <source>Decided by %1 on %2.</source>
        <translation>%1 于 %2 审核。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>覆盖范围</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>上岗证</translation>
    </message>
    <message>
        <source>Park grid</source>
        <translation>园区/功能区网格</translation>
    </message>
    <message>
        <source>Village/community grid</source>
        <translation>村（社区）网格</translation>
    </message>
    <message>
        <source>part: %1</source>
        <translation>片区：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1，有效期至 %2</translation>
    </message>
</context>
<context>
    <name>gridsafe::FilingSubmitDialog</name>
    <message>
        <source>Submit the division of %1 to the district</source>
        <extracomment>报送网格划分备案</extracomment>
        <translation>向区报送 %1 的网格划分备案</translation>
    </message>
    <message>
        <source>optional, e.g. re-division after the merger of two villages</source>
        <translation>选填，例如：两村合并后重新划分</translation>
    </message>
    <message>
        <source>Submit</source>
        <extracomment>报送</extracomment>
        <translation>报送</translation>
    </message>
    <message>
        <source>&amp;Note to the district:</source>
        <extracomment>报送说明</extracomment>
        <translation>报送说明(&amp;N)：</translation>
    </message>
    <message>
        <source>The server refused this filing: %1</source>
        <translation>服务器拒绝了此备案：%1</translation>
    </message>
    <message>
        <source>The district receives the division as it is now (revision %1): %2 grids over %3 villages, communities and parks, each grid with its inspector.</source>
        <translation>将向区报送当前的网格划分（第 %1 版）：共 %2 个网格，覆盖 %3 个村（社区）、园区，并附各网格的网格员。</translation>
    </message>
    <message numerus="yes">
        <source>The division has %n coverage gap(s). Fix them first: the district files only a division in which every area is in a grid and every grid has a certified inspector.</source>
        <translation>
            <numerusform>网格划分还有 %n 处覆盖缺口，请先处理：只有每个区域都已划入网格、每个网格都配有持证网格员，区里才予以备案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to this town&apos;s grids are still waiting to be sent. Submit once they have reached the server, so the district sees them.</source>
        <translation>本镇（街道）网格的更改仍在等待发送。请在更改到达服务器后再报送，以便区里看到这些更改。</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Submit the division of %1 for filing</source>
        <translation>报送 %1 的网格划分备案</translation>
    </message>
</context>
<context>
    <name>gridsafe::FilingTableModel</name>
    <message>
        <source>Awaiting the district</source>
        <extracomment>待区级审核</extracomment>
        <translation>待区级审核</translation>
    </message>
    <message>
        <source>Filed (division changed since)</source>
        <extracomment>已备案 / 已备案（划分已变更）</extracomment>
        <translation>已备案（划分已变更）</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已备案</translation>
    </message>
    <message>
        <source>Returned</source>
        <extracomment>已退回</extracomment>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <extracomment>已撤回（被新的报送取代）</extracomment>
        <translation>已撤回（被新的报送取代）</translation>
    </message>
    <message>
        <source>Town %1</source>
        <translation>镇（街道）%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Town: %1</source>
        <translation>镇（街道）：%1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>区：%1</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>序号 (per town)</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格数</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>Note / reason</source>
        <translation>说明/理由</translation>
    </message>
</context>
<context>
    <name>gridsafe::FilingsPage</name>
    <message>
        <source>Only those awaiting a decision</source>
        <translation>只看待审核的</translation>
    </message>
    <message>
        <source>Submit division…</source>
        <extracomment>报送备案…</extracomment>
        <translation>报送备案…</translation>
    </message>
    <message>
        <source>File…</source>
        <extracomment>备案…</extracomment>
        <translation>备案…</translation>
    </message>
    <message>
        <source>Return…</source>
        <extracomment>退回…</extracomment>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Filing form (PDF)…</source>
        <extracomment>导出备案表（PDF）…</extracomment>
        <translation>导出备案表（PDF）…</translation>
    </message>
    <message>
        <source>Division filings</source>
        <translation>网格划分备案</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) awaiting the district&apos;s decision.</source>
        <translation>
            <numerusform>%n 份备案待区里审核。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has never filed its division.</source>
        <translation>%1 尚未备案网格划分。</translation>
    </message>
    <message>
        <source>No. %1 of %2 is awaiting the district&apos;s decision.</source>
        <translation>%2 第 %1 号备案正等待区里审核。</translation>
    </message>
    <message>
        <source>No. %1 of %2 was returned: %3</source>
        <translation>%2 第 %1 号备案已被退回：%3</translation>
    </message>
    <message>
        <source>The division of %1 has changed since No. %2 was filed: submit it again.</source>
        <translation>%1 的网格划分在第 %2 号备案后已有变化：请重新报送。</translation>
    </message>
    <message>
        <source>The division of %1 is filed (No. %2, %3) and unchanged since.</source>
        <translation>%1 的网格划分已备案（第 %2 号，%3），此后没有变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n coverage gap(s) to fix before the next submission.</source>
        <translation>
            <numerusform>下次报送前须处理 %n 处覆盖缺口。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-division-filing-%2.pdf</source>
        <extracomment>File name: 遥观镇-网格划分备案表-3.pdf</extracomment>
        <translation>%1-网格划分备案表-%2.pdf</translation>
    </message>
    <message>
        <source>Save the filing form</source>
        <translation>保存备案表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Filing form not saved</source>
        <translation>备案表未保存</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridAssignDialog</name>
    <message>
        <source>Inspector for grid %1</source>
        <extracomment>任命网格员</extracomment>
        <translation>为网格 %1 任命网格员</translation>
    </message>
    <message>
        <source>%1 is responsible for grid &quot;%2&quot; now. Choose who takes it over; a grid has one inspector at a time, and the history keeps both.</source>
        <translation>网格“%2”目前由 %1 负责。请选择接任人员；一个网格同一时间只有一名网格员，历史记录会保留前后两任。</translation>
    </message>
    <message>
        <source>Choose the inspector responsible for grid &quot;%1&quot;. Only an inspector holding a valid certificate can be chosen.</source>
        <translation>请选择负责网格“%1”的网格员。只能选择持有效证书的网格员。</translation>
    </message>
    <message>
        <source>Find by name, phone or unit</source>
        <translation>按姓名、电话或单位查找</translation>
    </message>
    <message>
        <source>e.g. the village&apos;s second officer is on leave until May</source>
        <translation>例如：本村另一名安管员休假至 5 月</translation>
    </message>
    <message>
        <source>Assign</source>
        <extracomment>任命</extracomment>
        <translation>任命</translation>
    </message>
    <message>
        <source>The server refused this assignment: %1</source>
        <translation>服务器拒绝了此项任命：%1</translation>
    </message>
    <message>
        <source>certificate %1, valid until %2</source>
        <translation>证书 %1，有效期至 %2</translation>
    </message>
    <message>
        <source>no valid certificate</source>
        <translation>无有效证书</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>已负责 %1</translation>
    </message>
    <message>
        <source>%1 (responsible now)</source>
        <translation>%1（现任）</translation>
    </message>
    <message>
        <source>Already responsible for this grid.</source>
        <translation>已是本网格的网格员。</translation>
    </message>
    <message>
        <source>Only an inspector holding a valid certificate may be responsible for a grid: train, examine and certify first.</source>
        <translation>只有持有效证书的网格员才能负责网格：请先培训、考核并发证。</translation>
    </message>
    <message>
        <source>This town has no active inspectors yet. Add them on the Inspectors page.</source>
        <translation>本镇（街道）还没有在岗网格员。请在“网格员”页面添加。</translation>
    </message>
    <message>
        <source>%1 already holds %2. One inspector holds one grid: say why %1 should hold this one too (required).</source>
        <translation>%1 已负责 %2。一格一员：如需 %1 兼任本网格，请说明原因（必填）。</translation>
    </message>
    <message>
        <source>A park grid is usually staffed by town staff; %1 is not.</source>
        <translation>园区网格通常由镇（街道）工作人员负责；%1 不是镇（街道）工作人员。</translation>
    </message>
    <message>
        <source>Choose an inspector holding a valid certificate.</source>
        <translation>请选择持有效证书的网格员。</translation>
    </message>
    <message>
        <source>reason for holding more than one grid</source>
        <translation>兼任多个网格的原因</translation>
    </message>
    <message>
        <source>Make %1 the inspector of grid %2</source>
        <extracomment>任命 张伟 为 渔庄村网格 的网格员</extracomment>
        <translation>任命 %1 为 %2 的网格员</translation>
    </message>
    <message>
        <source>inspector %1</source>
        <translation>网格员 %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <extracomment>张伟 2026-03-02 至今 / 张伟 2025-01-01 至 2026-03-01（调任镇应急办）</extracomment>
        <translation>%1 %2 至今</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 至 %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>… %1 earlier</source>
        <translation>……及更早的 %1 次</translation>
    </message>
    <message>
        <source>History: %1</source>
        <extracomment>任命历史：</extracomment>
        <translation>任命历史：%1</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridEditDialog</name>
    <message>
        <source>New grid in %1</source>
        <translation>在%1新建网格</translation>
    </message>
    <message>
        <source>Edit grid %1</source>
        <translation>编辑网格“%1”</translation>
    </message>
    <message>
        <source>e.g. Yuzhuang Village grid</source>
        <translation>例如：渔庄村网格</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Grid name:</source>
        <translation>网格名称：</translation>
    </message>
    <message>
        <source>Covers (tick at least one village, community or park):</source>
        <translation>覆盖范围（至少勾选一个村、社区或园区）：</translation>
    </message>
    <message>
        <source>%1 — in %2</source>
        <extracomment>An area in the list, followed by the grids that already cover it.</extracomment>
        <translation>%1（已纳入：%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>grid name</source>
        <translation>网格名称</translation>
    </message>
    <message>
        <source>Tick at least one village, community or park that the grid covers.</source>
        <translation>请至少勾选一个该网格覆盖的村、社区或园区。</translation>
    </message>
    <message>
        <source>Create grid %1</source>
        <translation>新建网格“%1”</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>This town already has a grid named &quot;%1&quot;%2. Choose another name.</source>
        <translation>本镇已有名为“%1”的网格%2，请换一个名称。</translation>
    </message>
    <message>
        <source> (waiting to be sent)</source>
        <translation>（等待发送）</translation>
    </message>
    <message>
        <source>Letters A–Z, digits and hyphens, unique in the town, such as WG-01.</source>
        <translation>字母 A–Z、数字和连字符，在本镇（街道）内唯一，如 WG-01。</translation>
    </message>
    <message>
        <source>Village or community grid</source>
        <translation>村（社区）网格</translation>
    </message>
    <message>
        <source>Park or functional-zone grid (town staff)</source>
        <translation>园区/功能区网格（由镇街工作人员负责）</translation>
    </message>
    <message>
        <source>Only when a village is split: e.g. north of the 312 road</source>
        <translation>仅在拆分村时填写：如 312国道以北</translation>
    </message>
    <message>
        <source>Grid code:</source>
        <translation>网格编码：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Part covered:</source>
        <translation>覆盖片区：</translation>
    </message>
    <message>
        <source>Grid &quot;%1&quot;%2 already has code %3. Choose another code.</source>
        <translation>网格“%1”%2已使用编码 %3。请换一个编码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a village or community: a park grid covers only parks and functional zones.</source>
        <translation>“%1”是村或社区：园区网格只覆盖园区和功能区。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a park: choose the park grid kind for it.</source>
        <translation>“%1”是园区：请选择园区网格类型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in grid &quot;%2&quot;. To split it between grids, say which part this grid covers.</source>
        <translation>“%1”已划入网格“%2”。如需将其拆分为多个网格，请说明本网格覆盖的片区。</translation>
    </message>
    <message>
        <source>Grid &quot;%2&quot; covers &quot;%1&quot; whole. To split it, first say which part grid &quot;%2&quot; keeps.</source>
        <translation>网格“%2”覆盖整个“%1”。如需拆分，请先说明网格“%2”保留的片区。</translation>
    </message>
    <message>
        <source>part covered</source>
        <translation>覆盖片区</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridMapPage</name>
    <message>
        <source>&amp;Town:</source>
        <extracomment>镇（街道）：</extracomment>
        <translation>镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <extracomment>导出 PNG…</extracomment>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Save the map as an image (2000 pixels wide)</source>
        <translation>将地图保存为图片（宽 2000 像素）</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <extracomment>导出 PDF…</extracomment>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Save the map as an A4 page with title, date and legend, for reports and filing</source>
        <translation>将地图保存为 A4 页面，含标题、日期和图例，用于报送和存档</translation>
    </message>
    <message>
        <source>There are no towns yet. An administrator sets up the regions; they arrive with the next sync.</source>
        <translation>还没有镇（街道）。管理员建立区划后，将在下次同步时到达。</translation>
    </message>
    <message>
        <source>No boundaries have been imported for %1 yet.

An administrator imports the boundaries (GeoJSON) once for the whole district; the map then appears here by itself.</source>
        <extracomment>The grid map of a town without boundaries (%1: the town).</extracomment>
        <translation>%1 尚未导入边界。

管理员为全区统一导入一次边界（GeoJSON）后，地图会自动显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) drawn</source>
        <translation>
            <numerusform>已绘制 %n 个区域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grid(s)</source>
        <translation>
            <numerusform>%n 个网格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) in no grid, hatched red</source>
        <extracomment>未划分网格: areas hatched red on the map.</extracomment>
        <translation>
            <numerusform>%n 个区域未划分网格（红色斜线标示）</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> …</source>
        <translation>等</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) without a boundary: %1</source>
        <translation>
            <numerusform>%n 个区域没有边界：%1</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the parts of the map&apos;s summary line.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>no inspector</source>
        <translation>无网格员</translation>
    </message>
    <message>
        <source>inspector: %1</source>
        <translation>网格员：%1</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <extracomment>The grid picked on the map: name (code) · inspector.</extracomment>
        <translation>%1（%2）· %3</translation>
    </message>
    <message>
        <source>%1 is in no grid yet.</source>
        <translation>%1 尚未划入网格。</translation>
    </message>
    <message>
        <source>%1 grid division map</source>
        <extracomment>Title of the exported map: 遥观镇 网格划分图</extracomment>
        <translation>%1 网格划分图</translation>
    </message>
    <message>
        <source>%1-grid-map</source>
        <extracomment>File name without its extension: 遥观镇网格划分图</extracomment>
        <translation>%1网格划分图</translation>
    </message>
    <message>
        <source>Export the grid map as PDF</source>
        <translation>将网格地图导出为 PDF</translation>
    </message>
    <message>
        <source>Export the grid map as PNG</source>
        <translation>将网格地图导出为 PNG</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Map not saved</source>
        <translation>地图未保存</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Click a grid to see its inspector, double-click to open it in the grid list. The wheel or + and − zoom, dragging or the arrow keys move the map, 0 shows the whole town.</source>
        <translation>单击网格查看其网格员，双击在网格列表中打开。滚轮或 + 和 − 键缩放，拖动或方向键平移地图，按 0 显示全镇（街道）。</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridMapScene</name>
    <message>
        <source>No inspector</source>
        <translation>无网格员</translation>
    </message>
    <message>
        <source>Not in any grid</source>
        <translation>未划入网格</translation>
    </message>
    <message>
        <source>Grid %1 — no inspector</source>
        <translation>网格 %1 — 无网格员</translation>
    </message>
    <message>
        <source>Grid %1 — inspector: %2</source>
        <translation>网格 %1 — 网格员：%2</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridMapView</name>
    <message>
        <source>Grid map</source>
        <translation>网格地图</translation>
    </message>
    <message>
        <source>No boundaries imported for this town yet</source>
        <translation>本镇（街道）尚未导入边界</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridSafeServer</name>
    <message>
        <source>An administrator changed your account (a new password, or it was disabled). Log in again.</source>
        <translation>管理员更改了您的账号（重置了密码或停用了账号）。请重新登录。</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridStatusDialog</name>
    <message>
        <source>Retire grid %1</source>
        <translation>撤销网格 %1</translation>
    </message>
    <message>
        <source>Restore grid %1</source>
        <translation>恢复网格 %1</translation>
    </message>
    <message>
        <source>Grid &quot;%1&quot; will no longer be used; its history stays. Why is it retired? (required)</source>
        <translation>网格“%1”将不再使用，历史记录保留。撤销原因（必填）：</translation>
    </message>
    <message>
        <source>Grid &quot;%1&quot; will be in use again, over the areas it covered. Why is it restored? (required)</source>
        <translation>网格“%1”将重新启用，仍覆盖原来的区域。恢复原因（必填）：</translation>
    </message>
    <message>
        <source>e.g. merged into the Qiaonan Village grid after the 2026 re-division</source>
        <translation>例如：2026 年重新划分后并入桥南村网格</translation>
    </message>
    <message>
        <source>e.g. retired by mistake</source>
        <translation>例如：误撤销</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message>
        <source>reason for retiring</source>
        <translation>撤销原因</translation>
    </message>
    <message>
        <source>reason for restoring</source>
        <translation>恢复原因</translation>
    </message>
    <message>
        <source>Relieve the inspector of grid %1</source>
        <extracomment>免去网格员</extracomment>
        <translation>免去网格 %1 的网格员</translation>
    </message>
    <message>
        <source>%1 will no longer be responsible for grid &quot;%2&quot;, which then has no inspector until another is assigned. Why? (required)</source>
        <translation>%1 将不再负责网格“%2”，在任命新的网格员之前，该网格没有网格员。免去原因（必填）：</translation>
    </message>
    <message>
        <source>The inspector</source>
        <translation>该网格员</translation>
    </message>
    <message>
        <source>e.g. moved to the town office in April</source>
        <translation>例如：4 月调至镇机关工作</translation>
    </message>
    <message>
        <source>Relieve</source>
        <translation>免去</translation>
    </message>
    <message>
        <source>reason for relieving the inspector</source>
        <translation>免去网格员的原因</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridTableModel</name>
    <message>
        <source>Area %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the names of the areas a grid covers; Chinese uses &quot;、&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Retired on %1: %2</source>
        <translation>已于 %1 撤销：%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>覆盖范围</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Active · pending sync</source>
        <extracomment>The grid&apos;s state while a change to it waits to be sent to the server.</extracomment>
        <translation>在用 · 待同步</translation>
    </message>
    <message>
        <source>Retired · pending sync</source>
        <translation>已撤销 · 待同步</translation>
    </message>
    <message>
        <source>No inspector</source>
        <translation>无网格员</translation>
    </message>
    <message>
        <source>Inspector %1</source>
        <translation>网格员 %1</translation>
    </message>
    <message>
        <source>%1, certificate %2 valid until %3</source>
        <translation>%1，证书 %2，有效期至 %3</translation>
    </message>
    <message>
        <source>%1 (no valid certificate)</source>
        <extracomment>Shown after the inspector&apos;s name when they hold no valid certificate.</extracomment>
        <translation>%1（无有效证书）</translation>
    </message>
    <message>
        <source>Only an inspector with a valid certificate may be responsible for a grid.</source>
        <translation>只有持有效证书的网格员才能负责网格。</translation>
    </message>
    <message>
        <source>%1 (part: %2)</source>
        <translation>%1（片区：%2）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>网格员</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridsPage</name>
    <message>
        <source>New grid…</source>
        <translation>新建网格…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>撤销网格…</translation>
    </message>
    <message>
        <source>Show retired grids</source>
        <translation>显示已撤销网格</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Select a town or street on the left to see its grids.</source>
        <translation>请在左侧选择镇或街道，查看其网格。</translation>
    </message>
    <message>
        <source>Grids of %1</source>
        <translation>%1的网格</translation>
    </message>
    <message>
        <source>%1 active, %2 retired</source>
        <translation>在用 %1 个，已撤销 %2 个</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>在用 %1 个</translation>
    </message>
    <message>
        <source>Your role (%1) cannot change grids.</source>
        <translation>您的角色（%1）无权修改网格。</translation>
    </message>
    <message>
        <source>Create a grid in the selected town</source>
        <translation>在所选镇（街道）新建网格</translation>
    </message>
    <message>
        <source>Rename the selected grid or change its areas</source>
        <translation>修改所选网格的名称或覆盖范围</translation>
    </message>
    <message>
        <source>Stop using the selected grid</source>
        <translation>撤销所选网格，不再使用</translation>
    </message>
    <message>
        <source>Find a grid or village (Ctrl+F)</source>
        <translation>查找网格或村（社区）（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New grid…</source>
        <translation>新建网格(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit grid…</source>
        <translation>编辑网格(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Retire grid…</source>
        <translation>撤销网格(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Grids of %1 covering %2</source>
        <translation>%1覆盖%2的网格</translation>
    </message>
    <message>
        <source>%1 shown; %2</source>
        <translation>显示 %1 个；%2</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s) or community(ies) not in any grid</source>
        <translation>
            <numerusform>%n 个村（社区）未划分网格</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked &quot;%1&quot; in the tree on the left.</source>
        <translation>已在左侧区域树中标为“%1”。</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>There are no regions yet. Set up the district, its towns and villages in Settings › Regions.</source>
        <translation>还没有行政区域。请在“设置 › 区划”中建立经开区及其镇（街道）和村（社区）。</translation>
    </message>
    <message>
        <source>There are no regions yet. An administrator sets them up; they arrive with the next sync.</source>
        <translation>还没有行政区域。管理员建立后，将在下次同步时到达。</translation>
    </message>
    <message>
        <source>No grid matches the search or the selected area.</source>
        <translation>没有符合查找条件或所选区域的网格。</translation>
    </message>
    <message>
        <source>This town has no grids yet. New grid… (Ctrl+N) divides it: each grid covers villages, communities or parks.</source>
        <translation>本镇还没有网格。点击“新建网格…”（Ctrl+N）划分网格：每个网格覆盖若干村、社区或园区。</translation>
    </message>
    <message>
        <source>This town has not set up any grids yet.</source>
        <translation>该镇还没有划分网格。</translation>
    </message>
    <message>
        <source>Assign…</source>
        <extracomment>任命网格员…</extracomment>
        <translation>任命网格员…</translation>
    </message>
    <message>
        <source>Relieve…</source>
        <extracomment>免去网格员…</extracomment>
        <translation>免去网格员…</translation>
    </message>
    <message>
        <source>&amp;Assign inspector…</source>
        <translation>任命网格员(&amp;A)…</translation>
    </message>
    <message>
        <source>Make a certified inspector responsible for the selected grid (Ctrl+I)</source>
        <translation>为所选网格任命持证网格员（Ctrl+I）</translation>
    </message>
    <message>
        <source>Relieve the selected grid&apos;s inspector of it</source>
        <translation>免去所选网格的网格员</translation>
    </message>
    <message>
        <source>No grid of this town is in your charge. Your town&apos;s office assigns grids to inspectors.</source>
        <translation>本镇（街道）还没有由您负责的网格。网格由镇（街道）应急办任命。</translation>
    </message>
</context>
<context>
    <name>gridsafe::HelpDialog</name>
    <message>
        <source>GridSafe user guide</source>
        <translation>网格安监用户指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>此版本缺少用户指南。</translation>
    </message>
</context>
<context>
    <name>gridsafe::InspectorEditDialog</name>
    <message>
        <source>New inspector in %1</source>
        <translation>在%1新建网格员</translation>
    </message>
    <message>
        <source>Edit inspector %1</source>
        <extracomment>修改网格员 %1</extracomment>
        <translation>修改网格员 %1</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>e.g. 13912345678 or 0519-88001234</source>
        <translation>例如：13912345678 或 0519-88001234</translation>
    </message>
    <message>
        <source>Village and community grids are usually looked after by the village&apos;s safety officer, park grids by town staff.</source>
        <translation>村（社区）网格通常由村（社区）安管员负责，园区网格由镇（街道）工作人员负责。</translation>
    </message>
    <message>
        <source>Or the unit by name, e.g. the town&apos;s emergency office</source>
        <extracomment>Example of a unit by name: 镇应急办.</extracomment>
        <translation>或填写单位名称，例如：镇应急办</translation>
    </message>
    <message>
        <source>&amp;Active (may be given a grid)</source>
        <extracomment>在岗 — an inactive inspector cannot be given a grid.</extracomment>
        <translation>在岗（可负责网格）(&amp;A)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <extracomment>The village, community or park the inspector belongs to (所属村（社区）).</extracomment>
        <translation>所属村（社区）(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>所在单位(&amp;U)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>No village, community or park chosen.
----------
No account linked: the inspector does not sign in (未关联).</extracomment>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2) is already registered as an inspector of this town (waiting to be sent).</source>
        <translation>%1（%2）已登记为本镇（街道）的网格员（等待发送）。</translation>
    </message>
    <message>
        <source>%1 (%2) is already registered as an inspector of this town.</source>
        <translation>%1（%2）已登记为本镇（街道）的网格员。</translation>
    </message>
    <message>
        <source>%1 is still responsible for %2: give those grids to another inspector first.</source>
        <extracomment>%2 lists grid names; Chinese joins them with &quot;、&quot;.</extracomment>
        <translation>%1 仍负责 %2：请先将这些网格改派给其他网格员。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>inspector&apos;s name</source>
        <translation>网格员姓名</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>Register inspector %1</source>
        <extracomment>新建网格员 %1</extracomment>
        <translation>新建网格员 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An account in the list: its holder&apos;s name and its user name, &quot;张伟 (zhangwei)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — disabled</source>
        <extracomment>An account that cannot log in (已停用).</extracomment>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>The account the inspector signs in with: an inspector account of this town that no other inspector record uses.</source>
        <translation>网格员登录所用的账号：本镇（街道）角色为网格员、且未被其他网格员记录使用的账号。</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <extracomment>登录账号: the user account the inspector signs in with.</extracomment>
        <translation>登录账号(&amp;O)：</translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation>账号 #%1</translation>
    </message>
</context>
<context>
    <name>gridsafe::InspectorTableModel</name>
    <message>
        <source>Safety officer</source>
        <extracomment>安管员</extracomment>
        <translation>安管员</translation>
    </message>
    <message>
        <source>Town staff</source>
        <extracomment>镇（街道）工作人员</extracomment>
        <translation>镇（街道）工作人员</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>其他</extracomment>
        <translation>其他</translation>
    </message>
    <message>
        <source>No valid certificate</source>
        <translation>无有效证书</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <extracomment>A certificate&apos;s number and last day: &quot;%1，有效期至 %2&quot;.</extracomment>
        <translation>%1，有效期至 %2</translation>
    </message>
    <message>
        <source>%1 h (no plan)</source>
        <extracomment>Training hours this year when the town has no plan: &quot;%1 学时（无计划）&quot;.</extracomment>
        <translation>%1 学时（无计划）</translation>
    </message>
    <message>
        <source>%1 / %2 h</source>
        <extracomment>Hours attended this year of the hours the plan requires: &quot;%1 / %2 学时&quot;.</extracomment>
        <translation>%1 / %2 学时</translation>
    </message>
    <message>
        <source>Responsible for no grid.</source>
        <translation>未负责任何网格。</translation>
    </message>
    <message>
        <source>Only an inspector with a valid certificate may be responsible for a grid: record their training and exam, then issue a certificate.</source>
        <translation>只有持有效证书的网格员才能负责网格：请先录入其培训和考核情况，再发放上岗证。</translation>
    </message>
    <message numerus="yes">
        <source>Runs out in %n day(s): renew it in time.</source>
        <translation>
            <numerusform>%n 天后到期：请及时换发。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more hours needed this year to meet the town&apos;s plan.</source>
        <translation>本年度还需 %1 学时，才能达到本镇（街道）培训计划的要求。</translation>
    </message>
    <message>
        <source>No training attended this year (the town has no training plan for %1).</source>
        <translation>本年度未参加培训；本镇（街道）尚未制定 %1 年度培训计划。</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the names of the grids an inspector holds; Chinese uses &quot;、&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Active · pending sync</source>
        <extracomment>The inspector&apos;s state while a change to them waits to be sent to the server.</extracomment>
        <translation>在岗 · 待同步</translation>
    </message>
    <message>
        <source>Inactive · pending sync</source>
        <translation>已停用 · 待同步</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>Grids held</source>
        <extracomment>负责网格</extracomment>
        <translation>负责网格</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>上岗证</extracomment>
        <translation>上岗证</translation>
    </message>
    <message>
        <source>Training this year</source>
        <extracomment>本年培训</extracomment>
        <translation>本年培训</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>gridsafe::InspectorTrainingButtons</name>
    <message>
        <source>Training…</source>
        <extracomment>记录培训…</extracomment>
        <translation>记录培训…</translation>
    </message>
    <message>
        <source>Exam…</source>
        <extracomment>考核…</extracomment>
        <translation>考核…</translation>
    </message>
    <message>
        <source>Certify…</source>
        <extracomment>发证…</extracomment>
        <translation>发证…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <extracomment>吊销…</extracomment>
        <translation>吊销…</translation>
    </message>
    <message>
        <source>Plan…</source>
        <extracomment>年度计划…</extracomment>
        <translation>年度计划…</translation>
    </message>
    <message>
        <source>Record a training session of the town and who attended</source>
        <translation>记录本镇（街道）的一次培训及参训人员</translation>
    </message>
    <message>
        <source>Record the selected inspector&apos;s exam result</source>
        <translation>录入所选网格员的考核成绩</translation>
    </message>
    <message>
        <source>Issue a certificate to the selected inspector on a passed exam</source>
        <translation>依据考核合格记录，为所选网格员发放上岗证</translation>
    </message>
    <message>
        <source>Revoke the selected inspector&apos;s valid certificate</source>
        <translation>吊销所选网格员的有效上岗证</translation>
    </message>
    <message>
        <source>The town&apos;s training plan for this year</source>
        <translation>本镇（街道）本年度培训计划</translation>
    </message>
    <message>
        <source>Records…</source>
        <extracomment>培训考核记录…</extracomment>
        <translation>培训考核记录…</translation>
    </message>
    <message>
        <source>The town&apos;s training sessions and exam results</source>
        <translation>本镇（街道）的培训记录和考核成绩</translation>
    </message>
</context>
<context>
    <name>gridsafe::InspectorsPage</name>
    <message>
        <source>&amp;Town:</source>
        <translation>镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>Find by name, phone, unit, grid or certificate (Ctrl+F)</source>
        <translation>按姓名、电话、单位、网格或证书编号查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only those needing &amp;attention</source>
        <extracomment>只看需处理的: no valid certificate, certificate expiring, or training due.</extracomment>
        <translation>只看需处理的(&amp;A)</translation>
    </message>
    <message>
        <source>Active inspectors without a valid certificate, with one running out within %1 days, or behind with this year&apos;s training.</source>
        <translation>没有有效证书、证书 %1 天内到期或本年度培训未达标的在岗网格员。</translation>
    </message>
    <message>
        <source>New inspector…</source>
        <translation>新建网格员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>&amp;New inspector…</source>
        <translation>新建网格员(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit inspector…</source>
        <translation>编辑网格员(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Find inspector…</source>
        <translation>查找网格员(&amp;F)…</translation>
    </message>
    <message>
        <source>Inspectors of %1</source>
        <translation>%1的网格员</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>显示 %1 名</translation>
    </message>
    <message numerus="yes">
        <source>%n inspector(s), %1 inactive</source>
        <translation>
            <numerusform>%n 名网格员，其中 %1 名已停用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspector(s)</source>
        <translation>
            <numerusform>%n 名网格员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a valid certificate</source>
        <translation>
            <numerusform>%n 名无有效证书</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within %1 days</source>
        <translation>
            <numerusform>%n 名证书 %1 天内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due for training</source>
        <translation>
            <numerusform>%n 名培训未达标</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role (%1) cannot change inspectors.</source>
        <translation>您的角色（%1）无权修改网格员。</translation>
    </message>
    <message>
        <source>Register an inspector of the town shown</source>
        <translation>为当前显示的镇（街道）登记网格员</translation>
    </message>
    <message>
        <source>Choose a town first</source>
        <translation>请先选择镇（街道）</translation>
    </message>
    <message>
        <source>Change the selected inspector&apos;s details</source>
        <translation>修改所选网格员的信息</translation>
    </message>
    <message>
        <source>There are no towns yet. An administrator sets up the regions; they arrive with the next sync.</source>
        <translation>还没有镇（街道）。管理员建立区划后，将在下次同步时到达。</translation>
    </message>
    <message>
        <source>No inspector needs attention: every active inspector holds a valid certificate and is up to date with training.</source>
        <translation>没有需处理的网格员：所有在岗网格员均持有效证书，培训也已达标。</translation>
    </message>
    <message>
        <source>No inspector matches the search.</source>
        <translation>没有符合查找条件的网格员。</translation>
    </message>
    <message>
        <source>No inspectors have been registered yet.</source>
        <translation>还没有登记网格员。</translation>
    </message>
    <message>
        <source>No inspectors registered yet. New inspector… (Ctrl+N) registers the person who looks after a grid; record their training and exam and issue a certificate, and they can be given a grid.</source>
        <translation>还没有登记网格员。点击“新建网格员…”（Ctrl+N）登记负责网格的人员；录入其培训和考核情况并发放上岗证后，即可让其负责网格。</translation>
    </message>
    <message>
        <source>No inspectors registered yet. Choose a town above, then New inspector… (Ctrl+N).</source>
        <translation>还没有登记网格员。请先在上方选择镇（街道），再点击“新建网格员…”（Ctrl+N）。</translation>
    </message>
</context>
<context>
    <name>gridsafe::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Grid-based safety supervision of industrial enterprises</source>
        <translation>工业企业基层安全生产网格化监管</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10:%1</source>
        <translation>例如 192.168.1.10:%1</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Login cancelled.</source>
        <translation>已取消登录。</translation>
    </message>
    <message>
        <source>Trust this server?</source>
        <translation>是否信任此服务器？</translation>
    </message>
    <message>
        <source>This is the first connection to %1. Trust this fingerprint?</source>
        <translation>这是首次连接服务器 %1。是否信任此证书指纹？</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate:
%1

Trust it only if it is the same as the fingerprint your administrator gave you.</source>
        <translation>服务器证书的 SHA-256 指纹：
%1

仅当其与管理员提供的指纹完全一致时才可信任。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so no connection was made.</source>
        <translation>未信任服务器证书，未建立连接。</translation>
    </message>
    <message>
        <source>Cannot save the trusted fingerprint in the data folder.</source>
        <translation>无法将已信任的指纹保存到数据目录。</translation>
    </message>
    <message>
        <source>Certificate changed — possible attack</source>
        <translation>警告：证书已变更，可能遭受攻击！</translation>
    </message>
    <message>
        <source>GridSafe will not connect to %1. Ask your administrator whether the server was given a new certificate.</source>
        <translation>网格安监已拒绝连接 %1。请向管理员确认服务器是否已更换新证书。</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation>不信任</translation>
    </message>
</context>
<context>
    <name>gridsafe::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Coming in a later release</source>
        <translation>将在后续版本提供</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>更改被拒绝</translation>
    </message>
    <message>
        <source>The server refused a change.</source>
        <translation>服务器拒绝了一项更改。</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此项更改：%1</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>Show waiting changes…</source>
        <translation>查看待发送的更改…</translation>
    </message>
    <message>
        <source>Correct change</source>
        <translation>修改更改</translation>
    </message>
    <message>
        <source>This change cannot be opened for correcting (its record is gone). Discard it, or send it again.</source>
        <translation>此更改无法打开修改（对应的记录已不存在）。请放弃它，或重新发送。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Waiting changes…</source>
        <translation>待发送的更改(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Grids</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;User: %1</source>
        <translation>用户：%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language applies the next time GridSafe starts.</source>
        <translation>新的语言将在下次启动网格安监时生效。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About GridSafe</source>
        <translation>关于网格安监(&amp;A)</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not reached the server yet. They stay on this computer and are sent the next time %1 logs in here.</source>
        <translation>
            <numerusform>还有 %n 项更改尚未到达服务器。它们保存在本机，%1 下次在本机登录时自动发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>For administrators</source>
        <translation>仅管理员可用</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>You have been logged out.</source>
        <translation>您已被登出。</translation>
    </message>
    <message>
        <source>Log in again to continue.</source>
        <translation>请重新登录以继续。</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <source>Division</source>
        <extracomment>网格划分</extracomment>
        <translation>网格划分</translation>
    </message>
    <message>
        <source>Filings</source>
        <extracomment>备案</extracomment>
        <translation>备案</translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation>网格员(&amp;I)</translation>
    </message>
    <message>
        <source>Technical support</source>
        <extracomment>技术支撑</extracomment>
        <translation>技术支撑</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>网格一张图</extracomment>
        <translation>网格一张图</translation>
    </message>
</context>
<context>
    <name>gridsafe::OfflineBanner</name>
    <message>
        <source>Try again now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>the local copy from %1</source>
        <translation>%1 的本机副本</translation>
    </message>
    <message>
        <source>the local copy</source>
        <translation>本机副本</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline&lt;/b&gt; — the server %1 cannot be reached. You are working with %2; your changes are kept on this computer and sent when the connection is back.</source>
        <translation>&lt;b&gt;离线&lt;/b&gt; — 无法连接服务器 %1。您正在使用 %2；您的更改保存在本机，连接恢复后自动发送。</translation>
    </message>
</context>
<context>
    <name>gridsafe::Outbox</name>
    <message>
        <source>This change is too large to send: %1 KiB, the server takes at most %2 KiB at once.</source>
        <translation>此更改过大，无法发送：%1 KiB，服务器单次最多接收 %2 KiB。</translation>
    </message>
    <message>
        <source>The change this one builds on is no longer waiting (it was discarded). Your values are still here: close the record, open it again and save.</source>
        <translation>此更改所依据的前一项更改已不在队列中（已被放弃）。您填写的内容仍在：请关闭后重新打开该记录再保存。</translation>
    </message>
    <message>
        <source>This change is no longer among the refused ones.</source>
        <translation>此更改已不在被拒绝的更改中。</translation>
    </message>
</context>
<context>
    <name>gridsafe::OutboxDialog</name>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>放弃…</translation>
    </message>
    <message>
        <source>Changes waiting for the server</source>
        <translation>待发送的更改</translation>
    </message>
    <message>
        <source>Send the refused change to the server once more, unchanged.</source>
        <translation>将被拒绝的更改原样再次发送给服务器。</translation>
    </message>
    <message>
        <source>Drop the refused change; it will not be applied.</source>
        <translation>放弃被拒绝的更改，它将不会生效。</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Discard this change? It will not be applied.</source>
        <translation>放弃这项更改吗？它将不会生效。</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Changes are kept here until the server confirms them. A change the server refused stays until you correct it, send it again or discard it.</source>
        <translation>更改会保存在这里，直到服务器确认。被服务器拒绝的更改会一直保留，直到您修改、重新发送或放弃它。</translation>
    </message>
    <message>
        <source>Nothing is waiting: the server has every change you made.</source>
        <translation>没有等待发送的更改：您做的所有更改服务器都已收到。</translation>
    </message>
    <message>
        <source>Open the refused change with your values, correct it and send it again.</source>
        <translation>打开被拒绝的更改（保留您填写的内容），修改后重新发送。</translation>
    </message>
    <message>
        <source>Sent unchanged it would be refused again for the same reason: correct it or discard it.</source>
        <translation>原样重新发送会因同样的原因再次被拒绝：请修改或放弃。</translation>
    </message>
    <message numerus="yes">
        <source>Discard this change and the %n later change(s) made on top of it? None of them will be applied.</source>
        <translation>
            <numerusform>放弃此更改以及在它之上所做的 %n 项后续更改？这些更改都不会被应用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a change</source>
        <translation>查找更改</translation>
    </message>
</context>
<context>
    <name>gridsafe::OutboxTableModel</name>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>服务器给出的原因</translation>
    </message>
</context>
<context>
    <name>gridsafe::PasswordResetDialog</name>
    <message>
        <source>Reset password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>%1 (%2) gets this password; everywhere they are logged in, they are logged out.</source>
        <translation>%1（%2）将使用这个新密码；其所有已登录的地方都会退出登录。</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>至少 10 个字符</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
</context>
<context>
    <name>gridsafe::RegionEditDialog</name>
    <message>
        <source>Add a village, community or park to %1</source>
        <translation>为%1新增村、社区或园区</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>重命名“%1”</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>在%2新增“%1”</translation>
    </message>
    <message>
        <source>Add a town or street to %1</source>
        <translation>为%1新增镇或街道</translation>
    </message>
    <message>
        <source>Create the district</source>
        <translation>建立经开区</translation>
    </message>
    <message>
        <source>optional, %1 digits, e.g. %2</source>
        <translation>可不填；%1 位数字，如 %2</translation>
    </message>
    <message>
        <source>Division code:</source>
        <translation>区划代码：</translation>
    </message>
    <message>
        <source>This division code has %1 digits: %2 are needed, or leave it empty.</source>
        <translation>此区划代码为 %1 位：应为 %2 位，或不填。</translation>
    </message>
    <message>
        <source>%1 already has &quot;%2&quot;.</source>
        <translation>%1已有“%2”。</translation>
    </message>
    <message>
        <source>Create the district %1</source>
        <translation>建立经开区 %1</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此更改：%1</translation>
    </message>
</context>
<context>
    <name>gridsafe::RegionTreeActions</name>
    <message>
        <source>Add village, community or park…</source>
        <translation>新增村、社区或园区…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
</context>
<context>
    <name>gridsafe::RegionTreeDelegate</name>
    <message>
        <source>Not in a grid</source>
        <extracomment>Marks a village, community or park that no grid covers yet.</extracomment>
        <translation>未划分网格</translation>
    </message>
</context>
<context>
    <name>gridsafe::RegionTreeModel</name>
    <message>
        <source>%1, code %2</source>
        <translation>%1，区划代码 %2</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Not in any grid: no active grid covers it yet.</source>
        <translation>未划分网格：目前没有在用的网格覆盖此处。</translation>
    </message>
</context>
<context>
    <name>gridsafe::RegionsPanel</name>
    <message>
        <source>Create the district…</source>
        <translation>建立经开区…</translation>
    </message>
    <message>
        <source>Add town or street…</source>
        <translation>新增镇（街道）…</translation>
    </message>
    <message>
        <source>Add village, community or park…</source>
        <translation>新增村（社区、园区）…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>从 CSV 导入…</translation>
    </message>
    <message>
        <source>There is no district yet. Create the district first; then import the region list from a CSV file (columns 区划代码, 名称, 类型, 上级) or add its towns and streets one by one.</source>
        <translation>还没有经开区。请先建立经开区，再从 CSV 文件导入区划列表（列：区划代码、名称、类型、上级），或逐个新增镇（街道）。</translation>
    </message>
    <message>
        <source>A UTF-8 CSV file with the columns 区划代码, 名称, 类型 (镇/街道/村/社区/园区) and 上级; every row is checked before anything is created.</source>
        <translation>UTF-8 编码的 CSV 文件，列为 区划代码、名称、类型（镇/街道/村/社区/园区）和 上级；所有行检查无误后才会创建。</translation>
    </message>
    <message>
        <source>Import the region list</source>
        <translation>导入区划列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Region list imported: %1 rows, %2 created, %3 already there.</source>
        <translation>区划列表已导入：共 %1 行，新建 %2 个，已存在 %3 个。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 KiB; a region list may have at most %3 KiB.</source>
        <translation>%1 大小为 %2 KiB；区划列表最多 %3 KiB。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. In Excel, save it as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 不是 UTF-8 文本。请在 Excel 中另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>Import the region list %1</source>
        <translation>导入区划列表 %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import outlines…</source>
        <extracomment>导入边界（GeoJSON）…</extracomment>
        <translation>导入边界（GeoJSON）…</translation>
    </message>
    <message>
        <source>A GeoJSON file (WGS-84 or CGCS2000) of the villages&apos;, communities&apos; and parks&apos; outlines for the grid map, matched by region code or name; outlines already there are replaced.</source>
        <translation>村（社区）、园区边界的 GeoJSON 文件（WGS-84 或 CGCS2000），用于网格一张图，按区划代码或名称匹配；已有的边界将被替换。</translation>
    </message>
    <message>
        <source>Import the outlines for the grid map</source>
        <translation>导入网格一张图的边界</translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON 文件 (*.geojson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Outlines imported: %1 areas, %2 new, %3 replaced.</source>
        <translation>边界已导入：共 %1 个区域，新增 %2 个，替换 %3 个。</translation>
    </message>
    <message>
        <source>%1 is %2 KiB; an outline file may have at most %3 KiB. Simplify the outlines or import the towns one file at a time.</source>
        <translation>%1 大小为 %2 KiB；边界文件最多 %3 KiB。请简化边界，或按镇（街道）分文件导入。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, as GeoJSON must be.</source>
        <translation>%1 不是 UTF-8 文本；GeoJSON 文件须为 UTF-8 编码。</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>Import the outlines %1</source>
        <translation>导入边界 %1</translation>
    </message>
</context>
<context>
    <name>gridsafe::RiskReportDialog</name>
    <message>
        <source>Risk report of %1</source>
        <extracomment>记录风险报告 %1 (the enterprise&apos;s name)</extracomment>
        <translation>%1 的风险报告</translation>
    </message>
    <message>
        <source>Choose the level</source>
        <extracomment>No level chosen yet: the user must pick one (no silent default).</extracomment>
        <translation>请选择等级</translation>
    </message>
    <message>
        <source>Optional, e.g. a new spray-painting line raised the level</source>
        <extracomment>e.g. 新增喷涂工序，风险等级由一般升为较大</extracomment>
        <translation>可选，如新增喷涂线导致等级提高</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Latest report: %1, %2, %3. The register shows the latest report; every report stays in the history.</source>
        <translation>最新报告：%1，%2，%3。名录显示最新报告；每份报告都保留在变更记录中。</translation>
    </message>
    <message>
        <source>No risk report recorded yet.</source>
        <translation>尚无风险报告记录。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <extracomment>报告类型</extracomment>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Reported &amp;on:</source>
        <extracomment>报告日期</extracomment>
        <translation>报告日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <extracomment>风险等级</extracomment>
        <translation>等级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <extracomment>备注</extracomment>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>The server refused this report: %1</source>
        <translation>服务器拒绝了此报告：%1</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message>
        <source>Choose the risk level the report gives.</source>
        <translation>请选择报告给出的风险等级。</translation>
    </message>
    <message>
        <source>The report date %1 is in the future.</source>
        <translation>报告日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>A note may have at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Risk report of %1: %2</source>
        <extracomment>The outbox&apos;s summary: 风险报告 常州某某有限公司：较大</extracomment>
        <translation>%1 的风险报告：%2</translation>
    </message>
</context>
<context>
    <name>gridsafe::ServerConnection</name>
    <message>
        <source>No login within the time limit.</source>
        <translation>未在规定时间内登录。</translation>
    </message>
    <message>
        <source>Frame of %1 bytes exceeds the limit of %2 bytes.</source>
        <translation>数据帧大小为 %1 字节，超过上限 %2 字节。</translation>
    </message>
    <message>
        <source>Message version %1 is not supported; this server speaks version %2.</source>
        <translation>不支持消息版本 %1；本服务器使用版本 %2。</translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;.</source>
        <translation>未知的消息类型“%1”。</translation>
    </message>
    <message>
        <source>A request needs an &apos;id&apos;.</source>
        <translation>请求必须包含 &apos;id&apos;。</translation>
    </message>
    <message>
        <source>Send hello first.</source>
        <translation>请先发送 hello。</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>This server speaks protocol version %1, the client version %2. Install the matching GridSafe version.</source>
        <translation>服务器协议版本为 %1，客户端协议版本为 %2。请安装版本匹配的网格安监。</translation>
    </message>
    <message>
        <source>Too many failed logins. Try again in %1 seconds.</source>
        <translation>登录失败次数过多，请 %1 秒后重试。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The session has ended; log in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>&apos;since&apos; must be ≥ 0 and &apos;limit&apos; between 1 and %1.</source>
        <translation>&apos;since&apos; 必须 ≥ 0，&apos;limit&apos; 必须介于 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>No data for %1 seconds in the middle of a frame.</source>
        <translation>数据帧传输中断已超过 %1 秒。</translation>
    </message>
</context>
<context>
    <name>gridsafe::SessionStatusBar</name>
    <message>
        <source>The server accepted your change.</source>
        <translation>服务器已接受您的更改。</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Changes are kept and sent when the connection is back.</source>
        <translation>更改已保存在本地，连接恢复后将自动发送。</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>待发送：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>待发送：%1</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>被拒绝：%1 — %2</translation>
    </message>
    <message>
        <source>No changes are waiting to be sent.</source>
        <translation>没有待发送的更改。</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 changes</source>
        <translation>正在同步：第 %1 项，共 %2 项更改</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>Show…</source>
        <translation>查看…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
</context>
<context>
    <name>gridsafe::SettingsPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区划</translation>
    </message>
</context>
<context>
    <name>gridsafe::TownChooser</name>
    <message>
        <source>All towns</source>
        <extracomment>Every town of the district at once (全部镇（街道）).</extracomment>
        <translation>全部镇（街道）</translation>
    </message>
</context>
<context>
    <name>gridsafe::TrainingHistoryDialog</name>
    <message>
        <source>Training and exam records of %1</source>
        <extracomment>培训考核记录 — %1 is the town (镇/街道).</extracomment>
        <translation>%1培训考核记录</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>培训日期
----------
考核日期</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <extracomment>学时</extracomment>
        <translation>学时</translation>
    </message>
    <message>
        <source>Topic</source>
        <extracomment>培训内容</extracomment>
        <translation>培训内容</translation>
    </message>
    <message>
        <source>Trainer</source>
        <extracomment>授课人</extracomment>
        <translation>授课人</translation>
    </message>
    <message>
        <source>Attendees</source>
        <extracomment>参训人数</extracomment>
        <translation>参训人数</translation>
    </message>
    <message>
        <source>Inspector</source>
        <extracomment>网格员</extracomment>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Subject</source>
        <extracomment>考核科目</extracomment>
        <translation>考核科目</translation>
    </message>
    <message>
        <source>Score / pass mark</source>
        <extracomment>成绩 / 合格分</extracomment>
        <translation>成绩 / 合格分</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>考核结果</extracomment>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>编辑所选培训记录</extracomment>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected session: its date, hours, topic, trainer or attendees</source>
        <translation>修改所选培训：日期、学时、内容、授课人或参训人员</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <extracomment>记录培训…</extracomment>
        <translation>记录培训(&amp;R)…</translation>
    </message>
    <message>
        <source>Record a training session of the town and who attended</source>
        <translation>记录本镇（街道）的一次培训及参训人员</translation>
    </message>
    <message>
        <source>&amp;Training sessions</source>
        <extracomment>培训记录</extracomment>
        <translation>培训记录(&amp;T)</translation>
    </message>
    <message>
        <source>E&amp;xams</source>
        <extracomment>考核成绩</extracomment>
        <translation>考核成绩(&amp;X)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the names of a training&apos;s attendees; Chinese uses &quot;、&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>An inspector the replica does not hold (yet), by number.</extracomment>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Attended: %1</source>
        <extracomment>On hovering a training&apos;s row: the names of those who attended (参训人员).</extracomment>
        <translation>参训人员：%1</translation>
    </message>
    <message>
        <source>Passed</source>
        <extracomment>An exam result: 合格 / 不合格.</extracomment>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>The score and the pass mark of an exam: &quot;82 / 60&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>gridsafe::TrainingPlanDialog</name>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>Yearly training plan of %1</source>
        <extracomment>年度培训计划: the town&apos;s training plan for a year.</extracomment>
        <translation>%1年度培训计划</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 学时</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>培训主题</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Arrows move, F2 or typing edits a cell; Insert adds a session, Delete removes the selected ones.</source>
        <translation>方向键移动，按 F2 或直接输入可编辑单元格；按 Insert 添加培训，按 Delete 删除所选培训。</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>添加培训(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>删除培训(&amp;R)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Required &amp;hours per inspector:</source>
        <translation>每名网格员应修学时(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Sessions planned:</source>
        <translation>计划培训(&amp;S)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>There is no plan for %1 yet: saving makes it.</source>
        <translation>%1 年度尚无培训计划：保存后即建立。</translation>
    </message>
    <message>
        <source>Saving replaces the %1 plan (last changed %2).</source>
        <translation>保存将替换 %1 年度培训计划（最后修改于 %2）。</translation>
    </message>
    <message>
        <source>A training plan is made for last year, this year or next year (%1–%2), not %3.</source>
        <translation>培训计划只能为去年、今年或明年（%1–%2）制定，不能为 %3 年。</translation>
    </message>
    <message>
        <source>Required hours per inspector must be between 0 and %1.</source>
        <translation>每名网格员应修学时须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>A plan holds at most %1 sessions.</source>
        <translation>一份计划最多安排 %1 次培训。</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>第 %1 次培训：%2</translation>
    </message>
    <message>
        <source>month %1 is not a month of the year.</source>
        <translation>%1 不是有效的月份。</translation>
    </message>
    <message>
        <source>training topic</source>
        <translation>培训主题</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Training plan %1 of %2</source>
        <extracomment>The outbox&apos;s summary: 2026 年度培训计划（遥观镇）.</extracomment>
        <translation>%1 年度培训计划（%2）</translation>
    </message>
</context>
<context>
    <name>gridsafe::TrainingSessionDialog</name>
    <message>
        <source>Record training in %1</source>
        <extracomment>记录培训: a training session of the town&apos;s inspectors (培训).</extracomment>
        <translation>记录%1的培训</translation>
    </message>
    <message>
        <source>Edit training %1</source>
        <extracomment>编辑培训记录</extracomment>
        <translation>编辑培训记录 %1</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此更改：%1</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>After the number of hours of a training (学时).</extracomment>
        <translation> 学时</translation>
    </message>
    <message>
        <source>e.g. Inspecting dust-explosion risks</source>
        <translation>例如：粉尘爆炸风险排查</translation>
    </message>
    <message>
        <source>e.g. Chen, district emergency bureau</source>
        <translation>例如：陈某（区应急管理局）</translation>
    </message>
    <message>
        <source>Search by name or unit; Down moves to the list</source>
        <translation>按姓名或单位查找；按↓键移到列表</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Ticks every inspector shown (the search narrows them).</source>
        <translation>勾选当前显示的全部网格员（可先查找以缩小范围）。</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>Unticks every inspector shown.</source>
        <translation>取消勾选当前显示的全部网格员。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>学时(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>培训主题(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>授课人(&amp;R)：</translation>
    </message>
    <message>
        <source>Attend&amp;ees (tick everyone who attended):</source>
        <extracomment>参训网格员: the inspectors who attended the training.</extracomment>
        <translation>参训网格员（勾选全部参训人员）(&amp;E)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — inactive</source>
        <extracomment>An inspector in the attendance list who no longer works as one (已停用).</extracomment>
        <translation>%1 — 已停用</translation>
    </message>
    <message>
        <source>%1 of %2 attending</source>
        <extracomment>The attendance count under the list: &quot;12 of 40 attending&quot; (12 人参训，共 40 人).</extracomment>
        <translation>%1 人参训，共 %2 人</translation>
    </message>
    <message>
        <source>training date</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <source>training topic</source>
        <translation>培训主题</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>授课人</translation>
    </message>
    <message>
        <source>Tick at least one inspector who attended.</source>
        <translation>请至少勾选一名参训网格员。</translation>
    </message>
    <message>
        <source>A training records at most %1 attendees.</source>
        <translation>一次培训最多登记 %1 名参训人员。</translation>
    </message>
    <message>
        <source>Edit training %1 (%2)</source>
        <extracomment>The outbox&apos;s summary of the change: 记录培训 / 修改培训.</extracomment>
        <translation>修改培训 %1（%2）</translation>
    </message>
    <message>
        <source>Record training %1 (%2)</source>
        <translation>记录培训 %1（%2）</translation>
    </message>
</context>
<context>
    <name>gridsafe::UserEditDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>3–32 of a–z, 0–9, . _ -  (e.g. yaoguan.li)</source>
        <translation>3–32 位小写字母、数字或 . _ -（如 yaoguan.li）</translation>
    </message>
    <message>
        <source>e.g. 李静（遥观镇应急办）</source>
        <translation>如：李静（遥观镇应急办）</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>至少 10 个字符</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Town or street:</source>
        <translation>所属镇（街道）：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Give the password to the user in person; they can change it after logging in.</source>
        <translation>请当面把密码交给用户；用户登录后可自行修改密码。</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken.</source>
        <translation>用户名“%1”已被使用。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Choose the town or street this user works for.</source>
        <translation>请选择该用户所属的镇（街道）。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <source>Create user %1 (%2)</source>
        <translation>新建用户 %1（%2）</translation>
    </message>
</context>
<context>
    <name>gridsafe::UserTableModel</name>
    <message>
        <source>All towns</source>
        <translation>全部镇（街道）</translation>
    </message>
    <message>
        <source>Town %1</source>
        <translation>镇 %1</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用中</translation>
    </message>
    <message>
        <source>%1 · pending sync</source>
        <extracomment>An account&apos;s state while a change to it waits to be sent to the server.</extracomment>
        <translation>%1 · 待同步</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Town or street</source>
        <translation>所属镇（街道）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最后登录</translation>
    </message>
</context>
<context>
    <name>gridsafe::UsersPanel</name>
    <message>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>No accounts have reached this computer yet. They arrive with the next sync; New user… creates one.</source>
        <translation>本机还没有收到任何账号，将在下次同步时到达；点击“新建用户…”可创建账号。</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>Disable %1 (%2)? They are logged out at once and cannot log in until enabled again.</source>
        <translation>停用 %1（%2）？该用户将立即退出登录，重新启用前无法登录。</translation>
    </message>
    <message>
        <source>Enable %1 (%2)? They can log in again with their password.</source>
        <translation>启用 %1（%2）？该用户可以用原密码重新登录。</translation>
    </message>
    <message>
        <source>Disable user %1</source>
        <translation>停用用户 %1</translation>
    </message>
    <message>
        <source>Enable user %1</source>
        <translation>启用用户 %1</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>更改未保存</translation>
    </message>
    <message>
        <source>Find a user or town</source>
        <translation>查找用户或镇（街道）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GridSafe: grid-based safety supervision of industrial enterprises.</source>
        <translation>网格安监：工业企业基层安全生产网格化监管。</translation>
    </message>
    <message>
        <source>Server to connect to (prefilled).</source>
        <translation>要连接的服务器（预先填入）。</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>User name (prefilled).</source>
        <translation>用户名（预先填入）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Log in at once with the password held in this environment variable.</source>
        <translation>使用该环境变量中的密码直接登录。</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>变量名</translation>
    </message>
    <message>
        <source>Trust this SHA-256 certificate fingerprint for --server.</source>
        <translation>信任 --server 所指服务器的此 SHA-256 证书指纹。</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Folder for the local data.</source>
        <translation>本地数据目录。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Language of the user interface: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>After login and the first sync, save the main window as PNG and quit.</source>
        <translation>登录并完成首次同步后，将主窗口保存为 PNG 图片并退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
</context>
</TS>

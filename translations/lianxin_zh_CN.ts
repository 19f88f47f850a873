<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountRepository</name>
    <message>
        <source>The user name must be 3 to 32 lower-case letters, digits, dots or underscores.</source>
        <translation>用户名须为 3 至 32 个小写字母、数字、点或下划线。</translation>
    </message>
    <message>
        <source>Another account already has this user name.</source>
        <translation>已有其他账号使用此用户名。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Choose the account&apos;s role.</source>
        <translation>请选择账号的角色。</translation>
    </message>
    <message>
        <source>Choose the township, villages or grids the account covers.</source>
        <translation>请选择账号负责的乡镇、村（社区）或网格。</translation>
    </message>
    <message>
        <source>One of the regions of the scope does not exist.</source>
        <translation>负责范围中有一个区域不存在。</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?).</source>
        <translation>无法加密保存密码（内存不足？）。</translation>
    </message>
</context>
<context>
    <name>AccountRules</name>
    <message>
        <source>The user name must be 3 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>用户名须为 3 到 32 个小写字母、数字、“.”“_”或“-”。</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppCommands</name>
    <message>
        <source>The workspace already holds households; demo data is only made in an empty one.</source>
        <translation>工作区中已有户数据；演示数据只能在空工作区中生成。</translation>
    </message>
    <message>
        <source>Demo accounts (password %1):</source>
        <translation>演示账号（密码 %1）：</translation>
    </message>
    <message>
        <source>--scope: no region has the code %1.</source>
        <translation>--scope：没有代码为 %1 的区域。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>账号 %1 已创建。</translation>
    </message>
    <message>
        <source>Name the county server once with --server URL.</source>
        <translation>请先用 --server 网址指定一次县级服务器。</translation>
    </message>
    <message>
        <source>Synced: %1 changes sent (%2 merged, %3 refused), %4 rows received in %5 pages; %6 bytes up, %7 bytes down in %8 requests.</source>
        <translation>同步完成：上传 %1 项修改（合并 %2 项，被拒 %3 项），分 %5 页接收 %4 行；共 %8 次请求，上行 %6 字节，下行 %7 字节。</translation>
    </message>
    <message>
        <source>This device&apos;s clock is %1 minutes off the server&apos;s; set the right time.</source>
        <translation>本机时钟与服务器相差 %1 分钟，请校准时间。</translation>
    </message>
    <message>
        <source>Changes of %1 wait until they sign in to the county server on this device.</source>
        <translation>%1 的修改须待其本人在本机登录县级服务器后才能上传。</translation>
    </message>
    <message>
        <source>Demo workspace made: %1 villages, %2 grids, %3 households, %4 persons, %5 dispute cases, %6 points entries, %7 visits.</source>
        <translation>演示工作区已生成：%1 个村（社区），%2 个网格，%3 户，%4 人，%5 件矛盾纠纷，%6 条积分记录，%7 次走访。</translation>
    </message>
    <message>
        <source>There is no workspace in %1.</source>
        <translation>%1 中没有工作区。</translation>
    </message>
    <message>
        <source>Backed up into %1 (%2 bytes). Keep the passphrase: without it the backup cannot be opened.</source>
        <translation>已备份到 %1（%2 字节）。请保管好备份口令：没有口令无法打开备份。</translation>
    </message>
    <message>
        <source>The settings could not be restored to %1.</source>
        <translation>设置无法恢复到 %1。</translation>
    </message>
    <message>
        <source>Restored. The next sync sends what the county server lacks and takes what it has.</source>
        <translation>已恢复。下次同步会把县级服务器缺少的数据发上去，并取回服务器上的新数据。</translation>
    </message>
    <message>
        <source>Restored; the store it replaced is kept in %1. The next sync sends what the county server lacks and takes what it has.</source>
        <translation>已恢复；被替换的数据库保存在 %1。下次同步会把县级服务器缺少的数据发上去，并取回服务器上的新数据。</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>密码错误次数过多，请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your township administrator.</source>
        <translation>此账号已停用，请联系乡镇管理员。</translation>
    </message>
</context>
<context>
    <name>CaseLifecycle</name>
    <message>
        <source>The case was declined: no further steps can be recorded.</source>
        <translation>该案件已不予受理，不能再记录后续步骤。</translation>
    </message>
    <message>
        <source>The case is filed: no further steps can be recorded.</source>
        <translation>该案件已归档，不能再记录后续步骤。</translation>
    </message>
    <message>
        <source>The case is already filed.</source>
        <translation>该案件已经归档。</translation>
    </message>
    <message>
        <source>The case is closed: only filing can follow.</source>
        <translation>该案件已结案，只能进行归档。</translation>
    </message>
    <message>
        <source>Close the case first.</source>
        <translation>请先结案。</translation>
    </message>
    <message>
        <source>Give the parties the notice of their rights and obligations first.</source>
        <translation>请先向当事人告知权利义务。</translation>
    </message>
    <message>
        <source>The rights notice has already been given.</source>
        <translation>已经告知过权利义务。</translation>
    </message>
    <message>
        <source>Only a case that has just been registered can be declined.</source>
        <translation>只有刚登记的案件才能不予受理。</translation>
    </message>
    <message>
        <source>Record a mediation session first.</source>
        <translation>请先记录一次调解。</translation>
    </message>
    <message>
        <source>Record the agreement, or that mediation ended, first.</source>
        <translation>请先记录调解协议或调解终止。</translation>
    </message>
    <message>
        <source>Mediation is over for this case: it has an agreement or has ended.</source>
        <translation>该案件调解已结束：已达成协议或已终止调解。</translation>
    </message>
    <message>
        <source>Mediation has already ended.</source>
        <translation>调解已经终止。</translation>
    </message>
    <message>
        <source>The case already has an agreement.</source>
        <translation>该案件已有调解协议。</translation>
    </message>
    <message>
        <source>Only a written agreement still awaiting signatures can be signed.</source>
        <translation>只有尚待签字的书面协议才能登记签字。</translation>
    </message>
    <message>
        <source>A case whose mediation ended closes as such.</source>
        <translation>调解终止的案件应以“调解终止”方式结案。</translation>
    </message>
    <message>
        <source>A case whose agreement was performed closes as such.</source>
        <translation>协议已履行的案件应以“协议已履行”方式结案。</translation>
    </message>
    <message>
        <source>Record that the agreement was performed first.</source>
        <translation>请先记录协议已履行。</translation>
    </message>
    <message>
        <source>Mediation ended without an agreement.</source>
        <translation>调解已终止，未达成协议。</translation>
    </message>
    <message>
        <source>The agreement has been performed.</source>
        <translation>协议已经履行。</translation>
    </message>
    <message>
        <source>This step cannot be recorded now.</source>
        <translation>现在不能记录这一步骤。</translation>
    </message>
    <message>
        <source>The new deadline must be later than the current one.</source>
        <translation>新的期限必须晚于现在的期限。</translation>
    </message>
    <message>
        <source>The agreement takes effect when every party has signed it: record the signatures first.</source>
        <translation>协议须经各方当事人签字后生效：请先登记签字。</translation>
    </message>
    <message>
        <source>Judicial confirmation needs a written agreement that has taken effect.</source>
        <translation>申请司法确认须有已生效的书面调解协议。</translation>
    </message>
    <message>
        <source>The parties must apply within 30 days of the agreement taking effect (by %1).</source>
        <translation>当事人须在协议生效之日起三十日内（%1 前）申请。</translation>
    </message>
    <message>
        <source>Say where the case was transferred to.</source>
        <translation>请填写案件移交给哪个单位。</translation>
    </message>
    <message>
        <source>Record that mediation ended first.</source>
        <translation>请先记录调解终止。</translation>
    </message>
    <message>
        <source>Unknown kind of step &quot;%1&quot;.</source>
        <translation>未知的步骤类型“%1”。</translation>
    </message>
    <message>
        <source>An outcome is chosen only where two were recorded on different devices.</source>
        <translation>只有在不同设备记录了两个调解结果时，才需要选定结果。</translation>
    </message>
</context>
<context>
    <name>CaseSteps</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>The date is before the case was received (%1).</source>
        <translation>日期早于受理日期（%1）。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The dossier is not complete; it lacks: %1.</source>
        <translation>卷宗材料不全，缺少：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>the notice of rights and obligations</source>
        <translation>权利义务告知书</translation>
    </message>
    <message>
        <source>the ID number of %1</source>
        <translation>%1的身份证号</translation>
    </message>
    <message>
        <source>a mediation record</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>a record of performance</source>
        <translation>履行情况记录</translation>
    </message>
    <message>
        <source>the record that mediation ended</source>
        <translation>调解终止记录</translation>
    </message>
    <message>
        <source>Only an outcome recorded for this case can be chosen, and only when different devices recorded two.</source>
        <translation>只能选定本案件已记录的调解结果，且仅在不同设备记录了两个结果时才能选定。</translation>
    </message>
    <message>
        <source>Two outcomes of this case were recorded on different devices: choose the one that stands first.</source>
        <translation>不同设备为本案件记录了两个调解结果：请先选定以哪个为准。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Lianxin, the grid and mediation workbench.</source>
        <translation>连心：网格与调解工作台。</translation>
    </message>
    <message>
        <source>Keep the workspace in &lt;dir&gt;.</source>
        <translation>将工作区保存在 &lt;dir&gt;。</translation>
    </message>
    <message>
        <source>Fill an empty workspace with a demo township of &lt;n&gt; households, then exit.</source>
        <translation>在空工作区中生成含 &lt;n&gt; 户的演示乡镇，然后退出。</translation>
    </message>
    <message>
        <source>Seed of the demo data (default 1).</source>
        <translation>演示数据的随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--make-demo needs a number of households of at least 1.</source>
        <translation>--make-demo 需要至少为 1 的户数。</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed 需要一个整数。</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en.</source>
        <translation>--lang 只接受 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Create the account &lt;user&gt; (password read from standard input), then exit.</source>
        <translation>创建账号 &lt;user&gt;（密码从标准输入读取），然后退出。</translation>
    </message>
    <message>
        <source>With --add-account: the person&apos;s name.</source>
        <translation>与 --add-account 一起使用：使用人姓名。</translation>
    </message>
    <message>
        <source>With --add-account: grid_officer, grid_head, unit_head, defence_head, mediator, legal_adviser or township_admin.</source>
        <translation>与 --add-account 一起使用：grid_officer、grid_head、unit_head、defence_head、mediator、legal_adviser 或 township_admin。</translation>
    </message>
    <message>
        <source>With --add-account: the region codes covered, separated by commas.</source>
        <translation>与 --add-account 一起使用：负责区域的代码，以逗号分隔。</translation>
    </message>
    <message>
        <source>Sync the workspace with the county server without a window, then exit (0 done, 3 sign-in needed, 4 server unreachable, 5 refused by the server, 1 other).</source>
        <translation>不打开窗口，与县级服务器同步一次后退出（0 完成，3 需要登录，4 无法连接服务器，5 被服务器拒绝，1 其他）。</translation>
    </message>
    <message>
        <source>The county server&apos;s address, e.g. http://127.0.0.1:8470.</source>
        <translation>县级服务器地址，例如 http://127.0.0.1:8470。</translation>
    </message>
    <message>
        <source>With --sync-once: sign in as &lt;user&gt; first (password read from standard input).</source>
        <translation>与 --sync-once 同用：先以 &lt;user&gt; 登录（密码从标准输入读取）。</translation>
    </message>
    <message>
        <source>Back up the workspace (its store with the attachments, and the settings) into &lt;file&gt;, encrypted with a passphrase read from standard input.</source>
        <translation>把工作区（数据库及其附件、设置）备份到 &lt;file&gt;，用从标准输入读取的口令加密。</translation>
    </message>
    <message>
        <source>Restore the workspace from the backup &lt;file&gt; (passphrase from standard input); the store it replaces is kept in before-restore-&lt;time&gt; in the workspace.</source>
        <translation>从备份文件 &lt;file&gt; 恢复工作区（口令从标准输入读取）；被替换的数据库保存在工作区的 before-restore-&lt;时间&gt; 文件夹中。</translation>
    </message>
    <message>
        <source>Import the households of a roster (.xlsx, .xls or .csv in UTF-8 or GBK) into the grid given with --grid.</source>
        <translation>把花名册（.xlsx、.xls，或 UTF-8、GBK 编码的 .csv）中的各户导入 --grid 指定的网格。</translation>
    </message>
    <message>
        <source>With --import: the grid&apos;s code.</source>
        <translation>与 --import 同用：网格的代码。</translation>
    </message>
    <message>
        <source>With --import: the sheet (default: the first).</source>
        <translation>与 --import 同用：工作表（默认第一个）。</translation>
    </message>
    <message>
        <source>With --import: import the households without errors and leave out the others (default: refuse the whole roster when any row has an error).</source>
        <translation>与 --import 同用：导入没有错误的户，略过其余（默认：任一行有错误时整份花名册都不导入）。</translation>
    </message>
    <message>
        <source>With --import: check the roster, write nothing.</source>
        <translation>与 --import 同用：只检查花名册，不写入。</translation>
    </message>
    <message>
        <source>With --import: print the result as JSON.</source>
        <translation>与 --import 同用：以 JSON 输出结果。</translation>
    </message>
    <message>
        <source>With --import: write the rows left out, with a reason column, to &lt;file&gt; (.xlsx) to fix and import again.</source>
        <translation>与 --import 同用：把未导入的行连同原因一列写入 &lt;file&gt;（.xlsx），改正后可再次导入。</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <source>Choose the level of the consultation.</source>
        <translation>请选择会商层级。</translation>
    </message>
    <message>
        <source>Give the day the meeting was held (not a day still to come).</source>
        <translation>请填写会商日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会商情况</translation>
    </message>
    <message>
        <source>A consultation decides on at least one matter.</source>
        <translation>会商须对至少一个事项作出议定。</translation>
    </message>
    <message>
        <source>Choose the matter discussed.</source>
        <translation>请选择会商的事项。</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>议定意见</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>The deadline is a day after the meeting.</source>
        <translation>完成时限须在会商日期之后。</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>落实情况</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The record refers to a record that does not exist, or is still referred to by another record.</source>
        <translation>该记录引用了不存在的记录，或仍被其他记录引用。</translation>
    </message>
    <message>
        <source>This value is already used by another record.</source>
        <translation>此值已被其他记录使用。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>A value is outside what this field allows.</source>
        <translation>数值超出此项允许的范围。</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>数据库正被其他程序占用，请稍后再试。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Lianxin database (%1).</source>
        <translation>数据库文件已损坏，或不是连心数据库（%1）。</translation>
    </message>
    <message>
        <source>The database could not be written: %1.</source>
        <translation>无法写入数据库：%1。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Lianxin (schema %2; this program knows schema %3). Install the newer version to open it.</source>
        <translation>数据库 %1 由更新版本的连心写入（结构版本 %2；本程序支持到版本 %3）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 (%2) failed; nothing was changed. %3</source>
        <translation>将数据库升级到结构版本 %1（%2）失败，数据未作任何改动。%3</translation>
    </message>
    <message>
        <source>The SQLite driver gave no handle for %1.</source>
        <translation>SQLite 驱动未给出 %1 的句柄。</translation>
    </message>
</context>
<context>
    <name>DemoAccounts</name>
    <message>
        <source>No township has the code %1.</source>
        <translation>没有代码为 %1 的乡镇。</translation>
    </message>
    <message>
        <source>The township has no villages yet.</source>
        <translation>该乡镇下还没有村（社区）。</translation>
    </message>
    <message>
        <source>The first village has no grids yet.</source>
        <translation>第一个村（社区）下还没有网格。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of households must be at least 1.</source>
        <translation>户数至少为 1。</translation>
    </message>
    <message>
        <source>No township has the code %1.</source>
        <translation>没有代码为 %1 的乡镇。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>DeviceBackup</name>
    <message numerus="yes">
        <source>The passphrase must have at least %n character(s).</source>
        <translation>
            <numerusform>备份口令至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The encryption library cannot start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>内存不足，无法由口令生成密钥。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is not a Lianxin backup.</source>
        <translation>%1 不是连心备份文件。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Lianxin; update Lianxin to restore it.</source>
        <translation>%1 由更新版本的连心生成，请先升级连心再恢复。</translation>
    </message>
    <message>
        <source>%1 is damaged: its head is not readable.</source>
        <translation>%1 已损坏：文件头无法读取。</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup (or the start of the file is damaged).</source>
        <translation>口令打不开这个备份（或者文件开头已损坏）。</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is damaged or cut off; nothing was restored.</source>
        <translation>%1 已损坏或不完整，未恢复任何内容。</translation>
    </message>
    <message>
        <source>%1 holds no store.</source>
        <translation>%1 中没有数据库。</translation>
    </message>
    <message>
        <source>Cannot move %1 aside; nothing was restored.</source>
        <translation>无法移开 %1，未恢复任何内容。</translation>
    </message>
    <message>
        <source>Cannot move the restored store into %1; the store before is in %2.</source>
        <translation>无法把恢复的数据库放入 %1；原来的数据库在 %2。</translation>
    </message>
    <message>
        <source>Set the backup passphrase first.</source>
        <translation>请先设置备份口令。</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>没有输入备份口令。</translation>
    </message>
    <message>
        <source>Lianxin is open on %1: quit it first. Nothing was restored.</source>
        <translation>连心正在使用 %1：请先退出连心。未恢复任何内容。</translation>
    </message>
</context>
<context>
    <name>DisputeRepository</name>
    <message>
        <source>Choose where the dispute arose.</source>
        <translation>请选择纠纷发生地。</translation>
    </message>
    <message>
        <source>Choose a township, village or grid, not the county.</source>
        <translation>请选择乡镇、村或网格，不能选县。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>纠纷名称</translation>
    </message>
    <message>
        <source>Choose the kind of dispute.</source>
        <translation>请选择纠纷类型。</translation>
    </message>
    <message>
        <source>Choose how the dispute came to the committee.</source>
        <translation>请选择纠纷来源。</translation>
    </message>
    <message>
        <source>Enter the date the case was received.</source>
        <translation>请填写受理日期。</translation>
    </message>
    <message>
        <source>The date received cannot be in the future.</source>
        <translation>受理日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>当事人申请事项</translation>
    </message>
    <message>
        <source>The amount must be from 0 to 1,000,000,000 yuan.</source>
        <translation>涉及金额须在 0 至 10 亿元之间。</translation>
    </message>
    <message>
        <source>The number of people involved must be from 1 to 100,000.</source>
        <translation>涉及人数须在 1 至 100,000 之间。</translation>
    </message>
    <message>
        <source>Choose the risk grade.</source>
        <translation>请选择风险等级。</translation>
    </message>
    <message>
        <source>Choose the level that mediates the case.</source>
        <translation>请选择调解层级。</translation>
    </message>
    <message>
        <source>Unknown consultation level.</source>
        <translation>未知的会商层级。</translation>
    </message>
    <message>
        <source>A chosen mediator is no longer in the member list.</source>
        <translation>所选调解员已不在人员名单中。</translation>
    </message>
    <message>
        <source>The chosen legal adviser is no longer in the member list.</source>
        <translation>所选法律顾问已不在人员名单中。</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>当事人%1</translation>
    </message>
    <message>
        <source>%1: choose applicant or respondent.</source>
        <translation>%1：请选择申请人或被申请人。</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1：姓名</translation>
    </message>
    <message>
        <source>%1: the person is no longer in the register.</source>
        <translation>%1：该人员已不在户籍登记中。</translation>
    </message>
    <message>
        <source>%1: unknown sex.</source>
        <translation>%1：性别无法识别。</translation>
    </message>
    <message>
        <source>%1: address</source>
        <translation>%1：住址</translation>
    </message>
    <message>
        <source>%1: agent</source>
        <translation>%1：代理人</translation>
    </message>
    <message>
        <source>A dispute needs at least one applicant and one respondent.</source>
        <translation>纠纷至少要有一名申请人和一名被申请人。</translation>
    </message>
    <message>
        <source>Your account may register cases only in its own area: choose one of the places listed.</source>
        <translation>本账号只能在自己负责的范围内登记纠纷，请从列出的地点中选择。</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 行到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>FileStore</name>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 是空的。</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; scan it at a lower resolution.</source>
        <translation>文件 %1 超过 %2 MB，请降低分辨率重新扫描。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>An attachment arrived damaged; it is fetched again at the next sync.</source>
        <translation>附件在传输中损坏，下次同步时会重新获取。</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>grid members</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>households</source>
        <translation>户</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>audit records</source>
        <translation>查看记录</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>冲突记录</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>门牌号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>所属户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>居住状态</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>The record lies outside the regions of your account.</source>
        <translation>该记录不在您账号的管辖区域内。</translation>
    </message>
    <message>
        <source>Your role may not make this change.</source>
        <translation>您的岗位无权做此修改。</translation>
    </message>
    <message>
        <source>The county server does not have this record.</source>
        <translation>县级服务器上没有这条记录。</translation>
    </message>
    <message>
        <source>The record was removed on another device.</source>
        <translation>该记录已在其他设备上删除。</translation>
    </message>
    <message>
        <source>Records of this kind are never changed.</source>
        <translation>此类记录不可修改。</translation>
    </message>
    <message>
        <source>The county server refused it.</source>
        <translation>县级服务器拒绝了此修改。</translation>
    </message>
    <message>
        <source>It breaks a rule the county server checks; correct the record.</source>
        <translation>不符合县级服务器校验的规则，请更正该记录。</translation>
    </message>
    <message>
        <source>The record it belongs to is not on the county server (removed there, refused, or still to be sent); it is tried again at every sync.</source>
        <translation>它所属的记录不在县级服务器上（已在服务器删除、被拒绝或尚待上传）；每次同步都会重试。</translation>
    </message>
    <message>
        <source>dispute cases</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>case steps</source>
        <translation>调解步骤</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>visit plans</source>
        <translation>走访计划</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>kinds of request</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>visit photos</source>
        <translation>走访照片</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>走访问题</translation>
    </message>
    <message>
        <source>service requests</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>request steps</source>
        <translation>事项办理步骤</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>三级会商</translation>
    </message>
    <message>
        <source>consultation decisions</source>
        <translation>会商议定事项</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>Choose the date.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <source>The name of the day may have at most 30 characters.</source>
        <translation>日期名称最多 30 个字。</translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>Choose the grid the household belongs to.</source>
        <translation>请选择该户所属的网格。</translation>
    </message>
    <message>
        <source>A household belongs to a grid, not to a village or township.</source>
        <translation>户应归属于网格，而不是村或乡镇。</translation>
    </message>
    <message>
        <source>The head of household must be a member of this household.</source>
        <translation>户主必须是本户成员。</translation>
    </message>
    <message>
        <source>%1&apos;s relation is head of household; change it in %1&apos;s form to leave the household without a head.</source>
        <translation>%1 的“与户主关系”是户主；要让本户暂无户主，请先在 %1 的成员表中改掉这一关系。</translation>
    </message>
    <message>
        <source>%1&apos;s relation is head of household; change it in %1&apos;s form first, then choose the new head.</source>
        <translation>%1 的“与户主关系”是户主；请先在 %1 的成员表中改掉这一关系，再选择新户主。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>身份证号码为空。</translation>
    </message>
    <message>
        <source>A 15-digit ID number may contain digits only.</source>
        <translation>15 位身份证号码只能包含数字。</translation>
    </message>
    <message numerus="yes">
        <source>An ID number has 18 characters (or 15 for an old card); this one has %n.</source>
        <translation>
            <numerusform>身份证号码应为 18 位（旧证为 15 位），当前为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>An ID number is 17 digits followed by a digit or X.</source>
        <translation>身份证号码应为 17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <source>The ID number starts with %1, which is not a province code.</source>
        <translation>身份证号码以 %1 开头，这不是有效的省级代码。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a real date.</source>
        <translation>身份证号码中的出生日期（%1）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future.</source>
        <translation>身份证号码中的出生日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is before 1900.</source>
        <translation>身份证号码中的出生日期（%1）早于 1900 年。</translation>
    </message>
    <message>
        <source>The check character of the ID number is wrong: the last character should be %1. Check the digits against the card.</source>
        <translation>身份证号码校验位错误：最后一位应为 %1。请对照证件核对各位数字。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>第 %1 行 %2 列</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>--import needs --grid CODE: the grid the roster&apos;s households belong to.</source>
        <translation>--import 需要 --grid 代码：花名册中各户所属的网格。</translation>
    </message>
    <message>
        <source>There is no grid with the code %1 in this workspace.</source>
        <translation>本工作区没有代码为 %1 的网格。</translation>
    </message>
    <message>
        <source>%1: %2 households, %3 persons; %4 errors.</source>
        <translation>%1：%2 户，%3 人；%4 个错误。</translation>
    </message>
    <message>
        <source>Imported: %1 households added, %2 changed, %3 unchanged; %4 persons added, %5 changed, %6 unchanged; %7 rows refused.</source>
        <translation>已导入：新增 %1 户，修改 %2 户，%3 户不变；新增 %4 人，修改 %5 人，%6 人不变；%7 行未导入。</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
</context>
<context>
    <name>ListSources</name>
    <message>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>门牌号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
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
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>居住状态</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>The persons could not be read.</source>
        <translation>无法读取人员。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷名称</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>%1, risk of violence</source>
        <translation>%1，有暴力风险</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Dispute kind</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>见到的人</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>The visits could not be read.</source>
        <translation>无法读取走访记录。</translation>
    </message>
</context>
<context>
    <name>MediationReport</name>
    <message>
        <source>Kind of dispute</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Mediation ended</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>Amount covered (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>纠纷来源</translation>
    </message>
    <message>
        <source>Mediation report: %1, %2 to %3</source>
        <translation>人民调解工作统计表：%1，%2 至 %3</translation>
    </message>
    <message>
        <source>Referred in</source>
        <translation>移入</translation>
    </message>
    <message>
        <source>Referred out</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Disputes mediated</source>
        <translation>调解纠纷数</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Kept from turning violent (cases)</source>
        <translation>防止民转刑（件）</translation>
    </message>
    <message>
        <source>Kept from turning violent (people)</source>
        <translation>防止民转刑（人）</translation>
    </message>
    <message>
        <source>Group disputes settled (cases)</source>
        <translation>防止群体性上访（件）</translation>
    </message>
    <message>
        <source>Group disputes settled (people)</source>
        <translation>防止群体性上访（人）</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>未知的角色“%1”。</translation>
    </message>
    <message>
        <source>One of the chosen grids no longer exists.</source>
        <translation>所选网格中有一个已不存在。</translation>
    </message>
    <message>
        <source>Choose full-time or part-time.</source>
        <translation>请选择专职或兼职。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration file %1 is not named NNNN_name.sql.</source>
        <translation>迁移文件 %1 未按 NNNN_name.sql 命名。</translation>
    </message>
    <message>
        <source>Cannot read migration file %1: %2</source>
        <translation>无法读取迁移文件 %1：%2</translation>
    </message>
    <message>
        <source>Migrations must be numbered 1, 2, 3… without gaps; found %1 at position %2.</source>
        <translation>迁移编号必须为 1、2、3……连续无缺；第 %2 个位置是 %1。</translation>
    </message>
</context>
<context>
    <name>PageLayout</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Choose the household this person belongs to.</source>
        <translation>请选择此人所属的户。</translation>
    </message>
    <message>
        <source>Another person in the register already has this ID number.</source>
        <translation>登记簿中已有其他人使用此身份证号码。</translation>
    </message>
    <message>
        <source>%1 is the head of this household already; a household has one head. Change %1&apos;s relation first.</source>
        <translation>本户已有户主 %1，一户只能有一位户主。请先修改 %1 的“与户主关系”。</translation>
    </message>
</context>
<context>
    <name>PointsCatalogue</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The lowest points cannot be above the highest.</source>
        <translation>最低分不能高于最高分。</translation>
    </message>
    <message>
        <source>An indicator either awards points (both above 0) or deducts them (both below 0).</source>
        <translation>指标要么加分（均大于 0），要么扣分（均小于 0）。</translation>
    </message>
    <message>
        <source>The cap must allow at least one award and be at most 1000.</source>
        <translation>上限至少容纳一次计分，且不超过 1000。</translation>
    </message>
    <message>
        <source>Choose the village whose catalogue this is.</source>
        <translation>请选择该指标体系所属的村。</translation>
    </message>
    <message>
        <source>The catalogue already has an indicator %1.</source>
        <translation>指标体系中已有编号为 %1 的指标。</translation>
    </message>
    <message>
        <source>No such indicator.</source>
        <translation>没有这个指标。</translation>
    </message>
    <message>
        <source>The default catalogue is missing from this build.</source>
        <translation>本程序缺少默认指标体系。</translation>
    </message>
    <message>
        <source>Line %1 of the default catalogue has %2 fields, not 8.</source>
        <translation>默认指标体系第 %1 行有 %2 个字段，应为 8 个。</translation>
    </message>
    <message>
        <source>Line %1 of the default catalogue: %2</source>
        <translation>默认指标体系第 %1 行：%2</translation>
    </message>
    <message>
        <source>The village already has a catalogue.</source>
        <translation>该村已有指标体系。</translation>
    </message>
    <message>
        <source>Points must lie between -%1 and %1.</source>
        <translation>分值须在 -%1 至 %1 之间。</translation>
    </message>
</context>
<context>
    <name>PointsEvidence</name>
    <message>
        <source>The entry no longer exists.</source>
        <translation>该积分记录已不存在。</translation>
    </message>
</context>
<context>
    <name>PointsLedger</name>
    <message>
        <source>Choose month, quarter or year.</source>
        <translation>请选择按月、按季度或按年。</translation>
    </message>
    <message>
        <source>The public notice lasts 1 to 60 days.</source>
        <translation>公示期为 1 至 60 天。</translation>
    </message>
    <message>
        <source>Choose an indicator of the current catalogue.</source>
        <translation>请选择现行指标体系中的指标。</translation>
    </message>
    <message>
        <source>This indicator has been changed since; choose its current version.</source>
        <translation>该指标已修订，请选择现行版本。</translation>
    </message>
    <message>
        <source>Choose the household.</source>
        <translation>请选择农户。</translation>
    </message>
    <message>
        <source>The household does not belong to the village of this catalogue.</source>
        <translation>该户不属于本指标体系所在的村。</translation>
    </message>
    <message>
        <source>%1 gives exactly %2 points.</source>
        <translation>“%1”固定计 %2 分。</translation>
    </message>
    <message>
        <source>%1 gives %2 to %3 points.</source>
        <translation>“%1”计 %2 至 %3 分。</translation>
    </message>
    <message>
        <source>Enter the date of the deed (not in the future).</source>
        <translation>请填写事迹发生日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>%1 needs evidence: say what shows it.</source>
        <translation>“%1”需要证明材料，请写明依据。</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提议人</translation>
    </message>
    <message>
        <source>%1 gives a household at most %2 points from %3 to %4; it has %5 already.</source>
        <translation>“%1”在 %3 至 %4 期间每户最多计 %2 分，该户已计 %5 分。</translation>
    </message>
    <message>
        <source>Enter the date of the meeting (not in the future).</source>
        <translation>请填写评议会日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>This entry has already been decided.</source>
        <translation>该条已经评议过。</translation>
    </message>
    <message>
        <source>Votes cannot be negative.</source>
        <translation>票数不能为负。</translation>
    </message>
    <message>
        <source>Choose the evaluation meeting that decided it.</source>
        <translation>请选择作出评议的评议会。</translation>
    </message>
    <message>
        <source>Only an entry under public notice can be objected to.</source>
        <translation>只能对公示中的积分提出异议。</translation>
    </message>
    <message>
        <source>The public notice ended on %1.</source>
        <translation>公示已于 %1 结束。</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>This entry has no open objection.</source>
        <translation>该条没有待处理的异议。</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>A confirmed entry is corrected by a reversing entry, not revoked.</source>
        <translation>已确认的积分只能以冲正记录更正，不能撤销。</translation>
    </message>
    <message>
        <source>This entry no longer counts.</source>
        <translation>该条已不计分。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Only a confirmed entry is corrected by a reversing entry.</source>
        <translation>只有已确认的积分才能冲正。</translation>
    </message>
    <message>
        <source>This entry has already been reversed.</source>
        <translation>该条已经冲正过。</translation>
    </message>
    <message>
        <source>Choose a member of this household, or the whole household.</source>
        <translation>请选择本户成员，或选“整户”。</translation>
    </message>
    <message>
        <source>Tick the entries the meeting decided and enter their votes.</source>
        <translation>请勾选本次评议会表决的事项，并填写票数。</translation>
    </message>
    <message>
        <source>Choose entries of this village that await the meeting.</source>
        <translation>请选择本村待评议的事项。</translation>
    </message>
    <message>
        <source>%1: the household lies outside the regions of your account; an account of its own grid decides it.</source>
        <translation>%1：该户不在您账号负责的范围内，应由其所在网格的账号评议。</translation>
    </message>
    <message>
        <source>%1: enter the votes for and against.</source>
        <translation>%1：请填写赞成票和反对票。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PulledPage</name>
    <message>
        <source>The county server sent a page older than the data here.</source>
        <translation>县级服务器发来的数据比本机已有的还旧。</translation>
    </message>
    <message>
        <source>The county server sent rows without the column %1.</source>
        <translation>县级服务器发来的数据缺少 %1 列。</translation>
    </message>
    <message>
        <source>The county server sent a malformed row.</source>
        <translation>县级服务器发来的一行数据格式有误。</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 没有字段 %2。</translation>
    </message>
    <message>
        <source>Bulk writes need an open transaction.</source>
        <translation>批量写入需要在事务中进行。</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>The record has been removed and can no longer be changed.</source>
        <translation>该记录已被删除，不能再修改。</translation>
    </message>
</context>
<context>
    <name>RefusedRows</name>
    <message>
        <source>Column %1: %2</source>
        <translation>%1 列：%2</translation>
    </message>
    <message>
        <source>Left out with its household: see row %1 of the roster.</source>
        <translation>随本户一起未导入：见花名册第 %1 行。</translation>
    </message>
    <message>
        <source>Reason left out</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <source>Row in the roster</source>
        <translation>花名册中的行号</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡</translation>
    </message>
    <message>
        <source>Subdistrict</source>
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
        <source>Grid</source>
        <translation>网格</translation>
    </message>
</context>
<context>
    <name>RegionImporter</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The header must read %1.</source>
        <translation>表头必须为 %1。</translation>
    </message>
    <message>
        <source>Expected %1 comma-separated values, found %2.</source>
        <translation>应有 %1 个以逗号分隔的值，实际为 %2 个。</translation>
    </message>
    <message>
        <source>Unknown region kind &quot;%1&quot;.</source>
        <translation>未知的区域类型“%1”。</translation>
    </message>
    <message>
        <source>No region has the parent code %1; list parents before their children.</source>
        <translation>没有代码为 %1 的上级区域；请先列出上级，再列出下级。</translation>
    </message>
    <message>
        <source>The sort order must be a whole number.</source>
        <translation>排序号必须是整数。</translation>
    </message>
    <message>
        <source>The file %1 holds no regions.</source>
        <translation>文件 %1 中没有区域数据。</translation>
    </message>
</context>
<context>
    <name>RegionRepository</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The code must be 1 to 32 letters, digits or dashes, such as 340828100.</source>
        <translation>代码须为 1 至 32 个字母、数字或连字符，例如 340828100。</translation>
    </message>
    <message>
        <source>A county is at the top of the tree and has no parent.</source>
        <translation>县是最高一级，没有上级区域。</translation>
    </message>
    <message>
        <source>Choose the region this %1 belongs to.</source>
        <translation>请选择此%1所属的上级区域。</translation>
    </message>
    <message>
        <source>A %1 cannot be placed under a %2.</source>
        <translation>%1不能归属于%2。</translation>
    </message>
    <message>
        <source>A region cannot be its own parent.</source>
        <translation>区域不能以自身为上级。</translation>
    </message>
    <message numerus="yes">
        <source>The region still contains %n region(s); move or remove them first.</source>
        <translation>
            <numerusform>该区域下还有 %n 个区域，请先移走或删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The region still holds %n household(s); move or remove them first.</source>
        <translation>
            <numerusform>该区域下还有 %n 户，请先移走或删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grid member(s) still serve this region; reassign them first.</source>
        <translation>
            <numerusform>还有 %n 名网格人员负责该区域，请先调整分工。</numerusform>
        </translation>
    </message>
    <message>
        <source>This code is already used by another region.</source>
        <translation>该编码已被其他区域使用。</translation>
    </message>
</context>
<context>
    <name>RegisterRules</name>
    <message>
        <source>The tags must be a list of codes.</source>
        <translation>标签须为代码列表。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>门牌号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Unknown household tag &quot;%1&quot;.</source>
        <translation>未知的户标签“%1”。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Choose male or female.</source>
        <translation>请选择男或女。</translation>
    </message>
    <message>
        <source>Enter the birth date as 2026-11-29.</source>
        <translation>出生日期请按 2026-11-29 的格式填写。</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>The sex does not match the ID number, which says %1.</source>
        <translation>性别与身份证号码不符，身份证号码显示为%1。</translation>
    </message>
    <message>
        <source>The birth date does not match the ID number, which says %1.</source>
        <translation>出生日期与身份证号码不符，身份证号码显示为 %1。</translation>
    </message>
    <message>
        <source>Choose an ethnicity from the list.</source>
        <translation>请从列表中选择民族。</translation>
    </message>
    <message>
        <source>Choose the relation to the head of household.</source>
        <translation>请选择与户主的关系。</translation>
    </message>
    <message>
        <source>Choose a residence status.</source>
        <translation>请选择居住状态。</translation>
    </message>
    <message>
        <source>Unknown person tag &quot;%1&quot;.</source>
        <translation>未知的人员标签“%1”。</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
</context>
<context>
    <name>RequestLifecycle</name>
    <message>
        <source>This is not a step of a service request.</source>
        <translation>这不是服务事项的办理步骤。</translation>
    </message>
    <message>
        <source>This step cannot follow the request&apos;s present state.</source>
        <translation>事项当前状态下不能办理这一步。</translation>
    </message>
    <message>
        <source>Your role does not take this step.</source>
        <translation>您的角色不办理这一步。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写理由。</translation>
    </message>
    <message>
        <source>Choose the department that handles the request.</source>
        <translation>请选择承办部门。</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>请填写办理结果。</translation>
    </message>
    <message>
        <source>Choose how satisfied the household is.</source>
        <translation>请选择群众满意度。</translation>
    </message>
</context>
<context>
    <name>RosterColumns</name>
    <message>
        <source>Household number</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>门牌号</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>居住状态</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>Registered in another household (%1): the import moves this person here.</source>
        <translation>已登记在另一户（%1）：导入会把此人移到本户。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the roster are errors: fix them, or choose to skip the rows with errors.</source>
        <translation>
            <numerusform>花名册中有 %n 个错误：请改正，或选择略过有错误的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the grid the roster&apos;s households belong to.</source>
        <translation>请选择花名册中各户所属的网格。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>RosterPlan</name>
    <message>
        <source>No header row names a 姓名 (name) column: choose the columns by hand.</source>
        <translation>没有找到含“姓名”列的表头行：请手动选择各列。</translation>
    </message>
    <message>
        <source>Blank row: skipped.</source>
        <translation>空行：已跳过。</translation>
    </message>
    <message>
        <source>The header repeated: skipped.</source>
        <translation>重复的表头：已跳过。</translation>
    </message>
    <message>
        <source>A totals row: skipped.</source>
        <translation>合计行：已跳过。</translation>
    </message>
    <message>
        <source>A second head of the household: row %1 is its head already.</source>
        <translation>一户有两个户主：第 %1 行已是户主。</translation>
    </message>
    <message>
        <source>No household number, and no row above gives one.</source>
        <translation>没有户编号，上方各行也没有。</translation>
    </message>
    <message>
        <source>This row comes before any head of household, and the roster has no household number column: add the head&apos;s row above it.</source>
        <translation>此行之前没有户主行，花名册也没有户编号列：请在上方加上户主那一行。</translation>
    </message>
    <message>
        <source>The ID number was stored as a number, and Excel keeps only 15 digits: its last digits are lost. Format the column as text, type the numbers again and import again.</source>
        <translation>身份证号被存成了数字，Excel 只保留 15 位：末几位已经丢失。请把该列设为文本格式，重新录入号码后再导入。</translation>
    </message>
    <message>
        <source>Corrected as typed: full-width digits, spaces or a lower-case x.</source>
        <translation>已更正录入问题：全角数字、空格或小写 x。</translation>
    </message>
    <message>
        <source>An old 15-digit number: recorded in its 18-digit form.</source>
        <translation>旧的 15 位号码：已按 18 位记录。</translation>
    </message>
    <message>
        <source>The same ID number is on row %1 already.</source>
        <translation>同一身份证号已在第 %1 行出现。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex (男 or 女): left out.</source>
        <translation>“%1”不是性别（男或女）：未录入。</translation>
    </message>
    <message>
        <source>The sex given (%1) contradicts the ID number, which is a %2&apos;s: the ID number&apos;s is recorded.</source>
        <translation>所填性别（%1）与身份证号（%2）不符：按身份证号记录。</translation>
    </message>
    <message>
        <source>man</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (1990-03-07): left out.</source>
        <translation>“%1”不是日期（如 1990-03-07）：未录入。</translation>
    </message>
    <message>
        <source>The birth date given contradicts the ID number: the ID number&apos;s is recorded.</source>
        <translation>所填出生日期与身份证号不符：按身份证号记录。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the 56 ethnicities: left out.</source>
        <translation>“%1”不在 56 个民族之中：未录入。</translation>
    </message>
    <message>
        <source>No relation to the head: recorded as other.</source>
        <translation>未填与户主关系：记为“其他”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relation the register knows: recorded as other.</source>
        <translation>“%1”不是登记簿中的关系：记为“其他”。</translation>
    </message>
    <message>
        <source>Other phone numbers: %1</source>
        <translation>其他电话：%1</translation>
    </message>
    <message>
        <source>More than one number: the first is the phone, the others are kept in the notes.</source>
        <translation>有多个号码：第一个作为联系电话，其余记入备注。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a residence status (户籍, 流动 or 外出): left out.</source>
        <translation>“%1”不是居住状态（户籍、流动或外出）：未录入。</translation>
    </message>
    <message>
        <source>The household has no head of household.</source>
        <translation>本户没有户主。</translation>
    </message>
    <message>
        <source>The household has no address: fill in the address column on one of its rows.</source>
        <translation>本户没有地址：请在本户某一行填写地址列。</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Pausing the search index needs an open transaction.</source>
        <translation>暂停搜索索引需要在事务中进行。</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Choose the time limit: same day, working days or passed to the county.</source>
        <translation>请选择办理时限：即办、按工作日或上报县级。</translation>
    </message>
    <message>
        <source>The time limit must be 1 to 60 working days.</source>
        <translation>时限须为 1 至 60 个工作日。</translation>
    </message>
    <message>
        <source>Households are visited once a month or once a quarter.</source>
        <translation>走访周期为每月或每季度一次。</translation>
    </message>
    <message>
        <source>Key households are visited every 1 to 92 days.</source>
        <translation>重点户走访间隔须为 1 至 92 天。</translation>
    </message>
    <message>
        <source>Unknown household tag &quot;%1&quot;.</source>
        <translation>未知的户标签“%1”。</translation>
    </message>
    <message>
        <source>Choose whether it is a kind of service request or of event.</source>
        <translation>请选择是服务事项类别还是事件类别。</translation>
    </message>
</context>
<context>
    <name>ServiceRequests</name>
    <message>
        <source>Choose a service request or an event.</source>
        <translation>请选择服务事项或事件上报。</translation>
    </message>
    <message>
        <source>Choose the kind of request.</source>
        <translation>请选择事项类别。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>事项描述</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Choose the grid the request comes from.</source>
        <translation>请选择事项所在网格。</translation>
    </message>
    <message>
        <source>The request cannot be taken in the future.</source>
        <translation>受理日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The request is not on this device.</source>
        <translation>本机没有这条事项。</translation>
    </message>
    <message>
        <source>At most 1000 characters.</source>
        <translation>最多 1000 个字。</translation>
    </message>
    <message>
        <source>Choose the department that handles the request.</source>
        <translation>请选择承办部门。</translation>
    </message>
</context>
<context>
    <name>StaffClient</name>
    <message>
        <source>The county server cannot be reached. Staff and accounts are managed online: check the network, then try again.</source>
        <translation>无法连接县级服务器。人员与账号须联网管理：请检查网络后再试。</translation>
    </message>
    <message>
        <source>The county server no longer accepts this computer&apos;s sign-in. Sync (Ctrl+S) or sign in again, then try again.</source>
        <translation>县级服务器不再接受本机的登录。请同步（Ctrl+S）或重新登录后再试。</translation>
    </message>
    <message>
        <source>Choose a new password first: an administrator set the present one.</source>
        <translation>请先设置新密码：当前密码是管理员设定的。</translation>
    </message>
    <message>
        <source>Your account was disabled on the county server.</source>
        <translation>您的账号已在县级服务器上停用。</translation>
    </message>
    <message>
        <source>This role is above yours: only an administrator of a higher level may give it.</source>
        <translation>此角色高于您的角色：只有更高一级的管理员才能授予。</translation>
    </message>
    <message>
        <source>Your own account is changed by another administrator.</source>
        <translation>您自己的账号须由其他管理员修改。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色不能进行此操作。</translation>
    </message>
    <message>
        <source>The record is no longer on the county server, or not in your area. Reload the list.</source>
        <translation>该记录已不在县级服务器上，或不在您的辖区内。请刷新列表。</translation>
    </message>
    <message>
        <source>Another account of the county already has this user name.</source>
        <translation>本县已有账号使用此用户名。</translation>
    </message>
    <message>
        <source>Another region already has this code.</source>
        <translation>已有其他区域使用此代码。</translation>
    </message>
    <message>
        <source>One of the regions chosen is not in your area (or no longer exists).</source>
        <translation>所选区域中有的不在您的辖区内（或已不存在）。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>One of the households chosen is no longer in this grid. Sync, then choose again.</source>
        <translation>所选住户中有的已不在本网格。请同步后重新选择。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: wait a while, then try again.</source>
        <translation>密码错误次数过多：请稍候再试。</translation>
    </message>
    <message>
        <source>The county server could not do this (HTTP %1). Try again later.</source>
        <translation>县级服务器未能完成此操作（HTTP %1）。请稍后再试。</translation>
    </message>
</context>
<context>
    <name>StepFields</name>
    <message>
        <source>Date given</source>
        <translation>告知日期</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>告知方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Person questioned</source>
        <translation>被调查人</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>调查人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Those present</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>协议形式</translation>
    </message>
    <message>
        <source>Facts, points in dispute and responsibilities</source>
        <translation>纠纷事实、争议事项及各方责任</translation>
    </message>
    <message>
        <source>Terms agreed</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Manner of performance</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <source>Place of performance</source>
        <translation>履行地点</translation>
    </message>
    <message>
        <source>Performance deadline</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Amount covered (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <source>Signed by every party and the mediator, and sealed, today</source>
        <translation>各方当事人和调解员已于当日签字并加盖印章</translation>
    </message>
    <message>
        <source>Date of the last signature</source>
        <translation>最后签字日期</translation>
    </message>
    <message>
        <source>Date ended</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Other routes the parties were told of</source>
        <translation>已告知当事人的其他解决途径</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Performance found</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Signs of the dispute flaring up</source>
        <translation>有反复迹象</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>人民法院</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>裁定日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>上报至</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>会商</translation>
    </message>
    <message>
        <source>Meeting (time and place)</source>
        <translation>会商会议（时间、地点）</translation>
    </message>
    <message>
        <source>Departments present</source>
        <translation>参会部门</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>会商决定</translation>
    </message>
    <message>
        <source>Responsible for the decision</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新期限</translation>
    </message>
    <message>
        <source>The applicant consents</source>
        <translation>申请人同意</translation>
    </message>
    <message>
        <source>The respondent consents</source>
        <translation>被申请人同意</translation>
    </message>
    <message>
        <source>Date closed</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>How the case ended</source>
        <translation>结案方式</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>移交单位</translation>
    </message>
    <message>
        <source>Date filed</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>立卷人</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>最多 %n 个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>不是有效日期。</translation>
    </message>
    <message>
        <source>Not a date and time.</source>
        <translation>不是有效的日期和时间。</translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation>须为是或否。</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>Choose among the listed values.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>Must be an amount from 0 to 1,000,000,000 yuan.</source>
        <translation>金额须在 0 至 10 亿元之间。</translation>
    </message>
    <message>
        <source>Unknown kind of field.</source>
        <translation>未知的字段类型。</translation>
    </message>
    <message>
        <source>Unknown kind of step &quot;%1&quot;.</source>
        <translation>未知的步骤类型“%1”。</translation>
    </message>
    <message>
        <source>This step has no field &quot;%1&quot;.</source>
        <translation>该步骤没有“%1”字段。</translation>
    </message>
    <message>
        <source>%1: must be confirmed.</source>
        <translation>%1：须确认。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>The outcome that stands</source>
        <translation>选定的调解结果</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>无法复制 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is not a Lianxin store: %2</source>
        <translation>%1 不是连心数据库：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
</context>
<context>
    <name>StoredFile</name>
    <message>
        <source>%1 has not arrived on this computer yet: it comes with the next sync.</source>
        <translation>%1 尚未同步到本机，下次同步后即可查看。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Supermarket</name>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>The price is 1 to 100,000 points.</source>
        <translation>价格须为 1 至 100,000 分。</translation>
    </message>
    <message>
        <source>Enter how many units came in or went out.</source>
        <translation>请填写入库或出库数量。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Only %1 in stock.</source>
        <translation>库存仅剩 %1。</translation>
    </message>
    <message>
        <source>Redeem at least one.</source>
        <translation>至少兑换一件。</translation>
    </message>
    <message>
        <source>Choose an item on sale.</source>
        <translation>请选择在售商品。</translation>
    </message>
    <message>
        <source>Only %1 of %2 in stock.</source>
        <translation>%2 库存仅剩 %1。</translation>
    </message>
    <message>
        <source>%1 × %2 costs %3 points; the household has %4.</source>
        <translation>%1 × %2 需 %3 分，该户只有 %4 分。</translation>
    </message>
    <message>
        <source>No such redemption.</source>
        <translation>没有这笔兑换记录。</translation>
    </message>
    <message>
        <source>These goods have already been given back.</source>
        <translation>这些商品已经退还过。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sync was stopped. Nothing is lost: it goes on next time.</source>
        <translation>同步已停止。数据不会丢失，下次继续。</translation>
    </message>
    <message>
        <source>No network: Lianxin keeps working and syncs when a connection appears.</source>
        <translation>没有网络：连心照常工作，联网后自动同步。</translation>
    </message>
    <message>
        <source>The county server cannot be reached just now; Lianxin tries again later.</source>
        <translation>暂时连不上县级服务器，连心稍后会再试。</translation>
    </message>
    <message>
        <source>Your account was disabled on the county server. Ask the county administrator.</source>
        <translation>您的账号已在县级服务器上停用，请联系县级管理员。</translation>
    </message>
    <message>
        <source>The county server did not accept the user name or password.</source>
        <translation>县级服务器不接受该用户名或密码。</translation>
    </message>
    <message>
        <source>Sign in again to sync: the county server no longer accepts this device&apos;s sign-in.</source>
        <translation>请重新登录后再同步：县级服务器已不再接受本机的登录。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: wait a while, or ask the county administrator.</source>
        <translation>登录失败次数过多：请稍后再试，或联系县级管理员。</translation>
    </message>
    <message>
        <source>This version of Lianxin is too old for the county server. Update Lianxin, then sync.</source>
        <translation>此版本的连心过旧，县级服务器不再支持。请升级连心后再同步。</translation>
    </message>
    <message>
        <source>The county server could not complete the sync (HTTP %1). Lianxin tries again later.</source>
        <translation>县级服务器未能完成同步（HTTP %1），连心稍后会再试。</translation>
    </message>
    <message>
        <source>Sign in to the county server to sync.</source>
        <translation>请登录县级服务器后再同步。</translation>
    </message>
    <message>
        <source>The county server answered a push with the wrong number of rows.</source>
        <translation>县级服务器对上传的回复行数不对。</translation>
    </message>
    <message>
        <source>The county server answered nonsense.</source>
        <translation>县级服务器的回复无法识别。</translation>
    </message>
    <message>
        <source>The county server took none of the changes sent.</source>
        <translation>县级服务器未接收本次发送的任何修改。</translation>
    </message>
    <message>
        <source>Choose a new password first: an administrator set the one you signed in with.</source>
        <translation>请先设置新密码：您登录所用的密码是管理员设定的。</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>This conflict is no longer here.</source>
        <translation>这条冲突记录已不存在。</translation>
    </message>
    <message>
        <source>This version of Lianxin cannot restore that value.</source>
        <translation>此版本的连心无法恢复该值。</translation>
    </message>
    <message>
        <source>This version of Lianxin does not know that kind of record.</source>
        <translation>此版本的连心不认识这类记录。</translation>
    </message>
    <message>
        <source>Your role may not change this record; a colleague who may decides.</source>
        <translation>您的角色不能修改这条记录，请由有权修改的同事处理。</translation>
    </message>
    <message>
        <source>A record of who looked at personal data is never discarded; it waits until the county server takes it.</source>
        <translation>查看个人信息的记录不能放弃，它会一直等到县级服务器接收为止。</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the spreadsheet library cannot start</source>
        <translation>表格库无法启动</translation>
    </message>
    <message>
        <source>a sheet holds at most %1 rows</source>
        <translation>一个工作表最多 %1 行</translation>
    </message>
    <message>
        <source>the table is not open</source>
        <translation>表格未打开</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: at most %n characters.</source>
        <translation>
            <numerusform>%1过长：最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A mobile number has 11 digits; this one has %n.</source>
        <translation>
            <numerusform>手机号码应为 11 位，当前为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone number is not valid: enter an 11-digit mobile number such as 13912345678 or a landline with its area code such as 0556-1234567.</source>
        <translation>电话号码无效：请输入 11 位手机号码（如 13912345678）或带区号的固定电话（如 0556-1234567）。</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>A coordinate is a decimal number of degrees between -%1 and %1.</source>
        <translation>坐标须为 -%1 至 %1 之间的十进制度数。</translation>
    </message>
    <message>
        <source>A visit cannot be recorded for a day still to come.</source>
        <translation>不能登记未来日期的走访。</translation>
    </message>
    <message>
        <source>Choose the household visited.</source>
        <translation>请选择走访的农户。</translation>
    </message>
    <message>
        <source>Choose the kind of visit.</source>
        <translation>请选择走访类型。</translation>
    </message>
    <message>
        <source>A visit is made by one or two workers.</source>
        <translation>走访人须为一至两人。</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Persons met</source>
        <translation>接访人员</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>Choose the kind of problem.</source>
        <translation>请选择问题类别。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answerable</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Choose how the problem was answered.</source>
        <translation>请选择问题答复方式。</translation>
    </message>
    <message>
        <source>Take the request the problem is handed on as.</source>
        <translation>请先将问题受理为服务事项。</translation>
    </message>
    <message>
        <source>Say what was explained.</source>
        <translation>请填写解释的内容。</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>The visit no longer exists.</source>
        <translation>该走访记录已不存在。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>子</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Son-in-law</source>
        <translation>女婿</translation>
    </message>
    <message>
        <source>Daughter-in-law</source>
        <translation>儿媳</translation>
    </message>
    <message>
        <source>Grandson</source>
        <translation>孙子</translation>
    </message>
    <message>
        <source>Granddaughter</source>
        <translation>孙女</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Registered resident</source>
        <translation>户籍人口</translation>
    </message>
    <message>
        <source>Migrant (living here)</source>
        <translation>流动人口</translation>
    </message>
    <message>
        <source>Working away</source>
        <translation>外出人口</translation>
    </message>
    <message>
        <source>Grid officer</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Grid head</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>单元长</translation>
    </message>
    <message>
        <source>Joint-defence head</source>
        <translation>联防长</translation>
    </message>
    <message>
        <source>People&apos;s mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Legal adviser</source>
        <translation>法律顾问</translation>
    </message>
    <message>
        <source>Township administrator</source>
        <translation>乡镇管理员</translation>
    </message>
    <message>
        <source>Minimum income (dibao)</source>
        <translation>低保户</translation>
    </message>
    <message>
        <source>Five guarantees (wubao)</source>
        <translation>五保户</translation>
    </message>
    <message>
        <source>Lifted from poverty</source>
        <translation>脱贫户</translation>
    </message>
    <message>
        <source>Poverty monitoring</source>
        <translation>监测户</translation>
    </message>
    <message>
        <source>Left-behind</source>
        <translation>留守户</translation>
    </message>
    <message>
        <source>Empty nest</source>
        <translation>空巢</translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Veteran</source>
        <translation>退役军人</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Left-behind child</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Community correction</source>
        <translation>社区矫正对象</translation>
    </message>
    <message>
        <source>Released from prison</source>
        <translation>刑满释放人员</translation>
    </message>
    <message>
        <source>Severe mental illness</source>
        <translation>严重精神障碍患者</translation>
    </message>
    <message>
        <source>Drug user</source>
        <translation>吸毒人员</translation>
    </message>
    <message>
        <source>Key youth</source>
        <translation>重点青少年</translation>
    </message>
    <message>
        <source>County administrator</source>
        <translation>县级管理员</translation>
    </message>
    <message>
        <source>Marriage and family</source>
        <translation>婚姻家庭</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>邻里</translation>
    </message>
    <message>
        <source>Houses and homesteads</source>
        <translation>房屋宅基地</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Production and business</source>
        <translation>生产经营</translation>
    </message>
    <message>
        <source>Compensation for damage</source>
        <translation>损害赔偿</translation>
    </message>
    <message>
        <source>Forests and land</source>
        <translation>山林土地</translation>
    </message>
    <message>
        <source>Land acquisition and demolition</source>
        <translation>征地拆迁</translation>
    </message>
    <message>
        <source>Environmental pollution</source>
        <translation>环境污染</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>劳动争议</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <source>Road traffic accidents</source>
        <translation>道路交通事故</translation>
    </message>
    <message>
        <source>Property management</source>
        <translation>物业</translation>
    </message>
    <message>
        <source>Applied for by a party</source>
        <translation>当事人申请</translation>
    </message>
    <message>
        <source>Initiated by the committee</source>
        <translation>主动调解</translation>
    </message>
    <message>
        <source>Referred by a court</source>
        <translation>法院委托移送</translation>
    </message>
    <message>
        <source>Referred by the police</source>
        <translation>公安委托移送</translation>
    </message>
    <message>
        <source>Referred by a government body</source>
        <translation>政府部门委托移送</translation>
    </message>
    <message>
        <source>Found on a household visit</source>
        <translation>走访排查发现</translation>
    </message>
    <message>
        <source>Backpack service</source>
        <translation>背包服务</translation>
    </message>
    <message>
        <source>Red (report at once)</source>
        <translation>红色（立即上报）</translation>
    </message>
    <message>
        <source>Orange (same day)</source>
        <translation>橙色（当日处置）</translation>
    </message>
    <message>
        <source>Yellow (settle on the spot)</source>
        <translation>黄色（就地化解）</translation>
    </message>
    <message>
        <source>Village group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡</translation>
    </message>
    <message>
        <source>Village consultation</source>
        <translation>村级会商</translation>
    </message>
    <message>
        <source>Township consultation</source>
        <translation>镇级会商</translation>
    </message>
    <message>
        <source>County consultation</source>
        <translation>县级会商</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Rights notice given</source>
        <translation>已告知</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>Agreement performed</source>
        <translation>协议已履行</translation>
    </message>
    <message>
        <source>Mediation ended</source>
        <translation>调解终止</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Rights notice</source>
        <translation>权利义务告知</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Mediation session</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>协议签字</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Escalation or consultation</source>
        <translation>上报会商</translation>
    </message>
    <message>
        <source>Extension of the time limit</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>立卷归档</translation>
    </message>
    <message>
        <source>Mediation ended, other routes advised</source>
        <translation>调解终止，告知其他途径</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Partly performed</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>口头</translation>
    </message>
    <message>
        <source>To be continued</source>
        <translation>继续调解</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>未达成协议</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Awaiting the court</source>
        <translation>等待法院裁定</translation>
    </message>
    <message>
        <source>Confirmed valid</source>
        <translation>确认有效</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>口头</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>诉讼</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>仲裁</translation>
    </message>
    <message>
        <source>Administrative handling</source>
        <translation>行政处理</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>Outcome chosen</source>
        <translation>选定调解结果</translation>
    </message>
    <message>
        <source>Department staff</source>
        <translation>部门工作人员</translation>
    </message>
    <message>
        <source>Routine visit</source>
        <translation>常规走访</translation>
    </message>
    <message>
        <source>Key-household visit</source>
        <translation>重点户走访</translation>
    </message>
    <message>
        <source>Revisit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Safety visit</source>
        <translation>访平安</translation>
    </message>
    <message>
        <source>Policy explanation</source>
        <translation>政策宣讲</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>生活困难</translation>
    </message>
    <message>
        <source>Policy question</source>
        <translation>政策咨询</translation>
    </message>
    <message>
        <source>Pension or medical insurance</source>
        <translation>社保医保</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>医疗健康</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>Land and forest</source>
        <translation>土地山林</translation>
    </message>
    <message>
        <source>Papers and certificates</source>
        <translation>证照代办</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Safety hazard</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>Roads, water and power</source>
        <translation>水电路设施</translation>
    </message>
    <message>
        <source>Solved on the spot</source>
        <translation>现场解决</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>已解释</translation>
    </message>
    <message>
        <source>Handed on as a request</source>
        <translation>转为服务事项</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Event report</source>
        <translation>事件上报</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>已受理登记</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已领办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Household told</source>
        <translation>已告知群众</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已回访销号</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Escalated to consultation</source>
        <translation>已提交三级会商</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Assign to a department</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>领办</translation>
    </message>
    <message>
        <source>Report the result</source>
        <translation>反馈结果</translation>
    </message>
    <message>
        <source>Tell the household</source>
        <translation>告知群众</translation>
    </message>
    <message>
        <source>Record the revisit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Escalate to consultation</source>
        <translation>提交三级会商</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>承诺件</translation>
    </message>
    <message>
        <source>Passed to the county</source>
        <translation>上报件</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>专职</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>兼职</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet: choose an .xlsx or .xls file, or a .csv file in UTF-8 or GBK.</source>
        <translation>%1 不是表格文件：请选择 .xlsx 或 .xls 文件，或 UTF-8、GBK 编码的 .csv 文件。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Open it in Excel or WPS, save it again and choose the saved file.</source>
        <translation>%1 已损坏，无法读取。请用 Excel 或 WPS 打开并重新保存，再选择保存后的文件。</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in Excel or WPS, remove the password, save it and choose it again.</source>
        <translation>%1 设有密码。请用 Excel 或 WPS 打开，取消密码并保存后再选择。</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;.</source>
        <translation>%1 中没有名为“%2”的工作表。</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>已取消读取 %1。</translation>
    </message>
</context>
<context>
    <name>lianxin::AccountForm</name>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>辖区(&amp;A)：</translation>
    </message>
    <message>
        <source>The area is what the account sees and syncs: a township, villages or grids.</source>
        <translation>辖区是该账号能看到并同步的范围：一个乡镇、若干村或网格。</translation>
    </message>
    <message>
        <source>&amp;First password:</source>
        <translation>初始密码(&amp;F)：</translation>
    </message>
    <message>
        <source>Tell the person the first password; Lianxin asks them to choose their own at the first sign-in.</source>
        <translation>请把初始密码告诉本人；首次登录时连心会要求其设置自己的密码。</translation>
    </message>
    <message>
        <source>Saving on the county server…</source>
        <translation>正在保存到县级服务器…</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (at most 50 characters).</source>
        <translation>请输入姓名（最多 50 个字）。</translation>
    </message>
    <message>
        <source>Choose the account&apos;s role.</source>
        <translation>请选择账号的角色。</translation>
    </message>
    <message>
        <source>Choose the township, villages or grids the account covers.</source>
        <translation>请选择账号负责的乡镇、村或网格。</translation>
    </message>
    <message>
        <source>Choose the department the account works for.</source>
        <translation>请选择账号所属的部门。</translation>
    </message>
</context>
<context>
    <name>lianxin::AccountsTab</name>
    <message>
        <source>Deed on</source>
        <translation>事迹日期</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>评议指标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提名人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Propose an entry…</source>
        <translation>提名评议…</translation>
    </message>
    <message>
        <source>Correct (reversing entry)…</source>
        <translation>更正（冲正记录）…</translation>
    </message>
    <message>
        <source>Choose a household to see its account.</source>
        <translation>请选择一户查看其积分账户。</translation>
    </message>
    <message>
        <source>under the village&apos;s threshold</source>
        <translation>低于本村门槛</translation>
    </message>
    <message>
        <source>Reverses an entry: %1</source>
        <translation>冲正记录：%1</translation>
    </message>
    <message>
        <source>Correct an entry</source>
        <translation>更正积分记录</translation>
    </message>
    <message>
        <source>Why is this confirmed entry corrected? A reversing entry with the opposite points is recorded; the original stays in the ledger.</source>
        <translation>为什么更正这条已确认的记录？系统将记一条分值相反的冲正记录，原记录仍保留在台账中。</translation>
    </message>
    <message>
        <source>Balance: %1 points</source>
        <translation>积分余额：%1 分</translation>
    </message>
    <message>
        <source>Evidence files…</source>
        <translation>证明文件…</translation>
    </message>
</context>
<context>
    <name>lianxin::AutomaticBackup</name>
    <message>
        <source>Automatic backup: the folder %1 is not there (is the USB stick in?). It is tried again within the hour.</source>
        <translation>自动备份：找不到文件夹 %1（U&#xa0;盘插好了吗？）。一小时内会再试。</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>Backed up automatically into %1.</source>
        <translation>已自动备份到 %1。</translation>
    </message>
</context>
<context>
    <name>lianxin::BackupDialog</name>
    <message>
        <source>&amp;Back up</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Back up this computer</source>
        <translation>备份本机数据</translation>
    </message>
    <message>
        <source>Everything on this computer — the register, cases, points, visits, their attachments and the settings — goes into one file, for example on a USB stick. Only the passphrase opens it: keep the passphrase, without it the backup cannot be restored.</source>
        <translation>本机的全部数据——户籍、案件、积分、走访及其附件和设置——都备份到一个文件里，例如存到 U&#xa0;盘。只有备份口令能打开它：请保管好口令，没有口令就无法恢复。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Lianxin backups (*.lxbackup)</source>
        <translation>连心备份 (*.lxbackup)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>备份口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <source>File: choose where the backup goes.</source>
        <translation>文件：请选择备份保存的位置。</translation>
    </message>
    <message numerus="yes">
        <source>Passphrase: at least %n character(s).</source>
        <translation>
            <numerusform>备份口令：至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Again: the two passphrases differ.</source>
        <translation>再输一次：两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Backed up into %1 (%2). Keep the passphrase: without it the backup cannot be restored.</source>
        <translation>已备份到 %1（%2）。请保管好备份口令：没有口令无法恢复。</translation>
    </message>
    <message>
        <source>File: the folder %1 is not there (is the USB stick in?).</source>
        <translation>文件：找不到文件夹 %1（U&#xa0;盘插好了吗？）。</translation>
    </message>
</context>
<context>
    <name>lianxin::CaseDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Record a &amp;step</source>
        <translation>记录步骤(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>文书(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit registration…</source>
        <translation>修改登记(&amp;E)…</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>Status: %1&#x3000;Kind: %2&#x3000;Came from: %3&#x3000;Received: %4</source>
        <translation>状态：%1&#x3000;类型：%2&#x3000;来源：%3&#x3000;受理：%4</translation>
    </message>
    <message>
        <source>Risk: %1%2&#x3000;Mediated at: %3%4</source>
        <translation>风险：%1%2&#x3000;调解层级：%3%4</translation>
    </message>
    <message>
        <source> — risk of turning violent</source>
        <translation> — 有民转刑风险</translation>
    </message>
    <message>
        <source>Time limit: %1</source>
        <translation>调解期限：%1</translation>
    </message>
    <message>
        <source>Agreement in effect since %1; judicial confirmation may be applied for until %2; performance due by %3.</source>
        <translation>协议自 %1 起生效；可在 %2 前申请司法确认；应于 %3 前履行。</translation>
    </message>
    <message>
        <source>The written agreement awaits the parties&apos; signatures.</source>
        <translation>书面协议尚待当事人签字。</translation>
    </message>
    <message>
        <source>Follow-up visit due from %1.</source>
        <translation>自 %1 起应回访。</translation>
    </message>
    <message>
        <source>Overdue: past the time limit, or a follow-up visit is due.</source>
        <translation>已逾期：超过调解期限，或应回访未回访。</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>当事人：%1</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>To close this case the dossier still needs: %1.</source>
        <translation>结案前卷宗还缺：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Attach a scan or photo…</source>
        <translation>添加扫描件或照片(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Attach a scan or photo</source>
        <translation>添加扫描件或照片</translation>
    </message>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>扫描件和照片 (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <source>%1 (arrives with the next sync)</source>
        <translation>%1（下次同步后可查看）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Propose &amp;points</source>
        <translation>提名积分(&amp;P)</translation>
    </message>
    <message>
        <source>For the household of %1…</source>
        <translation>为 %1 家提名…</translation>
    </message>
    <message>
        <source>Show &amp;ID numbers and phones</source>
        <translation>显示身份证号和电话(&amp;I)</translation>
    </message>
    <message>
        <source>Choose a step to read it in full.</source>
        <translation>选择一个步骤，在此阅读全文。</translation>
    </message>
    <message>
        <source>ID number %1</source>
        <translation>身份证号 %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>agent: %1</source>
        <translation>代理人：%1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>当事人申请事项</translation>
    </message>
    <message>
        <source>&amp;Choose the outcome that stands…</source>
        <translation>选定调解结果(&amp;C)…</translation>
    </message>
    <message>
        <source>%1 (earlier; to be chosen)</source>
        <translation>%1（较早；待选定）</translation>
    </message>
    <message>
        <source>%1 (stands)</source>
        <translation>%1（以此为准）</translation>
    </message>
    <message>
        <source>%1 (other device; to be chosen)</source>
        <translation>%1（其他设备；待选定）</translation>
    </message>
    <message>
        <source>%1 (set aside)</source>
        <translation>%1（已搁置）</translation>
    </message>
    <message>
        <source>Different devices recorded different outcomes for this case. Until its mediator chooses the one that stands, nothing more can be recorded on it, and the statistics count the earlier one.</source>
        <translation>不同设备为本案件记录了不同的调解结果。在调解员选定以哪个为准之前，本案件不能再记录其他步骤，统计暂按较早的结果计算。</translation>
    </message>
    <message>
        <source>&amp;Change the outcome chosen…</source>
        <translation>更改选定的结果(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>lianxin::CaseForm</name>
    <message>
        <source>Register a dispute</source>
        <translation>纠纷受理登记</translation>
    </message>
    <message>
        <source>Edit the registration of %1</source>
        <translation>修改 %1 的登记</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Where it arose</source>
        <translation>发生地</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>纠纷来源</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>当事人申请事项</translation>
    </message>
    <message>
        <source>Amount involved</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Mediated at</source>
        <translation>调解层级</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>会商</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Legal adviser</source>
        <translation>法律顾问</translation>
    </message>
    <message>
        <source>Risk of the dispute turning violent</source>
        <translation>有民转刑风险</translation>
    </message>
    <message>
        <source>%1 (outside your area)</source>
        <translation>%1（不在本账号范围内）</translation>
    </message>
</context>
<context>
    <name>lianxin::CatalogueTab</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>评议指标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Cap per period</source>
        <translation>每期上限</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Install the default catalogue</source>
        <translation>安装默认指标库</translation>
    </message>
    <message>
        <source>Copy the township&apos;s template</source>
        <translation>复制乡镇模板</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不设</translation>
    </message>
    <message>
        <source>Points are capped, ranked and listed per</source>
        <translation>积分上限、排名和红黑榜按</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示期</translation>
    </message>
    <message>
        <source>Flag households under</source>
        <translation>积分低于此值的户予以提示</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>New indicator…</source>
        <translation>新增指标…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>A change makes a new version of the indicator: entries already made keep the version they were made with.</source>
        <translation>修改指标会生成新版本：已有的积分记录仍按原版本记载。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Retire %1 %2? It can no longer be proposed; entries already made keep it.</source>
        <translation>停用 %1 %2？停用后不能再提名，已有记录不受影响。</translation>
    </message>
    <message>
        <source>The township has published no template.</source>
        <translation>乡镇尚未发布指标模板。</translation>
    </message>
</context>
<context>
    <name>lianxin::ChangePasswordDialog</name>
    <message>
        <source>Choose your own password</source>
        <translation>设置您自己的密码</translation>
    </message>
    <message numerus="yes">
        <source>An administrator set the password you signed in with. Choose your own now: at least %n characters that nobody else knows.</source>
        <translation>
            <numerusform>您登录所用的密码是管理员设定的。请现在设置自己的密码：至少 %n 个字符，且不为他人所知。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <source>Choose a password other than the one the administrator set.</source>
        <translation>请设置与管理员设定的不同的密码。</translation>
    </message>
    <message>
        <source>The two passwords differ: type the new one again.</source>
        <translation>两次输入的密码不一致：请重新输入新密码。</translation>
    </message>
</context>
<context>
    <name>lianxin::ColumnChoices</name>
    <message>
        <source>Lianxin read the header&apos;s words and chose a column for each field. Check them: a field without a column is left as the register has it.</source>
        <translation>连心根据表头文字为各项选好了列，请核对：没有对应列的项保持登记簿中原有内容。</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>表头行(&amp;H)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>lianxin::ConsultationDialog</name>
    <message>
        <source>Record a three-level consultation</source>
        <translation>登记三级会商</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>议定意见</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>会商日期：</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>主持人：</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>参加人员：</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>会商情况：</translation>
    </message>
    <message>
        <source>Matters escalated to consultation: write a decision, its owner and deadline (yyyy-mm-dd) for each one decided; leave the others empty.</source>
        <translation>提交会商的事项：对议定的事项填写议定意见、责任人和完成时限（年-月-日），未议定的留空。</translation>
    </message>
    <message>
        <source>Decision %1: %2</source>
        <translation>第 %1 项议定：%2</translation>
    </message>
</context>
<context>
    <name>lianxin::DisputeTableModel</name>
    <message>
        <source>Overdue: past the time limit, or a follow-up visit is due.</source>
        <translation>已逾期：超过调解期限，或应回访未回访。</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（逾期）</translation>
    </message>
    <message>
        <source>%1, risk of violence</source>
        <translation>%1，有民转刑风险</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷名称</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>发生地</translation>
    </message>
    <message>
        <source>Kept on this computer only: it goes to the county server at the next sync.</source>
        <translation>仅保存在本机，下次同步时发往县级服务器。</translation>
    </message>
    <message>
        <source>The county server refused it: %1 Review it in Sync problems.</source>
        <translation>县级服务器拒绝了此案件：%1请在“同步问题”中处理。</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>未同步</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>lianxin::DisputesPage</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>全部风险</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Escalated to the township</source>
        <translation>上报乡镇</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>受理新纠纷(&amp;N)…</translation>
    </message>
    <message>
        <source>All mediators</source>
        <translation>全部调解员</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>逾期 (%1)</translation>
    </message>
    <message>
        <source>Escalated to the township (%1)</source>
        <translation>上报乡镇 (%1)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>案件</translation>
    </message>
</context>
<context>
    <name>lianxin::FieldForm</name>
    <message>
        <source>Discard the changes you made?</source>
        <translation>放弃所做的修改吗？</translation>
    </message>
</context>
<context>
    <name>lianxin::FirstSignInDialog</name>
    <message>
        <source>Set up Lianxin on this computer</source>
        <translation>在本机启用连心</translation>
    </message>
    <message>
        <source>No one has signed in on this computer yet. Sign in with your account on the county server: Lianxin downloads the households and records of your area, and then you and your colleagues can sign in here without a network.</source>
        <translation>本机还没有人登录过。请用您在县级服务器上的账号登录：连心会下载您所辖区域的户籍和各项记录，之后您和同事在本机登录不再需要网络。</translation>
    </message>
    <message>
        <source>for example http://192.168.1.10:8470</source>
        <translation>例如 http://192.168.1.10:8470</translation>
    </message>
    <message>
        <source>County &amp;server:</source>
        <translation>县级服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in and download</source>
        <translation>登录并下载(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>County server: enter its address as the county gave it, beginning with http:// or https://.</source>
        <translation>县级服务器：请按县里提供的地址填写，以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>User name: enter the user name the county gave you.</source>
        <translation>用户名：请填写县里为您分配的用户名。</translation>
    </message>
    <message>
        <source>Password: enter your password.</source>
        <translation>密码：请输入您的密码。</translation>
    </message>
    <message>
        <source>Signing in to the county server…</source>
        <translation>正在登录县级服务器…</translation>
    </message>
    <message>
        <source>Downloading your area: %1 records received. Cancel stops it; what came stays.</source>
        <translation>正在下载您所辖区域的数据：已收到 %1 条记录。点“取消”可停止，已下载的数据会保留。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The county server cannot be reached at %1. Check the address and the network, then sign in again.</source>
        <translation>连不上 %1 的县级服务器。请检查地址和网络，然后重新登录。</translation>
    </message>
    <message>
        <source>Sign in with the county server</source>
        <translation>联网登录县级服务器</translation>
    </message>
    <message>
        <source>Your account has not signed in on this computer yet. Sign in with the county server: Lianxin downloads your account and the records of your area, and then you sign in here without a network.</source>
        <translation>您的账号还没有在本机登录过。请联网登录县级服务器：连心会下载您的账号和您所辖区域的记录，之后您在本机登录不再需要网络。</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>设置您自己的密码</translation>
    </message>
    <message>
        <source>An administrator set the password you signed in with. Lianxin signs in with the county server now so that you choose your own; then you go on.</source>
        <translation>您登录所用的密码是管理员设定的。连心现在联网登录县级服务器，请您设置自己的密码，然后继续。</translation>
    </message>
    <message>
        <source>Lianxin goes on once you have chosen a password of your own.</source>
        <translation>设置好自己的密码后，连心才会继续。</translation>
    </message>
    <message>
        <source>Password changed. Downloading your area…</source>
        <translation>密码已修改。正在下载您辖区的数据…</translation>
    </message>
</context>
<context>
    <name>lianxin::GlobalSearchDialog</name>
    <message>
        <source>Search the register</source>
        <translation>搜索户籍</translation>
    </message>
    <message>
        <source>Name, part of an ID number, phone or address</source>
        <translation>姓名、部分身份证号码、电话或地址</translation>
    </message>
    <message>
        <source>Household: %1</source>
        <translation>户：%1</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot; in your regions. Try part of a name, an ID number, a phone or an address.</source>
        <translation>没有找到“%1”（仅在您负责的范围内查找）。可输入姓名、身份证号、电话或地址的一部分再试。</translation>
    </message>
</context>
<context>
    <name>lianxin::HouseholdChanges</name>
    <message>
        <source>Household recorded</source>
        <translation>建户</translation>
    </message>
    <message>
        <source>Household changed</source>
        <translation>户信息修改</translation>
    </message>
    <message>
        <source>Member %1 added</source>
        <translation>增加成员 %1</translation>
    </message>
    <message>
        <source>Member %1 changed</source>
        <translation>修改成员 %1</translation>
    </message>
    <message>
        <source>Member %1 removed</source>
        <translation>删除成员 %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Each record keeps when it was made and who changed it last.</source>
        <translation>每条记录保留建立时间和最后修改人。</translation>
    </message>
</context>
<context>
    <name>lianxin::HouseholdDialog</name>
    <message>
        <source>&amp;Show ID number and phone</source>
        <translation>显示身份证号码和电话(&amp;S)</translation>
    </message>
    <message>
        <source>Household: %1</source>
        <translation>户：%1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Village and grid:</source>
        <translation>村（社区）和网格：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>建档时间：</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>最后修改：</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1，修改人：%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>居住状态</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message numerus="yes">
        <source>Members (%n):</source>
        <translation>
            <numerusform>家庭成员（%n 人）：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit household…</source>
        <translation>编辑本户(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit &amp;member…</source>
        <translation>编辑成员(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>删除成员(&amp;R)</translation>
    </message>
    <message>
        <source>Remove %1 from the household register?</source>
        <translation>要从户籍中删除 %1 吗？</translation>
    </message>
    <message>
        <source>Moral-evaluation points:</source>
        <translation>道德评议积分：</translation>
    </message>
    <message>
        <source>%1 — below the village&apos;s threshold (not eligible for a star-family rating)</source>
        <translation>%1 — 低于本村门槛（不能参评星级文明户）</translation>
    </message>
    <message>
        <source>Points account…</source>
        <translation>积分账户…</translation>
    </message>
    <message>
        <source>Head of household:</source>
        <translation>户主：</translation>
    </message>
    <message>
        <source>Not recorded: give a member the relation head of household</source>
        <translation>未登记：请将一位成员的“与户主关系”设为户主</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Visits and requests</source>
        <translation>走访与服务</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Choose a member in the list first. Each reveal is written to the audit log.</source>
        <translation>请先在列表中选择一位成员。每次查看都会记入审计日志。</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Cases and points</source>
        <translation>案件与积分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Household file %1</source>
        <translation>一户一档 %1</translation>
    </message>
</context>
<context>
    <name>lianxin::HouseholdForm</name>
    <message>
        <source>New household</source>
        <translation>新建户</translation>
    </message>
    <message>
        <source>Household: %1</source>
        <translation>户：%1</translation>
    </message>
    <message>
        <source>Township, village and group, for example 天堂镇菖蒲村3组</source>
        <translation>乡镇、村和组，例如 天堂镇菖蒲村3组</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>House &amp;number:</source>
        <translation>门牌号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Head of household:</source>
        <translation>户主(&amp;H)：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>lianxin::HouseholdLinks</name>
    <message>
        <source>Deed on</source>
        <translation>事迹日期</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Enter or a double click opens the case, or the household&apos;s points account, in its area.</source>
        <translation>按回车或双击，在相应页面打开案件或本户积分账户。</translation>
    </message>
    <message numerus="yes">
        <source>Dispute cases its members are parties to (%n):</source>
        <translation>
            <numerusform>本户成员为当事人的纠纷案件（%n 件）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moral-evaluation points: balance %1, %n entry(ies):</source>
        <translation>
            <numerusform>道德评议积分：余额 %1，共 %n 条：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lianxin::HouseholdPicker</name>
    <message>
        <source>Name, address or ID number of the household</source>
        <translation>户主姓名、地址或身份证号</translation>
    </message>
</context>
<context>
    <name>lianxin::HouseholdTableModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>门牌号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
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
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
</context>
<context>
    <name>lianxin::HouseholdVisits</name>
    <message>
        <source>Visited on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>事项描述</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Print the visit &amp;record…</source>
        <translation>打印走访记录表(&amp;R)…</translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation>入户走访记录表</translation>
    </message>
</context>
<context>
    <name>lianxin::IndicatorDialog</name>
    <message>
        <source>Evidence is required</source>
        <translation>须提供证明材料</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>新增指标</translation>
    </message>
    <message>
        <source>Change indicator %1</source>
        <translation>修改指标 %1</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Fewest points</source>
        <translation>最低分值</translation>
    </message>
    <message>
        <source>Most points</source>
        <translation>最高分值</translation>
    </message>
    <message>
        <source>Equal for a fixed award; negative for a deduction.</source>
        <translation>两者相等为固定分值；扣分填负数。</translation>
    </message>
    <message>
        <source>Cap per household and period</source>
        <translation>每户每期上限</translation>
    </message>
    <message>
        <source>Saving makes version %1; entries already made keep version %2.</source>
        <translation>保存后生成第 %1 版；已有记录仍按第 %2 版。</translation>
    </message>
</context>
<context>
    <name>lianxin::MainWindow</name>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n 项修改尚未同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Lianxin</source>
        <translation>连心</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Household register</source>
        <translation>户籍</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Moral-evaluation points</source>
        <translation>道德积分</translation>
    </message>
    <message>
        <source>Visits and service</source>
        <translation>走访/服务</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>&amp;Lianxin</source>
        <translation>连心(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Search the register…</source>
        <translation>搜索户籍(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Offline: no county server set</source>
        <translation>离线：未设置县级服务器</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>上次同步：从未</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>No county server is set: enter its address in Settings.</source>
        <translation>尚未设置县级服务器：请在设置中填写其地址。</translation>
    </message>
    <message numerus="yes">
        <source>Sending changes: %n row(s)</source>
        <translation>
            <numerusform>正在上传修改：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiving: %1 rows, page %2</source>
        <translation>正在接收：%1 行，第 %2 页</translation>
    </message>
    <message numerus="yes">
        <source>Online: the server refused %n change(s)</source>
        <translation>
            <numerusform>在线：服务器拒绝了 %n 项修改</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message numerus="yes">
        <source>(this computer&apos;s clock is %n minute(s) off)</source>
        <translation>
            <numerusform>（本机时钟相差 %n 分钟）</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>同步问题(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>, %n to review in Sync problems</source>
        <translation>
            <numerusform>，%n 项待在“同步问题”中处理</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this device are not on the county server yet.</source>
        <translation>
            <numerusform>本机有 %n 项修改尚未上传到县级服务器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync problem(s) wait for review in Lianxin → Sync problems.</source>
        <translation>
            <numerusform>有 %n 个同步问题待在“连心 → 同步问题”中处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept on this device and go up at the next sync. Sync now, then quit?</source>
        <translation>这些修改保存在本机，下次同步时上传。现在同步后再退出吗？</translation>
    </message>
    <message>
        <source>They are kept on this device and go up when a county server is set and reachable.</source>
        <translation>这些修改保存在本机，设置县级服务器并能连通后上传。</translation>
    </message>
    <message>
        <source>Quit with changes not synced?</source>
        <translation>有未同步的修改，仍要退出吗？</translation>
    </message>
    <message>
        <source>&amp;Sync, then quit</source>
        <translation>同步后退出(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit now</source>
        <translation>立即退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Changes of %1 wait until they sign in here with a network connection.</source>
        <translation>%1 的修改等待其本人联网在本机登录后上传。</translation>
    </message>
    <message>
        <source>The county server gave no case numbers (%1): new cases keep provisional numbers.</source>
        <translation>县级服务器未分配案件编号（%1），新案件暂用临时编号。</translation>
    </message>
    <message>
        <source>Your role does not work with dispute cases, so they are not shown to it.</source>
        <translation>您的角色不办理矛盾纠纷案件，因此不显示这些案件。</translation>
    </message>
    <message>
        <source>The statistics count dispute cases, which your role does not work with.</source>
        <translation>统计的是矛盾纠纷案件，您的角色不办理这些案件。</translation>
    </message>
    <message>
        <source>Your role works with the requests routed to its department (Visits and service); the register is not on this device.</source>
        <translation>您的角色办理分派到本部门的事项（见“走访/服务”），本机不保存户籍信息。</translation>
    </message>
    <message>
        <source>The sync did not complete: %1</source>
        <translation>同步没有完成：%1</translation>
    </message>
    <message>
        <source>&amp;Back up this computer…</source>
        <translation>备份本机数据(&amp;B)…</translation>
    </message>
    <message>
        <source>The sync did not complete: the county server cannot be reached.</source>
        <translation>同步没有完成：连不上县级服务器。</translation>
    </message>
    <message>
        <source>&amp;Import a roster…</source>
        <translation>导入花名册(&amp;I)…</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received.</source>
        <translation>已同步：发送 %1，收到 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 条更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff and &amp;accounts…</source>
        <translation>人员与账号(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>lianxin::MediationReportPage</name>
    <message>
        <source>Kind of dispute</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>纠纷来源</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季报</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Mediation report for</source>
        <translation>人民调解统计：</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Mediation report %1 %2 to %3</source>
        <translation>人民调解统计 %1 %2 至 %3</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Some cases are of a kind or source this version of Lianxin does not know (recorded on a newer version); they are counted under Other.</source>
        <translation>部分案件的纠纷类别或来源是本版本连心不认识的（在更新的版本上登记），已计入“其他”。</translation>
    </message>
    <message>
        <source>Referred
in</source>
        <translation>移入</translation>
    </message>
    <message>
        <source>Referred
out</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>Mediation
ended</source>
        <translation>调解
不成</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Disputes
mediated</source>
        <translation>调解
纠纷数</translation>
    </message>
    <message>
        <source>Success
rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Amount covered
(yuan)</source>
        <translation>协议金额
（元）</translation>
    </message>
    <message>
        <source>Kept from
violence (cases)</source>
        <translation>防止民转刑
（件）</translation>
    </message>
    <message>
        <source>Kept from
violence (people)</source>
        <translation>防止民转刑
（人）</translation>
    </message>
    <message>
        <source>Group disputes
(cases)</source>
        <translation>防止群体性
上访（件）</translation>
    </message>
    <message>
        <source>Group disputes
(people)</source>
        <translation>防止群体性
上访（人）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年报</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) have two outcomes recorded on different devices; each is counted by the earlier one until its mediator chooses the one that stands on the case page.</source>
        <translation>
            <numerusform>有 %n 件纠纷在不同设备上记录了两个调解结果，在调解员于案件页面选定之前，暂按较早的结果统计。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lianxin::MeetingDialog</name>
    <message>
        <source>Decide</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>评议指标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>表决结果</translation>
    </message>
    <message>
        <source>Evaluation meeting</source>
        <translation>道德评议会</translation>
    </message>
    <message>
        <source>Names of the members of the evaluation council present</source>
        <translation>出席的评议会成员姓名</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>召开日期</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Members voting</source>
        <translation>参加表决人数</translation>
    </message>
    <message>
        <source>All in favour</source>
        <translation>全票通过</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Every member voting is for each ticked entry</source>
        <translation>为每个已勾选的事项填入全体参加表决人数的赞成票</translation>
    </message>
    <message>
        <source>Tick the entries the meeting decides and enter their votes; an entry passes with more votes for than against. Unticked entries wait for a later meeting.</source>
        <translation>请勾选本次评议的事项并填写票数；赞成票多于反对票即为通过。未勾选的事项留待下次评议。</translation>
    </message>
    <message numerus="yes">
        <source>All %n proposal(s) of the village awaiting a meeting are listed.</source>
        <translation>
            <numerusform>已列出本村全部待评议的提议（%n 条）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listed: the proposals of %1 (%2). The village&apos;s %n other proposal(s) concern households of other grids: the accounts of those grids decide them.</source>
        <translation>
            <numerusform>本次列出%1的提议（%2 条）。本村另有 %n 条提议属于其他网格的住户，由这些网格的账号评议。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Enter how many members vote first.</source>
        <translation>请先填写参加表决的人数。</translation>
    </message>
    <message>
        <source>Tick the entries the meeting decides first.</source>
        <translation>请先勾选本次评议的事项。</translation>
    </message>
</context>
<context>
    <name>lianxin::MeetingsTab</name>
    <message>
        <source>Held on</source>
        <translation>召开日期</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Entries decided</source>
        <translation>评议事项</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>评议指标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Meetings are held from the Proposals tab (&quot;Evaluation meeting…&quot;).</source>
        <translation>评议会在“评议提名”页召开（“召开评议会…”）。</translation>
    </message>
    <message>
        <source>Choose a meeting to see its minutes and decisions.</source>
        <translation>请选择一次评议会查看会议记录和评议结果。</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>会议记录：%1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Evidence files…</source>
        <translation>证明文件…</translation>
    </message>
</context>
<context>
    <name>lianxin::MemberForm</name>
    <message>
        <source>New staff member</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>人员 %1</translation>
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
        <source>&amp;Roles:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>&amp;Employment:</source>
        <translation>专兼职(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Serves:</source>
        <translation>服务区域(&amp;S)：</translation>
    </message>
    <message>
        <source>Grid officers and heads serve grids; a mediator serves villages or the township; the legal adviser serves the village.</source>
        <translation>网格员、网格长服务网格；调解员服务村或乡镇；法律顾问服务村。</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Saving on the county server…</source>
        <translation>正在保存到县级服务器…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <source>Choose the grids or villages the member serves.</source>
        <translation>请选择该人员服务的网格或村。</translation>
    </message>
</context>
<context>
    <name>lianxin::NoticeTab</name>
    <message>
        <source>Household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>评议指标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Deed on</source>
        <translation>事迹日期</translation>
    </message>
    <message>
        <source>Notice ends</source>
        <translation>公示截止</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Latest note</source>
        <translation>最新意见</translation>
    </message>
    <message>
        <source>Record an objection…</source>
        <translation>记录异议…</translation>
    </message>
    <message>
        <source>Resolve the objection…</source>
        <translation>处理异议…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Confirm ended notices</source>
        <translation>确认公示期满的记录</translation>
    </message>
    <message>
        <source>Notice sheet…</source>
        <translation>公示单…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>%1 notice of evaluation results</source>
        <translation>%1道德评议结果公示</translation>
    </message>
    <message>
        <source>Passed by the evaluation meeting and posted for objections. An entry counts once its notice has ended with no open objection and it is confirmed.</source>
        <translation>评议会通过的事项在此公示、接受异议。公示期满、无未处理异议并经确认后，积分方计入。</translation>
    </message>
    <message>
        <source>Record an objection</source>
        <translation>记录异议</translation>
    </message>
    <message>
        <source>Who objects, and why?</source>
        <translation>谁提出异议，理由是什么？</translation>
    </message>
    <message>
        <source>Resolve the objection</source>
        <translation>处理异议</translation>
    </message>
    <message>
        <source>Is the objection upheld? Yes revokes the entry; No dismisses the objection and the entry stands.</source>
        <translation>异议是否成立？选“是”撤销该记录；选“否”驳回异议，记录保留。</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>处理结果如何？</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Why is this entry revoked?</source>
        <translation>撤销该记录的理由？</translation>
    </message>
    <message>
        <source>No notice has ended without an open objection yet.</source>
        <translation>目前没有公示期满且无未处理异议的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) confirmed: they now count in the households&apos; balances.</source>
        <translation>
            <numerusform>已确认 %n 条记录，积分已计入各户余额。</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Evidence files…</source>
        <translation>证明文件…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) ended their notice without an open objection: confirm them to make them count.</source>
        <translation>
            <numerusform>%n 条记录公示期已满且无未处理异议，请确认后计入积分。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lianxin::OutcomeChoiceDialog</name>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>another device</source>
        <translation>其他设备</translation>
    </message>
    <message>
        <source>%1 of %2 (%3), recorded by %4</source>
        <translation>%2 的%1（%3），记录人：%4</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Choose the outcome that stands</source>
        <translation>选定调解结果</translation>
    </message>
    <message>
        <source>Different devices recorded different outcomes for this case while offline. Only one can stand: the others stay in the timeline, set aside, and the case and the statistics follow the one you choose.</source>
        <translation>本案件在离线时由不同设备记录了不同的调解结果。只能以其中一个为准：其余结果仍保留在时间线上并标为已搁置，案件状态和统计均以您选定的结果为准。</translation>
    </message>
    <message>
        <source>Why this one stands (required):</source>
        <translation>选定理由（必填）：</translation>
    </message>
    <message>
        <source>Record the choice</source>
        <translation>记录选定结果</translation>
    </message>
    <message>
        <source>Choose the outcome that stands.</source>
        <translation>请选定以哪个结果为准。</translation>
    </message>
</context>
<context>
    <name>lianxin::OverviewPage</name>
    <message>
        <source>Welcome, %1 (%2).</source>
        <translation>您好，%1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>Households in your area: %n</source>
        <translation>
            <numerusform>您负责范围内的户数：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this device not yet synced</source>
        <translation>
            <numerusform>本机有 %n 项修改尚未同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Households to visit this period: %1 (overdue: %2)</source>
        <translation>本期待走访农户：%1 户（已逾期 %2 户）</translation>
    </message>
    <message>
        <source>Problems from visits not answered past their day: %1</source>
        <translation>走访发现问题超时未答复：%1 个</translation>
    </message>
    <message>
        <source>Requests with a yellow card: %1, with a red card: %2</source>
        <translation>服务事项黄牌 %1 件，红牌 %2 件</translation>
    </message>
    <message>
        <source>Requests waiting for the household to be told or revisited: %1</source>
        <translation>待告知或回访的服务事项：%1 件</translation>
    </message>
</context>
<context>
    <name>lianxin::PartiesEditor</name>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Add applicant</source>
        <translation>添加申请人</translation>
    </message>
    <message>
        <source>Add respondent</source>
        <translation>添加被申请人</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Find in the register: name, ID number or phone</source>
        <translation>从户籍中查找：姓名、身份证号或电话</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Linked to the register</source>
        <translation>已关联户籍</translation>
    </message>
</context>
<context>
    <name>lianxin::PersonForm</name>
    <message>
        <source>New member</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <source>Take from the ID number</source>
        <translation>按身份证号码确定</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty to take it from the ID number</source>
        <translation>格式为 YYYY-MM-DD；留空则按身份证号码确定</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Ethnicity:</source>
        <translation>民族(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Relation to head:</source>
        <translation>与户主关系(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;sidence:</source>
        <translation>居住状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>职业(&amp;O)：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Write the birth date as YYYY-MM-DD, for example 1965-03-07.</source>
        <translation>出生日期请写成 YYYY-MM-DD，例如 1965-03-07。</translation>
    </message>
    <message>
        <source>ID number and phone are masked for your role. Left as they are, they stay as recorded; type a whole new one to replace it.</source>
        <translation>您的角色只能看到打码的身份证号和电话。不改动则保留原登记的号码；如需更换，请输入完整的新号码。</translation>
    </message>
    <message>
        <source>Type the whole new ID number, or leave the masked one as it was.</source>
        <translation>请输入完整的新身份证号，或保留打码的原号码不动。</translation>
    </message>
    <message>
        <source>Type the whole new phone number, or leave the masked one as it was.</source>
        <translation>请输入完整的新电话号码，或保留打码的原号码不动。</translation>
    </message>
</context>
<context>
    <name>lianxin::PointsPage</name>
    <message>
        <source>Proposals</source>
        <translation>评议提名</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>评议公示</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>评议会</translation>
    </message>
    <message>
        <source>Household accounts</source>
        <translation>积分账户</translation>
    </message>
    <message>
        <source>Rankings and lists</source>
        <translation>排名与红黑榜</translation>
    </message>
    <message>
        <source>Points supermarket</source>
        <translation>积分超市</translation>
    </message>
    <message>
        <source>Catalogue and settings</source>
        <translation>指标与设置</translation>
    </message>
    <message>
        <source>%1 — template catalogue</source>
        <translation>%1 — 指标模板</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
</context>
<context>
    <name>lianxin::PointsTab</name>
    <message>
        <source>Awaiting the meeting</source>
        <translation>待评议</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Under public notice</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Objection open</source>
        <translation>有异议待处理</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>证明文件</translation>
    </message>
    <message>
        <source>No file was attached to this entry.</source>
        <translation>该记录没有附加文件。</translation>
    </message>
    <message numerus="yes">
        <source>(%n file(s))</source>
        <translation>
            <numerusform>（%n 个文件）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>lianxin::ProposalsTab</name>
    <message>
        <source>Household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>评议指标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Deed on</source>
        <translation>事迹日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提名人</translation>
    </message>
    <message>
        <source>From a case</source>
        <translation>来自纠纷案件</translation>
    </message>
    <message>
        <source>What shows it (required for some indicators)</source>
        <translation>事迹依据（部分指标必填）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Evaluation meeting…</source>
        <translation>召开评议会…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Awaiting the evaluation meeting</source>
        <translation>待评议会评议</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Proposed from a dispute case: the meeting decides it like any other entry.</source>
        <translation>由纠纷案件提名：同其他事项一样须经评议会评议。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Why is this proposal withdrawn?</source>
        <translation>撤回该提名的理由？</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>A photo or scan that shows the deed (up to 5 MB)</source>
        <translation>证明事迹的照片或扫描件（不超过 5 MB）</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>证明文件</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>See the attached file %1</source>
        <translation>见附件 %1</translation>
    </message>
    <message>
        <source>The member whose deed it was (optional)</source>
        <translation>事迹所属的家庭成员（可不选）</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>The whole household</source>
        <translation>整户</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>lianxin::ProposeDialog</name>
    <message>
        <source>Propose points</source>
        <translation>提名积分</translation>
    </message>
</context>
<context>
    <name>lianxin::RankingTab</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Red and black lists…</source>
        <translation>红黑榜…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>%1 red and black lists</source>
        <translation>%1道德评议红黑榜</translation>
    </message>
    <message>
        <source>Period holding</source>
        <translation>所在期间</translation>
    </message>
    <message>
        <source>Confirmed points of deeds in the period; equal points share a rank. The lists name the best %1 ranks with points above zero and the worst %1 that lost points.</source>
        <translation>按期间内事迹的已确认积分排名，同分同名次。红榜列积分为正的前 %1 名，黑榜列扣分最多的 %1 名。</translation>
    </message>
    <message>
        <source>The village: %1</source>
        <translation>本村：%1</translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation>网格：%1</translation>
    </message>
    <message>
        <source>The township: %1</source>
        <translation>全乡镇：%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>The first %1 of %2 households.</source>
        <translation>共 %2 户，显示前 %1 户。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s).</source>
        <translation>
            <numerusform>共 %n 户。</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>lianxin::RegisterPage</name>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
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
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>共 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>新建户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Remove household</source>
        <translation>删除户(&amp;R)</translation>
    </message>
    <message>
        <source>Remove household</source>
        <translation>删除户</translation>
    </message>
    <message>
        <source>Remove the household at %1 and its members from the register?</source>
        <translation>要从户籍中删除 %1 这一户及其全部成员吗？</translation>
    </message>
    <message>
        <source>No household matches these filters. Choose another village, grid or tag.</source>
        <translation>没有找到符合筛选条件的户。请换一个村、网格或标签。</translation>
    </message>
    <message>
        <source>There is no household in your regions yet.</source>
        <translation>您负责的范围内还没有登记任何户。</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Address or member&apos;s name</source>
        <translation>地址或成员姓名</translation>
    </message>
    <message>
        <source>Show every household again: all villages, grids and tags, no search text (Alt+L).</source>
        <translation>重新显示全部住户：所有村、网格和标签，不带查找文字（Alt+L）。</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Print or export</source>
        <translation>打印或导出(&amp;P)</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Export the households…</source>
        <translation>导出住户…</translation>
    </message>
    <message>
        <source>households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Export their members…</source>
        <translation>导出其成员…</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Household list</source>
        <translation>户籍清单</translation>
    </message>
</context>
<context>
    <name>lianxin::RequestDialog</name>
    <message>
        <source>The request is not on this device.</source>
        <translation>本机没有这条事项。</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>事项 %1</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message numerus="yes">
        <source> (reopened %n time(s))</source>
        <translation>
            <numerusform>（已重新办理 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>事项描述：</translation>
    </message>
    <message>
        <source>Taken on:</source>
        <translation>受理日期：</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>办结时限：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source> — not applied: another device acted first</source>
        <translation> — 未生效：另一台设备先办理了</translation>
    </message>
    <message>
        <source>Two devices acted on this request from the same state. The earlier step stands; the later one is kept in the record but not applied. Take the step again if it is still needed.</source>
        <translation>两台设备在同一状态下办理了本事项。先办理的步骤有效；后办理的步骤保留在记录中但未生效。如仍需要，请重新办理。</translation>
    </message>
    <message>
        <source>&amp;Print the slip…</source>
        <translation>打印受理单(&amp;P)…</translation>
    </message>
    <message>
        <source>Slip %1</source>
        <translation>受理单 %1</translation>
    </message>
</context>
<context>
    <name>lianxin::RosterImportDialog</name>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Import the households without errors and leave out the others</source>
        <translation>导入没有错误的户，略过其余</translation>
    </message>
    <message>
        <source>Import nothing while any row has an error</source>
        <translation>任一行有错误时都不导入</translation>
    </message>
    <message>
        <source>Save the rows left &amp;out…</source>
        <translation>保存未导入的行(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Choose the township&apos;s roster (花名册): an Excel file (.xlsx or .xls) or a CSV file. Its households go into the grid you choose; a roster imported before is matched by its household numbers and ID numbers, so nothing is added twice.</source>
        <translation>请选择乡镇的花名册：Excel 文件（.xlsx 或 .xls）或 CSV 文件。其中各户导入所选网格；以前导入过的花名册按户编号和身份证号对应，不会重复添加。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The import was cancelled; the register is as it was.</source>
        <translation>导入已取消，登记簿保持原样。</translation>
    </message>
    <message>
        <source>Imported: %1 households added, %2 changed, %3 unchanged; %4 persons added, %5 changed, %6 unchanged; %7 rows left out.</source>
        <translation>已导入：新增 %1 户，修改 %2 户，%3 户不变；新增 %4 人，修改 %5 人，%6 人不变；%7 行未导入。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>花名册 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the roster&apos;s file.</source>
        <translation>请选择花名册文件。</translation>
    </message>
    <message>
        <source>Choose the grid the roster&apos;s households belong to.</source>
        <translation>请选择花名册中各户所属的网格。</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>正在读取花名册…</translation>
    </message>
    <message>
        <source>Choose the column that holds the names.</source>
        <translation>请选择姓名所在的列。</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <source>%1 - rows left out.xlsx</source>
        <translation>%1 - 未导入的行.xlsx</translation>
    </message>
    <message>
        <source>Save the rows left out</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved %1. Fix the rows there and import that file again.</source>
        <translation>已保存 %1。请在其中改正各行，再导入该文件。</translation>
    </message>
    <message>
        <source>Some rows have errors. Fix them in the file and read it again, or choose to leave those households out.</source>
        <translation>有些行有错误。请在文件中改正后重新读取，或选择略过这些户。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>%1: %2 households and %3 persons. %4 errors, %5 warnings; the households with errors take %6 rows.</source>
        <translation>%1：%2 户 %3 人。%4 个错误，%5 个提醒；有错误的户共 %6 行。</translation>
    </message>
</context>
<context>
    <name>lianxin::ServicePage</name>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>未答复问题</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answerable</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>事项描述</translation>
    </message>
    <message>
        <source>&amp;Record a visit…</source>
        <translation>登记走访(&amp;R)…</translation>
    </message>
    <message>
        <source>Visits due</source>
        <translation>待走访</translation>
    </message>
    <message>
        <source>Problems found on visits get an answer the same day (不过夜). Red rows are late.</source>
        <translation>走访发现的问题须当日答复（不过夜）。红色为超时。</translation>
    </message>
    <message>
        <source>Hand on as a request…</source>
        <translation>转为服务事项…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>To accept</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>To assign</source>
        <translation>待派单</translation>
    </message>
    <message>
        <source>With departments</source>
        <translation>部门办理中</translation>
    </message>
    <message>
        <source>Revisits due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结销号</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Requests routed to my department</source>
        <translation>本部门承办事项</translation>
    </message>
    <message>
        <source>Service requests and events</source>
        <translation>服务事项与事件</translation>
    </message>
    <message>
        <source>The visit plan could not be read: %1</source>
        <translation>无法读取走访计划：%1</translation>
    </message>
    <message>
        <source>Visits %1 – %2: %3 of %4 households visited (%5%). Key households past their %6-day interval: %7.</source>
        <translation>走访周期 %1 至 %2：已走访 %3 户 / 共 %4 户（%5%）。超过 %6 天未走访的重点户：%7 户。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Key household</source>
        <translation>重点户</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期待访</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未答复</translation>
    </message>
    <message>
        <source>Open: %1 · to accept: %2 · yellow cards: %3 · red cards: %4</source>
        <translation>办理中 %1 件 · 待受理 %2 件 · 黄牌 %3 件 · 红牌 %4 件</translation>
    </message>
    <message>
        <source> (red card)</source>
        <translation>（红牌）</translation>
    </message>
    <message>
        <source> (yellow card)</source>
        <translation>（黄牌）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>The household&apos;s satisfaction:</source>
        <translation>群众满意度：</translation>
    </message>
    <message>
        <source>Is the matter settled?</source>
        <translation>事项是否已解决？</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>已解释</translation>
    </message>
    <message>
        <source>What was explained:</source>
        <translation>解释内容：</translation>
    </message>
    <message>
        <source>Hand on as a request</source>
        <translation>转为服务事项</translation>
    </message>
    <message>
        <source>Kind of request:</source>
        <translation>事项类别：</translation>
    </message>
    <message>
        <source>&amp;Print the list…</source>
        <translation>打印走访清单(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>查看(&amp;O)…</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>会商日期</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>议定意见</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会商记录</translation>
    </message>
    <message>
        <source>Decisions still open (red: past their deadline)</source>
        <translation>未落实的议定事项（红色为已超期）</translation>
    </message>
    <message>
        <source>Record a &amp;consultation…</source>
        <translation>登记会商(&amp;C)…</translation>
    </message>
    <message>
        <source>Decision &amp;done…</source>
        <translation>议定事项已落实(&amp;D)…</translation>
    </message>
    <message>
        <source>Print the &amp;minutes…</source>
        <translation>打印会商纪要(&amp;M)…</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>三级会商</translation>
    </message>
    <message>
        <source>Decision done</source>
        <translation>议定事项已落实</translation>
    </message>
    <message>
        <source>Consultation minutes</source>
        <translation>会商纪要</translation>
    </message>
    <message>
        <source>Visit list</source>
        <translation>走访清单</translation>
    </message>
    <message>
        <source>&amp;Take a request…</source>
        <translation>受理服务事项(&amp;T)…</translation>
    </message>
    <message>
        <source>Report an &amp;event…</source>
        <translation>事件上报(&amp;E)…</translation>
    </message>
    <message>
        <source>Township settings</source>
        <translation>乡镇设置</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>会商单位</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>事项数</translation>
    </message>
    <message>
        <source>How the household was told (may be left empty):</source>
        <translation>如何告知群众（可不填）：</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>E&amp;xport this period&apos;s visits…</source>
        <translation>导出本期走访(&amp;X)…</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>走访</translation>
    </message>
</context>
<context>
    <name>lianxin::ServiceSettingsTab</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>走访计划</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>乡镇：</translation>
    </message>
    <message>
        <source>Every household once:</source>
        <translation>每户走访一次：</translation>
    </message>
    <message>
        <source>Key households every:</source>
        <translation>重点户走访间隔：</translation>
    </message>
    <message>
        <source>Key households are those tagged:</source>
        <translation>重点户标签：</translation>
    </message>
    <message>
        <source>Save the visit plan</source>
        <translation>保存走访计划</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Add a department…</source>
        <translation>添加部门…</translation>
    </message>
    <message>
        <source>Kinds of request and their time limits</source>
        <translation>事项类别及办理时限</translation>
    </message>
    <message>
        <source>Add a kind…</source>
        <translation>添加类别…</translation>
    </message>
    <message>
        <source>Change the kind…</source>
        <translation>修改类别…</translation>
    </message>
    <message>
        <source>Add a day…</source>
        <translation>添加日期…</translation>
    </message>
    <message>
        <source>Remove the day</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n working day(s)</source>
        <translation>
            <numerusform>%1，%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>The visit plan is saved; it reaches the township&apos;s devices at their next sync.</source>
        <translation>走访计划已保存，乡镇各设备下次同步时生效。</translation>
    </message>
    <message>
        <source>Add a department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>Name of the department:</source>
        <translation>部门名称：</translation>
    </message>
    <message>
        <source>Add a kind of request</source>
        <translation>添加事项类别</translation>
    </message>
    <message>
        <source>Change the kind of request</source>
        <translation>修改事项类别</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>办理时限：</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>工作日数：</translation>
    </message>
    <message>
        <source>Add a holiday or make-up workday</source>
        <translation>添加节假日或调休上班日</translation>
    </message>
    <message>
        <source>e.g. 国庆节</source>
        <translation>如：国庆节</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Holidays and make-up workdays</source>
        <translation>节假日与调休上班日</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>用于：</translation>
    </message>
    <message>
        <source>Kind of request:</source>
        <translation>事项类别：</translation>
    </message>
    <message>
        <source>Count this day as its weekday says again?</source>
        <translation>删除后这一天恢复按星期计算是否工作日，确定吗？</translation>
    </message>
    <message>
        <source>No holidays are recorded for this year: working-day limits skip only the weekends. Add the statutory holidays and make-up workdays the State Council announces.</source>
        <translation>本年度尚未登记节假日：办理时限只扣除周末。请按国务院公布的安排添加法定节假日和调休上班日。</translation>
    </message>
</context>
<context>
    <name>lianxin::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>https://county-server:8443</source>
        <translation>https://县级服务器:8443</translation>
    </message>
    <message>
        <source>The platform&apos;s app data folder</source>
        <translation>系统默认的应用数据文件夹</translation>
    </message>
    <message>
        <source>&amp;Language (at next start):</source>
        <translation>界面语言(&amp;L)（下次启动生效）：</translation>
    </message>
    <message>
        <source>Lock when &amp;idle for:</source>
        <translation>空闲多久后锁定(&amp;I)：</translation>
    </message>
    <message>
        <source>County &amp;server:</source>
        <translation>县级服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Data folder (at next start):</source>
        <translation>数据文件夹(&amp;D)（下次启动生效）：</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address with http:// or https://, for example https://10.8.0.1:8443.</source>
        <translation>请输入以 http:// 或 https:// 开头的服务器地址，例如 https://10.8.0.1:8443。</translation>
    </message>
    <message>
        <source>Give the data folder as a full path, such as /home/user/lianxin.</source>
        <translation>数据文件夹请填写完整路径，例如 /home/user/lianxin。</translation>
    </message>
    <message>
        <source>As the system (Chinese unless it asks for English)</source>
        <translation>跟随系统（系统要求英文时用英文，否则中文）</translation>
    </message>
    <message>
        <source>Only a township or county administrator changes the county server.</source>
        <translation>只有乡镇或县级管理员可以更改县级服务器。</translation>
    </message>
    <message>
        <source>Empty: no automatic backup; e.g. the USB stick&apos;s folder</source>
        <translation>留空则不自动备份；例如 U&#xa0;盘上的文件夹</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>Needed to restore; not kept on this computer</source>
        <translation>恢复时需要；不保存在本机</translation>
    </message>
    <message>
        <source>Set; type a new one to change it</source>
        <translation>已设置；输入新口令即可更改</translation>
    </message>
    <message>
        <source>Daily &amp;backup into:</source>
        <translation>每日自动备份到(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>保留最近(&amp;K)：</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>备份口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>再输一次口令(&amp;A)：</translation>
    </message>
    <message>
        <source>Give the backup folder as a full path, such as /media/usb/lianxin.</source>
        <translation>请填写备份文件夹的完整路径，例如 /media/usb/lianxin。</translation>
    </message>
    <message>
        <source>Set a passphrase: without it no one can restore the backups.</source>
        <translation>请设置备份口令：没有口令，谁都无法恢复备份。</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Daily backup into</source>
        <translation>每日自动备份到</translation>
    </message>
    <message>
        <source>Data folder in use:</source>
        <translation>正在使用的数据文件夹：</translation>
    </message>
</context>
<context>
    <name>lianxin::SignInDialog</name>
    <message>
        <source>Lianxin is locked</source>
        <translation>连心已锁定</translation>
    </message>
    <message>
        <source>Sign in to Lianxin</source>
        <translation>登录连心</translation>
    </message>
    <message>
        <source>Enter your password to go on working.</source>
        <translation>请输入密码以继续工作。</translation>
    </message>
    <message>
        <source>Sign in with the account of this device.</source>
        <translation>请输入用户名和密码登录。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit Lianxin</source>
        <translation>退出连心(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>密码错误次数过多，请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>切换用户(&amp;W)</translation>
    </message>
    <message>
        <source>Another person signs in; the work of the person signed in now stays on this device and syncs under that person&apos;s account.</source>
        <translation>换另一个人登录；当前登录者的工作保存在本机，并以其本人账号同步。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Sign in &amp;online…</source>
        <translation>联网登录(&amp;O)…</translation>
    </message>
    <message>
        <source>For an account that has not signed in on this computer yet: sign in with the county server and download its area.</source>
        <translation>供还没有在本机登录过的账号使用：联网登录县级服务器，并下载该账号所辖区域的数据。</translation>
    </message>
    <message>
        <source>An account that has not signed in on this computer yet: Sign in online.</source>
        <translation>如果该账号还没有在本机登录过，请点“联网登录”。</translation>
    </message>
</context>
<context>
    <name>lianxin::SplitGridDialog</name>
    <message>
        <source>Split %1</source>
        <translation>拆分 %1</translation>
    </message>
    <message>
        <source>New grid&apos;s &amp;name:</source>
        <translation>新网格名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Households that go to it:</source>
        <translation>划入的住户(&amp;H)：</translation>
    </message>
    <message>
        <source>The households of this grid as this computer holds them after its last sync. The county server moves those ticked, with their people and records, in one step; every computer receives the change when it next syncs.</source>
        <translation>本机上次同步后所存的本网格住户。县级服务器会把勾选的住户连同人员和记录一次移过去；各台电脑下次同步时收到这一变化。</translation>
    </message>
    <message>
        <source>Saving on the county server…</source>
        <translation>正在保存到县级服务器…</translation>
    </message>
    <message>
        <source>Name the new grid (at most 100 characters).</source>
        <translation>请填写新网格的名称（最多 100 个字）。</translation>
    </message>
    <message>
        <source>Tick the households that go to the new grid.</source>
        <translation>请勾选划入新网格的住户。</translation>
    </message>
</context>
<context>
    <name>lianxin::StaffDialog</name>
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
        <source>Area</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>专兼职</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Staff serving it</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Staff and accounts</source>
        <translation>人员与账号</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账号(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Disable or enable</source>
        <translation>停用或启用(&amp;D)</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;New staff member…</source>
        <translation>新增人员(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Add a grid…</source>
        <translation>新增网格(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>改名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>拆分(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Merge into another grid…</source>
        <translation>并入其他网格(&amp;M)…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>No county server is set on this computer. Staff and accounts are managed online, on the county server: enter its address in Settings.</source>
        <translation>本机未设置县级服务器。人员与账号须在县级服务器上联网管理：请在“设置”中填写其地址。</translation>
    </message>
    <message>
        <source>This computer is not signed in to the county server as you yet. Sync (Ctrl+S) with a network connection, then open Staff and accounts again.</source>
        <translation>本机尚未以您的身份登录县级服务器。请联网同步（Ctrl+S）后再打开人员与账号。</translation>
    </message>
    <message>
        <source>Nothing can be changed here until the county server can be reached.</source>
        <translation>连上县级服务器之前，这里不能做任何修改。</translation>
    </message>
    <message>
        <source>Reading your area from the county server…</source>
        <translation>正在从县级服务器读取您的辖区…</translation>
    </message>
    <message>
        <source>Online: %1 accounts and %2 staff members of your area, as the county server holds them now.</source>
        <translation>在线：县级服务器上您辖区现有 %1 个账号、%2 名人员。</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Must choose a password</source>
        <translation>须设置密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Account %1 made. Tell its owner the first password.</source>
        <translation>账号 %1 已建立。请把初始密码告诉本人。</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>账号 %1 已保存。</translation>
    </message>
    <message>
        <source>Disable the account %1? Its owner is signed out everywhere and can no longer sign in, not even offline once the computers have synced.</source>
        <translation>停用账号 %1？本人将在各处退出登录，各电脑同步后也不能再离线登录。</translation>
    </message>
    <message>
        <source>Enable the account %1 again?</source>
        <translation>重新启用账号 %1？</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>账号 %1 已停用。</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>账号 %1 已启用。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>A new first password for %1 (at least %2 characters). Tell it to its owner, who chooses their own at the next sign-in:</source>
        <translation>为 %1 设一个新的初始密码（至少 %2 个字符）。请告诉本人，下次登录时由其设置自己的密码：</translation>
    </message>
    <message>
        <source>The password of %1 was reset; its owner chooses a new one at the next sign-in.</source>
        <translation>%1 的密码已重置；本人下次登录时设置新密码。</translation>
    </message>
    <message>
        <source>%1 added to the staff.</source>
        <translation>%1 已加入人员名单。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>Remove %1 from the staff?</source>
        <translation>把 %1 从人员名单中移除？</translation>
    </message>
    <message>
        <source>%1 removed from the staff.</source>
        <translation>%1 已从人员名单中移除。</translation>
    </message>
    <message>
        <source>Your area has no village to add a grid to.</source>
        <translation>您的辖区内没有可新增网格的村。</translation>
    </message>
    <message>
        <source>Add a grid</source>
        <translation>新增网格</translation>
    </message>
    <message>
        <source>The village of the new grid:</source>
        <translation>新网格所在的村：</translation>
    </message>
    <message>
        <source>Name of the new grid in %1:</source>
        <translation>%1 新网格的名称：</translation>
    </message>
    <message>
        <source>Grid %1 added (code %2).</source>
        <translation>网格 %1 已新增（代码 %2）。</translation>
    </message>
    <message>
        <source>Rename the grid</source>
        <translation>网格改名</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>Grid renamed %1.</source>
        <translation>网格已改名为 %1。</translation>
    </message>
    <message>
        <source>Grid %1 made; the households ticked moved to it.</source>
        <translation>网格 %1 已建立；勾选的住户已划入。</translation>
    </message>
    <message>
        <source>%1 is the only grid of its village: there is none to merge it into.</source>
        <translation>%1 是本村唯一的网格：没有可并入的网格。</translation>
    </message>
    <message>
        <source>Merge grids</source>
        <translation>合并网格</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>把 %1 并入：</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Its households, staff and accounts go to %2, and %1 is removed.</source>
        <translation>把 %1 并入 %2？其住户、人员和账号都归入 %2，%1 将被删除。</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 已并入 %2。</translation>
    </message>
</context>
<context>
    <name>lianxin::StepForm</name>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
</context>
<context>
    <name>lianxin::SupermarketTab</name>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price (points)</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>On offer</source>
        <translation>上架</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit (bag, bottle…)</source>
        <translation>单位（袋、瓶…）</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>新增物品</translation>
    </message>
    <message>
        <source>Save changes to the item</source>
        <translation>保存物品修改</translation>
    </message>
    <message>
        <source>Receive or adjust stock…</source>
        <translation>入库或调整库存…</translation>
    </message>
    <message>
        <source>Quantity (− to write off)</source>
        <translation>数量（负数为核减）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>打印凭证…</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>兑换柜台</translation>
    </message>
    <message>
        <source>Goods given back…</source>
        <translation>退还物品…</translation>
    </message>
    <message>
        <source>Latest redemptions</source>
        <translation>最近兑换</translation>
    </message>
    <message numerus="yes">
        <source>%1 has spent %n point(s) more than it has: it cannot redeem until goods are given back or new points are confirmed.</source>
        <translation>
            <numerusform>%1 超额兑换 %n 分：退还物品或有新积分确认前不能再兑换。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more given out than was in stock; record the goods received or write the shortfall off with a reason.</source>
        <translation>
            <numerusform>%1：发出数量超出库存 %n 件；请登记入库，或注明原因核减差额。</numerusform>
        </translation>
    </message>
    <message>
        <source>Two devices redeemed offline at the same time:</source>
        <translation>两台设备离线时同时兑换：</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 — %2 points, %3 in stock</source>
        <translation>%1 — %2 分，库存 %3</translation>
    </message>
    <message>
        <source>Given back: %1</source>
        <translation>退还：%1</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>已退还</translation>
    </message>
    <message>
        <source>Receive or adjust stock</source>
        <translation>入库或调整库存</translation>
    </message>
    <message>
        <source>Reason (goods received from whom, or why stock is written off):</source>
        <translation>原因（物品来源，或核减原因）：</translation>
    </message>
    <message>
        <source>Receipt %1: %2 × %3, %4 points; balance now %5.</source>
        <translation>凭证 %1：%2 × %3，%4 分；余额 %5 分。</translation>
    </message>
    <message>
        <source>Goods given back</source>
        <translation>退还物品</translation>
    </message>
    <message>
        <source>Why are the goods given back?</source>
        <translation>退还物品的原因？</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>兑换凭证 %1</translation>
    </message>
    <message>
        <source>Balance: %1 points</source>
        <translation>积分余额：%1 分</translation>
    </message>
</context>
<context>
    <name>lianxin::SyncProblemsDialog</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value that stands</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Value not applied</source>
        <translation>未采用的值</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>服务器拒绝的原因</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>Changed on two devices at once: the value that reached the county server first stands.</source>
        <translation>两台设备同时修改了同一项：先到达县级服务器的值被保留。</translation>
    </message>
    <message>
        <source>&amp;Keep the value that stands</source>
        <translation>保留现有的值(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>改用另一个值(&amp;U)</translation>
    </message>
    <message>
        <source>Changes the county server refused: fix the record, or discard the change.</source>
        <translation>县级服务器拒绝的修改：请更正记录，或放弃该修改。</translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation>放弃我的修改(&amp;D)</translation>
    </message>
    <message>
        <source>Choose a conflict first.</source>
        <translation>请先选择一条冲突。</translation>
    </message>
    <message>
        <source>Choose a refused change first.</source>
        <translation>请先选择一项被拒绝的修改。</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>放弃此修改？</translation>
    </message>
    <message>
        <source>The change made on this device is given up; the record takes the county server&apos;s values at the next sync.</source>
        <translation>将放弃在本机所做的修改；下次同步时该记录恢复为县级服务器上的值。</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>打开记录(&amp;O)</translation>
    </message>
    <message>
        <source>Waits for %1, which the county server refused: fix or discard that first.</source>
        <translation>等待 %1，该记录已被县级服务器拒绝：请先更正或放弃它。</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器的说明：%1</translation>
    </message>
    <message>
        <source>This record is not one that opens on a page of its own.</source>
        <translation>这类记录没有单独的页面可打开。</translation>
    </message>
    <message>
        <source>Your role may not change this record; a colleague who may will decide.</source>
        <translation>您的角色不能修改这条记录，将由有权修改的同事决定。</translation>
    </message>
    <message>
        <source>Its author</source>
        <translation>生效值的修改人</translation>
    </message>
    <message>
        <source>Author of the other</source>
        <translation>未生效值的修改人</translation>
    </message>
    <message>
        <source>No sync problems: nothing waits for a decision.</source>
        <translation>没有同步问题，没有需要处理的事项。</translation>
    </message>
</context>
<context>
    <name>lianxin::TakeRequestDialog</name>
    <message>
        <source>Report an event</source>
        <translation>事件上报</translation>
    </message>
    <message>
        <source>Take a service request</source>
        <translation>受理服务事项</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>手机或固定电话</translation>
    </message>
    <message>
        <source>Empty: the head&apos;s phone %1</source>
        <translation>留空则使用户主电话 %1</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>网格：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>事项描述：</translation>
    </message>
</context>
<context>
    <name>lianxin::VisitDialog</name>
    <message>
        <source>Record a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>Choose a household in the list first.</source>
        <translation>请先在列表中选择农户。</translation>
    </message>
    <message>
        <source>One or two names, separated by a comma</source>
        <translation>一至两人，用逗号分隔</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>走访户：</translation>
    </message>
    <message>
        <source>Kind of visit:</source>
        <translation>走访类型：</translation>
    </message>
    <message>
        <source>Visited by:</source>
        <translation>走访人：</translation>
    </message>
    <message>
        <source>Persons met:</source>
        <translation>接访人员：</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>走访情况：</translation>
    </message>
    <message>
        <source>Problem found:</source>
        <translation>发现问题：</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>答复方式：</translation>
    </message>
    <message>
        <source>What was said or done:</source>
        <translation>答复内容：</translation>
    </message>
    <message>
        <source>Add a &amp;photo…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Signed &amp;slip…</source>
        <translation>群众签字单(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>, signed slip</source>
        <translation>，已附签字单</translation>
    </message>
    <message>
        <source>Photos of the visit</source>
        <translation>走访照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The household&apos;s signed slip</source>
        <translation>群众签字单</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>扫描件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation>保存并走访下一户(&amp;N)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lianxin cannot start</source>
        <translation>连心无法启动</translation>
    </message>
    <message>
        <source>Quit Lianxin</source>
        <translation>退出连心</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this device are not on the county server yet. They are sent when their author next signs in here. Quit now?</source>
        <translation>
            <numerusform>本机有 %n 项修改尚未传到县级服务器，将在修改人下次在本机登录时发送。现在退出吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Lianxin</source>
        <translation>连心</translation>
    </message>
    <message>
        <source>Lianxin is already open on this workspace (%1).</source>
        <translation>连心已经在这个工作区（%1）打开。</translation>
    </message>
</context>
</TS>

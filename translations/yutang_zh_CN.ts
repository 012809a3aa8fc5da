<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/AboutDialog.cpp" line="+41"/>
        <source>About Yutang</source>
        <translation>关于鱼塘</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Third-party notices</source>
        <translation>第三方声明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Yutang 鱼塘</source>
        <translation>鱼塘 Yutang</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs on Qt %1 (built with Qt %2)</source>
        <translation>运行于 Qt %1（构建时使用 Qt %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A dashboard for merchants who run their own web shop: where visitors come from, the funnel, products, orders and referral commissions.</source>
        <translation>为自营网店商家打造的看板：访客从哪里来、转化漏斗、商品、订单与分销佣金。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yutang is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty. The full licence and the licences of the components it uses are in the other tabs.</source>
        <translation>鱼塘是自由软件：您可以依据 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（GPL-3.0-or-later）的条款再分发和/或修改它。本软件不提供任何担保。完整的许可证及其所用组件的许可证见其他标签页。</translation>
    </message>
</context>
<context>
    <name>AnalyticsObservers</name>
    <message>
        <location filename="../models/analytics/AnalyticsObservers.cpp" line="+20"/>
        <source>The records were stored, but the traffic figures could not be brought up to date: %1</source>
        <translation>记录已保存，但流量数据未能更新：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The records were stored, but the customer figures could not be brought up to date: %1</source>
        <translation>记录已保存，但客户数据未能更新：%1</translation>
    </message>
</context>
<context>
    <name>AnomaliesExportSubject</name>
    <message>
        <location filename="../app/cli/commands/AnomaliesExportSubject.cpp" line="+10"/>
        <source>A burst is more registrations than this under one inviter in a day (default: the app&apos;s setting, 10 unless changed).</source>
        <translation>突增指某个邀请人一天内名下注册人数超过此值（默认：应用中的设置，未修改时为 10）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>odd referral links and registration bursts</source>
        <translation>异常推荐关系和注册突增</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--burst-threshold takes a whole number from 1.</source>
        <translation>--burst-threshold 须为不小于 1 的整数。</translation>
    </message>
</context>
<context>
    <name>AnomaliesTab</name>
    <message>
        <location filename="../ui/panes/referrals/AnomaliesTab.cpp" line="+27"/>
        <source>A burst is more registrations than this under one inviter in one shop day</source>
        <translation>某个邀请人在一个店铺日内名下注册人数超过此值即为突增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No referral anomalies.</source>
        <translation>没有分销异常。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral anomalies</source>
        <translation>分销异常</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter shows the member in the tree</source>
        <translation>按回车键在分销树中显示该会员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Burst &amp;threshold (registrations a day):</source>
        <translation>突增阈值（每天注册人数）(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burst threshold</source>
        <translation>突增阈值</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../ui/mainwindow/AppController.cpp" line="+51"/>
        <location line="+44"/>
        <location line="+18"/>
        <location line="+13"/>
        <location line="+37"/>
        <location line="+33"/>
        <source>Yutang</source>
        <translation>鱼塘</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+62"/>
        <source>There is no shop profile named “%1”.</source>
        <translation>没有名为“%1”的店铺配置。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The demo site could not be started: %1</source>
        <translation>无法启动演示站点：%1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The shop&apos;s access token or key could not be read from the system keychain: %1
The data synced before is shown; syncing needs the keychain.</source>
        <translation>无法从系统钥匙串读取店铺的访问令牌或密钥：%1
仍显示之前同步的数据；同步需要钥匙串。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The local store could not be opened: %1</source>
        <translation>无法打开本地数据库：%1</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../app/cli/commands/AuditCommand.cpp" line="+23"/>
        <source>Check the site&apos;s commission bookings against the referral rules; exit 8 on differences.</source>
        <translation>按分销规则核对站点记账的佣金；有差异时以退出码 8 退出。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>text (default), csv or json.</source>
        <translation>text（默认）、csv 或 json。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to FILE (default: standard output).</source>
        <translation>写入文件 FILE（默认：标准输出）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--format takes text, csv or json.</source>
        <translation>--format 只接受 text、csv 或 json。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No differences: every booking matches the referral rules.</source>
        <translation>没有差异：每笔佣金记录都符合分销规则。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n 处差异。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>AuditExportSubject</name>
    <message>
        <location filename="../app/cli/commands/AuditExportSubject.cpp" line="+10"/>
        <source>Only findings of this kind (e.g. wrong_amount).</source>
        <translation>只显示此类问题（如 wrong_amount）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>commission bookings that differ from the referral rules</source>
        <translation>与分销规则不符的佣金记录</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--kind takes one of %1.</source>
        <translation>--kind 只接受以下之一：%1。</translation>
    </message>
</context>
<context>
    <name>AuditFinding</name>
    <message>
        <location filename="../models/referrals/AuditFinding.cpp" line="+41"/>
        <source>Missing booking</source>
        <translation>缺少佣金记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong amount</source>
        <translation>金额错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong beneficiary</source>
        <translation>受益人错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level beyond the paid levels</source>
        <translation>层级超出分佣层级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reversed after refund</source>
        <translation>退款后未冲销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order does not exist</source>
        <translation>订单不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking not due</source>
        <translation>不应计佣金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversed without refund</source>
        <translation>未退款却已冲销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate booking</source>
        <translation>重复记账</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1: level %2 commission of %3 for %4 was never booked.</source>
        <translation>订单 %1：%4 应得的 %2 级佣金 %3 从未记账。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1: level %2 booking %3 for %4 is %5, should be %6.</source>
        <translation>订单 %1：%4 的 %2 级佣金记录 %3 金额为 %5，应为 %6。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1: level %2 booking %3 credits %4, should credit %5.</source>
        <translation>订单 %1：%2 级佣金记录 %3 记给了 %4，应记给 %5。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1: booking %2 for %3 is at level %4, beyond the paid levels.</source>
        <translation>订单 %1：%3 的佣金记录 %2 位于第 %4 级，超出了分佣层级。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 was refunded but booking %2 for %3 is still %4.</source>
        <translation>订单 %1 已退款，但 %3 的佣金记录 %2 仍为 %4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking %1 for %2 refers to order %3, which does not exist.</source>
        <translation>%2 的佣金记录 %1 对应的订单 %3 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 (%2): booking %3 for %4 at level %5 is not due.</source>
        <translation>订单 %1（%2）：%4 的第 %5 级佣金记录 %3 不应计佣。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2 but booking %3 for %4 was reversed.</source>
        <translation>订单 %1 状态为 %2，但 %4 的佣金记录 %3 已被冲销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1: booking %2 for %3 repeats level %4.</source>
        <translation>订单 %1：%3 的佣金记录 %2 重复了第 %4 级。</translation>
    </message>
</context>
<context>
    <name>AuditFindingTableModel</name>
    <message>
        <location filename="../models/itemmodels/AuditFindingTableModel.cpp" line="+119"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking</source>
        <translation>佣金记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credited</source>
        <translation>实际受益人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due to</source>
        <translation>应得人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked</source>
        <translation>记账金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>应计金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking status</source>
        <translation>记账状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../ui/panes/referrals/AuditTab.cpp" line="+29"/>
        <source>No differences: every booking matches the referral rules.</source>
        <translation>没有差异：每笔佣金记录都符合分销规则。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search findings by order or member id…</source>
        <translation>按订单或会员 ID 搜索问题…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Run audit</source>
        <translation>开始核对</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit findings</source>
        <translation>核对结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings that differ from what the referral rules give</source>
        <translation>与分销规则计算结果不符的佣金记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check every booking against the referral rules again</source>
        <translation>重新按分销规则核对每笔佣金记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Checking every booking against the referral rules…</source>
        <translation>正在按分销规则核对每笔佣金记录…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The audit could not read the store: %1</source>
        <translation>核对时无法读取本地数据库：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The site booked every commission as the rules say.</source>
        <translation>站点记账的每笔佣金都符合规则。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n booking difference(s) with the referral rules (rates from the shop&apos;s rates_bp).</source>
        <translation>
            <numerusform>%n 处佣金记录与分销规则不符（比例取自店铺的 rates_bp）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <location filename="../models/outbox/BulkEdit.cpp" line="+15"/>
        <source>The stock cannot be below 0.</source>
        <translation>库存不能小于 0。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The price would fall below 0.</source>
        <translation>价格会低于 0。</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/BulkEditDialog.cpp" line="+19"/>
        <source>Edit %n product(s)</source>
        <translation>
            <numerusform>编辑 %n 个商品</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set price</source>
        <translation>设置价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change price by an amount</source>
        <translation>按金额调价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change price by a percent</source>
        <translation>按百分比调价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set stock</source>
        <translation>设置库存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>修改方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Price (¥)</source>
        <translation>价格（¥）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yuan to add (negative lowers)</source>
        <translation>增加的金额（元，负数为降价）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Percent (−10 lowers by 10 %)</source>
        <translation>百分比（−10 表示降低 10%）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter a valid number.</source>
        <translation>请输入有效的数字。</translation>
    </message>
</context>
<context>
    <name>BulkShipDialog</name>
    <message>
        <location filename="../ui/dialogs/BulkShipDialog.cpp" line="+16"/>
        <source>Ship orders from a list</source>
        <translation>按清单批量发货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One order per line: order number, carrier, tracking number
YT20261124-0042,SF,SF1234567890</source>
        <translation>每行一个订单：订单号,快递公司,运单号
YT20261124-0042,SF,SF1234567890</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import shipments</source>
        <translation>导入发货信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n order(s) to ship.</source>
        <translation>
            <numerusform>%n 个订单待发货。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
</context>
<context>
    <name>BulkShipList</name>
    <message>
        <location filename="../models/outbox/BulkShipList.cpp" line="+40"/>
        <source>line %1: needs order number, carrier and tracking number</source>
        <translation>第 %1 行：需要订单号、快递公司和运单号</translation>
    </message>
</context>
<context>
    <name>ChannelDailyChart</name>
    <message>
        <location filename="../ui/panes/traffic/ChannelDailyChart.cpp" line="+33"/>
        <source>Sessions per channel per day</source>
        <translation>各渠道每日访问数</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sessions per channel per day — %1</source>
        <translation>各渠道每日访问数 — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>No sessions in these %n day(s).</source>
        <translation>
            <numerusform>这 %n 天没有访问。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s); the most sessions, %1, on %2; the largest channel: %3 with %4 sessions.</source>
        <translation>
            <numerusform>共 %n 天；访问最多的一天是 %2，共 %1 次；最大的渠道：%3，共 %4 次访问。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelShareChart</name>
    <message>
        <location filename="../ui/panes/traffic/ChannelShareChart.cpp" line="+32"/>
        <source>Share of sessions</source>
        <translation>访问占比</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of revenue</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to share out in this date range.</source>
        <translation>此日期范围内没有可分配的数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>ClassifierRulesDialog</name>
    <message>
        <location filename="../ui/panes/traffic/ClassifierRulesDialog.cpp" line="+39"/>
        <source>Referrer host is</source>
        <translation>来源域名为</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrer host ends with</source>
        <translation>来源域名结尾为</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>utm_source is</source>
        <translation>utm_source 为</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landing URL has parameter</source>
        <translation>着陆页网址含参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User agent contains</source>
        <translation>User Agent 包含</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Traffic source rules</source>
        <translation>流量来源规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pattern</source>
        <translation>匹配内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your rules are checked first, top to bottom; the first that matches decides. An empty source means the referrer host, utm_source or parameter value. Saving reclassifies every visit already synced.</source>
        <translation>先按从上到下的顺序检查你的规则，第一条匹配的规则生效。来源留空表示使用来源域名、utm_source 或参数值。保存后会重新归类所有已同步的访问。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The rules could not be saved in the store.</source>
        <translation>无法把规则保存到数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reclassifying visits…</source>
        <translation>正在重新归类访问…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reclassification failed: %1</source>
        <translation>重新归类失败：%1</translation>
    </message>
</context>
<context>
    <name>CohortMatrixModel</name>
    <message>
        <location filename="../models/itemmodels/CohortMatrixModel.cpp" line="+181"/>
        <source>Week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This period has not begun yet.</source>
        <translation>这一期还没开始。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3 customers bought again in %4</source>
        <translation>%1：%3 位客户中有 %2 位在 %4 再次购买</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 per customer from the first order through period %3</source>
        <translation>%1：从首单到第 %3 期，人均 %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Share of the cohort who bought again in this period; in the first period, a second paid order</source>
        <translation>本期再次购买的客户占同期群的比例；第一期指第二笔已付款订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid revenue per cohort customer from the first order through this period</source>
        <translation>从首单到本期，同期群人均已付款收入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First paid month</source>
        <translation>首单月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First paid week (Monday)</source>
        <translation>首单周（周一起）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month %1</source>
        <translation>第 %1 月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week %1</source>
        <translation>第 %1 周</translation>
    </message>
</context>
<context>
    <name>CohortsTab</name>
    <message>
        <location filename="../ui/panes/customers/CohortsTab.cpp" line="+24"/>
        <source>Cohort heat map</source>
        <translation>同期群热力图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared cohort heat map</source>
        <translation>对比的同期群热力图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cohorts by</source>
        <translation>同期群划分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought again</source>
        <translation>再次购买</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per customer, cumulative</source>
        <translation>人均收入（累计）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many cohorts</source>
        <translation>同期群数量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last </source>
        <translation>最近 </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Acquisition channel</source>
        <translation>获客渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comparison</source>
        <translation>不对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>beside</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rows: cohorts by first paid order; columns: periods after it</source>
        <translation>行：按首单划分的同期群；列：之后的各期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First visit not on record</source>
        <translation>首次访问无记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Each row is the customers whose first paid order fell in that period (shop time). A cell is the share of them who bought again in the period after it: in the first period, a second paid order; later, any paid order. Empty cells have not begun yet.</source>
        <translation>每一行是首笔已付款订单落在该期（店铺时间）的客户。格子里是他们在之后各期再次购买的比例：第一期指第二笔已付款订单，之后指任何已付款订单。空格表示这一期还没开始。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each row is the customers whose first paid order fell in that period (shop time). A cell is their paid revenue from the first order through that period, per customer of the cohort. Empty cells have not begun yet.</source>
        <translation>每一行是首笔已付款订单落在该期（店铺时间）的客户。格子里是从首单到该期的已付款收入，按同期群人数平均。空格表示这一期还没开始。</translation>
    </message>
</context>
<context>
    <name>CollectionSync</name>
    <message>
        <location filename="../models/sync/CollectionSync.cpp" line="+183"/>
        <source>Could not store %1: %2</source>
        <translation>无法保存%1：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The site could not be reached while listing %1: %2</source>
        <translation>拉取%1时无法连接站点：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: sync token expired, listing everything again</source>
        <translation>%1：同步令牌已过期，重新全量拉取</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the site no longer accepts the saved cursor, listing again</source>
        <translation>%1：站点不再接受保存的游标，重新拉取</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site rejected the request for %1: %2</source>
        <translation>站点拒绝了%1的请求：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site did not accept the access token (401). Check the token in the site&apos;s admin.</source>
        <translation>站点不接受该访问令牌（401）。请在站点后台检查令牌。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token may not read %1 (403).</source>
        <translation>该令牌无权读取%1（403）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site has no Yutang API at %1 (404).</source>
        <translation>站点在 %1 没有鱼塘接口（404）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site answered %1 while listing %2: %3</source>
        <translation>拉取%2时站点返回 %1：%3</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/cli/commands/Command.cpp" line="+11"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try: yutang-cli %1 --help</source>
        <translation>试试：yutang-cli %1 --help</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <location filename="../app/cli/commands/CommandRegistry.cpp" line="+50"/>
        <source>Usage: yutang-cli &lt;command&gt; [options]</source>
        <translation>用法：yutang-cli &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run yutang-cli &lt;command&gt; --help for its options.</source>
        <translation>运行 yutang-cli &lt;命令&gt; --help 查看其选项。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
</context>
<context>
    <name>CommissionLedgerTab</name>
    <message>
        <location filename="../ui/panes/referrals/CommissionLedgerTab.cpp" line="+32"/>
        <source>Commission status</source>
        <translation>佣金状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the bookings of one status only</source>
        <translation>只显示某一状态的佣金记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the bookings of one referral level only</source>
        <translation>只显示某一分销级别的佣金记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any level</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beneficiary id (statement)</source>
        <translation>受益人 ID（对账单）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beneficiary id</source>
        <translation>受益人 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One member&apos;s commissions: their statement; Enter applies</source>
        <translation>某位会员的佣金，即其对账单；按回车键应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No commissions match.</source>
        <translation>没有符合条件的佣金。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by beneficiary or order…</source>
        <translation>按受益人或订单搜索…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission bookings</source>
        <translation>佣金记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One row per commission booked</source>
        <translation>每条佣金记录一行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission totals</source>
        <translation>佣金合计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The bookings added up per status</source>
        <translation>按状态合计的佣金</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Commission by status</source>
        <translation>各状态佣金</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No commission in this date range.</source>
        <translation>此日期范围内没有佣金。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>CommissionTableModel</name>
    <message>
        <location filename="../models/itemmodels/CommissionTableModel.cpp" line="+38"/>
        <source>Booked</source>
        <translation>记账时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beneficiary</source>
        <translation>受益人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beneficiary id</source>
        <translation>受益人 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order id</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission id</source>
        <translation>佣金 ID</translation>
    </message>
</context>
<context>
    <name>CommissionTotalsModel</name>
    <message>
        <location filename="../models/itemmodels/CommissionTotalsModel.cpp" line="+84"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bookings</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>CommissionsExportSubject</name>
    <message>
        <location filename="../app/cli/commands/CommissionsExportSubject.cpp" line="+9"/>
        <source>the commission ledger the site booked</source>
        <translation>站点记账的佣金明细</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="+31"/>
        <source>Changed on the site meanwhile</source>
        <translation>站点上已被他人修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the site</source>
        <translation>站点上的</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Someone changed this record on the site after your edit. Tick the fields to keep yours, then choose.</source>
        <translation>你修改之后，有人在站点上改动了这条记录。勾选要保留你的修改的字段，然后选择处理方式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>采用站点的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge ticked fields</source>
        <translation>合并勾选的字段</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../models/outbox/ConflictResolver.cpp" line="+14"/>
        <source>This edit is not in conflict.</source>
        <translation>此修改没有冲突。</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <location filename="../app/cli/commands/ConnectCommand.cpp" line="+45"/>
        <source>Test a shop&apos;s address and secret, then save them as a profile (secret in the system keychain).</source>
        <translation>测试店铺的地址和密钥，然后保存为配置（密钥存入系统钥匙串）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown kind of site &quot;%1&quot;.</source>
        <translation>未知的站点类型“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give %1 on standard input, one per line (missing: %2).</source>
        <translation>请在标准输入中逐行提供 %1（缺少：%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token on standard input.</source>
        <translation>标准输入中没有令牌。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: yutang-cli connect --profile NAME --kind woocommerce|yutang --site URL (the secret on standard input)</source>
        <translation>用法：yutang-cli connect --profile 名称 --kind woocommerce|yutang --site 网址（密钥从标准输入读取）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown kind of site &quot;%1&quot; (known: %2).</source>
        <translation>未知的站点类型“%1”（已知：%2）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yutang cannot test a site of kind %1.</source>
        <translation>鱼塘无法测试类型为 %1 的站点。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 未在规定时间内响应。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shop: %1</source>
        <translation>店铺：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency: %1</source>
        <translation>货币：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone: %1</source>
        <translation>时区：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform version: %1</source>
        <translation>平台版本：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access: write access shows on the first push</source>
        <translation>权限：能否写入将在首次推送时得知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access: read/write</source>
        <translation>权限：读写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access: read only (edits stay queued until a key that may write is given)</source>
        <translation>权限：只读（修改会留在待发送队列中，直到提供可写的密钥）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profile &quot;%1&quot; saved; its secret is in the system keychain.</source>
        <translation>配置“%1”已保存；其密钥存放在系统钥匙串中。</translation>
    </message>
</context>
<context>
    <name>ConnectShopForm</name>
    <message>
        <location filename="../ui/dialogs/ConnectShopForm.cpp" line="+25"/>
        <source>Test c&amp;onnection</source>
        <translation>测试连接(&amp;O)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>e.g. 山野茶舍</source>
        <translation>例如：山野茶舍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of s&amp;ite:</source>
        <translation>网站类型(&amp;I)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop &amp;name:</source>
        <translation>店铺名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site &amp;address:</source>
        <translation>网站地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Check the address and the key with the site, without saving anything</source>
        <translation>向网站核对地址和密钥，不保存任何内容</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On this computer (default), or postgresql://user@host:5432/shop</source>
        <translation>本机（默认），或 postgresql://user@host:5432/shop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team database (PostgreSQL) lets several desktops share one copy of the shop&apos;s data. TLS options go in the URL, e.g. ?sslmode=verify-full.</source>
        <translation>团队数据库（PostgreSQL）可让多台电脑共用同一份店铺数据。TLS 选项写在网址中，如 ?sslmode=verify-full。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password of the team database user</source>
        <translation>团队数据库用户的密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sto&amp;re:</source>
        <translation>数据库(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database &amp;password:</source>
        <translation>数据库密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The access token or key and the database password are kept in the system keychain only.</source>
        <translation>访问令牌或密钥、数据库密码都只保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Access &amp;token:</source>
        <translation>访问令牌(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumer &amp;key:</source>
        <translation>使用者密钥(&amp;K)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumer &amp;secret:</source>
        <translation>使用者密码(&amp;S)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>consumer key</source>
        <translation>使用者密钥（Consumer key）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>consumer secret</source>
        <translation>使用者密码（Consumer secret）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made in your site&apos;s admin under Yutang API</source>
        <translation>在站点后台“鱼塘接口”中生成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ck_…</source>
        <translation>ck_…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cs_…</source>
        <translation>cs_…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make an access token in your site&apos;s admin under Yutang API and paste it here.</source>
        <translation>请在站点后台的“鱼塘接口”中生成访问令牌，并粘贴到这里。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In WordPress, open &lt;b&gt;WooCommerce → Settings → Advanced → REST API&lt;/b&gt; and add a key for Yutang. Choose &lt;i&gt;Read&lt;/i&gt; to look only, or &lt;i&gt;Read/Write&lt;/i&gt; so that edits made in Yutang (stock, prices, shipping) reach the shop.</source>
        <translation>在 WordPress 后台打开 &lt;b&gt;WooCommerce → 设置 → 高级 → REST API&lt;/b&gt;，为鱼塘添加一个密钥。只查看数据选&lt;i&gt;读取&lt;/i&gt;；若要把在鱼塘里做的修改（库存、价格、发货）同步到店铺，请选&lt;i&gt;读/写&lt;/i&gt;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must start with https:// — plain http:// only works for a shop on this computer.</source>
        <translation>地址必须以 https:// 开头；http:// 只能用于本机上的店铺。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 records where each order came from, not every visit: Yutang shows orders and revenue by source, without visit counts or conversion rates.</source>
        <translation>%1 只记录每笔订单的来源，不记录每次访问：鱼塘按来源显示订单和销售额，但没有访问数和转化率。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no referral tree or commissions for this kind of site.</source>
        <translation>这类网站没有分销树和佣金。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>https://shop.example.com (the WordPress site)</source>
        <translation>https://shop.example.com（WordPress 网站的地址）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://shop.example.cn</source>
        <translation>https://shop.example.cn</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the kind of site.</source>
        <translation>请选择网站类型。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paste the access token from your site&apos;s admin.</source>
        <translation>请粘贴站点后台生成的访问令牌。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Yutang cannot test a %1 connection here yet: the address and the key are checked on the first sync.</source>
        <translation>鱼塘暂时还不能在这里测试 %1 连接：地址和密钥会在首次同步时检查。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;The connection failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;连接失败。&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Connected to %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;已连接到“%1”。&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency: %1</source>
        <translation>币种：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone: %1</source>
        <translation>时区：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Platform: %1</source>
        <translation>平台：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access: write access shows on the first push</source>
        <translation>权限：能否写入将在首次推送时得知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access: read and write</source>
        <translation>权限：读写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access: read only — edits made in Yutang cannot be sent to the shop</source>
        <translation>权限：只读 — 在鱼塘里做的修改无法发送到店铺</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../models/export/CsvWriter.cpp" line="+107"/>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>CustomerListTab</name>
    <message>
        <location filename="../ui/panes/customers/CustomerListTab.cpp" line="+35"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a customer to see their orders and visits</source>
        <translation>选择一位客户，查看其订单和访问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customers by name, id or inviter…</source>
        <translation>按昵称、编号或邀请人搜索客户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customers match — sync your shop, or clear the filters.</source>
        <translation>没有符合条件的客户 — 请同步店铺，或清除筛选。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders of the customer</source>
        <translation>客户的订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a customer to see their orders.</source>
        <translation>选择一位客户，查看其订单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits of the customer</source>
        <translation>客户的访问</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a customer to see their visits.</source>
        <translation>选择一位客户，查看其访问。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer details</source>
        <translation>客户详情</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>访问</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Acquisition channel</source>
        <translation>获客渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the customers whose first visit came from one channel only</source>
        <translation>只显示首次访问来自某一渠道的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First visit not on record</source>
        <translation>首次访问无记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchases</source>
        <translation>购买</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has bought</source>
        <translation>已购买</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has not bought yet</source>
        <translation>尚未购买</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat buyers</source>
        <translation>复购客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show everyone</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their invitees</source>
        <translation>其邀请的客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the customers the selected customer invited</source>
        <translation>列出所选客户邀请的客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segments…</source>
        <translation>客户分层…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the RFM segments draw their lines</source>
        <translation>RFM 分层的划分标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+37"/>
        <source>Invited by %1</source>
        <translation>邀请人：%1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Registered %1</source>
        <translation>注册于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Came through: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid orders: %1 · spent %2 · refunded %3</source>
        <translation>已付款订单：%1 · 消费 %2 · 退款 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invited %1 · level 2: %2 · level 3: %3</source>
        <translation>直接邀请 %1 · 二级：%2 · 三级：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission earned %1; commission on their orders %2</source>
        <translation>获得佣金 %1；其订单产生的佣金 %2</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../models/itemmodels/CustomerTableModel.cpp" line="+19"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation>注册时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the customer registered, shop time</source>
        <translation>客户注册的时间（店铺时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First paid order</source>
        <translation>首单时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their first order that was paid (paid, shipped or completed), shop time</source>
        <translation>第一笔已付款（已付款、已发货或已完成）订单的时间（店铺时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last paid order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their latest paid order: how recently they bought</source>
        <translation>最近一笔已付款订单：最近一次购买是什么时候</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid orders</source>
        <translation>已付款订单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders paid, shipped or completed; refunded and cancelled ones do not count</source>
        <translation>已付款、已发货或已完成的订单；退款和取消的不算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The totals of their paid orders</source>
        <translation>已付款订单的金额合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spent divided by paid orders</source>
        <translation>消费金额除以已付款订单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The totals of their refunded orders (not counted as spent)</source>
        <translation>已退款订单的金额合计（不计入消费）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The channel of their first visit on record, classified as in Traffic</source>
        <translation>有记录的首次访问的渠道，分类同流量页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inviter</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitees</source>
        <translation>直接邀请</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers they invited directly</source>
        <translation>他们直接邀请的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level 2 invitees</source>
        <translation>二级邀请</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers invited by their invitees</source>
        <translation>他们邀请的人再邀请的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level 3 invitees</source>
        <translation>三级邀请</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers three levels below them</source>
        <translation>他们的三级下线客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission earned</source>
        <translation>获得佣金</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commissions booked for them as inviter, not reversed</source>
        <translation>作为邀请人获得且未冲回的佣金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission on their orders</source>
        <translation>其订单佣金</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commissions their own orders cost, paid to their inviters, not reversed</source>
        <translation>他们自己的订单产生、付给其邀请人且未冲回的佣金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>分层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFM segment: from how recently, how often and how much they bought (Segments… shows the lines)</source>
        <translation>RFM 分层：按最近购买时间、购买频次和消费金额划分（“客户分层…”查看划分标准）</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>First visit not on record</source>
        <translation>首次访问无记录</translation>
    </message>
</context>
<context>
    <name>CustomersExportSubject</name>
    <message>
        <location filename="../app/cli/commands/CustomersExportSubject.cpp" line="+24"/>
        <source>Only customers acquired through this channel (&quot;-&quot;: first visit not on record).</source>
        <translation>只导出通过该渠道获得的客户（&quot;-&quot;：首次访问无记录）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this RFM segment (champions, loyal, new, needs_attention, at_risk, lost, no_purchase).</source>
        <translation>只导出该 RFM 分层（champions、loyal、new、needs_attention、at_risk、lost、no_purchase）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>segment</source>
        <translation>分层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only customers who bought (&quot;bought&quot;), did not (&quot;none&quot;) or bought again (&quot;repeat&quot;).</source>
        <translation>只导出已购买（&quot;bought&quot;）、未购买（&quot;none&quot;）或复购（&quot;repeat&quot;）的客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>which</source>
        <translation>哪些</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers this customer invited (id).</source>
        <translation>只导出该客户（编号）邀请的客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers whose name or id contains this.</source>
        <translation>只导出昵称或编号包含该文字的客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts by &quot;month&quot; (default) or &quot;week&quot;.</source>
        <translation>按 &quot;month&quot;（月，默认）或 &quot;week&quot;（周）划分同期群。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many cohorts, counting back from this one (default 12).</source>
        <translation>同期群数量，从当前这一期往前数（默认 12）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;repeat&quot; (default): share who bought again per period; &quot;revenue&quot;: revenue per customer, cumulative.</source>
        <translation>&quot;repeat&quot;（默认）：各期再次购买的比例；&quot;revenue&quot;：人均收入（累计）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First registration day (yyyy-MM-dd, shop time).</source>
        <translation>注册日期起（yyyy-MM-dd，店铺时间）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last registration day (yyyy-MM-dd, shop time).</source>
        <translation>注册日期止（yyyy-MM-dd，店铺时间）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>customers with orders, spending, acquisition, invitees, commissions and RFM segment</source>
        <translation>客户及其订单、消费、获客来源、邀请、佣金和 RFM 分层</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the cohort matrix by first paid month or week (--unit, --measure)</source>
        <translation>按首单月份或周划分的同期群矩阵（--unit、--measure）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the referral economy per acquisition channel and source (--from, --to)</source>
        <translation>按获客渠道和来源的分销经济（--from、--to）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown channel %1; one of: %2, or &quot;-&quot;.</source>
        <translation>未知渠道 %1；可选：%2，或 &quot;-&quot;。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customers&apos; figures could not be brought up to date: %1</source>
        <translation>客户数据未能更新：%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Unknown segment %1.</source>
        <translation>未知分层 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--purchases takes &quot;bought&quot;, &quot;none&quot; or &quot;repeat&quot;.</source>
        <translation>--purchases 只接受 &quot;bought&quot;、&quot;none&quot; 或 &quot;repeat&quot;。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--unit takes &quot;month&quot; or &quot;week&quot;.</source>
        <translation>--unit 只接受 &quot;month&quot; 或 &quot;week&quot;。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--measure takes &quot;repeat&quot; or &quot;revenue&quot;.</source>
        <translation>--measure 只接受 &quot;repeat&quot; 或 &quot;revenue&quot;。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--cohorts takes a number from 1 to 120.</source>
        <translation>--cohorts 只接受 1 到 120 的数字。</translation>
    </message>
</context>
<context>
    <name>CustomersPane</name>
    <message>
        <location filename="../ui/panes/customers/CustomersPane.cpp" line="+16"/>
        <source>Who your customers are, who comes back to buy again, and what each channel&apos;s customers and their invitees are worth</source>
        <translation>你的客户是谁、谁会回来复购，以及每个渠道的客户和他们邀请的人带来多少价值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer views</source>
        <translation>客户视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/panes/customers/CustomersPane.h" line="+20"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral economy</source>
        <translation>分销经济</translation>
    </message>
</context>
<context>
    <name>DailyConversionChart</name>
    <message>
        <location filename="../ui/panes/funnels/DailyConversionChart.cpp" line="+39"/>
        <source>Conversion per day (purchased ÷ sessions)</source>
        <translation>每日转化率（完成购买 ÷ 访问数）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: no sessions yet</source>
        <translation>%1：还没有访问</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>No whole day with sessions in these %n day(s).</source>
        <translation>
            <numerusform>这 %n 天中没有一个有访问的完整日。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Conversion per day over %n day(s): highest %1 on %2.</source>
        <translation>
            <numerusform>%n 天的每日转化率：最高 %1，在 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/store/Database.cpp" line="+92"/>
        <source>the file or its folder cannot be written</source>
        <translation>文件或其所在文件夹不可写</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No password from the keychain (%1): %2. Store it with &quot;yutang-cli store-password set --db %3&quot;.</source>
        <translation>未能从钥匙串获取密码（%1）：%2。请用“yutang-cli store-password set --db %3”保存。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file cannot be written</source>
        <translation>文件不可写</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store file %1 was written by an older Yutang and needs bringing up to date, but it is read-only. Make the file and its folder writable, or open another store.</source>
        <translation>数据库文件 %1 由旧版鱼塘写入，需要升级，但它是只读的。请让该文件及其所在文件夹可写，或打开另一个数据库。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The Qt Sql driver %1 is not installed.</source>
        <translation>未安装 Qt Sql 驱动 %1。</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+32"/>
        <source>Cannot open the store %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cannot set up the store: %1</source>
        <translation>无法初始化数据库：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This SQLite (%1) is too old for Yutang: it needs 3.35 or newer, with JSON.</source>
        <translation>此 SQLite（%1）版本过旧：鱼塘需要 3.35 或更新、带 JSON 支持的版本。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot check the store %1: %2</source>
        <translation>无法检查数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../models/itemmodels/DateRange.cpp" line="+54"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom range</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>DateRangeSelector</name>
    <message>
        <location filename="../ui/widgets/DateRangeSelector.cpp" line="+22"/>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The days every pane shows, counted in the shop&apos;s time zone</source>
        <translation>所有面板显示的日期，按店铺时区计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>结束日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Custom in the date range to edit</source>
        <translation>在日期范围中选择“自定义”后可编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date range:</source>
        <translation>日期范围(&amp;D)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>DayComparisonPanel</name>
    <message>
        <location filename="../ui/panes/overview/DayComparisonPanel.cpp" line="+29"/>
        <source>Today and yesterday</source>
        <translation>今天和昨天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each figure with its change against the same weekday a week earlier</source>
        <translation>各项数据及其与上周同一天相比的变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>访问数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid orders</source>
        <translation>已付款订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change is against the same weekday a week earlier</source>
        <translation>变化与一周前的同一天（同为星期几）相比</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same weekday a week earlier, until %1: %2</source>
        <translation>一周前同一天，截至 %1：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 records the visit behind each order, not every visit: visits and conversion rates are not available for this shop.</source>
        <translation>%1 只记录带来订单的那次访问，不记录每次访问：此店铺没有访问数和转化率。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Same weekday a week earlier: %1</source>
        <translation>一周前同一天：%1</translation>
    </message>
</context>
<context>
    <name>DemoSiteLauncher</name>
    <message>
        <location filename="../models/demo/DemoSiteLauncher.cpp" line="+21"/>
        <source>Cannot start the demo site %1: %2</source>
        <translation>无法启动演示站点 %1：%2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The demo site %1 is missing. Build the yutang-site target.</source>
        <translation>找不到演示站点 %1。请构建 yutang-site 目标。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo site stopped: %1</source>
        <translation>演示站点已停止：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The demo site did not start within %1 s.</source>
        <translation>演示站点未能在 %1 秒内启动。</translation>
    </message>
</context>
<context>
    <name>EditActionBar</name>
    <message>
        <location filename="../ui/dialogs/EditActionBar.cpp" line="+23"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outbox…</source>
        <translation>待推送…</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <location filename="../app/cli/commands/EditCommand.cpp" line="+20"/>
        <source>Change a product (title, price in yuan, stock, status, category) and push it.</source>
        <translation>修改商品（标题、价格（元）、库存、状态、分类）并推送。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New title.</source>
        <translation>新标题。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New price in yuan, such as 199.00.</source>
        <translation>新价格（元），如 199.00。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New stock (a whole number).</source>
        <translation>新库存（整数）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active, draft or archived.</source>
        <translation>active、draft 或 archived。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New category.</source>
        <translation>新分类。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to edit: product.</source>
        <translation>要修改的对象：product。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product&apos;s id.</source>
        <translation>商品 ID。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: yutang-cli edit product ID [--title T] [--price 199.00] [--stock N] [--status S]</source>
        <translation>用法：yutang-cli edit product ID [--title T] [--price 199.00] [--stock N] [--status S]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--price takes yuan, such as 199.00 (at least 0).</source>
        <translation>--price 须为金额（元），如 199.00（不小于 0）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--stock takes a whole number of at least 0.</source>
        <translation>--stock 须为不小于 0 的整数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to change: pass at least one of --title, --price, --stock, --status, --category.</source>
        <translation>没有要修改的内容：请至少传入 --title、--price、--stock、--status、--category 之一。</translation>
    </message>
</context>
<context>
    <name>EditRules</name>
    <message>
        <location filename="../models/outbox/EditRules.cpp" line="+31"/>
        <source>Nothing to change.</source>
        <translation>没有要修改的内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A product has no editable field &quot;%1&quot;.</source>
        <translation>商品没有可编辑的字段“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The price must be a number of at least 0.</source>
        <translation>价格必须是不小于 0 的数字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stock must be a whole number of at least 0.</source>
        <translation>库存必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be text.</source>
        <translation>“%1”必须是文本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title cannot be empty.</source>
        <translation>标题不能为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown product status &quot;%1&quot; (active, draft or archived).</source>
        <translation>未知的商品状态“%1”（应为 active、draft 或 archived）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>An order edit must set a status.</source>
        <translation>修改订单必须设置状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order that is %1 cannot become %2.</source>
        <translation>订单当前为 %1，不能改为 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An order has no editable field &quot;%1&quot;.</source>
        <translation>订单没有可编辑的字段“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shipping needs a carrier and a tracking number.</source>
        <translation>发货需要快递公司和运单号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping details go only with the status &quot;shipped&quot;.</source>
        <translation>只有状态为“shipped”时才能填写发货信息。</translation>
    </message>
</context>
<context>
    <name>EditStateColumn</name>
    <message>
        <location filename="../models/itemmodels/EditStateColumn.cpp" line="+12"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/commands/ExportCommand.cpp" line="+30"/>
        <source>Write a table as CSV or JSON: %1.</source>
        <translation>把表格导出为 CSV 或 JSON：%1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>csv (default) or json.</source>
        <translation>csv（默认）或 json。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utf8-bom (default, for Excel), utf8 or gb18030.</source>
        <translation>utf8-bom（默认，适用于 Excel）、utf8 或 gb18030。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to FILE (default: standard output, also with -).</source>
        <translation>写入文件 FILE（默认：标准输出，也可用 -）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say what to export: %1</source>
        <translation>请指定要导出的内容：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <location filename="../models/export/ExportOptions.cpp" line="+17"/>
        <source>Unknown encoding &quot;%1&quot; (use utf8-bom, utf8 or gb18030).</source>
        <translation>未知编码“%1”（请用 utf8-bom、utf8 或 gb18030）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown format &quot;%1&quot; (use csv or json).</source>
        <translation>未知格式“%1”（请用 csv 或 json）。</translation>
    </message>
</context>
<context>
    <name>FieldReader</name>
    <message>
        <location filename="../models/sync/RecordParser.cpp" line="+46"/>
        <location line="+17"/>
        <location line="+24"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+47"/>
        <source>not a string</source>
        <translation>不是字符串</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>out of range (%1)</source>
        <translation>超出范围（%1）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not an RFC 3339 timestamp with offset: %1</source>
        <translation>不是带时区偏移的 RFC 3339 时间戳：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown value &quot;%1&quot;</source>
        <translation>未知取值“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not true/false</source>
        <translation>不是 true/false</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <location filename="../ui/widgets/FigureCard.cpp" line="+50"/>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/dialogs/FirstRunDialog.cpp" line="+29"/>
        <source>Welcome to Yutang</source>
        <translation>欢迎使用鱼塘</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The database password could not be saved in the system keychain: %1</source>
        <translation>无法把数据库密码保存到系统钥匙串：%1</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Yutang shows your web shop&apos;s traffic, orders and referrals. Where shall we start?</source>
        <translation>鱼塘为你展示网店的流量、订单和分销。从哪里开始？</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Open the &amp;demo shop (a tea shop with generated data)</source>
        <translation>打开演示店铺（一家数据为生成的茶叶店）(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect my shop&apos;s site</source>
        <translation>连接我的店铺网站(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a shop connected &amp;before</source>
        <translation>打开之前连接过的店铺(&amp;B)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give the shop a name.</source>
        <translation>请填写店铺名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“demo” is reserved for the demo shop; choose another name.</source>
        <translation>“demo”保留给演示店铺，请换一个名称。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saving the key in the system keychain…</source>
        <translation>正在把密钥保存到系统钥匙串…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token or key could not be saved in the system keychain: %1
Yutang keeps them nowhere else; start your keychain (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>无法把令牌或密钥保存到系统钥匙串：%1
鱼塘不会把它们保存在其他地方；请启动钥匙串（如 GNOME Keyring 或 KWallet）后重试。</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../ui/panes/funnels/FunnelChart.cpp" line="+43"/>
        <source>Nothing reached the first step on the chosen days.</source>
        <translation>所选日期内没有到达第一步的记录。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 chart</source>
        <translation>%1图表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at each step; above a bar, its share of the previous step</source>
        <translation>各步骤%1；柱上数字为占上一步的比例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chosen days</source>
        <translation>所选日期</translation>
    </message>
    <message>
        <location line="+124"/>
        <location line="+26"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Of the first step: %1</source>
        <translation>占第一步：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the previous step: %1</source>
        <translation>占上一步：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (%3 of the previous step)</source>
        <translation>%1 %2（占上一步 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; </source>
        <comment>between steps</comment>
        <translation>；</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; %2: %3</source>
        <translation>%1；%2：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <comment>between counts</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>.</source>
        <comment>end of a sentence</comment>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>FunnelModel</name>
    <message>
        <location filename="../models/itemmodels/FunnelModel.cpp" line="+32"/>
        <location filename="../models/itemmodels/FunnelModel.h" line="+24"/>
        <source>Sessions</source>
        <translation>访问数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewed a product</source>
        <translation>浏览商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to cart</source>
        <translation>加入购物车</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Began checkout</source>
        <translation>开始结算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchased</source>
        <translation>完成购买</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Visits that started on the chosen days (in the shop&apos;s time zone)</source>
        <translation>在所选日期开始的访问（按店铺时区）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits with a “%1” event after every earlier step&apos;s event, in order, in the same visit</source>
        <translation>在同一次访问中、依次完成之前每一步之后又有“%1”事件的访问</translation>
    </message>
</context>
<context>
    <name>FunnelsPane</name>
    <message>
        <location filename="../ui/panes/funnels/FunnelsPane.h" line="+30"/>
        <source>Funnels</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location filename="../ui/panes/funnels/FunnelsPane.cpp" line="+63"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop funnel table…</source>
        <translation>店铺漏斗表格…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifecycle funnel table…</source>
        <translation>生命周期漏斗表格…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop funnel chart as PNG…</source>
        <translation>店铺漏斗图表（PNG）…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifecycle funnel chart as PNG…</source>
        <translation>生命周期漏斗图表（PNG）…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversion chart as PNG…</source>
        <translation>转化率图表（PNG）…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shop funnel table</source>
        <translation>店铺漏斗表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step of the shop funnel: sessions, share of the first and the previous step, drop-off, and the compared period&apos;s figures when one is chosen.</source>
        <translation>每行是店铺漏斗的一个步骤：访问数、占第一步和上一步的比例、流失数；选择对比时还有对比期的数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifecycle funnel table</source>
        <translation>生命周期漏斗表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step of the lifecycle funnel: visitors, share of the first and the previous step, drop-off, and the compared period&apos;s figures when one is chosen.</source>
        <translation>每行是生命周期漏斗的一个步骤：访客数、占第一步和上一步的比例、流失数；选择对比时还有对比期的数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per visit that started on the chosen days. A visit counts at a step when it has that step&apos;s event &lt;i&gt;and every earlier step&apos;s, in that order&lt;/i&gt;, in the same visit. Hover a step for its definition.</source>
        <translation>按所选日期开始的每次访问统计。一次访问在同一访问中有该步骤的事件，&lt;i&gt;且依次有之前每一步的事件&lt;/i&gt;，才计入该步骤。鼠标悬停在步骤上可查看其定义。</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+84"/>
        <source>Shop funnel</source>
        <translation>店铺漏斗</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+84"/>
        <source>Lifecycle funnel</source>
        <translation>生命周期漏斗</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Per visitor &lt;b&gt;acquired&lt;/b&gt; on the chosen days (their first visit ever; its channel is theirs). Each step counts the visitors who reached it and every earlier one. Hover a step for its definition.</source>
        <translation>按所选日期&lt;b&gt;新获取&lt;/b&gt;的每位访客统计（以其首次访问为准，渠道取该次访问的渠道）。每一步统计到达该步及之前所有步骤的访客。鼠标悬停在步骤上可查看其定义。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shop funnel figures</source>
        <translation>店铺漏斗数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle funnel figures</source>
        <translation>生命周期漏斗数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion per day</source>
        <translation>每日转化率</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No visit started on the chosen days: there is no funnel to draw.</source>
        <translation>所选日期内没有开始的访问，无法绘制漏斗。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visit from %1 started on the chosen days: there is no funnel to draw.</source>
        <translation>所选日期内没有来自%1的访问，无法绘制漏斗。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No visitor came for the first time on the chosen days: there is no funnel to draw.</source>
        <translation>所选日期内没有首次到访的访客，无法绘制漏斗。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No visitor came for the first time from %1 on the chosen days: there is no funnel to draw.</source>
        <translation>所选日期内没有来自%1的首次到访访客，无法绘制漏斗。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The chosen days end with today, which is not over (it is %1): the compared days are whole days, so the counts of the chosen days run short of theirs.</source>
        <translation>所选日期的最后一天是今天，今天还没有结束（现在是 %1）：对比的日期都是完整的一天，所以所选日期的计数会比对比日期少。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 records the source of each order, not every visit, so this shop has no funnels: a funnel needs the visits that did not buy as well. The Traffic pane shows orders and revenue by source; the Orders pane shows orders by status.</source>
        <translation>%1 只记录每笔订单的来源，不记录每次访问，所以此店铺没有漏斗：漏斗还需要那些没有下单的访问。“流量”页按来源显示订单和销售额；“订单”页按状态显示订单。</translation>
    </message>
</context>
<context>
    <name>JsonTableWriter</name>
    <message>
        <location filename="../models/export/JsonTableWriter.cpp" line="+28"/>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>LifecycleFunnelModel</name>
    <message>
        <location filename="../models/itemmodels/LifecycleFunnelModel.cpp" line="+22"/>
        <source>Acquired</source>
        <translation>新获取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Came back within 7 days</source>
        <translation>7 天内回访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followed the official account</source>
        <translation>关注公众号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First paid order</source>
        <translation>首笔付款订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred someone who registered</source>
        <translation>邀请的人完成注册</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second paid order</source>
        <translation>第二笔付款订单</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Visitors whose first visit ever was on the chosen days; the channel is that visit&apos;s</source>
        <translation>首次访问发生在所选日期的访客；渠道取该次访问的渠道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…who registered (a register event, or a visit while logged in)</source>
        <translation>…其中完成注册的（有注册事件，或在登录状态下访问）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…and visited again within 7 days after their first visit</source>
        <translation>…且在首次访问后 7 天内再次访问</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…and followed the official account</source>
        <translation>…且关注了公众号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…and placed a paid order (paid, shipped or completed)</source>
        <translation>…且下了付款订单（已付款、已发货或已完成）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…and invited someone who registered</source>
        <translation>…且邀请的人完成了注册</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…and placed a second paid order</source>
        <translation>…且下了第二笔付款订单</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/LifecycleFunnelModel.h" line="+19"/>
        <source>Visitors</source>
        <translation>访客数</translation>
    </message>
</context>
<context>
    <name>LocalRecords</name>
    <message>
        <location filename="../models/outbox/LocalRecords.cpp" line="+115"/>
        <source>The site answered a record that cannot be stored: %1</source>
        <translation>站点返回了一条无法保存的记录：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+47"/>
        <location line="+1"/>
        <source>Panes</source>
        <translation>面板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 to %2 switch panes</source>
        <translation>%1 到 %2 切换面板</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch what changed on the site (F5)</source>
        <translation>获取站点上的最新变化（F5）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Full resync</source>
        <translation>全量重新同步(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List every record on the site again</source>
        <translation>重新拉取站点上的全部记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel sync</source>
        <translation>取消同步(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Problems…</source>
        <translation>问题数据(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;witch shop…</source>
        <translation>切换店铺(&amp;W)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Shop</source>
        <translation>店铺(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New-order &amp;notices…</source>
        <translation>新订单提醒(&amp;N)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Yutang</source>
        <translation>关于鱼塘(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 — Yutang</source>
        <translation>%1 — 鱼塘</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yutang</source>
        <translation>鱼塘</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Offline: no site to sync from</source>
        <translation>离线：没有可同步的站点</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Make a new key under WooCommerce → Settings → Advanced → REST API, then use Switch shop to connect again.</source>
        <translation>请在 WooCommerce → 设置 → 高级 → REST API 中生成新密钥，然后通过“切换店铺”重新连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new token in your site&apos;s admin, then use Switch shop to connect again.</source>
        <translation>请在站点后台生成新令牌，然后通过“切换店铺”重新连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the address and your network; the data already synced is still shown.</source>
        <translation>请检查网址和网络；已同步的数据仍会显示。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
</context>
<context>
    <name>MemberCharts</name>
    <message>
        <location filename="../ui/panes/referrals/MemberCharts.cpp" line="+22"/>
        <source>The selected member</source>
        <translation>所选会员</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Downline revenue per level (yuan)</source>
        <translation>各级下级销售额（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission by status</source>
        <translation>各状态佣金</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a member to see their downline and commissions.</source>
        <translation>选择一位会员，查看其下级和佣金。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid out</source>
        <translation>已发放</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reversed</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No commission.</source>
        <translation>没有佣金。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <location filename="../app/cli/commands/MigrateCommand.cpp" line="+20"/>
        <source>Copy a local store into a team (PostgreSQL) database and verify the row counts.</source>
        <translation>把本地数据库复制到团队（PostgreSQL）数据库，并核对行数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The store to copy: sqlite:PATH (or a PATH).</source>
        <translation>要复制的数据库：sqlite:PATH（或直接写 PATH）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>store</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team database: postgresql://user@host:port/dbname[?sslmode=...]; its password comes from the keychain (yutang-cli store-password set).</source>
        <translation>团队数据库：postgresql://user@host:port/dbname[?sslmode=...]；其密码取自钥匙串（yutang-cli store-password set）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>网址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace what the team database already holds.</source>
        <translation>替换团队数据库中已有的数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows per transaction (default 5000).</source>
        <translation>每个事务的行数（默认 5000）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say what to copy where: yutang-cli migrate --from sqlite:PATH --to postgresql://...</source>
        <translation>请指定从哪里复制到哪里：yutang-cli migrate --from sqlite:PATH --to postgresql://...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--batch needs a positive number of rows.</source>
        <translation>--batch 需要一个正整数行数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no store at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--from and --to name the same store.</source>
        <translation>--from 和 --to 指向同一个数据库。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 rows</source>
        <translation>%1：%2 行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ok</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MISMATCH</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row counts differ between %1 and %2 (see MISMATCH above).</source>
        <translation>%1 与 %2 的行数不一致（见上方标为“不一致”的行）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied %1 rows in %2 tables to %3 in %4 s; every table&apos;s row count matches.</source>
        <translation>已将 %2 张表共 %1 行复制到 %3，用时 %4 秒；每张表的行数均一致。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/store/Migrations.cpp" line="+91"/>
        <source>schema %1; this build knows up to %2</source>
        <translation>结构版本 %1；本版本最高支持 %2</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Schema step %1 failed: %2 (%3)</source>
        <translation>数据库结构升级第 %1 步失败：%2（%3）</translation>
    </message>
</context>
<context>
    <name>NewOrderNotifier</name>
    <message>
        <location filename="../ui/mainwindow/NewOrderNotifier.cpp" line="+23"/>
        <source>Yutang</source>
        <translation>鱼塘</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n new paid order(s)</source>
        <translation>
            <numerusform>%n 个新的已付款订单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Together %1 — ready to ship.</source>
        <translation>合计 %1 — 可以发货了。</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/NotificationSettingsDialog.cpp" line="+14"/>
        <source>Tell me when a sync brings new paid orders</source>
        <translation>同步到新的已付款订单时提醒我</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New-order notices</source>
        <translation>新订单提醒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only orders from (¥)</source>
        <translation>仅限金额不低于（¥）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter an amount in yuan, such as 100.00.</source>
        <translation>请输入金额（元），如 100.00。</translation>
    </message>
</context>
<context>
    <name>OrderEditCommand</name>
    <message>
        <location filename="../app/cli/commands/OrderEditCommand.cpp" line="+25"/>
        <source>The order number.</source>
        <translation>订单号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: yutang-cli %1 ORDER_NUMBER</source>
        <translation>用法：yutang-cli %1 ORDER_NUMBER</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No order numbered %1 in the store (sync first?).</source>
        <translation>数据库中没有订单号为 %1 的订单（先同步一下？）。</translation>
    </message>
</context>
<context>
    <name>OrderItemsModel</name>
    <message>
        <location filename="../models/itemmodels/OrderItemsModel.cpp" line="+20"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>小计</translation>
    </message>
</context>
<context>
    <name>OrderStatusCommand</name>
    <message>
        <location filename="../app/cli/commands/OrderEditCommand.cpp" line="+15"/>
        <source>Cancel a pending or paid order and push it.</source>
        <translation>取消待付款或已付款的订单并推送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a shipped order completed and push it.</source>
        <translation>把已发货的订单标记为已完成并推送。</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../models/itemmodels/OrderTableModel.cpp" line="+16"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>物流</translation>
    </message>
</context>
<context>
    <name>OrdersExportSubject</name>
    <message>
        <location filename="../app/cli/commands/OrdersExportSubject.cpp" line="+18"/>
        <source>Only orders with this status.</source>
        <translation>只导出此状态的订单。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only orders whose visit came from this traffic channel.</source>
        <translation>只导出访问来自此流量渠道的订单。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this customer&apos;s orders (customer id).</source>
        <translation>只导出此客户的订单（客户 ID）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only orders whose number, customer or tracking number contains this.</source>
        <translation>只导出订单号、客户或运单号包含此内容的订单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day (yyyy-MM-dd, shop time).</source>
        <translation>起始日期（yyyy-MM-dd，店铺时间）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day (yyyy-MM-dd, shop time).</source>
        <translation>结束日期（yyyy-MM-dd，店铺时间）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>orders with customer, status, totals and shipping</source>
        <translation>订单及其客户、状态、金额和物流信息</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This store has no traffic channels yet (sync with a newer version first).</source>
        <translation>此数据库还没有流量渠道（请先用新版本同步）。</translation>
    </message>
</context>
<context>
    <name>OrdersPane</name>
    <message>
        <location filename="../ui/panes/orders/OrdersPane.cpp" line="+52"/>
        <source>The orders of the date range; shipping and status changes wait in the outbox until the next sync</source>
        <translation>此日期范围内的订单；发货和状态修改会在待推送中等到下次同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an order to see its items and details</source>
        <translation>选择一个订单以查看其商品和详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items of the order</source>
        <translation>订单商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search orders by number, customer or tracking number…</source>
        <translation>按订单号、客户或运单号搜索订单…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No orders in this date range — sync your shop or pick another range.</source>
        <translation>该日期范围内没有订单 — 请同步店铺或换个日期范围。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an order to see its items.</source>
        <translation>选择一个订单查看其商品明细。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order details</source>
        <translation>订单详情</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the orders of one status only</source>
        <translation>只显示某一状态的订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the orders from one channel only</source>
        <translation>只显示来自某一渠道的订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Customer id</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one customer&apos;s orders; Enter applies</source>
        <translation>只显示某位客户的订单；按回车键应用</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ship…</source>
        <translation>发货…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ship from list…</source>
        <translation>按清单发货…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Total: %1 for %n item(s)</source>
        <translation>
            <numerusform>合计：%1，共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped with %1, tracking %2</source>
        <translation>已由 %1 发货，运单号 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Commission booked: %1 (%n booking(s))</source>
        <translation>
            <numerusform>已记佣金：%1（%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created %1</source>
        <translation>下单于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid %1</source>
        <translation>付款于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seen in a sync</source>
        <translation>同步获取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your edit</source>
        <translation>你的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit taken back</source>
        <translation>修改已撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Order %1: %2</source>
        <translation>订单 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Ship %n order(s)</source>
        <translation>
            <numerusform>发货 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no such order</source>
        <translation>没有此订单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n order(s) marked shipped; sync to send.</source>
        <translation>
            <numerusform>%n 个订单已标记为已发货；同步后发送。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location line="-248"/>
        <location filename="../ui/panes/orders/OrdersPane.h" line="+27"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../models/outbox/Outbox.cpp" line="+73"/>
        <source>Only products and orders can be edited.</source>
        <translation>只能修改商品和订单。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no %1 with id %2 in the store.</source>
        <translation>数据库中没有 ID 为 %2 的 %1 记录。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No such edit in the outbox.</source>
        <translation>待推送队列中没有这项修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This edit is being sent; it can no longer be taken back.</source>
        <translation>这项修改正在发送，已无法撤回。</translation>
    </message>
</context>
<context>
    <name>OutboxBadge</name>
    <message>
        <location filename="../ui/sync/OutboxBadge.cpp" line="+27"/>
        <source>Outbox unreadable</source>
        <translation>无法读取待发送队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edits waiting to be sent could not be read: %1</source>
        <translation>无法读取等待发送的修改：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n edit(s) need a decision</source>
        <translation>
            <numerusform>%n 项修改需要处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n edit(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 项修改待推送</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <location filename="../app/cli/commands/OutboxCommand.cpp" line="+44"/>
        <source>List the edits not yet on the site: pending, failed, in conflict or rejected, with reasons.</source>
        <translation>列出尚未同步到站点的修改：待推送、失败、冲突或被拒绝的，并附原因。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The outbox is empty: every edit is on the site.</source>
        <translation>待推送队列为空：所有修改都已同步到站点。</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../ui/dialogs/OutboxDialog.cpp" line="+19"/>
        <source>Edits waiting for the site</source>
        <translation>等待推送到站点的修改</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resolve conflict…</source>
        <translation>解决冲突…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard edit</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select an edit in conflict.</source>
        <translation>请选择一项有冲突的修改。</translation>
    </message>
</context>
<context>
    <name>OutboxEntry</name>
    <message>
        <location filename="../models/outbox/OutboxEntry.cpp" line="+26"/>
        <source>Pending</source>
        <translation>待推送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../models/itemmodels/OutboxModel.cpp" line="+105"/>
        <source>Product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>加入队列时间</translation>
    </message>
</context>
<context>
    <name>OutboxPushFlow</name>
    <message>
        <location filename="../app/cli/commands/OutboxPushFlow.cpp" line="+29"/>
        <source>Only queue the change; send it with a later push or sync.</source>
        <translation>只把修改加入队列；在之后推送或同步时发送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tries per request before the site counts as unreachable.</source>
        <translation>每个请求的尝试次数，超过后视为站点无法连接。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+80"/>
        <source>Could not read the outbox: %1</source>
        <translation>无法读取待发送队列：%1</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Queued; %1 edit(s) wait in the outbox.</source>
        <translation>已加入队列；待推送队列中有 %1 项修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued, not sent: no site address (pass --site URL or use a profile with one).</source>
        <translation>已加入队列，未发送：没有网站地址（请传入 --site URL，或使用带地址的配置）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued, not sent: no token.</source>
        <translation>已加入队列，未发送：没有令牌。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--attempts must be a number of at least 1.</source>
        <translation>--attempts 必须是不小于 1 的数字。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pushed %1 edit(s); %2 in conflict, %3 rejected; %4 waiting.</source>
        <translation>已推送 %1 项修改；%2 项冲突，%3 项被拒绝；%4 项待推送。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The edits stay queued and go out with the next push or sync.</source>
        <translation>这些修改仍在队列中，将在下次推送或同步时发送。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not applied on the site: %1</source>
        <translation>站点未应用：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waits behind an earlier edit of the same record</source>
        <translation>正在等待同一记录之前的修改</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some edits need a decision: see yutang-cli outbox.</source>
        <translation>有修改需要处理：请查看 yutang-cli outbox。</translation>
    </message>
</context>
<context>
    <name>OutboxPusher</name>
    <message>
        <location filename="../models/outbox/OutboxPusher.cpp" line="+111"/>
        <source>pushed</source>
        <translation>已推送</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The site did not answer: %1</source>
        <translation>站点没有响应：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changed on the site meanwhile (version %1).</source>
        <translation>站点上已被他人修改（版本 %1）。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The token is read-only: the site refuses edits. Your edits are kept; use a token with write access.</source>
        <translation>该令牌是只读的：站点拒绝修改。你的修改已保留；请使用有写权限的令牌。</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>This version of Yutang cannot connect to a site of kind &quot;%1&quot;.</source>
        <translation>此版本的鱼塘无法连接类型为“%1”的网站。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yutang cannot send edits to a site of kind %1.</source>
        <translation>鱼塘暂时无法向 %1 类型的网站发送修改。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The site refused the token.</source>
        <translation>站点拒绝了该令牌。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot write the store: %1</source>
        <translation>无法写入数据库：%1</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <location filename="../ui/panes/overview/OverviewChart.cpp" line="+31"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue (%1)</source>
        <translation>销售额（%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+82"/>
        <source>Sessions</source>
        <translation>访问数</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>No revenue in these %n day(s).</source>
        <translation>
            <numerusform>这 %n 天没有销售额。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Revenue per day over %n day(s): %1 in all, highest %2 on %3.</source>
        <translation>
            <numerusform>%n 天的每日销售额：合计 %1，最高 %2（%3）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sessions per day: highest %1 on %2.</source>
        <translation>每日访问数：最高 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../models/itemmodels/OverviewModel.cpp" line="+129"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>访问数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid orders</source>
        <translation>已付款订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <location filename="../ui/panes/overview/OverviewPane.cpp" line="+24"/>
        <source>Sessions</source>
        <translation>访问数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid orders</source>
        <translation>已付款订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The shop&apos;s headline figures for the date range</source>
        <translation>店铺在此日期范围内的核心数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures per day</source>
        <translation>每日数据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One row per day of the date range</source>
        <translation>日期范围内每天一行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save chart as PNG…</source>
        <translation>图表另存为 PNG…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No shop synced yet — sync your shop to see its figures.</source>
        <translation>还没有同步店铺 — 同步后即可看到数据。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 records the visit behind each order, not every visit: visits and conversion rates are not available for this shop.</source>
        <translation>%1 只记录带来订单的那次访问，不记录每次访问：此店铺没有访问数和转化率。</translation>
    </message>
    <message>
        <location filename="../ui/panes/overview/OverviewPane.h" line="+21"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>PaneExport</name>
    <message>
        <location filename="../ui/panes/traffic/PaneExport.cpp" line="+53"/>
        <source>CSV for Excel (UTF-8) (*.csv)</source>
        <translation>Excel 用 CSV（UTF-8）(*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV GB18030 (*.csv)</source>
        <translation>CSV GB18030 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>PartialDay</name>
    <message>
        <location filename="../models/itemmodels/PartialDay.cpp" line="+18"/>
        <source>Today so far (until %1)</source>
        <translation>今天（截至 %1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today so far: the day is not over yet (it is %1, shop time). A comparison takes the other day until the same time.</source>
        <translation>今天（截至目前）：今天还没有结束（现在是店铺时间 %1）。对比时取另一天截至同一时刻的数据。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (until %2)</source>
        <translation>%1（截至 %2）</translation>
    </message>
</context>
<context>
    <name>PostgresCopy</name>
    <message>
        <location filename="../models/store/PostgresCopy.cpp" line="+95"/>
        <source>The connection to the database is closed.</source>
        <translation>与数据库的连接已关闭。</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../ui/dialogs/ProblemsDialog.cpp" line="+23"/>
        <source>Problems in the synced data</source>
        <translation>同步数据中的问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site sent these records in a form Yutang cannot store (wrong types, missing fields, impossible values). They are kept out of the figures; the rest of the sync went on. Show them to whoever maintains your site.</source>
        <translation>站点发送的这些记录格式有误，鱼塘无法保存（类型错误、缺少字段、取值不可能）。它们不计入统计，其余数据已正常同步。请把它们交给网站的维护人员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problems: every record the site sent could be stored.</source>
        <translation>没有问题：站点发送的所有记录都已保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a record to see the raw JSON.</source>
        <translation>选择一条记录查看原始 JSON。</translation>
    </message>
</context>
<context>
    <name>ProblemsExportSubject</name>
    <message>
        <location filename="../app/cli/commands/ProblemsExportSubject.cpp" line="+9"/>
        <source>records the sync set aside as malformed</source>
        <translation>同步时因格式错误而搁置的记录</translation>
    </message>
</context>
<context>
    <name>ProductEditDialog</name>
    <message>
        <location filename="../ui/dialogs/ProductEditDialog.cpp" line="+21"/>
        <source>Edit product</source>
        <translation>编辑商品</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price (¥)</source>
        <translation>价格（¥）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter a price in yuan of at least 0, such as 199.00.</source>
        <translation>请输入不小于 0 的价格（元），如 199.00。</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../models/itemmodels/ProductTableModel.cpp" line="+30"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units sold</source>
        <translation>销量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Enter a price in yuan of at least 0, such as 199.00.</source>
        <translation>请输入不小于 0 的价格（元），如 199.00。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the stock as a whole number of at least 0.</source>
        <translation>请输入不小于 0 的整数库存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This column cannot be edited.</source>
        <translation>此列不能编辑。</translation>
    </message>
</context>
<context>
    <name>ProductsExportSubject</name>
    <message>
        <location filename="../app/cli/commands/ProductsExportSubject.cpp" line="+17"/>
        <source>Only products with this status.</source>
        <translation>只导出此状态的商品。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only products in this category.</source>
        <translation>只导出此分类的商品。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only products with at most this stock.</source>
        <translation>只导出库存不超过此值的商品。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only products whose title, SKU or category contains this.</source>
        <translation>只导出标题、货号或分类包含此内容的商品。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the sales figures (yyyy-MM-dd).</source>
        <translation>销售数据的起始日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day of the sales figures (yyyy-MM-dd).</source>
        <translation>销售数据的结束日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>products with stock, status and sales</source>
        <translation>商品及其库存、状态和销量</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--from and --to take dates such as 2026-11-01, --from first.</source>
        <translation>--from 和 --to 须为日期，如 2026-11-01，且 --from 在前。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--low-stock takes a whole number.</source>
        <translation>--low-stock 须为整数。</translation>
    </message>
</context>
<context>
    <name>ProductsPane</name>
    <message>
        <location filename="../ui/panes/products/ProductsPane.cpp" line="+35"/>
        <source>The shop&apos;s products, their stock and sales; edits wait in the outbox until the next sync</source>
        <translation>店铺的商品及其库存和销量；修改会在待推送中等到下次同步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F2 edits the current cell; the changes are sent with the next sync</source>
        <translation>按 F2 编辑当前单元格；修改会在下次同步时发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search products by name, SKU or category…</source>
        <translation>按名称、货号或分类搜索商品…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No products yet — sync your shop.</source>
        <translation>还没有商品 — 请同步店铺。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Product status</source>
        <translation>商品状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the products of one status only</source>
        <translation>只显示某一状态的商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the products of one category only</source>
        <translation>只显示某一分类的商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Low stock, at most</source>
        <translation>低库存，不超过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only products with this many in stock or fewer</source>
        <translation>只显示库存不超过此数量的商品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low-stock limit</source>
        <translation>低库存上限</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bulk edit…</source>
        <translation>批量编辑…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit product %1</source>
        <translation>编辑商品 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Edit %n product(s)</source>
        <translation>
            <numerusform>编辑 %n 个商品</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select one product to edit.</source>
        <translation>请选择一个要编辑的商品。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select the products to change.</source>
        <translation>请选择要修改的商品。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n product(s) changed; sync to send.</source>
        <translation>
            <numerusform>%n 个商品已修改；同步后发送。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 changed: %3</source>
        <translation>%2 个中有 %1 个已修改：%3</translation>
    </message>
    <message>
        <location line="-183"/>
        <location filename="../ui/panes/products/ProductsPane.h" line="+26"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
</context>
<context>
    <name>PushCommand</name>
    <message>
        <location filename="../app/cli/commands/PushCommand.cpp" line="+11"/>
        <source>Send the queued edits to the site.</source>
        <translation>把队列中的修改发送到站点。</translation>
    </message>
</context>
<context>
    <name>QuarantineTableModel</name>
    <message>
        <location filename="../models/itemmodels/QuarantineTableModel.cpp" line="+10"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
</context>
<context>
    <name>RecordParser</name>
    <message>
        <location filename="../models/sync/RecordParser.cpp" line="+192"/>
        <location line="+9"/>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not an array</source>
        <translation>不是数组</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>earlier than created_at</source>
        <translation>早于 created_at</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>missing on a purchase event</source>
        <translation>购买事件缺少此项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing on a register event</source>
        <translation>注册事件缺少此项</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown collection</source>
        <translation>未知数据集</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>The site sent a page that is not valid JSON (%1 at byte %2).</source>
        <translation>站点发送的页面不是有效的 JSON（第 %2 字节：%1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The site sent a page without a &quot;data&quot; array.</source>
        <translation>站点发送的页面缺少 &quot;data&quot; 数组。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The site&apos;s last page carries no sync_token.</source>
        <translation>站点的最后一页没有 sync_token。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>record is not a JSON object</source>
        <translation>记录不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The site&apos;s /shop answer is not valid JSON (%1).</source>
        <translation>站点 /shop 的响应不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a list of basis points</source>
        <translation>不是基点列表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site&apos;s /shop answer is unusable: %1</source>
        <translation>站点 /shop 的响应无法使用：%1</translation>
    </message>
</context>
<context>
    <name>ReferralAnomaly</name>
    <message>
        <location filename="../models/referrals/ReferralAnomaly.cpp" line="+24"/>
        <source>Self-referral</source>
        <translation>自己推荐自己</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral cycle</source>
        <translation>循环推荐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inviter does not exist</source>
        <translation>邀请人不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chains deeper than the paid levels</source>
        <translation>推荐链超出分佣层级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration burst</source>
        <translation>注册突增</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 names itself as its inviter.</source>
        <translation>%1 把自己设为邀请人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 invite each other in a loop of %2.</source>
        <translation>%1 互相邀请，形成 %2 人的循环。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 names %2 as inviter, who does not exist.</source>
        <translation>%1 的邀请人是 %2，但此人不存在。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n member(s) sit deeper than the paid levels; the deepest chain is %1.</source>
        <translation>
            <numerusform>%n 位会员位于分佣层级之外；最深的推荐链为：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 invited %2 members on %3.</source>
        <translation>%1 在 %3 邀请了 %2 位会员。</translation>
    </message>
</context>
<context>
    <name>ReferralAnomalyTableModel</name>
    <message>
        <location filename="../models/itemmodels/ReferralAnomalyTableModel.cpp" line="+92"/>
        <source>Anomaly</source>
        <translation>异常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inviter</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ReferralEconomyChart</name>
    <message>
        <location filename="../ui/panes/customers/ReferralEconomyChart.cpp" line="+29"/>
        <source>Revenue per acquisition channel, after commissions</source>
        <translation>各获客渠道扣除佣金后的收入</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No customers registered in this date range — pick a longer range.</source>
        <translation>该日期范围内没有新注册客户 — 请选择更长的范围。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Referral economy chart</source>
        <translation>分销经济图表</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commissions</source>
        <translation>佣金</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First visit not on record</source>
        <translation>首次访问无记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 net %2 after %3 commissions</source>
        <translation>%1 扣除佣金 %3 后净收入 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>; </source>
        <comment>between channels</comment>
        <translation>；</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>.</source>
        <comment>end of a sentence</comment>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>ReferralEconomyModel</name>
    <message>
        <location filename="../models/itemmodels/ReferralEconomyModel.cpp" line="+220"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First visit not on record</source>
        <translation>首次访问无记录</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invited anyone</source>
        <translation>有邀请的比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitees per customer</source>
        <translation>人均直接邀请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level 2 per customer</source>
        <translation>人均二级邀请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level 3 per customer</source>
        <translation>人均三级邀请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own revenue</source>
        <translation>自身收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitees&apos; revenue</source>
        <translation>被邀请人收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commissions</source>
        <translation>佣金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net per customer</source>
        <translation>人均净收入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers who registered in the date range, by the channel and source of their first visit</source>
        <translation>在该日期范围内注册的客户，按首次访问的渠道和来源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of these customers who invited at least one customer</source>
        <translation>至少邀请了一位客户的比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers they invited directly, per customer: the viral factor</source>
        <translation>人均直接邀请的客户数：病毒系数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers invited by their invitees, per customer</source>
        <translation>人均被邀请人再邀请的客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers three levels down, per customer</source>
        <translation>人均三级下线客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their paid orders to date</source>
        <translation>他们至今的已付款订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid orders to date of the customers they brought in, up to three levels down, who did not register in the range themselves; each is credited to their nearest inviter who did</source>
        <translation>他们带来的客户（最多三级下线，且本人不在该范围内注册）至今的已付款订单；每人只计入其在范围内注册的最近一级邀请人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commissions booked on those orders (own and invitees&apos;), not reversed</source>
        <translation>这些订单（自身和被邀请人）产生且未冲回的佣金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own revenue plus invitees&apos; revenue minus commissions</source>
        <translation>自身收入加被邀请人收入，减去佣金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net revenue per customer acquired</source>
        <translation>每位获得客户的净收入</translation>
    </message>
</context>
<context>
    <name>ReferralEconomyTab</name>
    <message>
        <location filename="../ui/panes/customers/ReferralEconomyTab.cpp" line="+24"/>
        <source>Referral economy</source>
        <translation>分销经济</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per acquisition channel and source, for the customers who registered in the date range</source>
        <translation>在该日期范围内注册的客户，按获客渠道和来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No customers registered in this date range — pick a longer range.</source>
        <translation>该日期范围内没有新注册客户 — 请选择更长的范围。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers who registered in the date range, by the channel and source of their first visit; figures to date. Invitees&apos; revenue: paid orders of the customers they brought in (up to three levels down) who registered outside the range, each credited to their nearest inviter in the range, so no order counts twice. Commissions: those booked on these orders and not reversed. Net: own plus invitees&apos; revenue minus commissions.</source>
        <translation>在该日期范围内注册的客户，按首次访问的渠道和来源；数据截至今日。被邀请人收入：他们带来的、在范围外注册的客户（最多三级下线）的已付款订单，每人只计入其在范围内的最近一级邀请人，订单不会重复计算。佣金：这些订单产生且未冲回的佣金。净收入：自身收入加被邀请人收入，减去佣金。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
</context>
<context>
    <name>ReferralFilterOptions</name>
    <message>
        <location filename="../app/cli/commands/ReferralFilterOptions.cpp" line="+17"/>
        <source>Only bookings with this status (pending, confirmed, paid, reversed).</source>
        <translation>只导出此状态的佣金记录（pending、confirmed、paid、reversed）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only bookings at this level (1 = the buyer&apos;s inviter).</source>
        <translation>只导出此层级的佣金记录（1 = 买家的邀请人）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only bookings credited to this customer id.</source>
        <translation>只导出记给此客户 ID 的佣金记录。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day (yyyy-MM-dd, shop time).</source>
        <translation>起始日期（yyyy-MM-dd，店铺时间）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day (yyyy-MM-dd, shop time).</source>
        <translation>结束日期（yyyy-MM-dd，店铺时间）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--status takes one of %1.</source>
        <translation>--status 只接受以下之一：%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--level takes a whole number from 1.</source>
        <translation>--level 须为不小于 1 的整数。</translation>
    </message>
</context>
<context>
    <name>ReferralTreeModel</name>
    <message>
        <location filename="../models/itemmodels/ReferralTreeModel.cpp" line="+359"/>
        <source>%1 — its referrer link forms a cycle and is ignored</source>
        <translation>%1 — 其推荐关系形成循环，已忽略</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invited</source>
        <translation>直接邀请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team size</source>
        <translation>团队人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spent</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission earned</source>
        <translation>所得佣金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level 1</source>
        <translation>一级人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level 2</source>
        <translation>二级人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level 3</source>
        <translation>三级人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level 1 revenue</source>
        <translation>一级销售额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level 2 revenue</source>
        <translation>二级销售额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level 3 revenue</source>
        <translation>三级销售额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid out</source>
        <translation>已发放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversed</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer id</source>
        <translation>客户 ID</translation>
    </message>
</context>
<context>
    <name>ReferralTreeTab</name>
    <message>
        <location filename="../ui/panes/referrals/ReferralTreeTab.cpp" line="+29"/>
        <source>Find a member by id or nickname, then press Enter…</source>
        <translation>按 ID 或昵称查找会员，然后按回车…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a member</source>
        <translation>查找会员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members found</source>
        <translation>找到的会员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter shows the member in the tree</source>
        <translation>按回车键在分销树中显示该会员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upline of the selected member</source>
        <translation>所选会员的上级链</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Referral tree</source>
        <translation>分销树</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Each member with the members they invited under them; Right and Left open and close a member</source>
        <translation>每位会员下方是其邀请的会员；按右/左方向键展开或收起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns of %1</source>
        <translation>%1的列标题</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the selected member&apos;s commissions in the ledger</source>
        <translation>在佣金明细中显示所选会员的佣金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export tree…</source>
        <translation>导出分销树…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No member matches “%1”.</source>
        <translation>没有与“%1”匹配的会员。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is not in the referral tree.</source>
        <translation>%1 不在分销树中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no inviter and invited nobody.</source>
        <translation>%1 没有邀请人，也没有邀请任何人。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export the referral tree</source>
        <translation>导出分销树</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ReferralsExportSubject</name>
    <message>
        <location filename="../app/cli/commands/ReferralsExportSubject.cpp" line="+9"/>
        <source>the referral tree with per-member figures</source>
        <translation>分销树及每位会员的数据</translation>
    </message>
</context>
<context>
    <name>ReferralsPane</name>
    <message>
        <location filename="../ui/panes/referrals/ReferralsPane.h" line="+27"/>
        <source>Referrals</source>
        <translation>分销</translation>
    </message>
    <message>
        <location filename="../ui/panes/referrals/ReferralsPane.cpp" line="+26"/>
        <source>Who invited whom, the commissions booked for it, and checks of both</source>
        <translation>谁邀请了谁、由此记录的佣金，以及对两者的核对</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referral views</source>
        <translation>分销视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Tree</source>
        <translation>分销树</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Ledger</source>
        <translation>佣金明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anomalies</source>
        <translation>异常</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tree (loading…)</source>
        <translation>分销树（加载中…）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 has no referral scheme: there is no referral tree or commissions for this shop.</source>
        <translation>%1 没有分销机制：此店铺没有分销树，也没有佣金。</translation>
    </message>
</context>
<context>
    <name>RfmSegment</name>
    <message>
        <location filename="../models/customers/RfmSegment.cpp" line="+42"/>
        <source>Champions</source>
        <translation>核心客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No purchase yet</source>
        <translation>尚未购买</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n or more paid orders</source>
        <translation>
            <numerusform>%n 笔及以上已付款订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>fewer than %n paid orders</source>
        <translation>
            <numerusform>少于 %n 笔已付款订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+1"/>
        <source>last paid order within %n day(s)</source>
        <translation>
            <numerusform>最近一单在 %n 天内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>last paid order more than %n day(s) ago</source>
        <translation>
            <numerusform>最近一单在 %n 天以前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, spent at least %3</source>
        <translation>%1，%2，消费至少 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 (and not a champion)</source>
        <translation>%1，%2（且不是核心客户）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%1, %2 but not within %n day(s)</source>
        <translation>
            <numerusform>%1，%2，但不在 %n 天内</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>registered, no paid order yet</source>
        <translation>已注册，尚无已付款订单</translation>
    </message>
</context>
<context>
    <name>RfmThresholds</name>
    <message>
        <location filename="../models/customers/RfmThresholds.cpp" line="+15"/>
        <source>&quot;Recent&quot; must be at least one day.</source>
        <translation>“最近”至少为一天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;Lapsed&quot; must be longer ago than &quot;recent&quot;.</source>
        <translation>“流失”必须比“最近”更久。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A repeat buyer has at least two paid orders.</source>
        <translation>复购客户至少有两笔已付款订单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A champion&apos;s spending cannot be negative.</source>
        <translation>核心客户的消费金额不能为负。</translation>
    </message>
</context>
<context>
    <name>RfmThresholdsDialog</name>
    <message>
        <location filename="../ui/dialogs/RfmThresholdsDialog.cpp" line="+22"/>
        <source>Customer segments</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A recent order is at most</source>
        <translation>“最近”下单指不超过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer has lapsed after</source>
        <translation>客户流失指超过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A repeat buyer has at least (paid orders)</source>
        <translation>复购客户至少有（已付款订单）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A champion has spent at least</source>
        <translation>核心客户至少消费</translation>
    </message>
</context>
<context>
    <name>SegmentBar</name>
    <message>
        <location filename="../ui/panes/customers/SegmentBar.cpp" line="+12"/>
        <source>Customer segments</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 customers</source>
        <translation>%1：%2 位客户</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../models/itemmodels/SessionTableModel.cpp" line="+13"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landing page</source>
        <translation>着陆页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrer</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browser</source>
        <translation>浏览器</translation>
    </message>
</context>
<context>
    <name>ShipCommand</name>
    <message>
        <location filename="../app/cli/commands/ShipCommand.cpp" line="+16"/>
        <source>The carrier, such as SF.</source>
        <translation>快递公司，如 SF。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tracking number.</source>
        <translation>运单号。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ship a paid order with a carrier and tracking number, and push it.</source>
        <translation>为已付款订单填写快递公司和运单号并发货，然后推送。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ship needs --carrier and --tracking.</source>
        <translation>ship 需要 --carrier 和 --tracking。</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../ui/dialogs/ShipDialog.cpp" line="+12"/>
        <source>Ship order %1</source>
        <translation>订单 %1 发货</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
</context>
<context>
    <name>SiteAccess</name>
    <message>
        <location filename="../app/cli/commands/SiteAccess.cpp" line="+19"/>
        <source>The site address (default: the profile&apos;s).</source>
        <translation>网站地址（默认：配置中的地址）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>url</source>
        <translation>网址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind of site: yutang or woocommerce (default: the profile&apos;s).</source>
        <translation>网站类型：yutang 或 woocommerce（默认：配置中的类型）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the token from this environment variable instead of the keychain.</source>
        <translation>从此环境变量读取令牌，而不是从钥匙串读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>var</source>
        <translation>变量</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>WooCommerce: read the consumer key from this environment variable instead of the keychain.</source>
        <translation>WooCommerce：从此环境变量读取使用者密钥（consumer key），而不是从钥匙串读取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WooCommerce: read the consumer secret from this environment variable instead of the keychain.</source>
        <translation>WooCommerce：从此环境变量读取使用者密码（consumer secret），而不是从钥匙串读取。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown kind of site &quot;%1&quot; (known: %2).</source>
        <translation>未知的网站类型“%1”（可选：%2）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>环境变量 %1 为空或未设置。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--key-env and --secret-env go together, for a WooCommerce site.</source>
        <translation>--key-env 和 --secret-env 须同时使用，用于 WooCommerce 网站。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No token for profile &quot;%1&quot;: %2</source>
        <translation>配置“%1”没有令牌：%2</translation>
    </message>
</context>
<context>
    <name>SiteAddress</name>
    <message>
        <location filename="../models/sync/SiteAddress.cpp" line="+11"/>
        <source>No site address given.</source>
        <translation>没有填写网站地址。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid site address.</source>
        <translation>“%1”不是有效的网站地址。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The site address must start with https:// (got %1://).</source>
        <translation>网站地址必须以 https:// 开头（当前为 %1://）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain http is only allowed to this computer (loopback); use https:// for %1.</source>
        <translation>只有本机（回环地址）允许使用 http；%1 请使用 https://。</translation>
    </message>
</context>
<context>
    <name>SiteClient</name>
    <message>
        <location filename="../models/sync/SiteClient.cpp" line="+205"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>rate limited by the site (429)</source>
        <translation>被站点限流（429）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>site error %1</source>
        <translation>站点错误 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>SiteKinds</name>
    <message>
        <location filename="../models/sites/woocommerce/WooConnector.cpp" line="+19"/>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <location filename="../models/sites/yutang/YutangConnector.cpp" line="+16"/>
        <source>Yutang site API</source>
        <translation>鱼塘站点接口</translation>
    </message>
</context>
<context>
    <name>SourceCommand</name>
    <message>
        <location filename="../app/cli/commands/SourceCommand.cpp" line="+23"/>
        <source>Show which traffic source a link would be counted under, and why.</source>
        <translation>显示某个链接会被归入哪个流量来源，以及原因。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The landing page URL (with its query).</source>
        <translation>着陆页网址（含查询参数）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>url</source>
        <translation>网址</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The referrer URL, if any.</source>
        <translation>来源网址（如有）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The browser&apos;s user agent, if known.</source>
        <translation>浏览器的 User Agent（如已知）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ua</source>
        <translation>ua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--landing URL is required.</source>
        <translation>必须提供 --landing URL。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>channel: %1 (%2)</source>
        <translation>渠道：%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source:  %1 (%2)</source>
        <translation>来源：%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keyword: %1</source>
        <translation>关键词：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule:    %1</source>
        <translation>规则：%1</translation>
    </message>
</context>
<context>
    <name>SqlTableModel</name>
    <message>
        <location filename="../models/itemmodels/SqlTableModel.cpp" line="+175"/>
        <location line="+166"/>
        <source>Cannot read the store: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../app/cli/commands/StatusCommand.cpp" line="+20"/>
        <source>Show record counts, records set aside as malformed, and the last sync time.</source>
        <translation>显示记录数、因格式错误而搁置的记录以及上次同步时间。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print JSON for scripts.</source>
        <translation>输出 JSON，供脚本使用。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Store: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop: %1 (%2, %3)</source>
        <translation>店铺：%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No malformed records.</source>
        <translation>没有格式错误的记录。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n malformed record(s) set aside:</source>
        <translation>
            <numerusform>%n 条格式错误的记录已搁置：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusNames</name>
    <message>
        <location filename="../models/itemmodels/StatusNames.cpp" line="+6"/>
        <source>Pending payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>已下架</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid out</source>
        <translation>已发放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversed</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>访问记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commissions</source>
        <translation>佣金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
</context>
<context>
    <name>StepFunnelModel</name>
    <message>
        <location filename="../models/itemmodels/StepFunnelModel.cpp" line="+89"/>
        <source> pts</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This step&apos;s count ÷ the first step&apos;s</source>
        <translation>本步数量 ÷ 第一步数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This step&apos;s count ÷ the previous step&apos;s</source>
        <translation>本步数量 ÷ 上一步数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost since the previous step</source>
        <translation>与上一步相比流失的数量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same figure for the compared period: %1</source>
        <translation>对比期间的相同指标：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall conversion now minus in the compared period, in percentage points</source>
        <translation>当前总转化率减去对比期间的总转化率，单位为百分点</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of first step</source>
        <translation>占第一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of previous step</source>
        <translation>占上一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop-off</source>
        <translation>流失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared: %1</source>
        <translation>对比：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared: of first step</source>
        <translation>对比：占第一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>StoreCopier</name>
    <message>
        <location filename="../models/store/StoreCopier.cpp" line="+80"/>
        <source>The stores are at different schema versions (%1 and %2).</source>
        <translation>两个数据库的结构版本不同（%1 和 %2）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The target store has no table %1.</source>
        <translation>目标数据库中没有表 %1。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The target store already holds data (%1 rows in %2). Migrate into an empty database, or replace what it holds with --replace.</source>
        <translation>目标数据库中已有数据（%2 中有 %1 行）。请迁移到空数据库，或用 --replace 替换其中的数据。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot empty %1 in the target store: %2</source>
        <translation>无法清空目标数据库中的 %1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1 (rows %2–%3): %4</source>
        <translation>无法写入 %1（第 %2–%3 行）：%4</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cannot move the numbering of %1.%2 on: %3</source>
        <translation>无法推进 %1.%2 的编号：%3</translation>
    </message>
</context>
<context>
    <name>StoreFault</name>
    <message>
        <location filename="../models/store/StoreFault.cpp" line="+94"/>
        <source>The disk holding the store %1 is full (%2). Nothing stored before was lost: free some space and sync again; it goes on from where it stopped.</source>
        <translation>存放数据库 %1 的磁盘已满（%2）。之前保存的数据没有丢失：请释放一些空间后再同步，同步会从中断处继续。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store file %1 is read-only (%2): Yutang can show what it holds but cannot sync or save edits into it. Make the file and its folder writable, or open another store.</source>
        <translation>数据库文件 %1 是只读的（%2）：鱼塘可以显示其中的数据，但无法同步或保存修改。请让该文件及其所在文件夹可写，或打开另一个数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store file %1 is damaged (%2). Yutang has not changed it. Open another store, or re-sync into a fresh store (the damaged file is kept aside).</source>
        <translation>数据库文件 %1 已损坏（%2）。鱼塘没有改动它。请打开另一个数据库，或重新同步到一个新数据库（损坏的文件会被保留在一旁）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store %1 was written by a newer version of Yutang (%2). It has not been changed. Update Yutang, open another store, or re-sync into a fresh store.</source>
        <translation>数据库 %1 由更新版本的鱼塘写入（%2）。它没有被改动。请升级鱼塘、打开另一个数据库，或重新同步到一个新数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team server %1 went away (%2). Everything stored before is kept: sync again when the server is back; it goes on from where it stopped.</source>
        <translation>团队数据库服务器 %1 断开了（%2）。之前保存的数据都还在：服务器恢复后请再同步，同步会从中断处继续。</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <location filename="../models/store/StoreLocation.cpp" line="+16"/>
        <source>Not a valid PostgreSQL URL: %1 (expected postgresql://user@host:port/dbname)</source>
        <translation>不是有效的 PostgreSQL 地址：%1（应为 postgresql://user@host:port/dbname）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No database path given.</source>
        <translation>没有指定数据库路径。</translation>
    </message>
</context>
<context>
    <name>StoreOptions</name>
    <message>
        <location filename="../app/cli/commands/StoreOptions.cpp" line="+20"/>
        <source>The store: a SQLite file, or postgresql://user@host:port/dbname (default: the profile&apos;s).</source>
        <translation>数据库：SQLite 文件，或 postgresql://user@host:port/dbname（默认：配置所用的）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection profile (shop) to use.</source>
        <translation>要使用的连接配置（店铺）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No store at %1: nothing has been synced into it (yutang-cli sync makes it).</source>
        <translation>%1 处没有数据存储：尚未同步过（yutang-cli sync 会创建它）。</translation>
    </message>
</context>
<context>
    <name>StorePasswordCommand</name>
    <message>
        <location filename="../app/cli/commands/StorePasswordCommand.cpp" line="+19"/>
        <source>Store (set), test (check) or forget (clear) a team database&apos;s password in the system keychain.</source>
        <translation>在系统钥匙串中保存（set）、检查（check）或清除（clear）团队数据库的密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The team database: postgresql://user@host:port/dbname.</source>
        <translation>团队数据库：postgresql://user@host:port/dbname。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>网址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set, check or clear</source>
        <translation>set、check 或 clear</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the team database: --db postgresql://user@host:port/dbname</source>
        <translation>请指定团队数据库：--db postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No password on standard input.</source>
        <translation>标准输入中没有密码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password for %1 saved in the system keychain.</source>
        <translation>%1 的密码已保存到系统钥匙串。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has a password in the system keychain.</source>
        <translation>%1 在系统钥匙串中有密码。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password for %1 removed.</source>
        <translation>%1 的密码已删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what to do: yutang-cli store-password set|check|clear --db postgresql://...</source>
        <translation>请指定操作：yutang-cli store-password set|check|clear --db postgresql://...</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <location filename="../ui/dialogs/StoreProblemDialog.cpp" line="+14"/>
        <source>The store could not be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Re-syncing into a fresh store keeps this file, renamed next to it, and fills a new store from the shop&apos;s site.</source>
        <translation>重新同步到新数据库会保留此文件（在原处改名），并从店铺网站填充一个新数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another store file, or quit and try again later.</source>
        <translation>请打开另一个数据库文件，或退出稍后再试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open another store…</source>
        <translation>打开另一个数据库…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-sync into a fresh store</source>
        <translation>重新同步到新数据库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a store file of a shop with a known site can be set aside and synced again.</source>
        <translation>只有已知网站地址的店铺，其数据库文件才能移到一旁并重新同步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open another store</source>
        <translation>打开另一个数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yutang stores (*.sqlite *.db);;All files (*)</source>
        <translation>鱼塘数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>StoreSetAside</name>
    <message>
        <location filename="../models/store/StoreSetAside.cpp" line="+17"/>
        <source>The store file %1 could not be renamed to %2: the folder may be read-only.</source>
        <translation>无法把数据库文件 %1 重命名为 %2：所在文件夹可能是只读的。</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../app/cli/commands/SyncCommand.cpp" line="+53"/>
        <source>sync: %1 (%2/%3 collections done)</source>
        <translation>同步：%1（已完成 %2/%3 个数据集）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pull the shop&apos;s data from its site into the local store.</source>
        <translation>把店铺网站上的数据拉取到本地数据库。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List everything again instead of only changes.</source>
        <translation>重新拉取全部数据，而不只是变化。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records per page (1-1000; default: the most the kind of site allows, up to 1000).</source>
        <translation>每页记录数（1-1000；默认：该类网站允许的最大值，最多 1000）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Parts a full listing is split into, where the site offers it (1-16; default: 4 when the site is slow to answer, else 1).</source>
        <translation>完整拉取时并行拉取的分段数（需站点支持，1-16；默认：站点响应慢时为 4，否则为 1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print no progress.</source>
        <translation>不输出进度。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When another desktop is syncing this team store, wait up to this many seconds for it to end instead of failing at once (0: do not wait).</source>
        <translation>另一台电脑正在同步此团队数据库时，最多等待这么多秒再同步，而不是立即失败（0：不等待）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No site address: pass --site URL (profile &quot;%1&quot; has none).</source>
        <translation>没有网站地址：请传入 --site URL（配置“%1”中没有）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--page-size must be a number from 1 to 1000.</source>
        <translation>--page-size 必须是 1 到 1000 之间的数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--parallel must be a number from 1 to 16.</source>
        <translation>--parallel 必须是 1 到 16 之间的数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--wait-lock must be a number of seconds from 0 to %1.</source>
        <translation>--wait-lock 必须是 0 到 %1 之间的秒数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Store the site&apos;s secret with: yutang-cli token set --profile %1 (reads it from standard input), or pass --token-env VAR (WooCommerce: --key-env VAR --secret-env VAR).</source>
        <translation>请用 yutang-cli token set --profile %1 保存网站密钥（从标准输入读取），或传入 --token-env VAR（WooCommerce：--key-env VAR --secret-env VAR）。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Synced %1 records (%2 deleted, %3 set aside as malformed) in %4 s.</source>
        <translation>已同步 %1 条记录（删除 %2 条，%3 条因格式错误搁置），用时 %4 秒。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>See them with: yutang-cli status --db %1</source>
        <translation>查看它们：yutang-cli status --db %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../ui/sync/SyncController.cpp" line="+45"/>
        <source>another desktop</source>
        <translation>另一台电脑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing on %1 since %2; this window shows the new data when it ends.</source>
        <translation>%1 自 %2 起正在同步；同步结束后此窗口会显示新数据。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Updated by a sync on %1.</source>
        <translation>已由 %1 上的同步更新。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This store has no site to sync from. Use Switch shop to connect one.</source>
        <translation>此数据库没有可同步的站点。请通过“切换店铺”连接一个。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../models/sync/SyncEngine.cpp" line="+64"/>
        <source>The other sync ended; syncing now.</source>
        <translation>另一台电脑的同步已结束，现在开始同步。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another desktop</source>
        <translation>另一台电脑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing on %1</source>
        <translation>%1 正在同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing on %1 since %2</source>
        <translation>%1 自 %2 起正在同步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; waiting up to %2 s for it to end…</source>
        <translation>%1；最多等待 %2 秒直到它结束…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(this team store syncs on one desktop at a time; its data appears here when that sync ends).</source>
        <translation>（此团队数据库同一时间只能由一台电脑同步；同步结束后数据会显示在这里）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gave up waiting after %1 s.</source>
        <translation>等待 %1 秒后放弃。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This version of Yutang cannot connect to a site of kind &quot;%1&quot;.</source>
        <translation>此版本的鱼塘无法连接类型为“%1”的网站。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Sync cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1
The last pages received could not be stored either: %2</source>
        <translation>%1
最后收到的几页也未能保存：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bringing the figures up to date…</source>
        <translation>正在更新统计数字…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The records were stored, but the indexes set aside while loading them could not be built again: %1</source>
        <translation>记录已保存，但加载时暂缓的索引未能重建：%1</translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <location filename="../models/store/SyncLock.cpp" line="+48"/>
        <source>Cannot take the sync lock: %1</source>
        <translation>无法获取同步锁：%1</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <location filename="../models/session/SyncSession.cpp" line="+51"/>
        <source>Could not read the edits waiting to be sent: %1</source>
        <translation>无法读取等待发送的修改：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sync cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../ui/sync/SyncStatusBar.cpp" line="+14"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync progress</source>
        <translation>同步进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the sync; what arrived so far is kept</source>
        <translation>停止同步；已收到的数据会保留</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full resync…</source>
        <translation>正在全量重新同步…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 collections</source>
        <translation>%1 / %2 个数据集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing… %1 records</source>
        <translation>正在同步… %1 条记录</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Synced: %1 records updated</source>
        <translation>同步完成：更新了 %1 条记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync cancelled — what arrived so far is kept.</source>
        <translation>同步已取消 — 已收到的数据会保留。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records the site sent that could not be stored. Click to see them.</source>
        <translation>站点发送但无法保存的记录。点击查看。</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message numerus="yes">
        <location filename="../ui/sync/SyncWorker.cpp" line="+30"/>
        <source>Sent %n edit(s) to the site.</source>
        <translation>
            <numerusform>已向站点发送 %n 项修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../ui/widgets/TablePanel.cpp" line="+61"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No data yet — sync your shop.</source>
        <translation>还没有数据 — 请同步店铺。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Columns of %1</source>
        <translation>%1的列标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search %1</source>
        <translation>搜索%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的内容。</translation>
    </message>
</context>
<context>
    <name>TableSnapshot</name>
    <message>
        <location filename="../models/export/TableSnapshot.cpp" line="+101"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <location filename="../app/cli/commands/TokenCommand.cpp" line="+21"/>
        <source>Store (set), test (check) or forget (clear) a profile&apos;s site token in the system keychain.</source>
        <translation>在系统钥匙串中保存（set）、检查（check）或清除（clear）某个配置的站点令牌。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also save the profile&apos;s site address.</source>
        <translation>同时保存配置的网站地址。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>url</source>
        <translation>网址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set, check or clear</source>
        <translation>set、check 或 clear</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Token for profile &quot;%1&quot; saved in the system keychain.</source>
        <translation>配置“%1”的令牌已保存到系统钥匙串。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Profile &quot;%1&quot; has a token in the system keychain (%n characters).</source>
        <translation>
            <numerusform>配置“%1”在系统钥匙串中有令牌（%n 个字符）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Token for profile &quot;%1&quot; removed.</source>
        <translation>配置“%1”的令牌已删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what to do: yutang-cli token set|check|clear --profile NAME</source>
        <translation>请指定操作：yutang-cli token set|check|clear --profile NAME</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <location filename="../models/sync/TokenStore.cpp" line="+14"/>
        <source>No token is stored for this shop yet.</source>
        <translation>此店铺尚未保存令牌。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access to the keychain was denied.</source>
        <translation>访问钥匙串被拒绝。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available on this system (%1). Yutang stores tokens only in the system keychain; start a secret service such as GNOME Keyring or KWallet.</source>
        <translation>此系统没有可用的钥匙串（%1）。鱼塘只把令牌保存在系统钥匙串中；请启动 GNOME Keyring 或 KWallet 等密钥服务。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain failed: %1. Yutang stores tokens only in the system keychain; make sure a secret service (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) is running and unlocked.</source>
        <translation>钥匙串出错：%1。鱼塘只把令牌保存在系统钥匙串中；请确认密钥服务（GNOME Keyring、KWallet、macOS 钥匙串、Windows 凭据管理器）正在运行且已解锁。</translation>
    </message>
</context>
<context>
    <name>TrafficBreakdownModel</name>
    <message>
        <location filename="../models/itemmodels/TrafficBreakdownModel.cpp" line="+115"/>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search engine</source>
        <translation>搜索引擎</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source id</source>
        <translation>来源 ID</translation>
    </message>
</context>
<context>
    <name>TrafficDailyModel</name>
    <message>
        <location filename="../models/itemmodels/TrafficDailyModel.cpp" line="+155"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>访问数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchased</source>
        <translation>完成购买</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
</context>
<context>
    <name>TrafficExportSubject</name>
    <message>
        <location filename="../app/cli/commands/TrafficExportSubject.cpp" line="+47"/>
        <source>visits by channel, source and keyword (--from, --to, --channel, --by day)</source>
        <translation>按渠道、来源和关键词统计的访问（--from、--to、--channel、--by day）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the shop funnel per session (--from, --to, --channel, --by day, --compare)</source>
        <translation>按访问统计的店铺漏斗（--from、--to、--channel、--by day、--compare）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the loop per acquired visitor (--from, --to, --channel, --by day, --compare)</source>
        <translation>按新获取访客统计的生命周期漏斗（--from、--to、--channel、--by day、--compare）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First shop day, YYYY-MM-DD.</source>
        <translation>店铺时间的起始日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last shop day, YYYY-MM-DD.</source>
        <translation>店铺时间的结束日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this channel: %1.</source>
        <translation>只统计此渠道：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;day&quot;: one row per shop day.</source>
        <translation>&quot;day&quot;：每个店铺日一行。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add the figures of the previous period (&quot;previous&quot;) or of the same weekdays a week earlier (&quot;week&quot;).</source>
        <translation>附加上一周期（&quot;previous&quot;）或一周前相同星期几（&quot;week&quot;）的数据。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give --from and --to as YYYY-MM-DD, --from not after --to.</source>
        <translation>请以 YYYY-MM-DD 格式提供 --from 和 --to，且 --from 不晚于 --to。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown channel %1; one of: %2.</source>
        <translation>未知渠道 %1；可选：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--by takes &quot;day&quot;.</source>
        <translation>--by 只接受 &quot;day&quot;。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--compare takes &quot;previous&quot; or &quot;week&quot;.</source>
        <translation>--compare 只接受 &quot;previous&quot; 或 &quot;week&quot;。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall conversion</source>
        <translation>总转化率</translation>
    </message>
</context>
<context>
    <name>TrafficFilter</name>
    <message>
        <location filename="../models/itemmodels/TrafficFilter.cpp" line="+26"/>
        <source>No comparison</source>
        <translation>不对比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same weekdays a week earlier</source>
        <translation>一周前的相同星期几</translation>
    </message>
</context>
<context>
    <name>TrafficMeasures</name>
    <message>
        <location filename="../models/itemmodels/TrafficMeasures.cpp" line="+87"/>
        <source>Sessions</source>
        <translation>访问数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New visitors</source>
        <translation>新访客</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrations</source>
        <translation>注册数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue / session</source>
        <translation>每次访问销售额</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Visits that started on these days</source>
        <translation>在这些日期开始的访问</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distinct visitors per day, added up over the days</source>
        <translation>每天的独立访客数，按天累加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits that were the visitor&apos;s first ever</source>
        <translation>访客的首次访问</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits in which the visitor registered</source>
        <translation>访客在其中完成注册的访问</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid orders (paid, shipped or completed) placed in these visits</source>
        <translation>在这些访问中下的付款订单（已付款、已发货或已完成）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total of those paid orders</source>
        <translation>这些付款订单的总额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders ÷ sessions</source>
        <translation>订单数 ÷ 访问数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue ÷ sessions</source>
        <translation>销售额 ÷ 访问数</translation>
    </message>
</context>
<context>
    <name>TrafficPane</name>
    <message>
        <location filename="../ui/panes/traffic/TrafficPane.cpp" line="+68"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source rules…</source>
        <translation>来源规则…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own rules for where visits come from; saving reclassifies past visits</source>
        <translation>自定义访问来源的归类规则；保存后会重新归类过去的访问</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save chart as PNG…</source>
        <translation>图表另存为 PNG…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Filter keywords…</source>
        <translation>筛选关键词…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search visits by landing page, referrer or visitor…</source>
        <translation>按着陆页、来源网址或访客搜索访问…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No visits in this date range — sync your shop or pick another range.</source>
        <translation>该日期范围内没有访问 — 请同步店铺或换个日期范围。</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+3"/>
        <location line="+17"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WeChat visits by how they arrived: group, Moments, chat, official-account articles, or the in-app browser with no other clue</source>
        <translation>按进入方式划分的微信访问：微信群、朋友圈、聊天、公众号文章，或无其他线索的微信内置浏览器</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>SEO keywords</source>
        <translation>SEO 关键词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search keywords the engines passed on, from organic and paid search</source>
        <translation>搜索引擎传递的搜索关键词，包括自然搜索和付费搜索</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Visits</source>
        <translation>访问</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Where the visits came from, per channel and source</source>
        <translation>访问来自哪里，按渠道和来源划分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the visits of one channel only</source>
        <translation>只显示某一渠道的访问</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the table shown below as a file</source>
        <translation>将下方显示的表格保存为文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Channels and, under each, their sources; Right and Left open and close a channel</source>
        <translation>各渠道及其下的来源；按右/左方向键展开或收起渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns of %1</source>
        <translation>%1的列标题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WeChat sources</source>
        <translation>微信来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every visit in the date range</source>
        <translation>此日期范围内的每次访问</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Traffic tables</source>
        <translation>流量表格</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Traffic charts</source>
        <translation>流量图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per day</source>
        <translation>每日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 records the source of each order, not of every visit: this shop shows orders and revenue by source; visits and conversion rates are not available.</source>
        <translation>%1 只记录每笔订单的来源，不记录每次访问：此店铺按来源显示订单和销售额，没有访问数和转化率。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 not recorded (orders placed before WooCommerce 8.5, or the buyer&apos;s browser blocked tracking)</source>
        <translation>%1 未记录来源（WooCommerce 8.5 之前的订单，或买家浏览器拦截了跟踪）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 entered by staff in the shop&apos;s admin</source>
        <translation>%1 由店员在后台录入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 entered in the WooCommerce app</source>
        <translation>%1 在 WooCommerce 手机应用中录入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of a source type the site does not know</source>
        <translation>%1 来源类型无法识别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of revenue (%2, %n order(s)) has no known source: %3.</source>
        <translation>
            <numerusform>%1 的销售额（%2，%n 笔订单）来源不明：%3。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../ui/panes/traffic/TrafficPane.h" line="+31"/>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
</context>
<context>
    <name>TrafficSource</name>
    <message>
        <location filename="../models/analytics/TrafficSource.cpp" line="+16"/>
        <source>Search</source>
        <translation>搜索引擎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid search</source>
        <translation>付费搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>推广活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>外部链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Direct</source>
        <translation>直接访问</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>No known source</source>
        <translation>来源不明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Baidu</source>
        <translation>百度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sogou</source>
        <translation>搜狗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>360 Search</source>
        <translation>360 搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shenma</source>
        <translation>神马</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bing</source>
        <translation>必应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google</source>
        <translation>谷歌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yandex</source>
        <translation>Yandex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat groups</source>
        <translation>微信群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Moments</source>
        <translation>朋友圈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat chats</source>
        <translation>微信聊天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official account articles</source>
        <translation>公众号文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat browser</source>
        <translation>微信内置浏览器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Channels</source>
        <translation>视频号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat mini programs</source>
        <translation>微信小程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat search</source>
        <translation>微信搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zhihu</source>
        <translation>知乎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toutiao</source>
        <translation>今日头条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilibili</source>
        <translation>哔哩哔哩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Douban</source>
        <translation>豆瓣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>58.com</source>
        <translation>58同城</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ganji</source>
        <translation>赶集网</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered by staff</source>
        <translation>店员录入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in the WooCommerce app</source>
        <translation>WooCommerce 应用录入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source not recorded</source>
        <translation>未记录来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>TrafficSourceTreeModel</name>
    <message>
        <location filename="../models/itemmodels/TrafficSourceTreeModel.cpp" line="+261"/>
        <source>Channel / source / keyword</source>
        <translation>渠道 / 来源 / 关键词</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the visits came from; open a channel for its sources and keywords</source>
        <translation>访问的来源；展开渠道可查看其来源和关键词</translation>
    </message>
</context>
<context>
    <name>WooClient</name>
    <message>
        <location filename="../models/sites/woocommerce/WooClient.cpp" line="+12"/>
        <source>No WooCommerce consumer key and secret for this shop.</source>
        <translation>此店铺没有 WooCommerce 使用者密钥和密码。</translation>
    </message>
</context>
<context>
    <name>WooDate</name>
    <message>
        <location filename="../models/sites/woocommerce/WooDate.cpp" line="+50"/>
        <source>date %1 is not a WooCommerce GMT date like 2024-03-01T08:05:09</source>
        <translation>日期 %1 不是 2024-03-01T08:05:09 这样的 WooCommerce GMT 日期</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>date %1 does not exist in the calendar</source>
        <translation>日期 %1 在日历中不存在</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>date %1 has a UTC offset; a WooCommerce GMT date has none, so this is probably not a *_gmt field</source>
        <translation>日期 %1 带有 UTC 偏移；WooCommerce 的 GMT 日期没有偏移，所以这可能不是 *_gmt 字段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date %1 has unexpected text after the time</source>
        <translation>日期 %1 的时间后面有多余的文字</translation>
    </message>
</context>
<context>
    <name>WooFailure</name>
    <message>
        <location filename="../models/sites/woocommerce/WooFailure.cpp" line="+12"/>
        <source>Cannot reach %1 while reading %2: %3</source>
        <translation>读取%2时无法连接 %1：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop did not accept the WooCommerce key (401: %1). Check the key under WooCommerce → Settings → Advanced → REST API.</source>
        <translation>店铺不接受该 WooCommerce 密钥（401：%1）。请在 WooCommerce → 设置 → 高级 → REST API 中检查密钥。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WooCommerce key may not read %1 (403: %2).</source>
        <translation>该 WooCommerce 密钥无权读取%1（403：%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no WooCommerce REST API (404 at /wp-json/wc/v3: %2). Is WooCommerce active, and are permalinks other than &quot;Plain&quot;?</source>
        <translation>%1 没有 WooCommerce REST API（/wp-json/wc/v3 返回 404：%2）。请确认 WooCommerce 已启用，且固定链接不是“朴素”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shop answered %1 while reading %2: %3</source>
        <translation>读取%2时店铺返回 %1：%3</translation>
    </message>
</context>
<context>
    <name>WooMoney</name>
    <message>
        <location filename="../models/sites/woocommerce/WooMoney.cpp" line="+78"/>
        <source>unsupported number of decimal places: %1</source>
        <translation>不支持的小数位数：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>amount %1 has more than %2 decimal places for this currency</source>
        <translation>金额 %1 的小数位超过该币种的 %2 位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>amount %1 is too large</source>
        <translation>金额 %1 过大</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>amount is not a finite number</source>
        <translation>金额不是有限数值</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>amount is missing</source>
        <translation>缺少金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount is neither a number nor a decimal string</source>
        <translation>金额既不是数字，也不是小数字符串</translation>
    </message>
</context>
<context>
    <name>WooPageLister</name>
    <message>
        <location filename="../models/sites/woocommerce/WooPageLister.cpp" line="+82"/>
        <source>the shop sent a page that is not a JSON list (%1 at byte %2)</source>
        <translation>店铺返回的页面不是 JSON 列表（第 %2 字节处：%1）</translation>
    </message>
</context>
<context>
    <name>WooProbe</name>
    <message>
        <location filename="../models/sites/woocommerce/WooProbe.cpp" line="+39"/>
        <source>The server ignored the Authorization header (a proxy or the web server drops it), so the key is sent as consumer_key and consumer_secret query parameters over HTTPS.</source>
        <translation>服务器忽略了 Authorization 请求头（代理或 Web 服务器将其丢弃），因此密钥改为通过 HTTPS 以 consumer_key 和 consumer_secret 查询参数发送。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whether the key may change records is not known (the shop answered %1: %2).</source>
        <translation>无法确定该密钥能否修改记录（店铺返回 %1：%2）。</translation>
    </message>
</context>
<context>
    <name>WooPuller</name>
    <message>
        <location filename="../models/sites/woocommerce/WooPuller.cpp" line="+95"/>
        <source>%1: %2; retry %3 in %4 s</source>
        <translation>%1：%2；%4 秒后第 %3 次重试</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Could not store %1: %2</source>
        <translation>无法保存%1：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not store the last pages: %1</source>
        <translation>未能保存最后几页：%1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Could not store sessions: %1</source>
        <translation>无法保存访问记录：%1</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1: records changed while they were listed; checking which were missed</source>
        <translation>%1：列出记录时有记录发生变化；正在检查遗漏了哪些</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>customers: the list kept changing while it was read; deleted customers are looked for again next time</source>
        <translation>顾客：读取期间列表一直在变化；已删除的顾客将在下次同步时重新查找</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>orders: the shop has %1, this store %2; comparing ids</source>
        <translation>订单：店铺有 %1 笔，本地数据库有 %2 笔；正在比对编号</translation>
    </message>
</context>
<context>
    <name>WooRecordMapper</name>
    <message>
        <location filename="../models/sites/woocommerce/WooRecordMapper.cpp" line="+181"/>
        <location line="+62"/>
        <location line="+27"/>
        <source>id: missing or not a whole number</source>
        <translation>id：缺失或不是整数</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>parent id: missing or not a whole number</source>
        <translation>父商品 ID：缺失或不是整数</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>price: negative</source>
        <translation>价格：为负数</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+33"/>
        <source>too large</source>
        <translation>数值过大</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>WooRequestAuth</name>
    <message>
        <location filename="../models/sites/woocommerce/WooRequestAuth.cpp" line="+303"/>
        <source>the consumer key or secret is empty</source>
        <translation>使用者密钥或密码为空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the consumer secret may be sent as is only over https; use OAuth 1.0a over http</source>
        <translation>使用者密码只能通过 https 直接发送；http 连接请使用 OAuth 1.0a</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the URL already carries the authentication parameter &quot;%1&quot;</source>
        <translation>网址中已带有认证参数“%1”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a consumer key with &apos;:&apos; cannot be sent with Basic authentication</source>
        <translation>含有“:”的使用者密钥无法通过 Basic 认证发送</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>invalid OAuth timestamp or nonce</source>
        <translation>OAuth 时间戳或随机数无效</translation>
    </message>
</context>
<context>
    <name>WooShopReader</name>
    <message>
        <location filename="../models/sites/woocommerce/WooShopReader.cpp" line="+28"/>
        <source>the WordPress index</source>
        <translation>WordPress 索引</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a WordPress site: it has no WordPress REST API at /wp-json/ (HTTP %2).</source>
        <translation>%1 不是 WordPress 站点：/wp-json/ 下没有 WordPress REST API（HTTP %2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a WordPress site without WooCommerce&apos;s REST API (no wc/v3): is WooCommerce installed and active?</source>
        <translation>%1 是 WordPress 站点，但没有 WooCommerce 的 REST API（缺少 wc/v3）：WooCommerce 是否已安装并启用？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the shop&apos;s settings</source>
        <translation>店铺设置</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The shop&apos;s settings name no currency (system_status.settings).</source>
        <translation>店铺设置中没有货币（system_status.settings）。</translation>
    </message>
</context>
<context>
    <name>WooWriter</name>
    <message>
        <location filename="../models/sites/woocommerce/WooWriter.cpp" line="+188"/>
        <source>Only products and orders can be edited.</source>
        <translation>只能修改商品和订单。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The shop does not say how many decimals its currency has.</source>
        <translation>店铺没有说明其货币有几位小数。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The shop answered a product Yutang cannot read: %1</source>
        <translation>店铺返回了鱼塘无法读取的商品：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a WooCommerce product.</source>
        <translation>“%1”不是 WooCommerce 商品。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WooCommerce product categories are changed in WooCommerce.</source>
        <translation>WooCommerce 商品分类需在 WooCommerce 中修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A variation is named after its product and its options.</source>
        <translation>规格商品的名称由其商品名和规格选项组成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WooCommerce cannot take this edit.</source>
        <translation>WooCommerce 无法接受此修改。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The product is in the shop&apos;s trash.</source>
        <translation>该商品已在店铺回收站中。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The product changed in the shop since it was edited here.</source>
        <translation>该商品在此处修改后，店铺中已有变动。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The shop answered an order Yutang cannot read: %1</source>
        <translation>店铺返回了鱼塘无法读取的订单：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a WooCommerce order.</source>
        <translation>“%1”不是 WooCommerce 订单。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The order is in the shop&apos;s trash.</source>
        <translation>该订单已在店铺回收站中。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The order changed in the shop since it was edited here.</source>
        <translation>该订单在此处修改后，店铺中已有变动。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Shipped with %1, tracking number %2</source>
        <translation>已由 %1 发货，运单号 %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The order is completed in the shop but the note with the tracking number was not sent (%1); it is sent on the next push.</source>
        <translation>订单在店铺中已完成，但附带运单号的备注未能发送（%1）；将在下次推送时发送。</translation>
    </message>
</context>
<context>
    <name>YutangProbe</name>
    <message>
        <location filename="../models/sites/yutang/YutangProbe.cpp" line="+36"/>
        <source>Cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site did not accept the access token (%1).</source>
        <translation>站点不接受该访问令牌（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no Yutang API (404).</source>
        <translation>%1 没有鱼塘接口（404）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site answered %1: %2</source>
        <translation>站点返回 %1：%2</translation>
    </message>
</context>
<context>
    <name>YutangPuller</name>
    <message>
        <location filename="../models/sites/yutang/YutangPuller.cpp" line="+41"/>
        <source>%1: %2; retry %3 in %4 s</source>
        <translation>%1：%2；%4 秒后第 %3 次重试</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The site answered %1: %2</source>
        <translation>站点返回 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site did not accept the access token (401). Check the token in the site&apos;s admin.</source>
        <translation>站点不接受该访问令牌（401）。请在站点后台检查令牌。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token may not read this shop (403).</source>
        <translation>该令牌无权读取此店铺（403）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no Yutang API (404 at %2).</source>
        <translation>%1 没有鱼塘接口（%2 返回 404）。</translation>
    </message>
</context>
<context>
    <name>YutangWriter</name>
    <message>
        <location filename="../models/sites/yutang/YutangWriter.cpp" line="+64"/>
        <source>The record no longer exists on the site.</source>
        <translation>该记录在网站上已不存在。</translation>
    </message>
</context>
</TS>

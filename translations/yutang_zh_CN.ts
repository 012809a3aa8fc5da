<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <location filename="../ui/mainwindow/AppController.cpp" line="+40" />
        <location line="+44" />
        <location line="+18" />
        <location line="+13" />
        <location line="+33" />
        <location line="+11" />
        <source>Yutang</source>
        <translation>鱼塘</translation>
    </message>
    <message>
        <location line="-119" />
        <location line="+62" />
        <source>There is no shop profile named “%1”.</source>
        <translation>没有名为“%1”的店铺配置。</translation>
    </message>
    <message>
        <location line="-9" />
        <source>The demo site could not be started: %1</source>
        <translation>无法启动演示站点：%1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The access token could not be read from the system keychain: %1
The data synced before is shown; syncing needs the keychain.</source>
        <translation>无法从系统钥匙串读取访问令牌：%1
当前显示的是之前同步的数据；同步需要系统钥匙串。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The local store could not be opened: %1</source>
        <translation>无法打开本地数据库：%1</translation>
    </message>
</context>
<context>
    <name>CollectionSync</name>
    <message>
        <location filename="../models/sync/CollectionSync.cpp" line="+99" />
        <source>Could not store %1: %2</source>
        <translation>无法保存%1：%2</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The site could not be reached while listing %1: %2</source>
        <translation>拉取%1时无法连接站点：%2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: sync token expired, listing everything again</source>
        <translation>%1：同步令牌已过期，重新全量拉取</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: the site no longer accepts the saved cursor, listing again</source>
        <translation>%1：站点不再接受保存的游标，重新拉取</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The site rejected the request for %1: %2</source>
        <translation>站点拒绝了%1的请求：%2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The site did not accept the access token (401). Check the token in the site's admin.</source>
        <translation>站点不接受该访问令牌（401）。请在站点后台检查令牌。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The token may not read %1 (403).</source>
        <translation>该令牌无权读取%1（403）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The site has no Yutang API at %1 (404).</source>
        <translation>站点在 %1 没有鱼塘接口（404）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The site answered %1 while listing %2: %3</source>
        <translation>拉取%2时站点返回 %1：%3</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/cli/commands/Command.cpp" line="+11" />
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Try: yutang-cli %1 --help</source>
        <translation>试试：yutang-cli %1 --help</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <location filename="../app/cli/commands/CommandRegistry.cpp" line="+27" />
        <source>Usage: yutang-cli &lt;command&gt; [options]</source>
        <translation>用法：yutang-cli &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Run yutang-cli &lt;command&gt; --help for its options.</source>
        <translation>运行 yutang-cli &lt;命令&gt; --help 查看其选项。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
</context>
<context>
    <name>CommissionTableModel</name>
    <message>
        <location filename="../models/itemmodels/CommissionTableModel.cpp" line="+21" />
        <source>Booked</source>
        <translation>记账时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Beneficiary</source>
        <translation>受益人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/store/Database.cpp" line="+56" />
        <source>The Qt Sql driver %1 is not installed.</source>
        <translation>未安装 Qt Sql 驱动 %1。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cannot open the store %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot set up the store: %1</source>
        <translation>无法初始化数据库：%1</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../models/itemmodels/DateRange.cpp" line="+54" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Custom range</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>DateRangeSelector</name>
    <message>
        <location filename="../ui/widgets/DateRangeSelector.cpp" line="+24" />
        <source>Date range:</source>
        <translation>日期范围：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>DemoSiteLauncher</name>
    <message>
        <location filename="../models/demo/DemoSiteLauncher.cpp" line="+19" />
        <source>Cannot start the demo site %1: %2</source>
        <translation>无法启动演示站点 %1：%2</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The demo site %1 is missing. Build the yutang-site target.</source>
        <translation>找不到演示站点 %1。请构建 yutang-site 目标。</translation>
    </message>
    <message>
        <location line="+38" />
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The demo site stopped: %1</source>
        <translation>演示站点已停止：%1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The demo site did not start within %1 s.</source>
        <translation>演示站点未能在 %1 秒内启动。</translation>
    </message>
</context>
<context>
    <name>FieldReader</name>
    <message>
        <location filename="../models/sync/RecordParser.cpp" line="+43" />
        <location line="+17" />
        <location line="+24" />
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="-37" />
        <location line="+47" />
        <source>not a string</source>
        <translation>不是字符串</translation>
    </message>
    <message>
        <location line="-42" />
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location line="+12" />
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location line="+5" />
        <source>out of range (%1)</source>
        <translation>超出范围（%1）</translation>
    </message>
    <message>
        <location line="+25" />
        <source>not an RFC 3339 timestamp with offset: %1</source>
        <translation>不是带时区偏移的 RFC 3339 时间戳：%1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>unknown value "%1"</source>
        <translation>未知取值“%1”</translation>
    </message>
    <message>
        <location line="+10" />
        <source>not true/false</source>
        <translation>不是 true/false</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/dialogs/FirstRunDialog.cpp" line="+18" />
        <source>Open the demo shop (a tea shop with generated data)</source>
        <translation>打开演示店铺（一家数据为生成的茶叶店）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect my shop's site</source>
        <translation>连接我的店铺网站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a shop connected before</source>
        <translation>打开之前连接过的店铺</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Welcome to Yutang</source>
        <translation>欢迎使用鱼塘</translation>
    </message>
    <message>
        <location line="+17" />
        <source>e.g. 山野茶舍</source>
        <translation>例如：山野茶舍</translation>
    </message>
    <message>
        <location line="+1" />
        <source>https://shop.example.cn</source>
        <translation>https://shop.example.cn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Made in your site's admin under Yutang API</source>
        <translation>在站点后台“鱼塘接口”中生成</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shop name:</source>
        <translation>店铺名称：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Site address:</source>
        <translation>网站地址：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access token:</source>
        <translation>访问令牌：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The token is kept in the system keychain only.</source>
        <translation>令牌只保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Yutang shows your web shop's traffic, orders and referrals. Where shall we start?</source>
        <translation>鱼塘为你展示网店的流量、订单和分销。从哪里开始？</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Give the shop a name.</source>
        <translation>请填写店铺名称。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“demo” is reserved for the demo shop; choose another name.</source>
        <translation>“demo”保留给演示店铺，请换一个名称。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Paste the access token from your site's admin.</source>
        <translation>请粘贴站点后台生成的访问令牌。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saving the token in the system keychain…</source>
        <translation>正在把令牌保存到系统钥匙串…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The token could not be saved in the system keychain: %1
Yutang keeps tokens nowhere else; start your keychain (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>无法把令牌保存到系统钥匙串：%1
鱼塘不会把令牌存放在其他任何地方；请启动钥匙串服务（如 GNOME Keyring 或 KWallet）后重试。</translation>
    </message>
</context>
<context>
    <name>FunnelModel</name>
    <message>
        <location filename="../models/itemmodels/FunnelModel.cpp" line="+48" />
        <location line="+103" />
        <source>Sessions</source>
        <translation>访问数</translation>
    </message>
    <message>
        <location line="-101" />
        <source>Viewed a product</source>
        <translation>浏览商品</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Added to cart</source>
        <translation>加入购物车</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Began checkout</source>
        <translation>开始结算</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Purchased</source>
        <translation>完成购买</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Of all sessions</source>
        <translation>占全部访问</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Of previous step</source>
        <translation>占上一步</translation>
    </message>
</context>
<context>
    <name>FunnelsPane</name>
    <message>
        <location filename="../ui/panes/funnels/FunnelsPane.cpp" line="+19" />
        <source>Sessions started in the date range that reached each step (viewed a product, added to cart, began checkout, purchased).</source>
        <translation>日期范围内开始的访问中，到达各步骤（浏览商品、加入购物车、开始结算、完成购买）的访问数。</translation>
    </message>
    <message>
        <location filename="../ui/panes/funnels/FunnelsPane.h" line="+16" />
        <source>Funnels</source>
        <translation>漏斗</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+75" />
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fetch what changed on the site (F5)</source>
        <translation>获取站点上的最新变化（F5）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Full resync</source>
        <translation>全量重新同步(&amp;F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>List every record on the site again</source>
        <translation>重新拉取站点上的全部记录</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Cancel sync</source>
        <translation>取消同步(&amp;C)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Problems…</source>
        <translation>问题数据(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>S&amp;witch shop…</source>
        <translation>切换店铺(&amp;W)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Shop</source>
        <translation>店铺(&amp;S)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 — Yutang</source>
        <translation>%1 — 鱼塘</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Yutang</source>
        <translation>鱼塘</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Offline: no site to sync from</source>
        <translation>离线：没有可同步的站点</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Make a new token in your site's admin, then use Switch shop to connect again.</source>
        <translation>请在站点后台生成新令牌，然后通过“切换店铺”重新连接。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the address and your network; the data already synced is still shown.</source>
        <translation>请检查网址和网络；已同步的数据仍会显示。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/store/Migrations.cpp" line="+126" />
        <source>The store was written by a newer Yutang (schema %1, this build knows up to %2). Update Yutang to open it.</source>
        <translation>该数据库由更新版本的鱼塘写入（结构版本 %1，本版本最高支持 %2）。请升级鱼塘后再打开。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Schema step %1 failed: %2 (%3)</source>
        <translation>数据库结构升级第 %1 步失败：%2（%3）</translation>
    </message>
</context>
<context>
    <name>OrderItemsModel</name>
    <message>
        <location filename="../models/itemmodels/OrderItemsModel.cpp" line="+20" />
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount</source>
        <translation>小计</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../models/itemmodels/OrderTableModel.cpp" line="+11" />
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shipping</source>
        <translation>物流</translation>
    </message>
</context>
<context>
    <name>OrdersPane</name>
    <message>
        <location filename="../ui/panes/orders/OrdersPane.cpp" line="+19" />
        <source>Search orders by number, customer or tracking number…</source>
        <translation>按订单号、客户或运单号搜索订单…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No orders in this date range — sync your shop or pick another range.</source>
        <translation>该日期范围内没有订单 — 请同步店铺或换个日期范围。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Select an order to see its items.</source>
        <translation>选择一个订单查看其商品明细。</translation>
    </message>
    <message>
        <location filename="../ui/panes/orders/OrdersPane.h" line="+17" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <location filename="../ui/panes/overview/OverviewChart.cpp" line="+24" />
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+28" />
        <source>Revenue (¥)</source>
        <translation>销售额（¥）</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+33" />
        <source>Sessions</source>
        <translation>访问数</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../models/itemmodels/OverviewModel.cpp" line="+113" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sessions</source>
        <translation>访问数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paid orders</source>
        <translation>已付款订单</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <location filename="../ui/panes/overview/OverviewPane.cpp" line="+17" />
        <source>Sessions</source>
        <translation>访问数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paid orders</source>
        <translation>已付款订单</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location line="+45" />
        <source>No shop synced yet — sync your shop to see its figures.</source>
        <translation>还没有同步店铺 — 同步后即可看到数据。</translation>
    </message>
    <message>
        <location filename="../ui/panes/overview/OverviewPane.h" line="+20" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../ui/dialogs/ProblemsDialog.cpp" line="+22" />
        <source>Problems in the synced data</source>
        <translation>同步数据中的问题</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The site sent these records in a form Yutang cannot store (wrong types, missing fields, impossible values). They are kept out of the figures; the rest of the sync went on. Show them to whoever maintains your site.</source>
        <translation>站点发送的这些记录格式有误，鱼塘无法保存（类型错误、缺少字段、取值不可能）。它们不计入统计，其余数据已正常同步。请把它们交给网站的维护人员。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No problems: every record the site sent could be stored.</source>
        <translation>没有问题：站点发送的所有记录都已保存。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Select a record to see the raw JSON.</source>
        <translation>选择一条记录查看原始 JSON。</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../models/itemmodels/ProductTableModel.cpp" line="+21" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Units sold</source>
        <translation>销量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
</context>
<context>
    <name>ProductsPane</name>
    <message>
        <location filename="../ui/panes/products/ProductsPane.cpp" line="+14" />
        <source>Search products by name, SKU or category…</source>
        <translation>按名称、货号或分类搜索商品…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No products yet — sync your shop.</source>
        <translation>还没有商品 — 请同步店铺。</translation>
    </message>
    <message>
        <location filename="../ui/panes/products/ProductsPane.h" line="+16" />
        <source>Products</source>
        <translation>商品</translation>
    </message>
</context>
<context>
    <name>QuarantineTableModel</name>
    <message>
        <location filename="../models/itemmodels/QuarantineTableModel.cpp" line="+10" />
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collection</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
</context>
<context>
    <name>RecordParser</name>
    <message>
        <location filename="../models/sync/RecordParser.cpp" line="+192" />
        <location line="+9" />
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <location line="-5" />
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not an array</source>
        <translation>不是数组</translation>
    </message>
    <message>
        <location line="+21" />
        <source>earlier than created_at</source>
        <translation>早于 created_at</translation>
    </message>
    <message>
        <location line="+32" />
        <source>missing on a purchase event</source>
        <translation>购买事件缺少此项</translation>
    </message>
    <message>
        <location line="+2" />
        <source>missing on a register event</source>
        <translation>注册事件缺少此项</translation>
    </message>
    <message>
        <location line="+22" />
        <source>unknown collection</source>
        <translation>未知数据集</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The site sent a page that is not valid JSON (%1 at byte %2).</source>
        <translation>站点发送的页面不是有效的 JSON（第 %2 字节：%1）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The site sent a page without a "data" array.</source>
        <translation>站点发送的页面缺少 "data" 数组。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The site's last page carries no sync_token.</source>
        <translation>站点的最后一页没有 sync_token。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>record is not a JSON object</source>
        <translation>记录不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The site's /shop answer is not valid JSON (%1).</source>
        <translation>站点 /shop 的响应不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>not a list of basis points</source>
        <translation>不是基点列表</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The site's /shop answer is unusable: %1</source>
        <translation>站点 /shop 的响应无法使用：%1</translation>
    </message>
</context>
<context>
    <name>ReferralTreeModel</name>
    <message>
        <location filename="../models/itemmodels/ReferralTreeModel.cpp" line="+310" />
        <source>%1 — its referrer link forms a cycle and is ignored</source>
        <translation>%1 — 其推荐关系形成循环，已忽略</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Registered</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Invited</source>
        <translation>直接邀请</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team size</source>
        <translation>团队人数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Spent</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Commission earned</source>
        <translation>所得佣金</translation>
    </message>
</context>
<context>
    <name>ReferralsPane</name>
    <message>
        <location filename="../ui/panes/referrals/ReferralsPane.cpp" line="+30" />
        <source>Search loaded customers by nickname…</source>
        <translation>按昵称搜索已加载的客户…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No referrals yet — sync your shop.</source>
        <translation>还没有分销关系 — 请同步店铺。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No commissions in this date range.</source>
        <translation>该日期范围内没有佣金。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search commissions by beneficiary or order…</source>
        <translation>按受益人或订单搜索佣金…</translation>
    </message>
    <message>
        <location filename="../ui/panes/referrals/ReferralsPane.h" line="+23" />
        <source>Referrals</source>
        <translation>分销</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../models/itemmodels/SessionTableModel.cpp" line="+11" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Landing page</source>
        <translation>着陆页</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Referrer</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browser</source>
        <translation>浏览器</translation>
    </message>
</context>
<context>
    <name>SiteAddress</name>
    <message>
        <location filename="../models/sync/SiteAddress.cpp" line="+11" />
        <source>No site address given.</source>
        <translation>没有填写网站地址。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>"%1" is not a valid site address.</source>
        <translation>“%1”不是有效的网站地址。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The site address must start with https:// (got %1://).</source>
        <translation>网站地址必须以 https:// 开头（当前为 %1://）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Plain http is only allowed to this computer (loopback); use https:// for %1.</source>
        <translation>只有本机（回环地址）允许使用 http；%1 请使用 https://。</translation>
    </message>
</context>
<context>
    <name>SiteClient</name>
    <message>
        <location filename="../models/sync/SiteClient.cpp" line="+131" />
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <location line="+23" />
        <source>rate limited by the site (429)</source>
        <translation>被站点限流（429）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>site error %1</source>
        <translation>站点错误 %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>SqlTableModel</name>
    <message>
        <location filename="../models/itemmodels/SqlTableModel.cpp" line="+127" />
        <source>Cannot read the store: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../app/cli/commands/StatusCommand.cpp" line="+20" />
        <source>Show record counts, records set aside as malformed, and the last sync time.</source>
        <translation>显示记录数、因格式错误而搁置的记录以及上次同步时间。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Print JSON for scripts.</source>
        <translation>输出 JSON，供脚本使用。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Store: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shop: %1 (%2, %3)</source>
        <translation>店铺：%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No malformed records.</source>
        <translation>没有格式错误的记录。</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n malformed record(s) set aside:</source>
        <translation><numerusform>%n 条格式错误的记录已搁置：</numerusform></translation>
    </message>
</context>
<context>
    <name>StatusNames</name>
    <message>
        <location filename="../models/itemmodels/StatusNames.cpp" line="+6" />
        <source>Pending payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location line="+7" />
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Archived</source>
        <translation>已下架</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paid out</source>
        <translation>已发放</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reversed</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sessions</source>
        <translation>访问记录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Commissions</source>
        <translation>佣金</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <location filename="../models/store/StoreLocation.cpp" line="+16" />
        <source>Not a valid PostgreSQL URL: %1 (expected postgresql://user@host:port/dbname)</source>
        <translation>不是有效的 PostgreSQL 地址：%1（应为 postgresql://user@host:port/dbname）</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No database path given.</source>
        <translation>没有指定数据库路径。</translation>
    </message>
</context>
<context>
    <name>StoreOptions</name>
    <message>
        <location filename="../app/cli/commands/StoreOptions.cpp" line="+18" />
        <source>The store: a SQLite file, or postgresql://user@host:port/dbname (default: the profile's).</source>
        <translation>数据库：SQLite 文件，或 postgresql://user@host:port/dbname（默认：配置所用的）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The connection profile (shop) to use.</source>
        <translation>要使用的连接配置（店铺）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../app/cli/commands/SyncCommand.cpp" line="+57" />
        <source>Pull the shop's data from its site into the local store.</source>
        <translation>把店铺网站上的数据拉取到本地数据库。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The site address (default: the profile's).</source>
        <translation>网站地址（默认：配置中的地址）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>url</source>
        <translation>网址</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List everything again instead of only changes.</source>
        <translation>重新拉取全部数据，而不只是变化。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read the token from this environment variable instead of the keychain.</source>
        <translation>从此环境变量读取令牌，而不是从钥匙串读取。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>var</source>
        <translation>变量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Records per page (1-1000).</source>
        <translation>每页记录数（1-1000）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print no progress.</source>
        <translation>不输出进度。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No site address: pass --site URL (profile "%1" has none).</source>
        <translation>没有网站地址：请传入 --site URL（配置“%1”中没有）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--page-size must be a number from 1 to 1000.</source>
        <translation>--page-size 必须是 1 到 1000 之间的数字。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The environment variable %1 is empty or not set.</source>
        <translation>环境变量 %1 为空或未设置。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No token for profile "%1": %2</source>
        <translation>配置“%1”没有令牌：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store one with: yutang-cli token set --profile %1 (reads it from standard input), or pass --token-env VAR.</source>
        <translation>可用 yutang-cli token set --profile %1 保存一个（从标准输入读取），或传入 --token-env VAR。</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Synced %1 records (%2 deleted, %3 set aside as malformed) in %4 s.</source>
        <translation>已同步 %1 条记录（删除 %2 条，%3 条因格式错误搁置），用时 %4 秒。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>See them with: yutang-cli status --db %1</source>
        <translation>查看它们：yutang-cli status --db %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../ui/sync/SyncController.cpp" line="+51" />
        <source>This store has no site to sync from. Use Switch shop to connect one.</source>
        <translation>此数据库没有可同步的站点。请通过“切换店铺”连接一个。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../models/sync/SyncEngine.cpp" line="+53" />
        <source>%1: %2; retry %3 in %4 s</source>
        <translation>%1：%2；%4 秒后第 %3 次重试</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The site answered %1: %2</source>
        <translation>站点返回 %1：%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The site did not accept the access token (401). Check the token in the site's admin.</source>
        <translation>站点不接受该访问令牌（401）。请在站点后台检查令牌。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The token may not read this shop (403).</source>
        <translation>该令牌无权读取此店铺（403）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 has no Yutang API (404 at %2).</source>
        <translation>%1 没有鱼塘接口（%2 返回 404）。</translation>
    </message>
    <message>
        <location line="+98" />
        <source>Sync cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../ui/sync/SyncStatusBar.cpp" line="+12" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Full resync…</source>
        <translation>正在全量重新同步…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 of %2 collections</source>
        <translation>%1 / %2 个数据集</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Syncing… %1 records</source>
        <translation>正在同步… %1 条记录</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Synced: %1 records updated</source>
        <translation>同步完成：更新了 %1 条记录</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sync cancelled — what arrived so far is kept.</source>
        <translation>同步已取消 — 已收到的数据会保留。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>⚠ %n problem(s)</source>
        <translation><numerusform>⚠ %n 个问题</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Records the site sent that could not be stored. Click to see them.</source>
        <translation>站点发送但无法保存的记录。点击查看。</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../ui/widgets/TablePanel.cpp" line="+52" />
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No data yet — sync your shop.</source>
        <translation>还没有数据 — 请同步店铺。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的内容。</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <location filename="../app/cli/commands/TokenCommand.cpp" line="+20" />
        <source>Store (set), test (check) or forget (clear) a profile's site token in the system keychain.</source>
        <translation>在系统钥匙串中保存（set）、检查（check）或清除（clear）某个配置的站点令牌。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Also save the profile's site address.</source>
        <translation>同时保存配置的网站地址。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>url</source>
        <translation>网址</translation>
    </message>
    <message>
        <location line="+2" />
        <source>set, check or clear</source>
        <translation>set、check 或 clear</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No token on standard input.</source>
        <translation>标准输入中没有令牌。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Token for profile "%1" saved in the system keychain.</source>
        <translation>配置“%1”的令牌已保存到系统钥匙串。</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Profile "%1" has a token in the system keychain (%n characters).</source>
        <translation><numerusform>配置“%1”在系统钥匙串中有令牌（%n 个字符）。</numerusform></translation>
    </message>
    <message>
        <location line="+9" />
        <source>Token for profile "%1" removed.</source>
        <translation>配置“%1”的令牌已删除。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Say what to do: yutang-cli token set|check|clear --profile NAME</source>
        <translation>请指定操作：yutang-cli token set|check|clear --profile NAME</translation>
    </message>
</context>
<context>
    <name>TrafficPane</name>
    <message>
        <location filename="../ui/panes/traffic/TrafficPane.cpp" line="+16" />
        <source>Search visits by landing page, referrer or visitor…</source>
        <translation>按着陆页、来源网址或访客搜索访问…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No visits in this date range — sync your shop or pick another range.</source>
        <translation>该日期范围内没有访问 — 请同步店铺或换个日期范围。</translation>
    </message>
    <message>
        <location filename="../ui/panes/traffic/TrafficPane.h" line="+16" />
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
</context>
<context>
    <name>TrafficSource</name>
    <message>
        <location filename="../models/analytics/TrafficSource.cpp" line="+16" />
        <source>Search</source>
        <translation>搜索引擎</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paid search</source>
        <translation>付费搜索</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Campaigns</source>
        <translation>推广活动</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Referral</source>
        <translation>外部链接</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+28" />
        <source>Direct</source>
        <translation>直接访问</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Baidu</source>
        <translation>百度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sogou</source>
        <translation>搜狗</translation>
    </message>
    <message>
        <location line="+1" />
        <source>360 Search</source>
        <translation>360 搜索</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shenma</source>
        <translation>神马</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bing</source>
        <translation>必应</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Google</source>
        <translation>谷歌</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yandex</source>
        <translation>Yandex</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WeChat groups</source>
        <translation>微信群</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WeChat Moments</source>
        <translation>朋友圈</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WeChat chats</source>
        <translation>微信聊天</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Official account articles</source>
        <translation>公众号文章</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WeChat browser</source>
        <translation>微信内置浏览器</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WeChat Channels</source>
        <translation>视频号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WeChat mini programs</source>
        <translation>微信小程序</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zhihu</source>
        <translation>知乎</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Toutiao</source>
        <translation>今日头条</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bilibili</source>
        <translation>哔哩哔哩</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Douban</source>
        <translation>豆瓣</translation>
    </message>
    <message>
        <location line="+1" />
        <source>58.com</source>
        <translation>58同城</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ganji</source>
        <translation>赶集网</translation>
    </message>
</context>
</TS>